package org.rasd.nlp.model;

import java.util.Objects;

/**
 * One article as read from its source, before any analysis.
 *
 * @param id stable identifier (given by the source, or derived from the content hash)
 * @param url where the article was published, or null
 * @param title headline, or null
 * @param source outlet name (e.g. "Orient Net"), or null
 * @param published publication date or date-time as ISO-8601 text, or null when unknown
 * @param language ISO 639-1 code, "ar" unless known otherwise
 * @param text the body text exactly as read; every offset in Rasd points into this string
 * @param origin where the article came from (file path, record number) for error messages and provenance
 */
public record Article(
    String id,
    String url,
    String title,
    String source,
    String published,
    String language,
    String text,
    String origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (language == null || language.isBlank()) {
      language = "ar";
    }
  }

  /** An article with only a body, as read from a bare text file or stdin. */
  public static Article ofText(String id, String text, String origin) {
    return new Article(id, null, null, null, null, "ar", text, origin);
  }
}
