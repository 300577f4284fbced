package org.rasd.nlp.model;

import java.util.List;

/**
 * Clitic analysis of one token: proclitics, stem and enclitics. Strings are in original spelling;
 * the stem's offsets point into the article text.
 *
 * @param prefixes proclitics in order of appearance, e.g. [و, ب, ال] for "وبالغوطة"
 * @param stem the remaining word, e.g. "غوطة"
 * @param suffixes pronoun enclitics, e.g. [ها] for "اقتحامها"
 * @param stemStart offset of the stem's first character in the article text
 * @param stemEnd offset just past the stem's last character
 */
public record Segmentation(
    List<String> prefixes, String stem, List<String> suffixes, int stemStart, int stemEnd) {

  public Segmentation {
    prefixes = List.copyOf(prefixes);
    suffixes = List.copyOf(suffixes);
  }

  /** True when the token was not cut at all. */
  public boolean isWhole() {
    return prefixes.isEmpty() && suffixes.isEmpty();
  }

  /**
   * True when the definite article is among the prefixes: written out (ال, the last prefix) or
   * fused after the preposition ل (للميليشيات = [ل, ل] + ميليشيات, the second ل being the article).
   */
  public boolean hasArticle() {
    int n = prefixes.size();
    if (n == 0) {
      return false;
    }
    String last = letters(prefixes.get(n - 1));
    return last.equals("ال") || last.equals("ٱل") || (n >= 2 && last.equals("ل") && letters(prefixes.get(n - 2)).equals("ل"));
  }

  /** The string without diacritics and tatweel. */
  private static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '\u064B' && c <= '\u065F') && c != '\u0670' && c != '\u0640') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
