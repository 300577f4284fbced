package org.rasd.store.db;

import java.util.List;

/** A relation claim with every document span that states it. */
public record RelationFact(
    String id,
    String type,
    String fromEntity,
    String toEntity,
    String timeValue,
    String timePrecision,
    String modality,
    List<Source> sources) {

  public RelationFact {
    sources = List.copyOf(sources);
  }

  /** One document span stating the fact, with the document's outlet and date. */
  public record Source(
      String docId,
      int start,
      int end,
      String accordingTo,
      String accordingToText,
      String outlet,
      String published) {}
}
