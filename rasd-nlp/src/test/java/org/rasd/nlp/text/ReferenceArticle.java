package org.rasd.nlp.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared reference article, read from {@code ${rasd.shared}/examples}. */
final class ReferenceArticle {

  private ReferenceArticle() {}

  static Path examples() {
    return Path.of(System.getProperty("rasd.shared", "../shared")).resolve("examples");
  }

  static String text() {
    return read(examples().resolve("orient-ghouta-militias.ar.txt"));
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
