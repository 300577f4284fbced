package org.rasd.nlp.text;

/** Character classes shared by the tokenizer, the sentence splitter and the clitic segmenter. */
final class ArabicChars {

  private ArabicChars() {}

  static final char TATWEEL = '\u0640';

  /** A letter of the Arabic script (base letters, Persian/Urdu extensions, presentation forms). */
  static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u063F')
        || (c >= '\u0641' && c <= '\u064A')
        || (c >= '\u066E' && c <= '\u066F')
        || (c >= '\u0671' && c <= '\u06D3')
        || c == '\u06D5'
        || (c >= '\u06EE' && c <= '\u06EF')
        || (c >= '\u06FA' && c <= '\u06FF')
        || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\u08A0' && c <= '\u08C9')
        || (c >= '\uFB50' && c <= '\uFD3D')
        || (c >= '\uFD50' && c <= '\uFDFB')
        || (c >= '\uFE70' && c <= '\uFEFC');
  }

  /** A mark that belongs to the letter before it: harakat, Quranic marks, tatweel. */
  static boolean isWordMark(char c) {
    return c == TATWEEL || ArabicNormalizer.isDiacritic(c);
  }

  /** Western, Arabic-Indic or Extended Arabic-Indic (Persian) digit. */
  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
  }

  /** Separators allowed between digits inside one number: 3.5, 1,000, ٣٫٥, ١٬٠٠٠. */
  static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
  }

  static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');
  }

  /** Line and paragraph breaks: every one ends a sentence. */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  /** Whitespace between tokens, including the invisible format characters news pages carry. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicNormalizer.isInvisible(c);
  }

  /** Double quote marks; Arabic news uses ” and “ for both opening and closing, so they toggle. */
  static boolean isToggleQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F' || c == '\uFF02';
  }

  /** Marks that close a sentence-final unit: .” or !) or ?» end with the mark. */
  static boolean isClosing(char c) {
    return isToggleQuote(c) || c == '\u00BB' || c == ')' || c == ']' || c == '}' || c == '\'' || c == '\u2019';
  }

  /** Sentence-final punctuation (the Arabic comma ، is not among them). */
  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4';
  }
}
