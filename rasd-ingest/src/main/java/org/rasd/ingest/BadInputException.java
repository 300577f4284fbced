package org.rasd.ingest;

import java.io.IOException;

/** An input (file or record) that cannot become an article; becomes an {@link IngestError}. */
public final class BadInputException extends IOException {

  private final String reason;
  private final String detail;

  public BadInputException(String reason, String detail) {
    super(detail == null ? reason : reason + " (" + detail + ")");
    this.reason = reason;
    this.detail = detail;
  }

  public String reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }

  public IngestError at(String location) {
    return new IngestError(location, reason, detail);
  }
}
