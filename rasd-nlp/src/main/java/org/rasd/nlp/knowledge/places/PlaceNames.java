package org.rasd.nlp.knowledge.places;

import java.text.Normalizer;
import java.util.Locale;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Turns a place name into lookup keys. A key folds Arabic spelling variation (ArabicNormalizer),
 * Latin accents and case, and drops spaces and punctuation, so "دير الزور" and "ديرالزور", or
 * "Dayr az Zawr" and "dayr-az-zawr", meet. The loose key also drops definite articles, which news
 * text and transliterations use inconsistently ("الميادين" / "ميادين", "Jisr ash Shughur" / "Jisr
 * al-Shughur"). Written as plain character loops: the gazetteer computes some 100,000 keys at load.
 */
final class PlaceNames {

  private PlaceNames() {}

  private static final String[] LATIN_ARTICLES = {
    "al", "el", "an", "ar", "as", "ash", "at", "ath", "ad", "adh", "az", "ad-", "ag"
  };

  /** Base letter of each accented Latin character in U+00C0–U+02FF and U+1E00–U+1EFF, or 0. */
  private static final char[] LATIN_BASE = new char[0x2000];
  /** {@link #keyChar} of every char, tabled: it is called for each character spotting walks. */
  private static final char[] KEY_CHARS = new char[Character.MAX_VALUE + 1];

  static {
    for (char c = 0xC0; c < 0x2000; c++) {
      if (c >= 0x300 && c < 0x1E00) {
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = d.charAt(0);
      if (base < 0x80 && Character.isLetter(base)) {
        LATIN_BASE[c] = Character.toLowerCase(base);
      }
    }
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      KEY_CHARS[c] = computeKeyChar((char) c);
    }
  }

  /** The exact key: folded, lower case, letters and digits only. */
  static String key(String name) {
    StringBuilder out = new StringBuilder(name.length());
    appendFolded(name, 0, name.length(), out);
    return out.toString();
  }

  /** The loose key: like {@link #key} but without definite articles. */
  static String looseKey(String name) {
    StringBuilder out = new StringBuilder(name.length());
    int i = 0;
    int n = name.length();
    while (i < n) {
      while (i < n && isSeparator(name.charAt(i))) {
        i++;
      }
      int end = i;
      while (end < n && !isSeparator(name.charAt(end))) {
        end++;
      }
      if (end > i && !isLatinArticle(name, i, end, end < n)) {
        appendFolded(name, i, end, out);
      }
      i = end;
    }
    String k = out.toString();
    return k.length() > 3 && k.startsWith("ال") ? k.substring(2) : k;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '\'' || c == '‘' || c == '’' || c == '`' || c == 'ʿ' || c == 'ʾ'
        || c == '\u00A0';
  }

  /** A Latin article word ("al", "ash"…) that is followed by another word. */
  private static boolean isLatinArticle(String s, int start, int end, boolean followed) {
    if (!followed || end - start > 3) {
      return false;
    }
    String word = s.substring(start, end).toLowerCase(Locale.ROOT);
    for (String a : LATIN_ARTICLES) {
      if (a.equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static void appendFolded(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char k = keyChar(s.charAt(i));
      if (k != 0) {
        out.append(k);
      }
    }
  }

  /**
   * What one character of a name contributes to its key: a folded letter or digit, or 0 for
   * nothing. Keys are made character by character, so the key of a text is the keys of its parts
   * joined ({@link AreaSpotter} relies on that).
   */
  static char keyChar(char raw) {
    return KEY_CHARS[raw];
  }

  private static char computeKeyChar(char raw) {
    char c = ArabicNormalizer.fold(raw);
    if (c < 0x80) {
      return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    } else if (c < 0x2000 && LATIN_BASE[c] != 0) {
      return LATIN_BASE[c];
    } else if (c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3') {
      return c == 'ؤ' ? 'و' : c == 'ئ' ? 'ي' : c;
    } else if (Character.isLetterOrDigit(c) && !ArabicNormalizer.isDiacritic(c)) {
      return Character.toLowerCase(c);
    }
    return 0;
  }

  /** True when the name is written (mostly) in Arabic script. */
  static boolean isArabic(String name) {
    int arabic = 0;
    int latin = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        arabic++;
      } else if (Character.isLetter(c)) {
        latin++;
      }
    }
    return arabic > latin;
  }

  /** True for Arabic or Latin-script names (other scripts are dropped from the gazetteer). */
  static boolean isArabicOrLatin(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)
          && !(c >= '\u0600' && c <= '\u06FF')
          && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return !name.isBlank();
  }
}
