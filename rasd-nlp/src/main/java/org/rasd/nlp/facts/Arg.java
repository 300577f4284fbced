package org.rasd.nlp.facts;

/**
 * A candidate slot filler in a sentence: an entity mention, or a short form (الميليشيا) standing
 * for a named group. {@code first}..{@code last} are the token positions of the words in the
 * sentence; {@code ref} is what the slot reports (for a short form, its antecedent's mention);
 * {@code textStart} is where the filler's own words begin in the text (after any proclitic).
 */
record Arg(MentionRef ref, EntityClass kind, String type, int first, int last, int textStart) {

  /** Coarse role of an entity type in fact extraction. */
  enum EntityClass {
    PERSON,
    GROUP,
    MEDIA,
    COUNTRY,
    PLACE,
    OTHER;

    static EntityClass of(String type) {
      return switch (type) {
        case "PERSON" -> PERSON;
        case "ARMED_GROUP", "STATE_FORCES", "GOVERNMENT", "ORGANIZATION" -> GROUP;
        case "MEDIA" -> MEDIA;
        case "COUNTRY" -> COUNTRY;
        case "REGION", "CITY", "TOWN", "NEIGHBOURHOOD", "FACILITY", "ROAD", "LOCATION" -> PLACE;
        default -> OTHER;
      };
    }
  }

  /** Who can act: a person, a group or a country. */
  boolean isActor() {
    return kind == EntityClass.PERSON || kind == EntityClass.GROUP || kind == EntityClass.COUNTRY;
  }

  /** Where something can happen: a place or a country. */
  boolean isPlace() {
    return kind == EntityClass.PLACE || kind == EntityClass.COUNTRY;
  }

  boolean isStateForces() {
    return type.equals("STATE_FORCES") || type.equals("GOVERNMENT");
  }

  /** Whether the relation-cue class name (see relation-cues.tsv) admits this argument. */
  boolean fits(String cueClass) {
    return switch (cueClass) {
      case "PERSON" -> kind == EntityClass.PERSON;
      case "GROUP" -> kind == EntityClass.GROUP;
      case "ARMED" -> type.equals("ARMED_GROUP") || type.equals("STATE_FORCES");
      case "MEDIA" -> kind == EntityClass.MEDIA;
      case "PLACE" -> isPlace();
      case "COUNTRY" -> kind == EntityClass.COUNTRY;
      case "ACTOR" -> isActor();
      default -> kind != EntityClass.OTHER;
    };
  }
}
