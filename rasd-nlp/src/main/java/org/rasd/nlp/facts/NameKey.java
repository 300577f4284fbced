package org.rasd.nlp.facts;

import org.rasd.nlp.text.ArabicNormalizer;

/**
 * The form under which two slot texts name the same thing: normalised spelling, quotes and
 * punctuation dropped, the article ال and a leading و ف ب ل removed ("لإيران" = "إيران").
 *
 * <p>Written as a character loop, not regular expressions: relations compare the key of every
 * facility with that of every place named in the document, and the expressions made that a fifth
 * of the facts stage (docs/decisions/0009).
 */
final class NameKey {

  private NameKey() {}

  static String of(String text) {
    String s = ArabicNormalizer.normalize(text);
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && isWordChar(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      if (i > start) {
        if (out.length() > 0) {
          out.append(' ');
        }
        String word = s.substring(start, i);
        out.append(word, cliticsEnd(word), word.length());
      } else {
        i += Character.charCount(s.codePointAt(i));
      }
    }
    return out.toString();
  }

  /** Letters and decimal digits: what a key keeps of the text. */
  private static boolean isWordChar(int cp) {
    return Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
  }

  /**
   * Where a word starts once a conjunction (و ف) and then "لل", an article with or without a
   * preposition (ال بال لال كال) or a bare preposition (ب ل ك) are dropped, trying those in that
   * order and keeping at least two characters of the word: the regular expression
   * {@code ^[وف]?(?:لل|[بلك]?ال|[بلك])(?=..)} as a loop.
   */
  static int cliticsEnd(String w) {
    boolean conjunction = !w.isEmpty() && (w.charAt(0) == 'و' || w.charAt(0) == 'ف');
    for (int from = conjunction ? 1 : 0; from >= 0; from--) {
      boolean preposition = from < w.length() && "بلك".indexOf(w.charAt(from)) >= 0;
      if (w.startsWith("لل", from) && keepsTwo(w, from + 2)) {
        return from + 2;
      }
      if (preposition && w.startsWith("ال", from + 1) && keepsTwo(w, from + 3)) {
        return from + 3;
      }
      if (w.startsWith("ال", from) && keepsTwo(w, from + 2)) {
        return from + 2;
      }
      if (preposition && keepsTwo(w, from + 1)) {
        return from + 1;
      }
    }
    return 0;
  }

  /** Two more characters, neither a line terminator (as the expression's {@code ..} requires). */
  private static boolean keepsTwo(String w, int from) {
    if (from > w.length() || w.codePointCount(from, w.length()) < 2) {
      return false;
    }
    int second = from + Character.charCount(w.codePointAt(from));
    return !isLineTerminator(w.codePointAt(from)) && !isLineTerminator(w.codePointAt(second));
  }

  private static boolean isLineTerminator(int c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
