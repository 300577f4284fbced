package org.rasd.store.db;

import java.util.List;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Mention;

/** Rejects documents whose data would be unsound in the store, with a message saying where. */
final class DocumentCheck {

  private DocumentCheck() {}

  /** Why the document cannot be stored, or null when it can. */
  static String problem(AnnotatedDocument doc) {
    String text = doc.text();
    if (text.isBlank()) {
      return "empty text";
    }
    List<Mention> mentions = doc.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String where = "mention " + i + " [" + m.start() + ", " + m.end() + ")";
      if (m.start() < 0 || m.start() >= m.end() || m.end() > text.length()) {
        return where + " is outside the text (length " + text.length() + ")";
      }
      if (!text.substring(m.start(), m.end()).equals(m.text())) {
        return where + " says '" + m.text() + "' but the text there is '"
            + text.substring(m.start(), m.end()) + "'";
      }
      if (!(m.confidence() >= 0 && m.confidence() <= 1)) {
        return where + " has confidence " + m.confidence() + ", outside [0, 1]";
      }
      if (m.type() == null || m.type().isBlank()) {
        return where + " has no type";
      }
      if (m.resolution() != null && (m.resolution().id() == null || m.resolution().id().isBlank())) {
        return where + " is resolved to an entity without id";
      }
    }
    return null;
  }

  /** How a document is named in messages: its origin, else its article id. */
  static String name(AnnotatedDocument doc) {
    String origin = doc.article().origin();
    return origin != null && !origin.isBlank() ? origin : doc.article().id();
  }
}
