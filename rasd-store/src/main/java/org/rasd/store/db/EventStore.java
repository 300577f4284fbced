package org.rasd.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
 * Events across documents. A claim that {@link SameEvent} matches to a stored event becomes one
 * more source of that event (its participants are added to the event's); any other claim becomes
 * a new event. Saving a claim whose document span is already a source adds nothing, so re-running
 * an ingest is harmless.
 */
public final class EventStore {

  private static final String INSERT_EVENT =
      "INSERT INTO events (id, doc_id, sentence_start, sentence_end, trigger_start, trigger_end, acled_type,"
          + " acled_sub_type, plover, modality, time_value, time_precision, location_entity, according_to,"
          + " according_to_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_ACTOR =
      "INSERT INTO event_actors (event_id, role, entity_id, ordinal) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
  private static final String INSERT_SOURCE =
      "INSERT INTO event_sources (event_id, doc_id, start_offset, end_offset, sentence_start, sentence_end,"
          + " according_to, according_to_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String CANDIDATES =
      "SELECT e.id, e.acled_type, e.modality, e.time_value, e.time_precision, e.location_entity, l.lat, l.lon"
          + " FROM events e LEFT JOIN entities l ON l.id = e.location_entity"
          + " WHERE e.acled_type = ? AND e.modality = ? AND e.time_precision = 'DAY'"
          + " AND e.time_value >= ? AND e.time_value < ? ORDER BY e.time_value, e.id";

  static final String ACTOR = "ACTOR";
  static final String TARGET = "TARGET";

  /** What a save added: new events, sources merged into events already known, and refusals. */
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
        String match = findSame(c, claim);
        String eventId = match != null ? match : createEvent(c, claim);
        if (match != null) {
          merged++;
        } else {
          created++;
        }
        addParticipants(c, eventId, claim);
        addSource(c, eventId, claim);
      }
    }
    return new SaveReport(created, merged, duplicates, rejected);
  }

  /** The id a claim's event gets when no stored event matches it: its first source, hashed. */
  static String eventId(EventClaim claim) {
    return Hashes.sha256Hex(claim.docId() + "\u001f" + claim.triggerStart() + "\u001f" + claim.triggerEnd()
        + "\u001f" + claim.acledType());
  }

  private static String problem(Connection c, EventClaim claim) throws SQLException {
    if (ClaimReferences.blank(claim.acledType()) || ClaimReferences.blank(claim.modality())) {
      return "ACLED type and modality are required";
    }
    if (claim.triggerStart() < 0 || claim.triggerStart() >= claim.triggerEnd()
        || claim.sentenceStart() > claim.triggerStart() || claim.sentenceEnd() < claim.triggerEnd()) {
      return "trigger [" + claim.triggerStart() + ", " + claim.triggerEnd() + ") is empty or outside its sentence ["
          + claim.sentenceStart() + ", " + claim.sentenceEnd() + ")";
    }
    if (claim.timeValue() != null && EventFilter.firstDay(claim.timeValue()) == null) {
      return "time '" + claim.timeValue() + "' is not an ISO-8601 date";
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

  /** The stored event the claim reports too, or null. */
  private static String findSame(Connection c, EventClaim claim) throws SQLException {
    SameEvent.Key key = key(c, claim);
    LocalDate day = SameEvent.day(key);
    if (day == null) {
      return null;
    }
    try (PreparedStatement s = c.prepareStatement(CANDIDATES)) {
      s.setString(1, claim.acledType());
      s.setString(2, claim.modality());
      s.setString(3, day.minusDays(SameEvent.DAYS).toString());
      s.setString(4, day.plusDays(SameEvent.DAYS + 1).toString());
      List<SameEvent.Key> candidates = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
          candidates.add(new SameEvent.Key(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), nullableDouble(rs, 7), nullableDouble(rs, 8), Set.of()));
        }
      }
      for (int i = 0; i < ids.size(); i++) {
        SameEvent.Key k = candidates.get(i);
        SameEvent.Key withParticipants = new SameEvent.Key(k.acledType(), k.modality(), k.timeValue(),
            k.timePrecision(), k.locationEntity(), k.lat(), k.lon(), participants(c, ids.get(i)));
        if (SameEvent.test(key, withParticipants)) {
          return ids.get(i);
        }
      }
      return null;
    }
  }

  private static SameEvent.Key key(Connection c, EventClaim claim) throws SQLException {
    Double lat = null;
    Double lon = null;
    if (claim.locationEntity() != null) {
      try (PreparedStatement s = c.prepareStatement("SELECT lat, lon FROM entities WHERE id = ?")) {
        s.setString(1, claim.locationEntity());
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            lat = nullableDouble(rs, 1);
            lon = nullableDouble(rs, 2);
          }
        }
      }
    }
    Set<String> participants = new LinkedHashSet<>(claim.actors());
    participants.addAll(claim.targets());
    return new SameEvent.Key(claim.acledType(), claim.modality(), claim.timeValue(), claim.timePrecision(),
        claim.locationEntity(), lat, lon, participants);
  }

  private static Set<String> participants(Connection c, String eventId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT entity_id FROM event_actors WHERE event_id = ?")) {
      s.setString(1, eventId);
      Set<String> out = new LinkedHashSet<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  private static String createEvent(Connection c, EventClaim claim) throws SQLException {
    String id = eventId(claim);
    try (PreparedStatement s = c.prepareStatement(INSERT_EVENT)) {
      s.setString(1, id);
      s.setString(2, claim.docId());
      s.setInt(3, claim.sentenceStart());
      s.setInt(4, claim.sentenceEnd());
      s.setInt(5, claim.triggerStart());
      s.setInt(6, claim.triggerEnd());
      s.setString(7, claim.acledType());
      s.setString(8, claim.acledSubType());
      s.setString(9, claim.plover());
      s.setString(10, claim.modality());
      s.setString(11, claim.timeValue());
      s.setString(12, claim.timePrecision());
      s.setString(13, claim.locationEntity());
      s.setString(14, claim.accordingTo());
      s.setString(15, claim.accordingToText());
      s.executeUpdate();
    }
    return id;
  }

  /** Adds the claim's participants after those the event has (a merged report appends its new ones). */
  private static void addParticipants(Connection c, String eventId, EventClaim claim) throws SQLException {
    int next;
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM event_actors WHERE event_id = ?")) {
      s.setString(1, eventId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        next = rs.getInt(1);
      }
    }
    try (PreparedStatement s = c.prepareStatement(INSERT_ACTOR)) {
      for (String actor : claim.actors()) {
        bindActor(s, eventId, ACTOR, actor, next++);
      }
      for (String target : claim.targets()) {
        bindActor(s, eventId, TARGET, target, next++);
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

  private static void addSource(Connection c, String eventId, EventClaim claim) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT_SOURCE)) {
      s.setString(1, eventId);
      s.setString(2, claim.docId());
      s.setInt(3, claim.triggerStart());
      s.setInt(4, claim.triggerEnd());
      s.setInt(5, claim.sentenceStart());
      s.setInt(6, claim.sentenceEnd());
      if (claim.accordingTo() == null) {
        s.setNull(7, Types.VARCHAR);
      } else {
        s.setString(7, claim.accordingTo());
      }
      s.setString(8, claim.accordingToText());
      s.executeUpdate();
    }
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
