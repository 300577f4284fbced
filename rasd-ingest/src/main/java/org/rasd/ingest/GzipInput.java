package org.rasd.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Transparent gzip: recognised by its magic bytes; a truncated or corrupt stream is a clear error. */
final class GzipInput extends FilterInputStream {

  private GzipInput(InputStream in) {
    super(in);
  }

  /** True when the next bytes of {@code in} start a gzip stream (the stream is not consumed). */
  static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    return b0 == 0x1F && b1 == 0x8B;
  }

  /** Decompresses {@code in}, which must start with the gzip magic bytes. */
  static InputStream open(InputStream in) throws IOException {
    try {
      return new GzipInput(new GZIPInputStream(in, 8192));
    } catch (IOException e) {
      throw translate(e);
    }
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (IOException e) {
      throw translate(e);
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return super.read(b, off, len);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  private static IOException translate(IOException e) {
    if (e instanceof EOFException) {
      return new CorruptInputException("truncated gzip", "compressed data ends early");
    }
    if (e instanceof ZipException) {
      return new CorruptInputException("corrupt gzip", e.getMessage());
    }
    return e;
  }
}
