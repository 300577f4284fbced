package org.rasd.ingest;

import java.io.IOException;
import java.io.InputStream;

/** A cap on the bytes of one article, so that an oversized input is an error and not an OutOfMemoryError. */
public record SizeLimit(int maxBytes) {

  /** 64 MiB: far above any news article, far below the heap. */
  public static final SizeLimit DEFAULT = new SizeLimit(64 << 20);

  public SizeLimit {
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("size limit out of range: " + maxBytes);
    }
  }

  /** Reads the whole stream, failing with "too large" past the limit. */
  public byte[] readAll(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(maxBytes);
    if (bytes.length == maxBytes && in.read() >= 0) {
      throw tooLarge();
    }
    return bytes;
  }

  public BadInputException tooLarge() {
    return new BadInputException("too large", "article over the " + describe() + " limit");
  }

  public String describe() {
    return maxBytes % (1 << 20) == 0 ? (maxBytes >> 20) + " MiB" : maxBytes + " bytes";
  }
}
