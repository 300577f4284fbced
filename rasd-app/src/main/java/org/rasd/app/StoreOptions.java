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

  /** The data directory: the SQLite database and index, or only the index with --jdbc. */
  Path dataDir() {
    return data != null ? data : Store.DEFAULT_DATA_DIR;
  }

  Store open() {
    return jdbc == null ? Store.open(dataDir()) : Store.open(jdbc, new Properties(), dataDir().resolve("index"));
  }

  /** Where the store is, for messages (a password in the URL is masked). */
  String describe() {
    return jdbc != null ? jdbc.replaceAll("password=[^&]*", "password=…") : dataDir().toString();
  }
}
