package org.rasd.app;

import java.util.function.Function;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.facts.ExtractionResult;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;

/**
 * Adapts the extraction {@link Pipeline} to what {@code rasd eval gold} scores: the entity
 * mentions, events and relations of the annotated document.
 */
final class CurrentPipeline implements Function<Article, ExtractionResult> {

  private final Pipeline pipeline = Pipeline.standard();

  @Override
  public ExtractionResult apply(Article article) {
    AnnotatedDocument doc = pipeline.process(article);
    return new ExtractionResult(doc.mentions(), doc.events(), doc.relations());
  }
}
