package org.rasd.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;
import org.rasd.store.db.Database;

/** Small hand-written documents for tests, with mentions placed where their names occur. */
final class Fixtures {

  static final Path EXAMPLES = Path.of(System.getProperty("rasd.shared", "../shared"), "examples");

  private Fixtures() {}

  /** An entity name to mark in a text: every occurrence becomes a mention resolved to {@code id}. */
  record Name(String surface, String type, String id, String nameAr, String nameEn) {
    static Name of(String surface, String type, String id, String nameEn) {
      return new Name(surface, type, id, surface, nameEn);
    }
  }

  static AnnotatedDocument doc(String origin, String source, String published, String text, Name... names) {
    List<Mention> mentions = new ArrayList<>();
    for (Name n : names) {
      int at = text.indexOf(n.surface());
      if (at < 0) {
        throw new IllegalArgumentException("'" + n.surface() + "' is not in the text of " + origin);
      }
      for (; at >= 0; at = text.indexOf(n.surface(), at + 1)) {
        Resolution r = new Resolution(n.id(), n.nameAr(), n.nameEn(), 0.9, false, null);
        mentions.add(new Mention(at, at + n.surface().length(), n.surface(), n.type(), 0.8, "test", r));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    Article a = new Article(origin, null, null, source, published, "ar", text, origin);
    return new AnnotatedDocument(a, List.of(), List.of(), mentions);
  }

  /** The reference article of the project with its gold entity names as mentions. */
  static AnnotatedDocument reference() {
    return GeneratedCorpus.example(EXAMPLES, "orient-ghouta-militias");
  }

  /** Row count of a table (for "nothing was added" checks). */
  static long rows(Database db, String table) {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Long> allRowCounts(Database db) {
    List<Long> counts = new ArrayList<>();
    for (String t : List.of("documents", "mentions", "entities", "entity_aliases", "events", "event_actors",
        "event_sources", "event_claim_participants", "relations", "relation_sources")) {
      counts.add(rows(db, t));
    }
    return counts;
  }
}
