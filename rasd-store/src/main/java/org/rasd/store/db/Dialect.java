package org.rasd.store.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Everything that differs between the embedded SQLite store and a PostgreSQL server. The schema
 * and every query are portable SQL; only connection settings and the integrity check differ.
 */
public enum Dialect {
  SQLITE {
    @Override
    Properties connectionProperties() {
      // sqlite-jdbc applies these pragmas on every new connection. WAL lets readers run beside the
      // writer; synchronous=NORMAL in WAL mode loses nothing committed when the process is killed
      // (only an OS crash or power cut can drop the last transactions). busy_timeout makes a second
      // writer wait instead of failing at once.
      Properties p = new Properties();
      p.setProperty("journal_mode", "WAL");
      p.setProperty("synchronous", "NORMAL");
      p.setProperty("foreign_keys", "true");
      p.setProperty("busy_timeout", "10000");
      // 64 MB page cache (negative = KiB) instead of 2 MB: index pages of large batches stay hot.
      p.setProperty("cache_size", "-65536");
      return p;
    }

    @Override
    List<String> integrityProblems(Connection c) throws SQLException {
      List<String> problems = new ArrayList<>();
      try (Statement s = c.createStatement()) {
        try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
          while (rs.next()) {
            if (!"ok".equals(rs.getString(1))) {
              problems.add("integrity_check: " + rs.getString(1));
            }
          }
        }
        try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
          while (rs.next()) {
            problems.add("foreign key broken in " + rs.getString(1) + " row " + rs.getLong(2)
                + " (refers to " + rs.getString(3) + ")");
          }
        }
      }
      return problems;
    }
  },

  POSTGRESQL {
    @Override
    Properties connectionProperties() {
      return new Properties();
    }

    /** PostgreSQL checks pages and enforces constraints itself: there is no file to verify. */
    @Override
    List<String> integrityProblems(Connection c) {
      return List.of();
    }
  };

  /** The dialect of a JDBC URL; only SQLite and PostgreSQL are supported. */
  public static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "unsupported database URL '" + jdbcUrl + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
  }

  abstract Properties connectionProperties();

  /** Problems found in the stored data's physical structure and foreign keys; empty when sound. */
  abstract List<String> integrityProblems(Connection c) throws SQLException;
}
