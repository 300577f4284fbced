package org.rasd.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rasd.store.StoreException;

/**
 * Relation facts across documents. A fact is identified by (type, from, to, time, modality): the
 * same fact stated by several documents is one fact with several sources, while claims that
 * disagree (two different leaders of one group, an assertion and a denial) are separate facts kept
 * side by side.
 */
public final class FactStore {

  private static final String INSERT_RELATION =
      "INSERT INTO relations (id, type, from_entity, to_entity, time_value, time_precision, modality)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING";
  private static final String INSERT_SOURCE =
      "INSERT INTO relation_sources (relation_id, doc_id, start_offset, end_offset, according_to,"
          + " according_to_text) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
  private static final String SELECT_FACTS =
      "SELECT r.id, r.type, r.from_entity, r.to_entity, r.time_value, r.time_precision, r.modality,"
          + " s.doc_id, s.start_offset, s.end_offset, s.according_to, s.according_to_text,"
          + " d.source, d.published"
          + " FROM relations r JOIN relation_sources s ON s.relation_id = r.id"
          + " JOIN documents d ON d.id = s.doc_id";
  private static final String ORDER = " ORDER BY r.type, r.id, d.published, s.doc_id, s.start_offset";

  /** What a call to {@link #save} added, and the claims it refused with the reason. */
  public record SaveReport(int newFacts, int newSources, List<String> rejected) {}

  private final Database db;

  public FactStore(Database db) {
    this.db = db;
  }

  /** The id of a fact: SHA-256 over its identifying fields. */
  public static String factId(RelationClaim c) {
    String key = String.join("\u001f", c.type(), c.fromEntity(), c.toEntity(),
        Objects.requireNonNullElse(c.timeValue(), ""), c.modality());
    return Hashes.sha256Hex(key);
  }

  /** Stores claims in one transaction; claims naming unknown entities or documents are refused. */
  public SaveReport save(List<RelationClaim> claims) {
    return new BatchWriter(db).write(List.of(), List.of(), claims).relations();
  }

  /** Stores claims inside the caller's transaction. */
  static SaveReport insert(Connection c, List<RelationClaim> claims) throws SQLException {
    int facts = 0;
    int sources = 0;
    List<String> rejected = new ArrayList<>();
    try (PreparedStatement relation = c.prepareStatement(INSERT_RELATION);
        PreparedStatement source = c.prepareStatement(INSERT_SOURCE)) {
      for (int i = 0; i < claims.size(); i++) {
        RelationClaim claim = claims.get(i);
        String problem = problem(c, claim);
        if (problem != null) {
          rejected.add("relation claim " + i + " (" + claim.type() + " " + claim.fromEntity()
              + " → " + claim.toEntity() + "): " + problem);
          continue;
        }
        String id = factId(claim);
        relation.setString(1, id);
        relation.setString(2, claim.type());
        relation.setString(3, claim.fromEntity());
        relation.setString(4, claim.toEntity());
        relation.setString(5, claim.timeValue());
        relation.setString(6, claim.timePrecision());
        relation.setString(7, claim.modality());
        facts += relation.executeUpdate();
        source.setString(1, id);
        source.setString(2, claim.docId());
        source.setInt(3, claim.start());
        source.setInt(4, claim.end());
        source.setString(5, claim.accordingTo());
        source.setString(6, claim.accordingToText());
        sources += source.executeUpdate();
      }
    }
    return new SaveReport(facts, sources, rejected);
  }

  private static String problem(Connection c, RelationClaim claim) throws SQLException {
    if (ClaimReferences.blank(claim.type()) || ClaimReferences.blank(claim.modality())) {
      return "type and modality are required";
    }
    if (claim.start() < 0 || claim.start() >= claim.end()) {
      return "span [" + claim.start() + ", " + claim.end() + ") is empty or negative";
    }
    if (claim.fromEntity() == null || claim.toEntity() == null) {
      return "both ends are required";
    }
    return ClaimReferences.problem(
        c, Arrays.asList(claim.fromEntity(), claim.toEntity(), claim.accordingTo()), claim.docId());
  }

  /** Every fact the entity takes part in (either end), each with all its sources. */
  public List<RelationFact> factsAbout(String entityId) {
    return read(SELECT_FACTS + " WHERE r.from_entity = ? OR r.to_entity = ?" + ORDER, entityId, entityId);
  }

  /** Every stored fact with all its sources (for exports). */
  public List<RelationFact> all() {
    return read(SELECT_FACTS + ORDER);
  }

  private List<RelationFact> read(String sql, String... params) {
    try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setString(i + 1, params[i]);
      }
      Map<String, RelationFact> facts = new LinkedHashMap<>();
      Map<String, List<RelationFact.Source>> sources = new LinkedHashMap<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          if (!facts.containsKey(id)) {
            facts.put(id, new RelationFact(id, rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), List.of()));
            sources.put(id, new ArrayList<>());
          }
          sources.get(id).add(new RelationFact.Source(rs.getString(8), rs.getInt(9), rs.getInt(10),
              rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14)));
        }
      }
      return facts.values().stream().map(f -> withSources(f, sources.get(f.id()))).toList();
    } catch (SQLException e) {
      throw new StoreException("cannot read relation facts" + (params.length > 0 ? " about " + params[0] : ""), e);
    }
  }

  private static RelationFact withSources(RelationFact f, List<RelationFact.Source> sources) {
    return new RelationFact(f.id(), f.type(), f.fromEntity(), f.toEntity(), f.timeValue(),
        f.timePrecision(), f.modality(), sources);
  }
}
