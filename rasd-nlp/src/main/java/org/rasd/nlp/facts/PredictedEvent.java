package org.rasd.nlp.facts;

import java.util.List;
import java.util.Objects;
import org.rasd.nlp.facts.time.TimeValue;

/**
 * An event as Rasd's extractor reports it.
 *
 * @param type ACLED type and sub-type with the PLOVER type
 * @param trigger the trigger word or phrase
 * @param actors who acted
 * @param targets who or what was acted on
 * @param locations where (zero, one or several places)
 * @param time when: from a time expression of the sentence, else the publication date, or null
 * @param timeFromPublication true when {@code time} is the publication date because the sentence
 *     names no time
 * @param modality asserted, claimed, denied, planned, threatened, hypothetical or negated
 * @param accordingTo the attributed source, or null when the outlet speaks itself
 * @param sentenceStart offset of the first character of the sentence stating the event
 * @param sentenceEnd offset just past that sentence
 */
public record PredictedEvent(
    EventType type,
    MentionRef trigger,
    List<MentionRef> actors,
    List<MentionRef> targets,
    List<MentionRef> locations,
    TimeValue time,
    boolean timeFromPublication,
    String modality,
    MentionRef accordingTo,
    int sentenceStart,
    int sentenceEnd) {

  public PredictedEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    locations = List.copyOf(locations);
  }

  /** The same event told at other places. */
  public PredictedEvent withLocations(List<MentionRef> places) {
    return new PredictedEvent(type, trigger, actors, targets, places, time, timeFromPublication, modality,
        accordingTo, sentenceStart, sentenceEnd);
  }
}
