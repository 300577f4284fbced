package org.rasd.nlp.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Finds event triggers in Arabic text with the lexicon in {@code triggers.tsv} (see
 * docs/ontology.md). Each row gives a lemma; {@link ArabicInflection} expands it into its
 * clitic-bearing, inflected surface forms, so matching is an exact look-up of a word's normalised
 * form. Phrases (several words) match when their first word matches in any inflection and the
 * following words follow as nouns in any inflection; the longest phrase wins.
 */
public final class TriggerLexicon {

  public static final String RESOURCE = "/org/rasd/nlp/facts/triggers.tsv";

  private final List<TriggerEntry> entries;
  /** First-word surface form → candidate rows, in file order. */
  private final Map<String, List<TriggerEntry>> byFirstWord = new HashMap<>();
  /** Following-word surface forms, per normalised following word. */
  private final Map<String, Set<String>> followerForms = new HashMap<>();

  private TriggerLexicon(List<TriggerEntry> entries) {
    this.entries = List.copyOf(entries);
    for (TriggerEntry entry : entries) {
      String[] stems = ArabicNormalizer.normalize(entry.pattern()).split("/");
      String first = stems[0].split(" ")[0];
      Set<String> forms =
          entry.partOfSpeech().equals("VERB")
              ? ArabicInflection.verbForms(
                  first,
                  stems.length > 1 ? stems[1] : ArabicInflection.defaultImperfectStem(first))
              : ArabicInflection.nounForms(first);
      for (String form : forms) {
        byFirstWord.computeIfAbsent(form, k -> new ArrayList<>()).add(entry);
      }
      List<String> words = entry.words();
      for (String follower : words.subList(1, words.size())) {
        followerForms.computeIfAbsent(follower, ArabicInflection::nounForms);
      }
    }
  }

  /** The lexicon shipped with Rasd. */
  public static TriggerLexicon load() {
    try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("trigger lexicon missing from the classpath: " + RESOURCE);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads a lexicon in the triggers.tsv format; {@code origin} names it in error messages. */
  public static TriggerLexicon read(Reader reader, String origin) throws IOException {
    List<TriggerEntry> entries = new ArrayList<>();
    TsvRows.read(reader, origin, 6, (cols, where, number) -> {
      if (!cols[1].equals("NOUN") && !cols[1].equals("VERB")) {
        throw new IllegalArgumentException(where + "part of speech must be NOUN or VERB, not '" + cols[1] + "'");
      }
      EventType type = new EventType(cols[2], cols[3], dashToNull(cols[4]));
      String problem = OntologyTypes.problemWith(type);
      String modality = dashToNull(cols[5]);
      if (problem == null && modality != null && !OntologyTypes.MODALITIES.contains(modality)) {
        problem = "unknown modality '" + modality + "'";
      }
      if (problem != null) {
        throw new IllegalArgumentException(where + problem);
      }
      List<String> words = List.of(ArabicNormalizer.normalize(cols[0].split("/")[0]).split(" "));
      entries.add(new TriggerEntry(cols[0], cols[1], words, type, modality, number));
    });
    return new TriggerLexicon(entries);
  }

  private static String dashToNull(String s) {
    return s.equals("-") || s.isEmpty() ? null : s;
  }

  public List<TriggerEntry> entries() {
    return entries;
  }

  /** Number of distinct surface forms the lexicon recognises as a trigger's first word. */
  public int surfaceFormCount() {
    return byFirstWord.size();
  }

  /** The rows whose first word has this normalised surface form (empty if none). */
  public List<TriggerEntry> lookup(String normalizedWord) {
    return byFirstWord.getOrDefault(normalizedWord, Collections.emptyList());
  }

  /** All triggers in a text, left to right, not overlapping. */
  public List<TriggerMatch> find(String text) {
    return find(text, word -> false);
  }

  /**
   * All triggers in a text, left to right, not overlapping; one word for which {@code insertable}
   * holds (given its normalised form) may stand inside a phrase, as an adjective of origin does in
   * الحملة الروسية الجوية.
   */
  public List<TriggerMatch> find(String text, Predicate<String> insertable) {
    return find(text, Words.scan(text), insertable);
  }

  /** As {@link #find(String, Predicate)}, with the text's Arabic words already cut (as {@link Words#scan}). */
  List<TriggerMatch> find(String text, List<Words.Word> words, Predicate<String> insertable) {
    List<TriggerMatch> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      TriggerEntry best = null;
      int bestPhrase = 0;
      int bestSpan = 0;
      for (TriggerEntry entry : lookup(words.get(i).norm())) {
        int span = entry.words().size() > bestPhrase ? span(entry, words, i, text, insertable) : 0;
        if (span > 0) {
          best = entry;
          bestPhrase = entry.words().size();
          bestSpan = span;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int start = words.get(i).start();
      int end = words.get(i + bestSpan - 1).end();
      found.add(new TriggerMatch(start, end, text.substring(start, end), best));
      i += bestSpan;
    }
    return found;
  }

  /**
   * How many words the phrase covers from {@code first} when its following words come next,
   * separated by nothing but spaces (with at most one insertable word among them), else 0.
   */
  private int span(TriggerEntry entry, List<Words.Word> words, int first, String text, Predicate<String> insertable) {
    List<String> phrase = entry.words();
    int at = first;
    boolean inserted = false;
    for (int k = 1; k < phrase.size(); k++) {
      if (at + 1 >= words.size() || !adjacent(words.get(at), words.get(at + 1), text)) {
        return 0;
      }
      Words.Word next = words.get(at + 1);
      if (!followerForms.get(phrase.get(k)).contains(next.norm())) {
        if (inserted || !insertable.test(next.norm()) || at + 2 >= words.size()
            || !adjacent(next, words.get(at + 2), text)
            || !followerForms.get(phrase.get(k)).contains(words.get(at + 2).norm())) {
          return 0;
        }
        inserted = true;
        at++;
      }
      at++;
    }
    return at - first + 1;
  }

  private static boolean adjacent(Words.Word previous, Words.Word next, String text) {
    return ArabicNormalizer.normalize(text.substring(previous.end(), next.start())).isBlank();
  }
}
