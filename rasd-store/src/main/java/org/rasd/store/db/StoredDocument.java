package org.rasd.store.db;

/** A document as stored; {@code id} is the SHA-256 of {@code text} in hex. */
public record StoredDocument(
    String id,
    String articleId,
    String url,
    String title,
    String source,
    String published,
    String language,
    String text,
    String origin,
    String ingestedAt) {}
