package org.rasd.store.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasd.nlp.model.Geo;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;
import org.rasd.store.StoreException;

/** Entities and their aliases: written from resolved mentions, read by id. */
public final class EntityStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String INSERT_ENTITY =
      "INSERT INTO entities (id, type, name_ar, name_en, provisional, lat, lon, feature_type,"
          + " country_code, geo_precision, hierarchy, region) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (id) DO NOTHING";
  private static final String INSERT_ALIAS =
      "INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING";

  private final Database db;

  public EntityStore(Database db) {
    this.db = db;
  }

  /**
   * Adds the entities the mentions were resolved to (the first record of an id wins: knowledge-base
   * records do not change between documents) and every surface form as an alias, inside the
   * caller's transaction.
   */
  static void addResolved(Connection c, Collection<Mention> mentions) throws SQLException {
    // A batch names the same few entities many times: write each entity and alias once.
    Map<String, Mention> firstById = new LinkedHashMap<>();
    Set<List<String>> aliases = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.resolution() != null) {
        firstById.putIfAbsent(m.resolution().id(), m);
        aliases.add(List.of(m.resolution().id(), m.text()));
      }
    }
    try (PreparedStatement entity = c.prepareStatement(INSERT_ENTITY);
        PreparedStatement alias = c.prepareStatement(INSERT_ALIAS)) {
      for (Mention m : firstById.values()) {
        bindEntity(entity, m.resolution(), m.type());
        entity.addBatch();
      }
      for (List<String> idAndAlias : aliases) {
        alias.setString(1, idAndAlias.get(0));
        alias.setString(2, idAndAlias.get(1));
        alias.addBatch();
      }
      entity.executeBatch();
      alias.executeBatch();
    }
  }

  private static void bindEntity(PreparedStatement s, Resolution r, String type) throws SQLException {
    s.setString(1, r.id());
    s.setString(2, type);
    s.setString(3, r.nameAr());
    s.setString(4, r.nameEn());
    s.setBoolean(5, r.provisional());
    Geo g = r.geo();
    if (g == null) {
      s.setNull(6, Types.DOUBLE);
      s.setNull(7, Types.DOUBLE);
      s.setNull(8, Types.VARCHAR);
      s.setNull(9, Types.VARCHAR);
      s.setNull(10, Types.INTEGER);
      s.setNull(11, Types.VARCHAR);
      s.setNull(12, Types.VARCHAR);
      return;
    }
    s.setDouble(6, g.lat());
    s.setDouble(7, g.lon());
    s.setString(8, g.featureType());
    s.setString(9, g.countryCode());
    s.setInt(10, g.precision());
    s.setString(12, g.region());
    try {
      s.setString(11, JSON.writeValueAsString(g.hierarchy()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings always serialises", e);
    }
  }

  public Optional<EntityRecord> find(String id) {
    List<EntityRecord> found = find(List.of(id));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The stored entities among the ids, with their aliases, in the order given. */
  public List<EntityRecord> find(Collection<String> ids) {
    List<EntityRecord> out = new ArrayList<>();
    try (Connection c = db.connect();
        PreparedStatement s = c.prepareStatement(
            "SELECT id, type, name_ar, name_en, provisional, lat, lon, feature_type, country_code,"
                + " geo_precision, hierarchy, region FROM entities WHERE id = ?")) {
      for (String id : ids) {
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            out.add(new EntityRecord(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getObject(6) == null ? null : rs.getDouble(6),
                rs.getObject(7) == null ? null : rs.getDouble(7),
                rs.getString(8), rs.getString(9),
                rs.getObject(10) == null ? null : rs.getInt(10),
                parseHierarchy(rs.getString(11)),
                rs.getString(12),
                aliases(c, id)));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read entities " + ids, e);
    }
  }

  private static List<String> aliases(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        List<String> out = new ArrayList<>();
        while (rs.next()) {
          out.add(rs.getString(1));
        }
        return out;
      }
    }
  }

  private static List<String> parseHierarchy(String json) {
    if (json == null) {
      return List.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new StoreException("stored hierarchy is not a JSON list: " + json, e);
    }
  }
}
