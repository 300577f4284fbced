package org.rasd.store.db;

import java.util.List;

/**
 * An event as stored, merged across the documents that report it.
 *
 * @param sources every document span stating the event, oldest publication first
 */
public record StoredEvent(
    String id,
    String acledType,
    String acledSubType,
    String plover,
    String modality,
    String timeValue,
    String timePrecision,
    String locationEntity,
    List<String> actors,
    List<String> targets,
    List<Source> sources) {

  public StoredEvent {
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    sources = List.copyOf(sources);
  }

  /** One document's report of the event: trigger and sentence offsets, attribution, outlet. */
  public record Source(
      String docId,
      int triggerStart,
      int triggerEnd,
      Integer sentenceStart,
      Integer sentenceEnd,
      String accordingTo,
      String accordingToText,
      String outlet,
      String published,
      String url,
      String ingestedAt) {}
}
