package org.rasd.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.store.StoreException;

/**
 * Events across documents. An event is a connected component of {@link SameEvent} over the claims
 * stored so far ({@link MergedEvent}): a new claim joins every event one of whose claims it
 * matches, fusing them when there are several, and the event is rebuilt from its claims; a claim
 * that matches none becomes an event of its own. The result is the same whatever order claims
 * arrive in, and equals the Spark job's merged events. Saving a claim whose document span is
 * already a source adds nothing, so re-running an ingest is harmless.
 */
public final class EventStore {

  private static final String INSERT_EVENT =
      "INSERT INTO events (id, doc_id, sentence_start, sentence_end, trigger_start, trigger_end, acled_type,"
          + " acled_sub_type, plover, modality, time_value, time_precision, location_entity, according_to,"
          + " according_to_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_ACTOR =
      "INSERT INTO event_actors (event_id, role, entity_id, ordinal) VALUES (?, ?, ?, ?)";
  private static final String INSERT_SOURCE =
      "INSERT INTO event_sources (event_id, doc_id, start_offset, end_offset, sentence_start, sentence_end,"
          + " according_to, according_to_text, acled_sub_type, plover, time_value, time_precision, location_entity)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_CLAIM_PARTICIPANT =
      "INSERT INTO event_claim_participants (doc_id, start_offset, end_offset, role, entity_id, ordinal)"
          + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
  /** Stored claims that may match a claim: same type and modality, dated to the day in the window. */
  private static final String CANDIDATES =
      "SELECT s.event_id, s.doc_id, s.start_offset, s.end_offset, s.time_value, s.time_precision,"
          + " s.location_entity, l.lat, l.lon FROM event_sources s JOIN events e ON e.id = s.event_id"
          + " LEFT JOIN entities l ON l.id = s.location_entity"
          + " WHERE e.acled_type = ? AND e.modality = ? AND s.time_precision = 'DAY'"
          + " AND s.time_value >= ? AND s.time_value < ?";
  private static final String CLAIMS_OF_EVENT =
      "SELECT e.acled_type, s.acled_sub_type, s.plover, e.modality, s.time_value, s.time_precision,"
          + " s.location_entity, s.according_to, s.according_to_text, s.doc_id, s.sentence_start, s.sentence_end,"
          + " s.start_offset, s.end_offset FROM event_sources s JOIN events e ON e.id = s.event_id"
          + " WHERE s.event_id = ?";

  static final String ACTOR = "ACTOR";
  static final String TARGET = "TARGET";

  /**
   * What a save added: claims that started an event, claims that joined (or fused) events already
   * known, claims already stored, and refusals.
   */
  public record SaveReport(int newEvents, int mergedSources, int duplicates, List<String> rejected) {}

  private final Database db;

  public EventStore(Database db) {
    this.db = db;
  }

  /** Stores claims in one transaction; claims naming unknown entities or documents are refused. */
  public SaveReport save(List<EventClaim> claims) {
    return new BatchWriter(db).write(List.of(), claims, List.of()).events();
  }

