package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.List;
import org.rasd.nlp.model.Span;
import org.rasd.nlp.text.NormalizedText;

/**
 * Splits a text into Arabic words (runs of Arabic letters, diacritics and tatweel) with offsets
 * into the original and their normalised form. A light scanner so that the facts layer can run on
 * bare text; when the text layer's tokens are available their {@code norm} is the same form.
 */
public final class Words {

  private Words() {}

  /** One Arabic word. */
  public record Word(int start, int end, String norm) implements Span {}

  public static List<Word> scan(String text) {
    NormalizedText normalized = NormalizedText.of(text);
    String folded = normalized.text();
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < folded.length()) {
      if (!isArabicLetter(folded.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < folded.length() && isArabicLetter(folded.charAt(i))) {
        i++;
      }
      words.add(
          new Word(
              normalized.originalStart(start),
              normalized.originalEnd(i),
              folded.substring(start, i)));
    }
    return words;
  }

  /** Arabic letters of the basic block and the Persian/Urdu extensions (after folding). */
  public static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3');
  }
}
