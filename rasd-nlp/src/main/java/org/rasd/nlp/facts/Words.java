package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.List;
import org.rasd.nlp.model.Span;
import org.rasd.nlp.model.TokenKind;
import org.rasd.nlp.text.ArabicNormalizer;
import org.rasd.nlp.text.ArabicTokenizer;

/**
 * The Arabic words of a text as the text layer's {@link ArabicTokenizer} cuts them, with their
 * normalised form, for matchers that run on bare text (no sentence split or clitic analysis needed).
 */
final class Words {

  private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

  private Words() {}

  /** One Arabic word: original offsets and the {@link ArabicNormalizer} form. */
  record Word(int start, int end, String norm) implements Span {}

  static List<Word> scan(String text) {
    List<Word> words = new ArrayList<>();
    TOKENIZER.tokenize(
        text,
        (start, end, kind) -> {
          if (kind == TokenKind.ARABIC) {
            words.add(new Word(start, end, ArabicNormalizer.normalize(text.substring(start, end))));
          }
        });
    return words;
  }
}
