package org.rasd.ingest;

/**
 * One input that could not be read, or one record of it.
 *
 * @param location the file (and line, item or record) that failed, e.g. {@code news.jsonl:17}
 * @param reason a short fixed phrase, used to count failures by kind, e.g. "invalid UTF-8"
 * @param detail what exactly went wrong, or null
 */
public record IngestError(String location, String reason, String detail) {

  /** The one-line message shown to the user. */
  public String message() {
    return location + ": " + reason + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
  }
}
