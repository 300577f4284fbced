package org.rasd.nlp.text;

/**
 * Normalises Arabic text for matching, never for display: the original text is kept untouched and
 * every offset in Rasd points into it.
 *
 * <p>Folds the spelling variation that news text shows for one word: alef forms (أ إ آ ٱ → ا), alef
 * maqsura and Persian yeh (ى ی → ي), teh marbuta (ة → ه), Persian kaf and heh (ک → ك, ھ → ه),
 * Arabic-Indic digits and their separators (٢٠١٣ → 2013, ٣٫٥ → 3.5, ٪ → %), the many quote marks (“ ” « » → "), and odd spaces (no-break → space). Removes
 * diacritics, tatweel, zero-width and bidi control characters.
 */
public final class ArabicNormalizer {

  private ArabicNormalizer() {}

  /** Marker for characters that the normaliser deletes. */
  static final char DELETE = '\uFFFF';

  /** The normalised form of one character, or {@link #DELETE}. */
  public static char fold(char c) {
    if (c < 0x80) {
      return c;
    }
    switch (c) {
      case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
        return 'ا';
      case 'ى', 'ی', 'ې':
        return 'ي';
      case 'ة':
        return 'ه';
      case 'ک', 'ڪ':
        return 'ك';
      case 'ھ', 'ۀ':
        return 'ه';
      case '\u066B': // Arabic decimal separator
        return '.';
      case '\u066C': // Arabic thousands separator
        return ',';
      case '\u066A': // Arabic percent sign
        return '%';
      case 'ـ': // tatweel
        return DELETE;
      case '“', '”', '„', '‟', '«', '»', '″', '＂':
        return '"';
      case '‘', '’', '‚', '‛', '′':
        return '\'';
      case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000':
        return ' ';
      default:
        break;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    if (isDiacritic(c) || isInvisible(c)) {
      return DELETE;
    }
    return c;
  }

  /** Harakat, tanween, shadda, sukun, superscript alef and Quranic marks. */
  public static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED');
  }

  /** Zero-width characters, bidi marks and embeddings, byte-order mark. */
  public static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u061C'
        || c == '\uFEFF';
  }

  /** The normalised form of a whole string. */
  public static String normalize(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char f = fold(text.charAt(i));
      if (f != DELETE) {
        out.append(f);
      }
    }
    return out.toString();
  }

  /** The normalised form of {@code text}, the same instance when nothing changes (most tokens). */
  public static String normalize(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (fold(text.charAt(i)) != text.charAt(i)) {
        return normalize((CharSequence) text);
      }
    }
    return text;
  }
}
