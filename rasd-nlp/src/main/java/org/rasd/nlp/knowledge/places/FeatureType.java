package org.rasd.nlp.knowledge.places;

/** What kind of place a gazetteer record is, from the largest to the smallest. */
public enum FeatureType {
  COUNTRY,
  GOVERNORATE,
  DISTRICT,
  SUBDISTRICT,
  REGION,
  CITY,
  TOWN,
  VILLAGE,
  NEIGHBOURHOOD,
  FACILITY,
  ROAD;

  /** True for administrative units (country down to subdistrict). */
  public boolean isAdministrative() {
    return ordinal() <= SUBDISTRICT.ordinal();
  }

  /** True for areas (admin units and regions) that other places can lie in. */
  public boolean isArea() {
    return isAdministrative() || this == REGION;
  }

  /** ACLED geo-precision of a place of this kind: 1 exact place, 2 part of a region, 3 province. */
  public int precision() {
    return switch (this) {
      case COUNTRY, GOVERNORATE -> 3;
      case DISTRICT, SUBDISTRICT, REGION -> 2;
      default -> 1;
    };
  }
}
