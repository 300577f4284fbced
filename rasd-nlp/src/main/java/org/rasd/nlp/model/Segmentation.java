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

  /** True when the definite article ال (possibly fused as لل) is among the prefixes. */
  public boolean hasArticle() {
    return prefixes.contains("ال") || prefixes.contains("ل");
  }
}
