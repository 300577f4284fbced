package org.rasd.server;

import java.util.List;

/** Rows the API returns that the store has no record for (JSON field names are snake_case). */
final class Views {

  private Views() {}

  /** A document in a list, without its text. */
  record DocumentSummary(String id, String title, String source, String published, int mentionCount) {}

  /** A place with where it is and how often the documents name it. */
  record Place(String id, String type, String nameAr, String nameEn, double lat, double lon,
      String featureType, Integer geoPrecision, int mentions, int documents) {}

  /** How many documents were published in one period (YYYY-MM, or YYYY when only the year is known). */
  record Period(String period, int documents) {}

  /** An outlet and its number of documents. */
  record Outlet(String source, int documents) {}

  /** A relation fact as one document states it: the fact and the span of this document's text. */
  record StatedFact(String id, String type, String fromEntity, String toEntity, String modality, String timeValue,
      int start, int end) {}

  /** A page of results. {@code hasMore} says whether a next page exists. */
  record Page<T>(int offset, int limit, boolean hasMore, List<T> items) {}
}
