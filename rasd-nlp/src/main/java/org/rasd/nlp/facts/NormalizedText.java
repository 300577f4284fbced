package org.rasd.nlp.facts;

import org.rasd.nlp.text.ArabicNormalizer;

/**
 * A text folded by {@link ArabicNormalizer} together with the map back to the original offsets,
 * so that patterns can run on the folded form while results point into the original.
 */
public final class NormalizedText {

  private static final char DELETED = '\uFFFF';

  private final String original;
  private final String folded;
  private final int[] originalIndex; // originalIndex[i] = offset in original of folded char i; [length] = original length

  public NormalizedText(String original) {
    this.original = original;
    StringBuilder out = new StringBuilder(original.length());
    int[] index = new int[original.length() + 1];
    for (int i = 0; i < original.length(); i++) {
      char f = ArabicNormalizer.fold(original.charAt(i));
      if (f != DELETED) { // ArabicNormalizer.fold marks deleted characters this way
        index[out.length()] = i;
        out.append(f);
      }
    }
    index[out.length()] = original.length();
    this.folded = out.toString();
    this.originalIndex = index;
  }

  public String original() {
    return original;
  }

  public String folded() {
    return folded;
  }

  /** Original offset of the folded character at {@code foldedStart}. */
  public int originalStart(int foldedStart) {
    return originalIndex[foldedStart];
  }

  /** Original offset just past the folded character before {@code foldedEnd}. */
  public int originalEnd(int foldedEnd) {
    return foldedEnd == 0 ? 0 : originalIndex[foldedEnd - 1] + 1;
  }
}
