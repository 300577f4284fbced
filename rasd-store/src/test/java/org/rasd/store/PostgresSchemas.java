package org.rasd.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stores on the PostgreSQL server a test run is given ({@code -Drasd.postgres.url=jdbc:postgresql://…}
 * and {@code -Drasd.postgres.user}; {@code .ci/run} starts one), each in a schema of its own that
 * {@link #dropAll()} removes. Tests that use it are enabled only when {@link #URL_PROPERTY} is set.
 */
public final class PostgresSchemas {

  public static final String URL_PROPERTY = "rasd.postgres.url";

  private final String url = System.getProperty(URL_PROPERTY);
  private final Properties credentials = new Properties();
  private final List<String> schemas = new ArrayList<>();

  public PostgresSchemas() {
    credentials.setProperty("user", System.getProperty("rasd.postgres.user", "postgres"));
    credentials.setProperty("password", System.getProperty("rasd.postgres.password", ""));
  }

  /** A store in a new, empty schema, with its search index under {@code indexDir}. */
  public Store open(Path indexDir) {
    String schema = "rasd_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    schemas.add(schema);
    execute("CREATE SCHEMA " + schema);
    return Store.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, credentials, indexDir);
  }

  /** Drops every schema this instance created (close their stores first). */
  public void dropAll() {
    schemas.forEach(schema -> execute("DROP SCHEMA " + schema + " CASCADE"));
    schemas.clear();
  }

  private void execute(String sql) {
    try (Connection c = DriverManager.getConnection(url, credentials); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql, e);
    }
  }
}
