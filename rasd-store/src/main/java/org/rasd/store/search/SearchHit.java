package org.rasd.store.search;

/**
 * One matching document.
 *
 * @param snippet passages of the text (or the title) around the matches, HTML-escaped, with the
 *     matching words inside {@code <mark>…</mark>}
 */
public record SearchHit(
    String docId, String title, String source, String published, float score, String snippet) {}
