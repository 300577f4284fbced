package org.rasd.nlp.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * What training data says about a word's stem: the entity type it most often belongs to and how
 * often it is inside an entity at all (four bins). A tagging feature for the word and its
 * neighbours; trained on jackknifed copies so the tagger learns how far to trust it on new text.
 */
public final class EntityLexicon {

  public static final EntityLexicon EMPTY = new EntityLexicon(Map.of());

  private static final int BINS = 4;

  /** Stem → 1 + type index * BINS + entity-share bin; stems never inside an entity are absent. */
  private final Map<String, Integer> codes;

  EntityLexicon(Map<String, Integer> codes) {
    this.codes = Map.copyOf(codes);
  }

  /** Counts each stem's labels in {@code sentences}; {@code types} fixes the type order. */
  public static EntityLexicon of(List<LabeledSentence> sentences, List<String> types) {
    Map<String, int[]> counts = new HashMap<>();
    for (LabeledSentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        String label = s.labels().get(i);
        int slot = label.equals(BioLabels.OUTSIDE) ? 0 : 1 + types.indexOf(label.substring(2));
        counts.computeIfAbsent(stem(s.words().get(i)), k -> new int[1 + types.size()])[slot]++;
      }
    }
    Map<String, Integer> codes = new HashMap<>();
    counts.forEach((stem, c) -> {
      int best = 1;
      int inside = 0;
      for (int t = 1; t < c.length; t++) {
        inside += c[t];
        if (c[t] > c[best]) {
          best = t;
        }
      }
      if (inside > 0) {
        int bin = Math.min(BINS - 1, inside * BINS / (inside + c[0]));
        codes.put(stem, 1 + (best - 1) * BINS + bin);
      }
    });
    return new EntityLexicon(codes);
  }

  static String stem(String word) {
    return Proclitics.featureStem(ArabicNormalizer.normalize(word));
  }

  /** The code of a clitic-free stem, 0 when training never saw it inside an entity. */
  public int code(String stem) {
    return codes.getOrDefault(stem, 0);
  }

  /** Entries sorted by stem, for writing the model. */
  public Map<String, Integer> entries() {
    return new TreeMap<>(codes);
  }
}
