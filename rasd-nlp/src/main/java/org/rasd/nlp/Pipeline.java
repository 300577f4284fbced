package org.rasd.nlp;

import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.text.ArabicTextAnalyzer;
import org.rasd.nlp.text.TextAnalyzer;

/**
 * The extraction core, one direction: text → entities → knowledge → facts. Thread-safe: one
 * instance (models loaded once) serves any number of threads.
 */
public final class Pipeline {

  private final TextAnalyzer text;

  public Pipeline(TextAnalyzer text) {
    this.text = text;
  }

  /** The pipeline with the models and data shipped with Rasd. */
  public static Pipeline standard() {
    return new Pipeline(new ArabicTextAnalyzer());
  }

  public AnnotatedDocument process(Article article) {
    return text.analyze(article);
  }
}
