package org.rasd.nlp.ner;

import java.util.Arrays;

/**
 * Refines the tagger's coarse types (PERS, LOC, ORG, MISC) into Rasd's fine ones, in this order:
 * a known name (names.tsv), a Syrian city or town (place gazetteer, whatever the tagger's type), a head noun that starts the
 * name (جيش الإسلام → ARMED_GROUP) or stands just before it (بلدة دير العصافير → TOWN), else a
 * default per coarse type.
 */
final class EntityTyper {

  private final TypeLexicon lexicon;
  private final Gazetteer places;

  EntityTyper(TypeLexicon lexicon, Gazetteer places) {
    this.lexicon = lexicon;
    this.places = places;
  }

  /**
   * Fine type of words [start, end) of a sentence (normalised words) tagged with a coarse type; the
   * candidate's start moves past a leading "before" head noun (مدينة المليحة → المليحة). Null when
   * the span is only a head noun.
   */
  Candidate type(String[] norms, int start, int end, String coarse, double confidence) {
    TypeLexicon.Head first = lexicon.head(norms[start]);
    if (first != null && end - start == 1) {
      return null; // a bare head noun (الريف, الميليشيا) names nothing
    }
    if (first != null && !first.inside()) {
      return new Candidate(start + 1, end, first.type(), confidence, Candidate.TAGGER, 2);
    }
    return new Candidate(start, end, fineType(norms, start, end, coarse, first), confidence, Candidate.TAGGER, 2);
  }

  private String fineType(String[] norms, int start, int end, String coarse, TypeLexicon.Head first) {
    String known = lexicon.nameType(norms, start, end);
    if (known != null) {
      return known;
    }
    String place = placeType(norms, start, end);
    if (place != null) {
      return place;
    }
    if (first != null && !coarse.equals("PERS")) {
      return first.type();
    }
    TypeLexicon.Head before = start > 0 ? lexicon.head(norms[start - 1]) : null;
    if (before != null && !before.inside()) {
      return before.type();
    }
    return switch (coarse) {
      case "PERS" -> "PERSON";
      case "LOC" -> "LOCATION";
      case "ORG" -> "ORGANIZATION";
      default -> "MISC";
    };
  }

  /** CITY or TOWN when a place-gazetteer match has one of them among its types, else null. */
  static String placeType(Gazetteer places, Gazetteer.Match match) {
    for (String type : new String[] {"CITY", "TOWN"}) {
      int t = places.types().indexOf(type);
      if (t >= 0 && (match.typeMask() & (1 << t)) != 0) {
        return type;
      }
    }
    return null;
  }

  private String placeType(String[] norms, int start, int end) {
    for (Gazetteer.Match m : places.find(Arrays.copyOfRange(norms, start, end))) {
      if (m.start() == 0 && m.end() == end - start) {
        return placeType(places, m);
      }
    }
    return null;
  }
}
