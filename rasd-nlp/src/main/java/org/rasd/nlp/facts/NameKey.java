package org.rasd.nlp.facts;

import java.util.regex.Pattern;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * The form under which two slot texts name the same thing: normalised spelling, quotes and
 * punctuation dropped, the article ال and a leading و ف ب ل removed ("لإيران" = "إيران").
 */
final class NameKey {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Pattern CLITICS = Pattern.compile("^[وف]?(?:لل|[بلك]?ال|[بلك])(?=..)");

  private NameKey() {}

  static String of(String text) {
    String[] words = NON_WORD.matcher(ArabicNormalizer.normalize(text)).replaceAll(" ").trim().split(" ");
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(CLITICS.matcher(w).replaceFirst(""));
    }
    return out.toString();
  }
}
