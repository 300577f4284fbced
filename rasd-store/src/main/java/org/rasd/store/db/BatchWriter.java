package org.rasd.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.store.StoreException;

/**
 * Writes documents with the events and relations extracted from them in ONE transaction, so a
 * crash leaves either all of a batch or none of it. Claims may refer to documents of the same
 * batch (by {@link DocumentStore#contentId}) or to documents stored earlier.
 */
public final class BatchWriter {

  /** What one batch added. */
  public record Report(
      List<SaveOutcome> documents, EventStore.SaveReport events, FactStore.SaveReport relations) {}

  private final Database db;

  public BatchWriter(Database db) {
    this.db = db;
  }

  /**
   * Stores the batch. Invalid documents and claims are refused (with a message each) and the rest is
   * kept; a database failure rolls everything back and throws.
   */
  public Report write(List<AnnotatedDocument> documents, List<EventClaim> events, List<RelationClaim> relations) {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try {
        Report report = new Report(DocumentStore.insert(c, documents), EventStore.insert(c, events),
            FactStore.insert(c, relations));
        c.commit();
        return report;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store a batch of " + documents.size() + " documents, " + events.size()
          + " events and " + relations.size() + " relation claims (nothing of it was kept)", e);
    }
  }
}
