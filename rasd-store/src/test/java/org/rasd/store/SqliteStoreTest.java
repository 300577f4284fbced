package org.rasd.store;

import java.nio.file.Path;

/** The store contract on the embedded SQLite database. */
class SqliteStoreTest extends StoreContract {

  @Override
  Store open(Path indexDir) {
    return Store.open(indexDir.resolve("data"));
  }
}
