package org.rasd.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads stems from NewsFANE Gold ({@code token<TAB>tag} lines), whose newswire text has the
 * conjunctions و ف and the pronoun enclitics written as tokens of their own (و الصادرات، نمو ها).
 * Those clitic tokens are skipped; every other Arabic token counts as a stem. The corpus is not
 * consistent about ب ل ك (بالنسبة stays whole, ل تصل is cut), so it only adds stem counts, never
 * whole-word cuts, and a preposition left on a visible article (بالنسبة، للسلطة) is taken off.
 */
public final class NewsFaneStemReader {

  private static final Set<String> CLITIC_TOKENS =
      Set.of("و", "ف", "ب", "ل", "ك", "س", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "ي", "ني", "نا");

  private NewsFaneStemReader() {}

  public static List<String> read(Path file) throws IOException {
    List<String> stems = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        int tab = line.indexOf('\t');
        String form = NormalizedWord.fold(tab < 0 ? line.strip() : line.substring(0, tab).strip());
        if (!form.isEmpty() && !CLITIC_TOKENS.contains(form) && isArabic(form)) {
          stems.add(withoutPrepositionBeforeArticle(form));
        }
      }
    }
    return stems;
  }

  /** بالنسبة is ب + النسبة, للسلطة is ل + لسلطة (UD's stem for the fused article). */
  private static String withoutPrepositionBeforeArticle(String form) {
    boolean prepositionThenArticle = (form.startsWith("بال") || form.startsWith("كال")) && form.length() >= 5;
    boolean fusedArticle = form.startsWith("لل") && form.length() >= 4;
    return prepositionThenArticle || fusedArticle ? form.substring(1) : form;
  }

  private static boolean isArabic(String form) {
    for (int i = 0; i < form.length(); i++) {
      if (!ArabicChars.isArabicLetter(form.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
