package org.rasd.ingest;

/** The input formats Rasd reads; {@link #AUTO} picks one per file by extension and content. */
public enum InputFormat {
  AUTO,
  TEXT,
  HTML,
  JSONL,
  /** RSS 0.9x/1.0/2.0 and Atom feeds. */
  RSS,
  WARC
}
