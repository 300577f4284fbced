package org.rasd.nlp.text;

/**
 * A text in {@link ArabicNormalizer} form together with the way back: a match found in {@link
 * #text()} maps to exact offsets in the original, which is never changed. Immutable.
 */
public final class NormalizedText {

  private final String original;
  private final String normalized;
  /** For each normalised character, the offset of the original character it came from. */
  private final int[] origins;

  private NormalizedText(String original, String normalized, int[] origins) {
    this.original = original;
    this.normalized = normalized;
    this.origins = origins;
  }

  public static NormalizedText of(String original) {
    char[] out = new char[original.length()];
    int[] origins = new int[original.length()];
    int n = 0;
    for (int i = 0; i < original.length(); i++) {
      char f = ArabicNormalizer.fold(original.charAt(i));
      if (f != ArabicNormalizer.DELETE) {
        out[n] = f;
        origins[n++] = i;
      }
    }
    return new NormalizedText(original, new String(out, 0, n), java.util.Arrays.copyOf(origins, n));
  }

  public String original() {
    return original;
  }

  /** The normalised string, for matching only. */
  public String text() {
    return normalized;
  }

  /** Original offset of the character at normalised offset {@code start}. */
  public int originalStart(int start) {
    return start < origins.length ? origins[start] : original.length();
  }

  /**
   * Original offset just past the normalised range ending at {@code end} (exclusive). Characters
   * the normaliser deleted at the edges (tatweel, marks) are left out of the range, except the
   * marks of its last letter.
   */
  public int originalEnd(int end) {
    if (end == 0) {
      return origins.length == 0 ? 0 : origins[0];
    }
    int last = origins[end - 1] + 1;
    while (last < original.length()
        && ArabicNormalizer.isDiacritic(original.charAt(last))
        && (end == origins.length || last < origins[end])) {
      last++;
    }
    return last;
  }
}
