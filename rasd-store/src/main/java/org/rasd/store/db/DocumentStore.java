package org.rasd.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.store.StoreException;
import org.rasd.store.db.SaveOutcome.Status;

/**
 * Documents with their mentions and resolved entities. A batch is one transaction: after a crash
 * a batch is either wholly stored or not at all, and re-running it stores only what is missing,
 * because a document's id is the hash of its text.
 */
public final class DocumentStore {

  private static final String INSERT_DOCUMENT =
      "INSERT INTO documents (id, article_id, url, title, source, published, language, text, origin,"
          + " ingested_at, mention_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (id) DO NOTHING";
  private static final String INSERT_MENTION =
      "INSERT INTO mentions (doc_id, ordinal, start_offset, end_offset, text, type, confidence,"
          + " source, entity_id, link_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT_DOCUMENT =
      "SELECT id, article_id, url, title, source, published, language, text, origin, ingested_at"
          + " FROM documents WHERE id = ?";

  private final Database db;

  public DocumentStore(Database db) {
    this.db = db;
  }

  /** The content id of an article text: SHA-256 of its UTF-8 bytes, in lower-case hex. */
  public static String contentId(String text) {
    return Hashes.sha256Hex(text);
  }

  public SaveOutcome save(AnnotatedDocument doc) {
    return save(List.of(doc)).get(0);
  }

  /**
   * Stores a batch in one transaction and returns one outcome per document, in order. Invalid
   * documents are rejected and duplicates (already stored, or earlier in the batch) are skipped;
   * neither stops the rest. A database failure rolls the whole batch back and throws.
   */
  public List<SaveOutcome> save(List<AnnotatedDocument> batch) {
    return new BatchWriter(db).write(batch, List.of(), List.of()).documents();
  }

  /** Stores a batch inside the caller's transaction; see {@link #save(List)}. */
  static List<SaveOutcome> insert(Connection c, List<AnnotatedDocument> batch) throws SQLException {
    String now = Instant.now().toString();
    List<SaveOutcome> outcomes = new ArrayList<>(batch.size());
    List<Mention> resolved = new ArrayList<>();
    try (PreparedStatement doc = c.prepareStatement(INSERT_DOCUMENT);
        PreparedStatement mention = c.prepareStatement(INSERT_MENTION)) {
      for (AnnotatedDocument d : batch) {
        SaveOutcome outcome = insert(c, doc, mention, d, now);
        outcomes.add(outcome);
        if (outcome.stored()) {
          d.mentions().stream().filter(m -> m.resolution() != null).forEach(resolved::add);
        }
      }
      // Entities go in before the mention rows that refer to them.
      EntityStore.addResolved(c, resolved);
      mention.executeBatch();
    }
    return outcomes;
  }

  private static SaveOutcome insert(
      Connection c, PreparedStatement doc, PreparedStatement mention, AnnotatedDocument d, String now)
      throws SQLException {
    String problem = DocumentCheck.problem(d);
    if (problem != null) {
      return new SaveOutcome(null, Status.REJECTED, DocumentCheck.name(d) + ": " + problem, d);
    }
    Article a = d.article();
    String id = contentId(a.text());
    doc.setString(1, id);
    doc.setString(2, a.id());
    doc.setString(3, a.url());
    doc.setString(4, a.title());
    doc.setString(5, a.source());
    doc.setString(6, a.published());
    doc.setString(7, a.language());
    doc.setString(8, a.text());
    doc.setString(9, a.origin());
    doc.setString(10, now);
    doc.setInt(11, d.mentions().size());
    if (doc.executeUpdate() == 0) {
      return new SaveOutcome(id, Status.DUPLICATE,
          DocumentCheck.name(d) + ": same text as document " + id + " stored from "
              + originOf(c, id) + "; nothing added",
          d);
    }
    List<Mention> mentions = d.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      bindMention(mention, id, i, mentions.get(i));
      mention.addBatch();
    }
    return new SaveOutcome(id, Status.STORED, null, d);
  }

  private static void bindMention(PreparedStatement s, String docId, int ordinal, Mention m)
      throws SQLException {
    s.setString(1, docId);
    s.setInt(2, ordinal);
    s.setInt(3, m.start());
    s.setInt(4, m.end());
    s.setString(5, m.text());
    s.setString(6, m.type());
    s.setDouble(7, m.confidence());
    s.setString(8, m.source());
    if (m.resolution() == null) {
      s.setNull(9, Types.VARCHAR);
      s.setNull(10, Types.DOUBLE);
    } else {
      s.setString(9, m.resolution().id());
      s.setDouble(10, m.resolution().score());
    }
  }

  private static String originOf(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT origin, article_id FROM documents WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getString(1) != null ? rs.getString(1) : rs.getString(2);
      }
    }
  }

  public Optional<StoredDocument> find(String id) {
    try (Connection c = db.connect(); PreparedStatement s = c.prepareStatement(SELECT_DOCUMENT)) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(document(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read document " + id, e);
    }
  }

  private static StoredDocument document(ResultSet rs) throws SQLException {
    return new StoredDocument(
        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
  }

  public List<StoredMention> mentionsOf(String docId) {
    try (Connection c = db.connect();
        PreparedStatement s = c.prepareStatement(
            "SELECT doc_id, ordinal, start_offset, end_offset, text, type, confidence, source,"
                + " entity_id, link_score FROM mentions WHERE doc_id = ? ORDER BY ordinal")) {
      s.setString(1, docId);
      try (ResultSet rs = s.executeQuery()) {
        List<StoredMention> out = new ArrayList<>();
        while (rs.next()) {
          out.add(new StoredMention(
              rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
              rs.getString(6), rs.getDouble(7), rs.getString(8), rs.getString(9),
              rs.getObject(10) == null ? null : rs.getDouble(10)));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the mentions of document " + docId, e);
    }
  }

  public long count() {
    try (Connection c = db.connect();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM documents");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count documents", e);
    }
  }

  /** All document ids, in id order (for index recovery; ids are small, 64 bytes each). */
  public List<String> ids() {
    try (Connection c = db.connect();
        PreparedStatement s = c.prepareStatement("SELECT id FROM documents ORDER BY id");
        ResultSet rs = s.executeQuery()) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list document ids", e);
    }
  }
}
