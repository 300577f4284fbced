package org.rasd.app;

import java.util.List;
import java.util.function.Function;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.facts.ExtractionResult;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;

/**
 * Adapts the extraction {@link Pipeline} to what {@code rasd eval gold} scores: the entity mentions
 * of the annotated document. No event or relation extractor exists yet, so those lists are empty;
 * they fill in here when the stages land.
 */
final class CurrentPipeline implements Function<Article, ExtractionResult> {

  private final Pipeline pipeline = Pipeline.standard();

  @Override
  public ExtractionResult apply(Article article) {
    AnnotatedDocument doc = pipeline.process(article);
    return new ExtractionResult(doc.mentions(), List.of(), List.of());
  }
}
