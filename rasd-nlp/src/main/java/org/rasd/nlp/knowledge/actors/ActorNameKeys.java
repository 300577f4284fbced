package org.rasd.nlp.knowledge.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Turns an actor name, Arabic or Latin, into the keys the knowledge base is indexed and searched
 * by. A key is the name normalised ({@link ArabicNormalizer}), with punctuation dropped, the article
 * ال dropped from every word, and Latin folded to lower case without accents, articles (al-, el-)
 * or doubled letters. Keys serve matching only: what Rasd shows is always the original text.
 */
public final class ActorNameKeys {

  private ActorNameKeys() {}

  /**
   * Generic head words that news text puts before a name or leaves out ("ميليشيا لواء أسد الله
   * الغالب", "أسد الله الغالب"), in key form.
   */
  static final Set<String> HEAD_WORDS =
      Set.of(
          "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "لواء", "الويه", "تنظيم", "حركه", "جماعه", "فصيل",
          "كتائب", "كتيبه", "جبهه", "قوات", "وكاله", "قناه", "موقع", "صحيفه", "شبكه", "جريده");

  /** Nationality or sect adjectives that trail a name ("حزب الله اللبناني"), in key form. */
  static final Set<String> TRAILING_ADJECTIVES =
      Set.of(
          "عراقي", "عراقيه", "لبناني", "لبنانيه", "ايراني", "ايرانيه", "افغاني", "افغانيه", "باكستاني",
          "باكستانيه", "شيعي", "شيعيه", "مواليه", "موالي", "ارهابي", "ارهابيه", "سوري", "سوريه");

  private static final Set<String> LATIN_ARTICLES =
      Set.of("al", "el", "ad", "ash", "as", "ar", "az", "at", "an", "the", "of", "and", "wal");

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern APOSTROPHES = Pattern.compile("['ʿʾ`]");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1");

  /** The key of a name: see the class comment. Empty if the name has no letters or digits. */
  public static String key(String name) {
    List<String> words = words(name);
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      String k = wordKey(w);
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return String.join(" ", out);
  }

  /**
   * Keys to try for a mention, most literal first: the plain key, then the key with proclitics
   * (و ف ب ل ك, لل) stripped from the first word, then with a generic head word or a trailing
   * nationality adjective removed.
   */
  public static List<String> searchKeys(String mention) {
    List<String> words = words(mention);
    if (words.isEmpty()) {
      return List.of();
    }
    Set<String> keys = new LinkedHashSet<>();
    List<List<String>> forms = new ArrayList<>();
    forms.add(words);
    for (String first : cliticStripped(words.get(0))) {
      List<String> form = new ArrayList<>(words);
      if (first.isEmpty()) {
        form.remove(0);
      } else {
        form.set(0, first);
      }
      if (!form.isEmpty()) {
        forms.add(form);
      }
    }
    for (List<String> form : forms) {
      keys.add(keyOf(form));
    }
    for (List<String> form : forms) {
      keys.add(withoutHead(keyOf(form)));
    }
    for (String k : List.copyOf(keys)) {
      keys.add(withoutTrailingAdjective(k));
    }
    keys.remove("");
    return List.copyOf(keys);
  }

  /** The key without a leading generic head word, or the key itself if it has none. */
  public static String withoutHead(String key) {
    int space = key.indexOf(' ');
    if (space > 0 && HEAD_WORDS.contains(key.substring(0, space))) {
      return key.substring(space + 1);
    }
    return key;
  }

  static String withoutTrailingAdjective(String key) {
    int space = key.lastIndexOf(' ');
    if (space > 0 && TRAILING_ADJECTIVES.contains(key.substring(space + 1))) {
      return key.substring(0, space);
    }
    return key;
  }

  /** True when the text is written in Latin letters (no Arabic letter in it). */
  public static boolean isLatin(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.ARABIC) {
        return false;
      }
    }
    return true;
  }

  private static String keyOf(List<String> words) {
    return key(String.join(" ", words));
  }

  /** Normalised words: Arabic folded, Latin lower-cased without accents, punctuation as space. */
  static List<String> words(String name) {
    String folded = ArabicNormalizer.normalize(name);
    if (plainArabicOrAscii(folded)) {
      return plainWords(folded);
    }
    if (hasAccentedLatin(folded)) {
      folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    }
    folded = APOSTROPHES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
    String[] parts = NON_WORD.split(folded);
    return Arrays.stream(parts).filter(p -> !p.isEmpty()).toList();
  }

  /**
   * True when every character is ASCII, Latin-1 punctuation, Arabic or general punctuation: text
   * without accents, marks or letters whose lower case depends on context, which {@link
   * #plainWords} splits by hand as the regular expressions would (most mentions; a third of the
   * linker's time went to those expressions).
   */
  private static boolean plainArabicOrAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c < '\u00C0' || c >= '\u0600' && c < '\u0700' || c >= '\u2000' && c < '\u2070')) {
        return false;
      }
    }
    return true;
  }

  /** {@link #words} of plain text: lower case, apostrophes dropped, split on what is not a letter or number. */
  private static List<String> plainWords(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '`') {
        continue;
      }
      if (Character.isLetter(c) || isNumber(c)) {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return Collections.unmodifiableList(words);
  }

  /** The regular-expression class \p{N}. */
  private static boolean isNumber(char c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static boolean hasAccentedLatin(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00C0' && c < '\u0370') {
        return true;
      }
    }
    return false;
  }

  private static String wordKey(String word) {
    if (isLatin(word)) {
      if (LATIN_ARTICLES.contains(word)) {
        return "";
      }
      String w = word.replace("ou", "u").replace("oo", "u").replace("ee", "i");
      return DOUBLED.matcher(w).replaceAll("$1");
    }
    if (word.equals("ابي") || word.equals("ابا")) {
      return "ابو"; // the kunya's case forms: أبو / أبي / أبا
    }
    if (word.startsWith("ال") && word.length() > 3 && !word.equals("الله")) {
      return word.substring(2);
    }
    return word;
  }

  /** Forms of a first word with its proclitics removed; "" when the word is a lone clitic. */
  static List<String> cliticStripped(String word) {
    List<String> out = new ArrayList<>();
    if (isLatin(word)) {
      return out;
    }
    if (word.length() == 1 && "وفبلك".indexOf(word.charAt(0)) >= 0) {
      out.add("");
      return out;
    }
    String w = word;
    if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      w = w.substring(1);
      out.add(w);
    }
    if (w.length() > 3 && w.startsWith("لل")) {
      out.add("ال" + w.substring(2));
    } else if (w.length() > 3 && "بلك".indexOf(w.charAt(0)) >= 0) {
      out.add(w.substring(1));
    }
    return out;
  }
}
