package org.rasd.nlp.facts;

import java.util.List;
import org.rasd.nlp.model.Mention;

/** What the extraction pipeline found in one article: entity mentions, events and relations. */
public record ExtractionResult(
    List<Mention> mentions, List<PredictedEvent> events, List<PredictedRelation> relations) {

  public ExtractionResult {
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
    relations = List.copyOf(relations);
  }

  public static ExtractionResult empty() {
    return new ExtractionResult(List.of(), List.of(), List.of());
  }
}
