package org.rasd.store.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Folds each token with the project's {@link ArabicNormalizer} (alef forms, yeh, teh marbuta,
 * diacritics, tatweel, digits), so the index matches text exactly as the extraction pipeline does.
 * Offsets are left alone: highlights still point into the original text.
 */
final class NormalizerFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  NormalizerFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String folded = ArabicNormalizer.normalize(term);
    if (folded.length() != term.length() || !folded.contentEquals(term)) {
      term.setEmpty().append(folded);
    }
    return true;
  }
}
