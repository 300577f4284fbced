package org.rasd.nlp.facts;

import java.util.Objects;
import org.rasd.nlp.facts.time.TimeValue;

/**
 * A relation as Rasd's extractor reports it: {@code from --type--> to} (types in docs/ontology.md).
 *
 * @param time when the relation held, or null
 * @param accordingTo the attributed source, or null
 */
public record PredictedRelation(
    String type,
    MentionRef from,
    MentionRef to,
    TimeValue time,
    String modality,
    MentionRef accordingTo,
    int sentenceStart,
    int sentenceEnd) {

  public PredictedRelation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
