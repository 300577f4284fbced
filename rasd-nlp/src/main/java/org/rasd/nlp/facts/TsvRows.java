package org.rasd.nlp.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the facts stage's tab-separated data files: blank lines and {@code #} comments skipped,
 * every other line split into a fixed number of columns, errors naming the file and line.
 */
final class TsvRows {

  private TsvRows() {}

  /** Receives one row; {@code where} ("file:line: ") starts any error message about it. */
  @FunctionalInterface
  interface Row {
    void accept(String[] columns, String where);
  }

  /** A {@link Row} that also wants the row's line number (1-based). */
  @FunctionalInterface
  interface NumberedRow {
    void accept(String[] columns, String where, int line);
  }

  static void read(Reader reader, String origin, int columns, Row row) throws IOException {
    read(reader, origin, columns, (cols, where, line) -> row.accept(cols, where));
  }

  static void read(Reader reader, String origin, int columns, NumberedRow row) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = origin + ":" + number + ": ";
      if (cols.length != columns) {
        throw new IllegalArgumentException(where + "expected " + columns + " tab-separated columns, found " + cols.length);
      }
      row.accept(cols, where, number);
    }
  }

  /** Reads a data file shipped on the classpath (a missing one is a broken build, not bad input). */
  static void readResource(String resource, int columns, Row row) {
    try (InputStream in = TsvRows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("data file missing from the classpath: " + resource);
      }
      read(new InputStreamReader(in, StandardCharsets.UTF_8), resource, columns, row);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
