package org.rasd.ingest;

import java.io.IOException;

/**
 * The byte stream of a whole input is broken (truncated or corrupt compression): reported once for the
 * input, never mistaken by a reader for a problem of the record it was reading.
 */
final class CorruptInputException extends IOException {

  private final String reason;

  CorruptInputException(String reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  String reason() {
    return reason;
  }
}
