package org.rasd.nlp.text;

/**
 * One word in segmentation form with the original offset of each letter, so that a cut made on the
 * folded letters maps back to exact original offsets. Marks (diacritics, tatweel) stay with the
 * letter before them.
 *
 * <p>Segmentation form is the {@link ArabicNormalizer} form except that teh marbuta ة and alef
 * maqsura ى are kept: they only end words, so a final ة is never the enclitic ه and a final ى never
 * the enclitic ي.
 */
final class NormalizedWord {

  private final String text;
  private final String word;
  private final int[] offsets;

  NormalizedWord(String text, int start, int end) {
    this.text = text;
    char[] letters = new char[end - start];
    int[] at = new int[end - start + 1];
    int n = 0;
    for (int i = start; i < end; i++) {
      char f = fold(text.charAt(i));
      if (f != ArabicNormalizer.DELETE) {
        letters[n] = f;
        at[n++] = i;
      }
    }
    if (n > 0) {
      at[0] = start; // leading marks belong to the first piece
    }
    at[n] = end;
    this.word = new String(letters, 0, n);
    this.offsets = at;
  }

  /** The segmentation form of one character. */
  static char fold(char c) {
    return c == 'ة' || c == 'ى' ? c : ArabicNormalizer.fold(c);
  }

  /** The segmentation form of a string. */
  static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char f = fold(s.charAt(i));
      if (f != ArabicNormalizer.DELETE) {
        out.append(f);
      }
    }
    return out.toString();
  }

  String word() {
    return word;
  }

  int length() {
    return word.length();
  }

  char charAt(int i) {
    return word.charAt(i);
  }

  /** Original offset where the piece starting at normalised index {@code i} begins. */
  int offset(int i) {
    return offsets[i];
  }

  /** The original character of normalised letter {@code i}. */
  char originalChar(int i) {
    int at = offsets[i];
    while (fold(text.charAt(at)) == ArabicNormalizer.DELETE) {
      at++;
    }
    return text.charAt(at);
  }
}
