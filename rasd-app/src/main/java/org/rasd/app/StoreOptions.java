package org.rasd.app;

import java.nio.file.Path;
import java.util.Properties;
import org.rasd.store.Store;
import picocli.CommandLine.Option;

/** Where the store is: {@code --data DIR} (embedded, the default ./rasd-data) or {@code --jdbc URL}. */
final class StoreOptions {

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory: SQLite database and search index (default: ./rasd-data). With --jdbc, only the index.")
  Path data;

  @Option(names = "--jdbc", paramLabel = "URL",
      description = "A PostgreSQL database instead of SQLite, e.g. jdbc:postgresql://localhost:5432/rasd?user=rasd&password=…")
  String jdbc;

  boolean given() {
    return data != null || jdbc != null;
  }

  Store open() {
    Path dir = data != null ? data : Store.DEFAULT_DATA_DIR;
    return jdbc == null ? Store.open(dir) : Store.open(jdbc, new Properties(), dir.resolve("index"));
  }

  String describe() {
    return jdbc != null ? jdbc.replaceAll("password=[^&]*", "password=…") : String.valueOf(data != null ? data : Store.DEFAULT_DATA_DIR);
  }
}
