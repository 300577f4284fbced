package org.rasd.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it (so one bad line cannot spoil the next) and
 * without ever holding more than one line, itself capped.
 */
final class LineReader {

  /** One line without its terminator; {@code tooLong} lines carry no bytes. */
  record Line(long number, byte[] bytes, boolean tooLong) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  /** Reused for every line: grows to the longest line seen (at most the cap). */
  private byte[] line = new byte[1 << 12];
  private int position;
  private int limit;
  private long number;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!sawAny) {
          return null;
        }
        break;
      }
      sawAny = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int chunk = position - start;
      if (!tooLong && length + chunk > maxLineBytes) {
        tooLong = true;
      }
      if (!tooLong) {
        if (length + chunk > line.length) {
          line = Arrays.copyOf(line, Math.max(length + chunk, Math.min(maxLineBytes, line.length * 2)));
        }
        System.arraycopy(buffer, start, line, length, chunk);
        length += chunk;
      }
      if (position < limit) {
        position++; // the '\n'
        break;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, null, true);
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new Line(number, Arrays.copyOf(line, length), false);
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }
}
