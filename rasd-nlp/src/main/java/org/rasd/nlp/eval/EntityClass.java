package org.rasd.nlp.eval;

/**
 * The coarse classes under which entity types are compared when scoring: a recogniser that calls a
 * militia STATE_FORCES instead of ARMED_GROUP still found a group, but one that calls it a PLACE did
 * not.
 */
public enum EntityClass {
  PERSON,
  /** ARMED_GROUP, STATE_FORCES, GOVERNMENT, ORGANIZATION, MEDIA. */
  GROUP,
  /** COUNTRY, GOVERNORATE, REGION, DISTRICT, CITY, TOWN, VILLAGE, NEIGHBOURHOOD, FACILITY, ROAD, LOCATION. */
  PLACE,
  OTHER;

  public static EntityClass of(String type) {
    if (type == null) {
      return OTHER;
    }
    return switch (type) {
      case "PERSON" -> PERSON;
      case "ARMED_GROUP", "STATE_FORCES", "GOVERNMENT", "ORGANIZATION", "MEDIA" -> GROUP;
      case "COUNTRY", "GOVERNORATE", "REGION", "DISTRICT", "SUBDISTRICT", "CITY", "TOWN", "VILLAGE",
          "NEIGHBOURHOOD", "FACILITY", "ROAD", "LOCATION" -> PLACE;
      default -> OTHER;
    };
  }
}
