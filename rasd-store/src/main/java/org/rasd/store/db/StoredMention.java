package org.rasd.store.db;

/** A mention as stored, with the id of the entity it was resolved to (null if unresolved). */
public record StoredMention(
    String docId,
    int ordinal,
    int start,
    int end,
    String text,
    String type,
    double confidence,
    String source,
    String entityId,
    Double linkScore) {}
