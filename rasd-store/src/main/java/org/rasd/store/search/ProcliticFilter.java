package org.rasd.store.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index-time only: for a word starting with one of the one-letter proclitics the light stemmer
 * leaves alone when no article follows (ب ل ك ف: "لمدينة", "بجيش"), also indexes the word without
 * that letter at the same position, so a search for "مدينة" or "جيش" finds it. The original form
 * stays indexed, so words whose first letter belongs to the root ("بلد", "كبير") still match
 * themselves; the cost is a rare extra match on the shortened form.
 */
final class ProcliticFilter extends TokenFilter {

  private static final String PROCLITICS = "بلكف";
  /** Shortest stem worth an alternative: shorter remainders are mostly root letters. */
  private static final int MIN_REMAINDER = 3;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private State saved;
  private String alternative;

  ProcliticFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (alternative != null) {
      restoreState(saved);
      term.setEmpty().append(alternative);
      position.setPositionIncrement(0);
      alternative = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() > MIN_REMAINDER && PROCLITICS.indexOf(term.charAt(0)) >= 0) {
      alternative = term.subSequence(1, term.length()).toString();
      saved = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    alternative = null;
    saved = null;
  }
}
