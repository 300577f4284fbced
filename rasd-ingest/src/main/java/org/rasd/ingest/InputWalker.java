package org.rasd.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands paths into the files to read: directories recursively, entries in name order (so runs are
 * deterministic), hidden entries left out. Holds one directory listing per level, never the whole tree.
 */
final class InputWalker {

  /** What the walk finds. */
  interface Visitor {
    void file(Path file);

    void skipped(Path path, String reason);

    void error(IngestError error);
  }

  private final Set<Path> visitedDirectories = new HashSet<>();

  /** Walks {@code path}; a path named explicitly is read even when hidden. */
  void walk(Path path, Visitor visitor) {
    if (Files.isDirectory(path)) {
      walkDirectory(path, visitor);
    } else if (Files.isRegularFile(path)) {
      visitor.file(path);
    } else if (Files.exists(path)) {
      visitor.error(new IngestError(path.toString(), "not a regular file", null));
    } else {
      visitor.error(new IngestError(path.toString(), "no such file or directory", null));
    }
  }

  private void walkDirectory(Path directory, Visitor visitor) {
    try {
      if (!visitedDirectories.add(directory.toRealPath())) {
        visitor.skipped(directory, "directory already walked (symbolic link loop)");
        return;
      }
    } catch (IOException e) {
      visitor.error(new IngestError(directory.toString(), "cannot read directory", e.getMessage()));
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      stream.forEach(entries::add);
    } catch (IOException | RuntimeException e) {
      visitor.error(new IngestError(directory.toString(), "cannot read directory", e.getMessage()));
      return;
    }
    entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    for (Path entry : entries) {
      if (entry.getFileName().toString().startsWith(".")) {
        visitor.skipped(entry, Files.isDirectory(entry) ? "hidden directory" : "hidden file");
      } else {
        walk(entry, visitor);
      }
    }
  }
}
