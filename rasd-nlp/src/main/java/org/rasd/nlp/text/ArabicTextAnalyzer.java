package org.rasd.nlp.text;

import java.util.ArrayList;
import java.util.List;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Segmentation;
import org.rasd.nlp.model.Sentence;
import org.rasd.nlp.model.Token;
import org.rasd.nlp.model.TokenKind;

/**
 * The Arabic text layer: sentences and tokens (with their normalised form and clitic analysis) for
 * an article, every offset into its original text. Thread-safe; the segmentation lexicon is loaded
 * once per JVM.
 */
public final class ArabicTextAnalyzer implements TextAnalyzer {

  private final ArabicTokenizer tokenizer = new ArabicTokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();
  /** Null when clitic analysis is switched off. */
  private final CliticSegmenter segmenter;

  /** The full layer with the lexicon shipped with Rasd. */
  public ArabicTextAnalyzer() {
    this(CliticSegmenter.standard());
  }

  public ArabicTextAnalyzer(CliticSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  /** Sentences and tokens only: every token gets a whole-word segmentation (faster). */
  public static ArabicTextAnalyzer withoutSegmentation() {
    return new ArabicTextAnalyzer(null);
  }

  @Override
  public AnnotatedDocument analyze(Article article) {
    String text = article.text();
    TokenBuffer buffer = new TokenBuffer(text.length() / 5);
    tokenizer.tokenize(text, buffer);
    List<Token> tokens = new ArrayList<>(buffer.size);
    for (int i = 0; i < buffer.size; i++) {
      tokens.add(token(text, i, buffer.starts[i], buffer.ends[i], buffer.kinds[i]));
    }
    List<Sentence> sentences = new ArrayList<>();
    splitter.split(
        text,
        buffer,
        (first, endToken) ->
            sentences.add(
                new Sentence(
                    sentences.size(), buffer.starts[first], buffer.ends[endToken - 1], first, endToken - first)));
    return new AnnotatedDocument(article, sentences, tokens, List.of());
  }

  private Token token(String text, int index, int start, int end, TokenKind kind) {
    String surface = text.substring(start, end);
    Segmentation segmentation =
        kind == TokenKind.ARABIC && segmenter != null
            ? segmenter.segment(text, start, end)
            : CliticSegmenter.whole(text, start, end);
    return new Token(index, start, end, surface, ArabicNormalizer.normalize(surface), kind, segmentation);
  }
}
