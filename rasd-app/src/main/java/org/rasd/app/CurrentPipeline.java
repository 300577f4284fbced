package org.rasd.app;

import java.util.List;
import java.util.function.Function;
import org.rasd.nlp.facts.ExtractionResult;
import org.rasd.nlp.model.Article;

/**
 * The extraction pipeline as far as it is assembled on this branch. No entity recogniser, event
 * extractor or relation extractor exists yet, so it finds nothing; the stages plug in here as they
 * land, and {@code rasd eval gold} scores whatever they produce.
 */
final class CurrentPipeline implements Function<Article, ExtractionResult> {

  @Override
  public ExtractionResult apply(Article article) {
    return new ExtractionResult(List.of(), List.of(), List.of());
  }
}
