package org.rasd.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Checks shared by event and relation claims: required text, and the entities and document they name exist. */
final class ClaimReferences {

  private ClaimReferences() {}

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Why the claim cannot be stored ("unknown entity …", "unknown document …"), or null. Null entities are skipped. */
  static String problem(Connection c, List<String> entities, String docId) throws SQLException {
    for (String entity : entities) {
      if (entity != null && !exists(c, "SELECT 1 FROM entities WHERE id = ?", entity)) {
        return "unknown entity " + entity;
      }
    }
    if (docId == null || !exists(c, "SELECT 1 FROM documents WHERE id = ?", docId)) {
      return "unknown document " + docId;
    }
    return null;
  }

  private static boolean exists(Connection c, String sql, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }
}
