package org.rasd.app;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --shared} option: where the public datasets and example articles are. */
final class SharedData {

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "Shared data directory (default: the rasd.shared system property, else ../shared).")
  Path dir = Path.of(System.getProperty("rasd.shared", "../shared"));

  /** A file under the shared directory, which must exist. */
  Path file(String relative) {
    Path p = dir.resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("missing shared file " + p + " (set --shared to the shared data directory)");
    }
    return p;
  }
}
