package org.rasd.nlp.text;

import static org.rasd.nlp.text.ArabicChars.isArabicLetter;
import static org.rasd.nlp.text.ArabicChars.isDigit;
import static org.rasd.nlp.text.ArabicChars.isLatinLetter;
import static org.rasd.nlp.text.ArabicChars.isNumberSeparator;
import static org.rasd.nlp.text.ArabicChars.isSpace;
import static org.rasd.nlp.text.ArabicChars.isWordMark;

import org.rasd.nlp.model.TokenKind;

/**
 * Cuts text into tokens in one left-to-right pass, without regular expressions and without
 * changing a character: Arabic words (with their diacritics and tatweel, so a proclitic fused by
 * tatweel such as {@code لـ} is a token of its own), numbers with internal separators (3.5, ١٬٠٠٠),
 * Latin runs, URLs and e-mail addresses as single tokens, and every other mark one character (one
 * code point) each. Stateless and thread-safe.
 */
public final class ArabicTokenizer {

  /** Receives the tokens in text order. */
  @FunctionalInterface
  public interface Sink {
    void token(int start, int end, TokenKind kind);
  }

  public void tokenize(String text, Sink sink) {
    tokenize(text, 0, text.length(), sink);
  }

  public void tokenize(String text, int from, int to, Sink sink) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int end;
      TokenKind kind;
      if (isArabicLetter(c) || isWordMark(c)) {
        end = arabicWordEnd(text, i, to);
        kind = TokenKind.ARABIC;
      } else if ((end = LinkScanner.linkEnd(text, i, to)) > i) {
        kind = TokenKind.OTHER;
      } else if (isDigit(c)) {
        end = numberEnd(text, i, to);
        kind = TokenKind.NUMBER;
      } else if (isLatinLetter(c)) {
        end = latinEnd(text, i, to);
        kind = TokenKind.LATIN;
      } else if (Character.isLetter(c)) {
        end = otherWordEnd(text, i, to);
        kind = TokenKind.OTHER;
      } else {
        end = Math.min(i + Character.charCount(text.codePointAt(i)), to);
        kind = isPunctuation(c) ? TokenKind.PUNCT : TokenKind.OTHER;
      }
      sink.token(i, end, kind);
      i = end;
    }
  }

  /**
   * Letters, marks and tatweel; an invisible character (zero-width non-joiner, bidi mark) stays
   * inside the word only when the word goes on after it.
   */
  private static int arabicWordEnd(String text, int i, int to) {
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      if (isArabicLetter(c) || isWordMark(c)) {
        j++;
      } else if (ArabicNormalizer.isInvisible(c)) {
        int k = j + 1;
        while (k < to && ArabicNormalizer.isInvisible(text.charAt(k))) {
          k++;
        }
        if (k < to && (isArabicLetter(text.charAt(k)) || isWordMark(text.charAt(k)))) {
          j = k;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return j;
  }

  /** Digits, and a separator only when a digit follows it: "2013." ends before the dot. */
  private static int numberEnd(String text, int i, int to) {
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      if (isDigit(c)) {
        j++;
      } else if (isNumberSeparator(c) && j + 1 < to && isDigit(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** Latin letters, then letters, digits and combining marks (F16, S-400 is F16 + - + 400). */
  private static int latinEnd(String text, int i, int to) {
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      if (isLatinLetter(c) || (c >= '0' && c <= '9') || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** A run of letters of another script (Cyrillic, Hebrew, CJK…). */
  private static int otherWordEnd(String text, int i, int to) {
    int j = i + 1;
    while (j < to) {
      char c = text.charAt(j);
      if (Character.isLetter(c) && !isArabicLetter(c) && !isLatinLetter(c)
          || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isPunctuation(char c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }
}
