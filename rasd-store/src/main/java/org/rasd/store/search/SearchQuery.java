package org.rasd.store.search;

import java.time.LocalDate;

/**
 * A document search: words (Lucene syntax: quotes for phrases, OR, -word; all words required by
 * default) and optional filters. Build with {@link #of} and the {@code with…} methods.
 *
 * @param text the words, or blank to list documents by filters only
 * @param entityId only documents mentioning this entity
 * @param mentionType only documents with a mention of this type
 * @param source only documents from this outlet (exact name)
 * @param from only documents published on or after this day (documents without a date drop out)
 * @param to only documents published on or before this day
 * @param limit most hits to return
 */
public record SearchQuery(
    String text, String entityId, String mentionType, String source, LocalDate from, LocalDate to, int limit) {

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, null, 10);
  }

  public SearchQuery withEntity(String id) {
    return new SearchQuery(text, id, mentionType, source, from, to, limit);
  }

  public SearchQuery withMentionType(String type) {
    return new SearchQuery(text, entityId, type, source, from, to, limit);
  }

  public SearchQuery withSource(String outlet) {
    return new SearchQuery(text, entityId, mentionType, outlet, from, to, limit);
  }

  public SearchQuery between(LocalDate first, LocalDate last) {
    return new SearchQuery(text, entityId, mentionType, source, first, last, limit);
  }

  public SearchQuery withLimit(int n) {
    return new SearchQuery(text, entityId, mentionType, source, from, to, n);
  }
}
