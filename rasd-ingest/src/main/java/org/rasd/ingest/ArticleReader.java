package org.rasd.ingest;

import java.io.IOException;
import java.io.BufferedInputStream;

/** Reads the articles of one input of one format. */
interface ArticleReader {

  /**
   * Sends each article (or per-record error) of {@code in} to {@code sink}.
   *
   * @param location how messages name this input, e.g. the file path
   * @param in the decompressed content (readers may peek with mark and reset)
   * @throws IOException when the input as a whole cannot be read (reported once for the input)
   */
  void read(String location, BufferedInputStream in, IngestListener sink) throws IOException;
}
