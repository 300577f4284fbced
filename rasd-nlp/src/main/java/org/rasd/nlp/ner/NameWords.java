package org.rasd.nlp.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Which words open or close an entry of each gazetteer list, for tagger features: a first name, a
 * family name, an organisation's head word counts even when the rest of the name is not in any list
 * (نوري … in a new full name, … المالكي alone). Words are compared by a loose {@link #key} without
 * clitics, article and gender, number or nisba endings, so a list's lemma أميركي meets الأميركية.
 */
final class NameWords {

  private static final String[] ENDINGS = {"يين", "يون", "يه", "ين", "ون", "ه", "ي"};

  /** Key → bit 2t (first word of an entry of list t) and 2t+1 (last word of a multi-word entry). */
  private final Map<String, Integer> bits = new HashMap<>();

  NameWords(Gazetteer gazetteer) {
    List<String> types = gazetteer.types();
    for (int t = 0; t < types.size(); t++) {
      for (String entry : gazetteer.entries().get(types.get(t))) {
        String[] words = ArabicNormalizer.normalize(entry).strip().split("\\s+");
        if (words[0].isEmpty()) {
          continue;
        }
        bits.merge(key(Proclitics.featureStem(words[0])), 1 << (2 * t), (a, b) -> a | b);
        if (words.length > 1) {
          bits.merge(key(Proclitics.featureStem(words[words.length - 1])), 1 << (2 * t + 1), (a, b) -> a | b);
        }
      }
    }
  }

  /** A clitic-free stem ({@link Proclitics#featureStem}) without a gender, number or nisba ending. */
  static String key(String stem) {
    for (String ending : ENDINGS) {
      if (stem.endsWith(ending) && stem.length() - ending.length() >= 3) {
        return stem.substring(0, stem.length() - ending.length());
      }
    }
    return stem;
  }

  /** Bits {@code 2t}: the key opens an entry of list t; {@code 2t+1}: it closes a multi-word one. */
  int of(String key) {
    return bits.getOrDefault(key, 0);
  }
}
