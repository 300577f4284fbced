package org.rasd.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.rasd.nlp.facts.MentionRef;
import org.rasd.nlp.facts.PredictedEvent;
import org.rasd.nlp.facts.PredictedRelation;
import org.rasd.nlp.facts.time.TimeValue;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Mention;
import org.rasd.store.db.DocumentStore;
import org.rasd.store.db.EventClaim;
import org.rasd.store.db.RelationClaim;

/**
 * Turns the extractor's events and relations of one document into the claims the store writes:
 * every slot is resolved to the entity of the document mention it covers. The store merges across
 * documents by entity id, so a slot whose text is no resolved mention is left out (an event without
 * resolved participants is still stored; a relation needs both ends).
 */
public final class Claims {

  private Claims() {}

  public static List<EventClaim> events(AnnotatedDocument doc, List<PredictedEvent> events) {
    String docId = DocumentStore.contentId(doc.text());
    List<EventClaim> out = new ArrayList<>();
    for (PredictedEvent e : events) {
      String place = e.locations().stream().map(l -> entityAt(doc, l)).filter(id -> id != null).findFirst()
          .orElse(null);
      out.add(new EventClaim(e.type().acledType(), e.type().acledSubtype(), e.type().plover(), e.modality(),
          value(e.time()), precision(e.time()), place, entities(doc, e.actors()), entities(doc, e.targets()),
          entityAt(doc, e.accordingTo()), attributionText(doc, e.accordingTo()), docId,
          e.sentenceStart(), e.sentenceEnd(), e.trigger().start(), e.trigger().end()));
    }
    return out;
  }

  public static List<RelationClaim> relations(AnnotatedDocument doc, List<PredictedRelation> relations) {
    String docId = DocumentStore.contentId(doc.text());
    List<RelationClaim> out = new ArrayList<>();
    for (PredictedRelation r : relations) {
      String from = entityAt(doc, r.from());
      String to = entityAt(doc, r.to());
      if (from != null && to != null) {
        out.add(new RelationClaim(r.type(), from, to, value(r.time()), precision(r.time()), r.modality(), docId,
            r.sentenceStart(), r.sentenceEnd(), entityAt(doc, r.accordingTo()),
            attributionText(doc, r.accordingTo())));
      }
    }
    return out;
  }

  private static List<String> entities(AnnotatedDocument doc, List<MentionRef> refs) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    refs.stream().map(r -> entityAt(doc, r)).filter(id -> id != null).forEach(ids::add);
    return List.copyOf(ids);
  }

  /**
   * The entity of the resolved mention a slot covers: the mention with exactly the slot's span, else
   * the longest resolved mention inside it (a slot "مقاتلي جيش الإسلام" holds the mention "جيش الإسلام").
   */
  static String entityAt(AnnotatedDocument doc, MentionRef ref) {
    if (ref == null) {
      return null;
    }
    Mention best = null;
    for (Mention m : doc.mentions()) {
      if (m.resolution() == null || m.start() < ref.start() || m.end() > ref.end()) {
        continue;
      }
      if (best == null || m.end() - m.start() > best.end() - best.start()) {
        best = m;
      }
    }
    return best == null ? null : best.resolution().id();
  }

  /** The attribution as written when it names no known entity. */
  private static String attributionText(AnnotatedDocument doc, MentionRef ref) {
    return ref != null && entityAt(doc, ref) == null ? ref.text() : null;
  }

  private static String value(TimeValue t) {
    return t == null ? null : t.value();
  }

  private static String precision(TimeValue t) {
    return t == null ? null : t.precision().name();
  }
}