  /** Stores claims inside the caller's transaction. */
  static SaveReport insert(Connection c, List<EventClaim> claims) throws SQLException {
    int created = 0;
    int merged = 0;
    int duplicates = 0;
    List<String> rejected = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      EventClaim claim = claims.get(i);
      String problem = problem(c, claim);
      if (problem != null) {
        rejected.add("event claim " + i + " (" + claim.acledType() + " in " + claim.docId() + " at "
            + claim.triggerStart() + "): " + problem);
      } else if (alreadyASource(c, claim)) {
        duplicates++;
      } else {
        addClaimParticipants(c, claim);
        Set<String> joined = eventsMatching(c, claim);
        List<EventClaim> component = new ArrayList<>(List.of(claim));
        for (String eventId : joined) {
          component.addAll(claimsOf(c, eventId));
          delete(c, eventId);
        }
        write(c, MergedEvent.of(component));
        if (joined.isEmpty()) {
          created++;
        } else {
          merged++;
        }
      }
    }
    return new SaveReport(created, merged, duplicates, rejected);
  }

  private static String problem(Connection c, EventClaim claim) throws SQLException {
    String shape = claim.shapeProblem();
    if (shape != null) {
      return shape;
    }
    List<String> entities = new ArrayList<>(claim.actors());
    entities.addAll(claim.targets());
    entities.add(claim.locationEntity());
    entities.add(claim.accordingTo());
    return ClaimReferences.problem(c, entities, claim.docId());
  }

  private static boolean alreadyASource(Connection c, EventClaim claim) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT 1 FROM event_sources WHERE doc_id = ? AND start_offset = ? AND end_offset = ?")) {
      s.setString(1, claim.docId());
      s.setInt(2, claim.triggerStart());
      s.setInt(3, claim.triggerEnd());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The stored events with a claim that {@link SameEvent} matches to this one. */
  private static Set<String> eventsMatching(Connection c, EventClaim claim) throws SQLException {
    Double[] place = coordinates(c, claim.locationEntity());
    SameEvent.Key key = SameEvent.key(claim, place[0], place[1]);
    LocalDate day = SameEvent.day(key);
    Set<String> events = new LinkedHashSet<>();
    if (day == null) {
      return events;
    }
    try (PreparedStatement s = c.prepareStatement(CANDIDATES)) {
      s.setString(1, claim.acledType());
      s.setString(2, claim.modality());
      s.setString(3, day.minusDays(SameEvent.DAYS).toString());
      s.setString(4, day.plusDays(SameEvent.DAYS + 1).toString());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          SameEvent.Key stored = new SameEvent.Key(claim.acledType(), claim.modality(), rs.getString(5),
              rs.getString(6), rs.getString(7), nullableDouble(rs, 8), nullableDouble(rs, 9),
              claimParticipants(c, rs.getString(2), rs.getInt(3), rs.getInt(4)));
          if (!events.contains(rs.getString(1)) && SameEvent.test(key, stored)) {
            events.add(rs.getString(1));
          }
        }
      }
    }
    return events;
  }

  /** Latitude and longitude of a place entity, each null when unknown. */
  private static Double[] coordinates(Connection c, String placeId) throws SQLException {
    if (placeId != null) {
      try (PreparedStatement s = c.prepareStatement("SELECT lat, lon FROM entities WHERE id = ?")) {
        s.setString(1, placeId);
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            return new Double[] {nullableDouble(rs, 1), nullableDouble(rs, 2)};
          }
        }
      }
    }
    return new Double[] {null, null};
  }

  private static Set<String> claimParticipants(Connection c, String docId, int start, int end) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    for (List<String> roles : participantsByRole(c, docId, start, end).values()) {
      out.addAll(roles);
    }
    return out;
  }

  /** A stored claim's participants: role → entity ids in the claim's order. */
  private static Map<String, List<String>> participantsByRole(Connection c, String docId, int start, int end)
      throws SQLException {
    Map<String, List<String>> byRole = new HashMap<>(Map.of(ACTOR, new ArrayList<>(), TARGET, new ArrayList<>()));
    try (PreparedStatement s = c.prepareStatement(
        "SELECT role, entity_id FROM event_claim_participants WHERE doc_id = ? AND start_offset = ?"
            + " AND end_offset = ? ORDER BY ordinal")) {
      s.setString(1, docId);
      s.setInt(2, start);
      s.setInt(3, end);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          byRole.get(rs.getString(1)).add(rs.getString(2));
        }
      }
    }
    return byRole;
  }

  /** The claims stored as the sources of an event. */
  private static List<EventClaim> claimsOf(Connection c, String eventId) throws SQLException {
    List<EventClaim> claims = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(CLAIMS_OF_EVENT)) {
      s.setString(1, eventId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Map<String, List<String>> who = participantsByRole(c, rs.getString(10), rs.getInt(13), rs.getInt(14));
          claims.add(new EventClaim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), who.get(ACTOR), who.get(TARGET), rs.getString(8),
              rs.getString(9), rs.getString(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14)));
        }
      }
    }
    return claims;
  }

  private static void delete(Connection c, String eventId) throws SQLException {
    for (String sql : List.of("DELETE FROM event_actors WHERE event_id = ?", "DELETE FROM event_sources WHERE event_id = ?",
        "DELETE FROM events WHERE id = ?")) {
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, eventId);
        s.executeUpdate();
      }
    }
  }

  private static void addClaimParticipants(Connection c, EventClaim claim) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT_CLAIM_PARTICIPANT)) {
      int ordinal = 0;
      for (String actor : claim.actors()) {
        bindClaimParticipant(s, claim, ACTOR, actor, ordinal++);
      }
      for (String target : claim.targets()) {
        bindClaimParticipant(s, claim, TARGET, target, ordinal++);
      }
      s.executeBatch();
    }
  }

  private static void bindClaimParticipant(PreparedStatement s, EventClaim claim, String role, String entity,
      int ordinal) throws SQLException {
    s.setString(1, claim.docId());
    s.setInt(2, claim.triggerStart());
    s.setInt(3, claim.triggerEnd());
    s.setString(4, role);
    s.setString(5, entity);
    s.setInt(6, ordinal);
    s.addBatch();
  }

  /** Writes an event: its row (fields of its first claim), its participants and one source per claim. */
  private static void write(Connection c, MergedEvent event) throws SQLException {
    EventClaim first = event.first();
    try (PreparedStatement s = c.prepareStatement(INSERT_EVENT)) {
      s.setString(1, event.id());
      s.setString(2, first.docId());
      s.setInt(3, first.sentenceStart());
      s.setInt(4, first.sentenceEnd());
      s.setInt(5, first.triggerStart());
      s.setInt(6, first.triggerEnd());
      s.setString(7, first.acledType());
      s.setString(8, first.acledSubType());
      s.setString(9, first.plover());
      s.setString(10, first.modality());
      s.setString(11, first.timeValue());
      s.setString(12, first.timePrecision());
      s.setString(13, first.locationEntity());
      s.setString(14, first.accordingTo());
      s.setString(15, first.accordingToText());
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement(INSERT_ACTOR)) {
      int ordinal = 0;
      for (String actor : event.actors()) {
        bindActor(s, event.id(), ACTOR, actor, ordinal++);
      }
      for (String target : event.targets()) {
        bindActor(s, event.id(), TARGET, target, ordinal++);
      }
      s.executeBatch();
    }
    try (PreparedStatement s = c.prepareStatement(INSERT_SOURCE)) {
      for (EventClaim claim : event.claims()) {
        bindSource(s, event.id(), claim);
      }
      s.executeBatch();
    }
  }

  private static void bindActor(PreparedStatement s, String eventId, String role, String entity, int ordinal)
      throws SQLException {
    s.setString(1, eventId);
    s.setString(2, role);
    s.setString(3, entity);
    s.setInt(4, ordinal);
    s.addBatch();
  }

  private static void bindSource(PreparedStatement s, String eventId, EventClaim claim) throws SQLException {
    s.setString(1, eventId);
    s.setString(2, claim.docId());
    s.setInt(3, claim.triggerStart());
    s.setInt(4, claim.triggerEnd());
    s.setInt(5, claim.sentenceStart());
    s.setInt(6, claim.sentenceEnd());
    s.setString(7, claim.accordingTo());
    s.setString(8, claim.accordingToText());
    s.setString(9, claim.acledSubType());
    s.setString(10, claim.plover());
    s.setString(11, claim.timeValue());
    s.setString(12, claim.timePrecision());
    s.setString(13, claim.locationEntity());
    s.addBatch();
  }

  /** The stored events the filter accepts, each with its participants and sources, by date. */
  public List<StoredEvent> find(EventFilter filter) {
    try (Connection c = db.connect()) {
      Map<String, List<String>> actors = new HashMap<>();
      Map<String, List<String>> targets = new HashMap<>();
      try (PreparedStatement s = c.prepareStatement(
              "SELECT event_id, role, entity_id FROM event_actors ORDER BY event_id, ordinal, entity_id");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          (ACTOR.equals(rs.getString(2)) ? actors : targets)
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3));
        }
      }
      Map<String, List<StoredEvent.Source>> sources = new HashMap<>();
      try (PreparedStatement s = c.prepareStatement(
              "SELECT s.event_id, s.doc_id, s.start_offset, s.end_offset, s.sentence_start, s.sentence_end,"
                  + " s.according_to, s.according_to_text, d.source, d.published, d.url, d.ingested_at"
                  + " FROM event_sources s JOIN documents d ON d.id = s.doc_id"
                  + " ORDER BY s.event_id, d.published, s.doc_id, s.start_offset");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new StoredEvent.Source(
              rs.getString(2), rs.getInt(3), rs.getInt(4), nullableInt(rs, 5), nullableInt(rs, 6),
              rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
              rs.getString(12)));
        }
      }
      Map<String, StoredEvent> events = new LinkedHashMap<>();
      try (PreparedStatement s = c.prepareStatement(
              "SELECT id, acled_type, acled_sub_type, plover, modality, time_value, time_precision,"
                  + " location_entity FROM events ORDER BY time_value, id");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          StoredEvent e = new StoredEvent(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8), actors.getOrDefault(id, List.of()),
              targets.getOrDefault(id, List.of()), sources.getOrDefault(id, List.of()));
          if (filter.accepts(e)) {
            events.put(id, e);
          }
        }
      }
      return List.copyOf(events.values());
    } catch (SQLException e) {
      throw new StoreException("cannot read the events", e);
    }
  }

  private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }
}
