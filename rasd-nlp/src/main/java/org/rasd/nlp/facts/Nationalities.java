package org.rasd.nlp.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = Nationalities.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("nationality list missing from the classpath: " + RESOURCE);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 3 || !(cols[2].equals("COUNTRY") || cols[2].equals("CITY"))) {
          throw new IllegalArgumentException(RESOURCE + ":" + number + ": expected adjective, place, COUNTRY|CITY");
        }
        Origin origin = new Origin(cols[1], cols[2]);
        for (String form : ArabicInflection.nounForms(ArabicNormalizer.normalize(cols[0]))) {
          n.byForm.put(form, origin);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return n;
  }

  /** The origin a normalised word names, or null. */
  Origin of(String normalizedWord) {
    return byForm.get(normalizedWord);
  }
}
