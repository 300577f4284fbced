package org.rasd.nlp;

import org.rasd.nlp.facts.FactExtractor;
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
  private final FactExtractor facts;

  public Pipeline(TextAnalyzer text, FactExtractor facts) {
    this.text = text;
    this.facts = facts;
  }

  /** The pipeline with the models and data shipped with Rasd. */
  public static Pipeline standard() {
    return new Pipeline(new ArabicTextAnalyzer(), FactExtractor.standard());
  }

  public AnnotatedDocument process(Article article) {
    return facts.extract(text.analyze(article));
  }
}
