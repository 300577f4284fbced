package org.rasd.nlp.model;

import java.util.List;

/**
 * Where a place is.
 *
 * @param lat latitude, WGS84
 * @param lon longitude, WGS84
 * @param featureType COUNTRY, GOVERNORATE, DISTRICT, SUBDISTRICT, REGION, CITY, TOWN, VILLAGE,
 *     NEIGHBOURHOOD, FACILITY, ROAD
 * @param hierarchy admin chain from the country down to the place's parent, as display names
 *     (e.g. [Syria, Rif Dimashq, Markaz Rif Dimashq, Maliha])
 * @param countryCode ISO 3166-1 alpha-2
 * @param precision ACLED geo-precision: 1 exact place, 2 near or part of a region, 3 province level
 * @param region the named region the place lies in, across admin lines (e.g. Eastern Ghouta,
 *     Qalamoun), as a display name; null when none
 */
public record Geo(
    double lat,
    double lon,
    String featureType,
    List<String> hierarchy,
    String countryCode,
    int precision,
    String region) {

  public Geo {
    hierarchy = List.copyOf(hierarchy);
  }

  /** A place in no named region. */
  public Geo(double lat, double lon, String featureType, List<String> hierarchy, String countryCode, int precision) {
    this(lat, lon, featureType, hierarchy, countryCode, precision, null);
  }
}
