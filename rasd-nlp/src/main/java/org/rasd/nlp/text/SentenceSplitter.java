package org.rasd.nlp.text;

import static org.rasd.nlp.text.ArabicChars.isClosing;
import static org.rasd.nlp.text.ArabicChars.isLineBreak;
import static org.rasd.nlp.text.ArabicChars.isTerminal;
import static org.rasd.nlp.text.ArabicChars.isToggleQuote;

import java.util.Set;
import org.rasd.nlp.model.TokenKind;

/**
 * Groups tokens into sentences. A sentence ends at a line break (so headlines, captions, datelines
 * and sub-headings, which news pages put on lines of their own, are sentences of their own), unless
 * the break is a soft wrap inside a sentence (see {@link #isSoftWrap}), and
 * after . ! ? ؟ with the closing quotes and brackets that touch them. The Arabic comma ، never ends
 * a sentence. A dot does not end a sentence when it is part of a run of dots ("بالغوطة ..ميليشيات"
 * stays one headline), follows a one-letter initial ("أ.ف.ب"), or touches a following Latin word or
 * number. A mark inside a short quotation that closes on the same line ("“المرحلة الثالثة!” قال")
 * belongs to a quoted name or title, not to the sentence. Stateless and thread-safe.
 */
final class SentenceSplitter {

  /** Longest quotation, in tokens, whose inner . ! ? are taken as part of a name or title. */
  private static final int MAX_QUOTED_NAME_TOKENS = 8;

  /** Prepositions and conjunctions: a line ending with one of them goes on on the next line. */
  private static final Set<String> DANGLING_WORDS =
      Set.of("في", "من", "على", "إلى", "الى", "عن", "مع", "و", "أو", "او", "ثم", "بين", "أن", "ان", "التي", "الذي");

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
      if (i > first
          && lineBreakBetween(text, tokens.ends[i - 1], tokens.starts[i])
          && !isSoftWrap(text, tokens, i, openQuote)) {
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

  /**
   * True when the single line break before token {@code i} wraps a sentence rather than ending it,
   * as text copied from web pages shows around links: the line ends inside a quotation that closes
   * on the next line ("باسم "\nداعش"، الجمعة"), or with a comma or a word that cannot end a
   * sentence ("للتنظيم في\nسوريا"). A blank line always ends the sentence.
   */
  private static boolean isSoftWrap(String text, TokenBuffer tokens, int i, int openQuote) {
    int previous = i - 1;
    if (lineBreakCount(text, tokens.ends[previous], tokens.starts[i]) > 1) {
      return false;
    }
    char last = tokens.charOf(text, previous);
    if (last == '\u060C' || last == ',' || last == '\u061B') {
      return true;
    }
    if (tokens.kinds[previous] == TokenKind.ARABIC
        && DANGLING_WORDS.contains(text.substring(tokens.starts[previous], tokens.ends[previous]))) {
      return true;
    }
    return openQuote >= 0 && quoteClosesOnLine(text, tokens, i);
  }

  private static boolean quoteClosesOnLine(String text, TokenBuffer tokens, int i) {
    for (int k = i; k < tokens.size; k++) {
      if (k > i && lineBreakBetween(text, tokens.ends[k - 1], tokens.starts[k])) {
        return false;
      }
      if (tokens.kinds[k] == TokenKind.PUNCT && isToggleQuote(tokens.charOf(text, k))) {
        return true;
      }
    }
    return false;
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

  private static int lineBreakCount(String text, int from, int to) {
    int count = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      // \r\n is one break
      if (isLineBreak(c) && !(c == '\r' && k + 1 < to && text.charAt(k + 1) == '\n')) {
        count++;
      }
    }
    return count;
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
