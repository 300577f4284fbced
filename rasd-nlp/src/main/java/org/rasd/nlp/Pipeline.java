package org.rasd.nlp;

import org.rasd.nlp.facts.FactExtractor;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.ner.EntityRecognizer;
import org.rasd.nlp.ner.PerceptronEntityRecognizer;
import org.rasd.nlp.text.ArabicTextAnalyzer;
import org.rasd.nlp.text.TextAnalyzer;

/**
 * The extraction core, one direction: text → entities → knowledge → facts. Thread-safe: one
 * instance (models loaded once) serves any number of threads. The facts stage reads the mentions
 * only (resolutions are optional), so the knowledge linkers can go in between without changing it.
 */
public final class Pipeline {

  private final TextAnalyzer text;
  private final EntityRecognizer entities;
  private final FactExtractor facts;

  public Pipeline(TextAnalyzer text, EntityRecognizer entities, FactExtractor facts) {
    this.text = text;
    this.entities = entities;
    this.facts = facts;
  }

  /** The pipeline with the models and data shipped with Rasd. */
  public static Pipeline standard() {
    return new Pipeline(
        new ArabicTextAnalyzer(),
        PerceptronEntityRecognizer.load(),
        FactExtractor.standard());
  }

  public AnnotatedDocument process(Article article) {
    return facts.extract(entities.recognize(text.analyze(article)));
  }
}
