package org.rasd.ingest;

import org.rasd.nlp.model.Article;

/** Receives what ingestion finds, in input order: articles, errors, and inputs deliberately left out. */
public interface IngestListener {

  void article(Article article);

  void error(IngestError error);

  /** An input that is not an article candidate (a hidden file, a WARC request record…). */
  default void skipped(String location, String reason) {}
}
