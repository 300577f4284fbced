package org.rasd.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * The form under which gold and predicted mention texts are compared: normalised spelling,
 * punctuation and quotes dropped, the definite article ال removed from every word and the
 * proclitics و ف ب ل ك (and fused لل) from the first word. Applied to both sides, so that
 * "للأجهزة الأمنية" and "الأجهزة الأمنية", or "“المصدر نيوز”" and "المصدر نيوز", compare equal.
 */
public final class MatchKey {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Pattern FIRST_WORD_CLITICS = Pattern.compile("^[وف]?(?:لل|[بلك]?ال|[بلك])");
  private static final Pattern ARTICLE = Pattern.compile("^ال");

  private MatchKey() {}

  public static String of(String text) {
    String[] words = NON_WORD.matcher(ArabicNormalizer.normalize(text)).replaceAll(" ").trim().split(" ");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String stripped = (i == 0 ? FIRST_WORD_CLITICS : ARTICLE).matcher(w).replaceFirst("");
      out.add(stripped.length() >= 2 ? stripped : w);
    }
    return String.join(" ", out);
  }
}
