package org.rasd.store.search;

import java.util.Set;

/**
 * What the search index holds for one stored document.
 *
 * @param id content id, as in the store
 * @param entityIds ids of the entities its mentions were resolved to
 * @param mentionTypes types of its mentions (PERSON, ARMED_GROUP, TOWN…)
 */
public record IndexedDocument(
    String id,
    String title,
    String text,
    String source,
    String published,
    Set<String> entityIds,
    Set<String> mentionTypes) {

  public IndexedDocument {
    entityIds = Set.copyOf(entityIds);
    mentionTypes = Set.copyOf(mentionTypes);
  }
}
