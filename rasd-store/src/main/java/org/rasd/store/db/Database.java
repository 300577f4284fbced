package org.rasd.store.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.rasd.store.StoreException;

/**
 * The relational store: opens connections for one JDBC URL and brings its schema up to date with
 * the Flyway migrations in {@code db/migration}. A new connection per unit of work keeps the class
 * free of pooling; a server can put a pool in front of {@link #connect()} later.
 */
public final class Database {

  /** Flyway logs every open at INFO through java.util.logging; only its warnings matter here. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private final String url;
  private final Properties properties;
  private final Dialect dialect;

  private Database(String url, Properties properties) {
    this.url = url;
    this.dialect = Dialect.of(url);
    this.properties = dialect.connectionProperties();
    this.properties.putAll(properties);
  }

  /** The embedded SQLite database {@code rasd.db} in a data directory, created if missing. */
  public static Database embedded(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot create data directory " + dataDir, e);
    }
    return open("jdbc:sqlite:" + dataDir.resolve("rasd.db").toAbsolutePath(), new Properties());
  }

  /**
   * Any supported database by JDBC URL; {@code credentials} may hold user and password. Migrates
   * the schema before returning.
   */
  public static Database open(String jdbcUrl, Properties credentials) {
    Database db = new Database(jdbcUrl, credentials);
    db.migrate();
    return db;
  }

  private void migrate() {
    try {
      Flyway.configure()
          .dataSource(url, properties.getProperty("user"), properties.getProperty("password"))
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new StoreException("cannot bring the schema of " + url + " up to date", e);
    }
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, properties);
  }

  public Dialect dialect() {
    return dialect;
  }

  public String url() {
    return url;
  }

  /**
   * Problems in the stored data: physical corruption, broken foreign keys, and documents whose
   * stored mention count differs from their mention rows (a half-written document). Empty when
   * sound.
   */
  public List<String> integrityProblems() {
    try (Connection c = connect()) {
      List<String> problems = new java.util.ArrayList<>(dialect.integrityProblems(c));
      try (var s = c.prepareStatement(
              "SELECT d.id, d.mention_count, COUNT(m.ordinal) FROM documents d"
                  + " LEFT JOIN mentions m ON m.doc_id = d.id"
                  + " GROUP BY d.id, d.mention_count HAVING COUNT(m.ordinal) <> d.mention_count");
          var rs = s.executeQuery()) {
        while (rs.next()) {
          problems.add("document " + rs.getString(1) + " should have " + rs.getInt(2)
              + " mentions but has " + rs.getInt(3));
        }
      }
      return problems;
    } catch (SQLException e) {
      throw new StoreException("cannot check the integrity of " + url, e);
    }
  }
}
