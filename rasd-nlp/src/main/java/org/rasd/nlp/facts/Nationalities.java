package org.rasd.nlp.facts;

import java.util.HashMap;
import java.util.Map;
import org.rasd.nlp.text.ArabicNormalizer;

/** Adjectives of origin ({@code nationalities.tsv}): عراقية → العراق (COUNTRY), الدمشقي → دمشق (CITY). */
final class Nationalities {

  static final String RESOURCE = "/org/rasd/nlp/facts/nationalities.tsv";

  /** The place an adjective names, and whether it is a COUNTRY or a CITY. */
  record Origin(String place, String kind) {}

  private final Map<String, Origin> byForm = new HashMap<>();

  static Nationalities load() {
    Nationalities n = new Nationalities();
    TsvRows.readResource(RESOURCE, 3, (cols, where) -> {
      if (!(cols[2].equals("COUNTRY") || cols[2].equals("CITY"))) {
        throw new IllegalArgumentException(where + "expected adjective, place, COUNTRY|CITY");
      }
      Origin origin = new Origin(cols[1], cols[2]);
      for (String form : ArabicInflection.nounForms(ArabicNormalizer.normalize(cols[0]))) {
        n.byForm.put(form, origin);
      }
    });
    return n;
  }

  /** The origin a normalised word names, or null. */
  Origin of(String normalizedWord) {
    return byForm.get(normalizedWord);
  }
}
