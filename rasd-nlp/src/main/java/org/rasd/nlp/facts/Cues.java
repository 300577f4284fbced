package org.rasd.nlp.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * The cue words of fact extraction ({@code cues.tsv}): reporting verbs, modality cues, clause
 * boundaries, argument prepositions, place classifiers… each row in a category, expanded into its
 * inflected surface forms like the trigger lexicon, and matched on normalised words.
 */
final class Cues {

  static final String RESOURCE = "/org/rasd/nlp/facts/cues.tsv";

  /** A cue found at a word: how many words it spans, its part of speech and value (a modality, or null). */
  record Hit(int length, String pos, String value) {}

  private record Row(List<String> rest, String pos, String value) {}

  /** category → first-word surface form → rows. */
  private final Map<String, Map<String, List<Row>>> categories = new HashMap<>();

  static Cues load() {
    return load(RESOURCE);
  }

  /** A cue list in the format of cues.tsv from the classpath. */
  static Cues load(String resource) {
    try (InputStream in = Cues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("cue list missing from the classpath: " + resource);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static Cues read(Reader reader, String origin) throws IOException {
    Cues cues = new Cues();
    TsvRows.read(reader, origin, 4, (cols, where) -> {
      String value = cols[3].equals("-") ? null : cols[3];
      boolean placeHead = cols[0].equals("place-head");
      if (value != null && !(placeHead ? Arg.EntityClass.of(value) == Arg.EntityClass.PLACE : OntologyTypes.MODALITIES.contains(value))) {
        throw new IllegalArgumentException(where + "unknown " + (placeHead ? "place type" : "modality") + " '" + value + "'");
      }
      String[] stems = ArabicNormalizer.normalize(cols[2]).split("/");
      String[] words = stems[0].split(" ");
      Set<String> forms =
          switch (cols[1]) {
            case "VERB" -> ArabicInflection.verbForms(
                words[0], stems.length > 1 ? stems[1] : ArabicInflection.defaultImperfectStem(words[0]));
            case "NOUN" -> ArabicInflection.nounForms(words[0]);
            case "WORD" -> Set.of(words[0], "و" + words[0], "ف" + words[0]);
            default -> throw new IllegalArgumentException(
                where + "part of speech must be VERB, NOUN or WORD, not '" + cols[1] + "'");
          };
      Row row = new Row(List.of(words).subList(1, words.length), cols[1], value);
      Map<String, List<Row>> category = cues.categories.computeIfAbsent(cols[0], k -> new HashMap<>());
      for (String form : forms) {
        category.computeIfAbsent(form, k -> new ArrayList<>()).add(row);
      }
    });
    return cues;
  }

  /** The longest cue of the category starting at word {@code i} of {@code words}, or null. */
  Hit at(String category, List<String> words, int i) {
    List<Row> rows = categories.getOrDefault(category, Map.of()).get(words.get(i));
    if (rows == null) {
      return null;
    }
    Hit best = null;
    for (Row row : rows) {
      int n = row.rest().size();
      if (i + n < words.size() && matchesRest(row.rest(), words, i + 1) && (best == null || n + 1 > best.length())) {
        best = new Hit(n + 1, row.pos(), row.value());
      }
    }
    return best;
  }

  /** Whether a cue of the category ends right before word {@code i} (برصاص الأمن، من قبل الأمن). */
  boolean endsBefore(String category, List<String> words, int i) {
    for (int j = Math.max(0, i - 3); j < i; j++) {
      Hit hit = at(category, words, j);
      if (hit != null && j + hit.length() == i) {
        return true;
      }
    }
    return false;
  }

  boolean is(String category, List<String> words, int i) {
    return at(category, words, i) != null;
  }

  /** Whether a single normalised word is (a form of) a one-word cue of the category. */
  boolean isWord(String category, String word) {
    List<Row> rows = categories.getOrDefault(category, Map.of()).get(word);
    return rows != null && rows.stream().anyMatch(r -> r.rest().isEmpty());
  }

  private static boolean matchesRest(List<String> rest, List<String> words, int from) {
    for (int k = 0; k < rest.size(); k++) {
      if (!words.get(from + k).equals(rest.get(k))) {
        return false;
      }
    }
    return true;
  }
}
