package org.rasd.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rasd.store.StoreException;
import org.rasd.store.db.Database;
import org.rasd.server.Views.DocumentSummary;
import org.rasd.server.Views.Outlet;
import org.rasd.server.Views.Period;
import org.rasd.server.Views.Place;
import org.rasd.server.Views.StatedFact;

/**
 * The read queries the web API needs beyond what the store's own classes offer: lists, counts and
 * aggregates. Portable SQL (SQLite and PostgreSQL), every value bound as a parameter.
 */
final class StoreQueries {

  /** Dated documents first, newest first; undated ones after, by id so paging is stable. */
  private static final String ORDER_BY_DATE =
      " ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC, d.id";

  private final Database db;

  StoreQueries(Database db) {
    this.db = db;
  }

  /** Documents, newest first, {@code limit} of them from {@code offset}. */
  List<DocumentSummary> documents(int offset, int limit) {
    return query(
        "SELECT d.id, d.title, d.source, d.published, d.mention_count FROM documents d"
            + ORDER_BY_DATE + " LIMIT ? OFFSET ?",
        rs -> new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
        limit, offset);
  }

  /** Documents mentioning an entity, newest first, with the number of its mentions in each. */
  List<DocumentSummary> documentsMentioning(String entityId, int limit) {
    return query(
        "SELECT d.id, d.title, d.source, d.published, COUNT(*) FROM mentions m"
            + " JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?"
            + " GROUP BY d.id, d.title, d.source, d.published" + ORDER_BY_DATE + " LIMIT ?",
        rs -> new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
        entityId, limit);
  }

  /** The relation facts a document states, in text order. */
  List<StatedFact> factsStatedIn(String docId) {
    return query(
        "SELECT r.id, r.type, r.from_entity, r.to_entity, r.modality, r.time_value, s.start_offset, s.end_offset"
            + " FROM relation_sources s JOIN relations r ON r.id = s.relation_id WHERE s.doc_id = ?"
            + " ORDER BY s.start_offset, s.end_offset, r.id",
        rs -> new StatedFact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getInt(7), rs.getInt(8)),
        docId);
  }

  /** Number of mentions resolved to an entity. */
  int mentionCount(String entityId) {
    return query("SELECT COUNT(*) FROM mentions WHERE entity_id = ?", rs -> rs.getInt(1), entityId).get(0);
  }

  /** Places with coordinates that some document mentions, most mentioned first. */
  List<Place> places(int limit) {
    return query(
        "SELECT e.id, e.type, e.name_ar, e.name_en, e.lat, e.lon, e.feature_type, e.geo_precision,"
            + " COUNT(*), COUNT(DISTINCT m.doc_id) FROM entities e JOIN mentions m ON m.entity_id = e.id"
            + " WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL"
            + " GROUP BY e.id, e.type, e.name_ar, e.name_en, e.lat, e.lon, e.feature_type, e.geo_precision"
            + " ORDER BY COUNT(*) DESC, e.id LIMIT ?",
        rs -> new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getDouble(5), rs.getDouble(6), rs.getString(7),
            rs.getObject(8) == null ? null : rs.getInt(8), rs.getInt(9), rs.getInt(10)),
        limit);
  }

  /** Dated documents per month (per year when only the year is known), in time order. */
  List<Period> timeline() {
    return query(
        "SELECT SUBSTR(published, 1, 7), COUNT(*) FROM documents WHERE published IS NOT NULL"
            + " GROUP BY SUBSTR(published, 1, 7) ORDER BY 1",
        rs -> new Period(rs.getString(1), rs.getInt(2)));
  }

  int undatedDocuments() {
    return query("SELECT COUNT(*) FROM documents WHERE published IS NULL", rs -> rs.getInt(1)).get(0);
  }

  /** Outlets with their number of documents, largest first. */
  List<Outlet> outlets() {
    return query(
        "SELECT source, COUNT(*) FROM documents WHERE source IS NOT NULL GROUP BY source ORDER BY 2 DESC, 1",
        rs -> new Outlet(rs.getString(1), rs.getInt(2)));
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, Row<T> row, Object... params) {
    try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.read(rs));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read from the store: " + sql, e);
    }
  }
}
