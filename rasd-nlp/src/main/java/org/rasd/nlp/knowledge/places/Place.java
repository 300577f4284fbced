package org.rasd.nlp.knowledge.places;

import java.util.List;

/**
 * One gazetteer record.
 *
 * @param id stable id ("place:gn:170654", "place:sy-rif-dimashq", "place:sy:jobar", "place:sy")
 * @param type feature type
 * @param countryCode ISO 3166-1 alpha-2
 * @param lat latitude, WGS84
 * @param lon longitude, WGS84
 * @param radiusKm rough extent (0 for a point); a place lies in an area when within this distance
 * @param population population figure of the source, 0 when unknown
 * @param nameAr canonical Arabic name (may be empty for places the sources name only in Latin)
 * @param nameEn canonical Latin name
 * @param names every known spelling, Arabic and Latin, canonical ones included
 * @param ancestorIds ids of the enclosing units from the country down (country, governorate,
 *     district, subdistrict), those that are known
 * @param source where the record comes from (GeoNames id, OpenSyria id, or the supplement's citation)
 */
public record Place(
    String id,
    FeatureType type,
    String countryCode,
    double lat,
    double lon,
    double radiusKm,
    long population,
    String nameAr,
    String nameEn,
    List<String> names,
    List<String> ancestorIds,
    String source) {

  public Place {
    names = List.copyOf(names);
    ancestorIds = List.copyOf(ancestorIds);
  }

  /** Great-circle distance in kilometres to a point. */
  public double distanceKm(double otherLat, double otherLon) {
    return haversineKm(lat, lon, otherLat, otherLon);
  }

  public double distanceKm(Place other) {
    return distanceKm(other.lat, other.lon);
  }

  /** Display name: Latin when known (for hierarchies shown next to ACLED-style data), else Arabic. */
  public String displayName() {
    return nameEn.isEmpty() ? nameAr : nameEn;
  }

  static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
