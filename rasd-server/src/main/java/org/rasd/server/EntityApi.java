package org.rasd.server;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rasd.store.Store;
import org.rasd.store.db.EntityRecord;
import org.rasd.store.db.RelationFact;
import org.rasd.store.db.StoredDocument;
import org.rasd.server.Views.DocumentSummary;

/**
 * {@code /api/entity?id=…}: an entity (actor or place) with its names, aliases, how often it is
 * mentioned, the documents that mention it, and the relation facts about it with the document
 * spans that state them.
 */
final class EntityApi {

  /** The other end of a fact, named. */
  record EntityRef(String id, String type, String nameAr, String nameEn) {
    static EntityRef of(String id, Map<String, EntityRecord> known) {
      EntityRecord e = known.get(id);
      return e == null ? new EntityRef(id, null, null, null) : new EntityRef(id, e.type(), e.nameAr(), e.nameEn());
    }
  }

  /** One document span stating a fact, with the words themselves. */
  record SourceView(String docId, String title, String outlet, String published, int start, int end, String quote,
      EntityRef accordingTo, String accordingToText) {}

  record FactView(String id, String type, EntityRef from, EntityRef to, String timeValue, String timePrecision,
      String modality, List<SourceView> sources) {}

  record EntityView(EntityRecord entity, int mentionCount, List<DocumentSummary> documents, List<FactView> facts) {}

  private final Store store;
  private final StoreQueries queries;

  EntityApi(Store store, StoreQueries queries) {
    this.store = store;
    this.queries = queries;
  }

  void get(Context ctx) {
    Params p = new Params(ctx);
    String id = p.requiredText("id");
    int limit = p.integer("documents", 50, 1, 500);
    EntityRecord entity = store.entities().find(id)
        .orElseThrow(() -> BadRequest.notFound("no entity with id " + id));
    List<RelationFact> facts = store.facts().factsAbout(id);
    ctx.json(new EntityView(entity, queries.mentionCount(id), queries.documentsMentioning(id, limit), views(facts)));
  }

  /** {@code /api/names?id=…&id=…}: the stored entities among up to 500 ids (unknown ids are left out), for pages naming many at once. */
  void names(Context ctx) {
    ctx.json(store.entities().find(new Params(ctx).texts("id", 500)));
  }

  private List<FactView> views(List<RelationFact> facts) {
    Set<String> ids = new LinkedHashSet<>();
    for (RelationFact f : facts) {
      ids.add(f.fromEntity());
      ids.add(f.toEntity());
      f.sources().stream().map(RelationFact.Source::accordingTo).filter(a -> a != null).forEach(ids::add);
    }
    Map<String, EntityRecord> known = store.entities().find(ids).stream()
        .collect(Collectors.toMap(EntityRecord::id, Function.identity()));
    Map<String, StoredDocument> documents = new HashMap<>();
    return facts.stream().map(f -> new FactView(f.id(), f.type(), EntityRef.of(f.fromEntity(), known),
        EntityRef.of(f.toEntity(), known), f.timeValue(), f.timePrecision(), f.modality(),
        f.sources().stream().map(s -> source(s, known, documents)).toList())).toList();
  }

  private SourceView source(RelationFact.Source s, Map<String, EntityRecord> known, Map<String, StoredDocument> documents) {
    StoredDocument d = documents.computeIfAbsent(s.docId(), id -> store.documents().find(id).orElse(null));
    String quote = d != null && s.end() <= d.text().length() ? d.text().substring(s.start(), s.end()) : null;
    return new SourceView(s.docId(), d == null ? null : d.title(), s.outlet(), s.published(), s.start(), s.end(),
        quote, s.accordingTo() == null ? null : EntityRef.of(s.accordingTo(), known), s.accordingToText());
  }
}
