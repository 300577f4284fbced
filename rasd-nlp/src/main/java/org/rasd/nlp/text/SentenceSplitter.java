package org.rasd.nlp.text;

import static org.rasd.nlp.text.ArabicChars.isClosing;
import static org.rasd.nlp.text.ArabicChars.isLineBreak;
import static org.rasd.nlp.text.ArabicChars.isTerminal;
import static org.rasd.nlp.text.ArabicChars.isToggleQuote;

import org.rasd.nlp.model.TokenKind;

/**
 * Groups tokens into sentences. A sentence ends at a line break (so headlines, captions, datelines
 * and sub-headings, which news pages put on lines of their own, are sentences of their own) and
 * after . ! ? ؟ with the closing quotes and brackets that touch them. The Arabic comma ، never ends
 * a sentence. A dot does not end a sentence when it is part of a run of dots ("بالغوطة ..ميليشيات"
 * stays one headline), follows a one-letter initial ("أ.ف.ب"), or touches a following Latin word or
 * number. A mark inside a short quotation that closes on the same line ("“المرحلة الثالثة!” قال")
 * belongs to a quoted name or title, not to the sentence. Stateless and thread-safe.
 */
final class SentenceSplitter {

  /** Longest quotation, in tokens, whose inner . ! ? are taken as part of a name or title. */
  private static final int MAX_QUOTED_NAME_TOKENS = 8;

  /** Receives sentences as token ranges [firstToken, endToken). */
  @FunctionalInterface
  interface Sink {
    void sentence(int firstToken, int endToken);
  }

  void split(String text, TokenBuffer tokens, Sink sink) {
    int n = tokens.size;
    int first = 0;
    int openQuote = -1;
    for (int i = 0; i < n; i++) {
      if (i > first && lineBreakBetween(text, tokens.ends[i - 1], tokens.starts[i])) {
        sink.sentence(first, i);
        first = i;
        openQuote = -1;
      }
      char c = tokens.kinds[i] == TokenKind.PUNCT ? tokens.charOf(text, i) : 0;
      if (isToggleQuote(c)) {
        openQuote = openQuote < 0 ? i : -1;
      } else if (isTerminal(c) && endsSentence(text, tokens, i, openQuote)) {
        int j = i + 1;
        while (j < n && tokens.touchesPrevious(j) && absorbable(tokens.charOf(text, j), openQuote >= 0)) {
          if (isToggleQuote(tokens.charOf(text, j))) {
            openQuote = -1;
          }
          j++;
        }
        sink.sentence(first, j);
        first = j;
        openQuote = -1;
        i = j - 1;
      }
    }
    if (first < n) {
      sink.sentence(first, n);
    }
  }

  private static boolean absorbable(char c, boolean quoteOpen) {
    return isTerminal(c) || (isToggleQuote(c) ? quoteOpen : isClosing(c));
  }

  private static boolean endsSentence(String text, TokenBuffer tokens, int i, int openQuote) {
    if (tokens.charOf(text, i) == '.' && !dotEndsSentence(text, tokens, i)) {
      return false;
    }
    return openQuote < 0 || !insideQuotedName(text, tokens, i, openQuote);
  }

  private static boolean dotEndsSentence(String text, TokenBuffer tokens, int i) {
    boolean dotBefore = tokens.touchesPrevious(i) && tokens.isChar(text, i - 1, '.');
    boolean hasNext = i + 1 < tokens.size && tokens.touchesPrevious(i + 1);
    boolean dotAfter = hasNext && tokens.isChar(text, i + 1, '.');
    if (dotBefore || dotAfter) {
      return false;
    }
    if (tokens.touchesPrevious(i) && isInitial(text, tokens, i - 1)) {
      return false;
    }
    return !(hasNext
        && (tokens.kinds[i + 1] == TokenKind.LATIN || tokens.kinds[i + 1] == TokenKind.NUMBER));
  }

  /** A one-letter word, as in the initials "أ.ف.ب" or "U.S.". */
  private static boolean isInitial(String text, TokenBuffer tokens, int i) {
    TokenKind kind = tokens.kinds[i];
    if (kind != TokenKind.ARABIC && kind != TokenKind.LATIN) {
      return false;
    }
    int letters = 0;
    for (int k = tokens.starts[i]; k < tokens.ends[i]; k++) {
      if (!ArabicChars.isWordMark(text.charAt(k)) && !ArabicNormalizer.isInvisible(text.charAt(k))) {
        letters++;
      }
    }
    return letters == 1;
  }

  /** True when the quotation opened at {@code openQuote} closes soon on the same line. */
  private static boolean insideQuotedName(String text, TokenBuffer tokens, int i, int openQuote) {
    int limit = Math.min(tokens.size, openQuote + MAX_QUOTED_NAME_TOKENS + 2);
    for (int k = i + 1; k < limit; k++) {
      if (lineBreakBetween(text, tokens.ends[k - 1], tokens.starts[k])) {
        return false;
      }
      if (tokens.kinds[k] == TokenKind.PUNCT && isToggleQuote(tokens.charOf(text, k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean lineBreakBetween(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isLineBreak(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
