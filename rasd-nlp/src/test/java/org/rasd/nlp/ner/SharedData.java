package org.rasd.nlp.ner;

import java.nio.file.Path;

/** Paths into the shared data and examples ({@code rasd.shared} system property). */
final class SharedData {

  private SharedData() {}

  static Path root() {
    return Path.of(System.getProperty("rasd.shared", "../shared"));
  }

  static Path data() {
    return root().resolve("data");
  }

  static Path anerCorp() {
    return data().resolve("anercorp/ANERCorp.txt");
  }

  static Path examples() {
    return root().resolve("examples");
  }
}
