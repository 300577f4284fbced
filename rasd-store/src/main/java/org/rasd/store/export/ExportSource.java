package org.rasd.store.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.store.Store;
import org.rasd.store.db.EntityRecord;
import org.rasd.store.db.EventFilter;
import org.rasd.store.db.StoredDocument;
import org.rasd.store.db.StoredEvent;

/** What the exporters read from a store: filtered events, entities by id, source sentences. */
final class ExportSource {

  private final Store store;
  private final Map<String, EntityRecord> entities = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();

  ExportSource(Store store) {
    this.store = store;
  }

  Store store() {
    return store;
  }

  List<StoredEvent> events(EventFilter filter) {
    return store.events().find(filter);
  }

  /** The stored entity, or null for a null id. */
  EntityRecord entity(String id) {
    if (id == null) {
      return null;
    }
    return entities.computeIfAbsent(id, k -> store.entities().find(k).orElseThrow(
        () -> new IllegalStateException("entity " + k + " is referred to but not stored")));
  }

  /** English name when the knowledge base has one, else the Arabic name, else the id. */
  String displayName(String id) {
    EntityRecord e = entity(id);
    if (e == null) {
      return null;
    }
    if (e.nameEn() != null && !e.nameEn().isBlank()) {
      return e.nameEn();
    }
    return e.nameAr() != null ? e.nameAr() : e.id();
  }

  /** The original text of a source document between two offsets. */
  String text(String docId, int start, int end) {
    String text = texts.computeIfAbsent(docId,
        k -> store.documents().find(k).map(StoredDocument::text).orElseThrow(
            () -> new IllegalStateException("document " + k + " is referred to but not stored")));
    return text.substring(start, end);
  }

  /** The sentence of a source, or its trigger when the sentence offsets are unknown. */
  String sentence(StoredEvent.Source s) {
    return s.sentenceStart() != null
        ? text(s.docId(), s.sentenceStart(), s.sentenceEnd())
        : text(s.docId(), s.triggerStart(), s.triggerEnd());
  }
}
