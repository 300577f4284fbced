package org.rasd.server;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasd.store.Store;
import org.rasd.store.db.EntityRecord;
import org.rasd.store.db.StoredDocument;
import org.rasd.store.db.StoredMention;
import org.rasd.server.Views.DocumentSummary;
import org.rasd.server.Views.Page;
import org.rasd.server.Views.StatedFact;

/** {@code /api/documents}: the list, newest first, and one document with its text and mentions. */
final class DocumentApi {

  /**
   * A document with its mentions and the relation facts it states (offsets into {@code
   * document.text}), and the entities they name.
   */
  record DocumentView(StoredDocument document, List<StoredMention> mentions, List<StatedFact> facts,
      List<EntityRecord> entities) {}

  private final Store store;
  private final StoreQueries queries;

  DocumentApi(Store store, StoreQueries queries) {
    this.store = store;
    this.queries = queries;
  }

  void list(Context ctx) {
    Params p = new Params(ctx);
    int offset = p.integer("offset", 0, 0, 1_000_000);
    int limit = p.integer("limit", 20, 1, 100);
    List<DocumentSummary> rows = queries.documents(offset, limit + 1);
    ctx.json(new Page<>(offset, limit, rows.size() > limit, rows.subList(0, Math.min(limit, rows.size()))));
  }

  void get(Context ctx) {
    String id = new Params(ctx).documentId();
    StoredDocument d = store.documents().find(id)
        .orElseThrow(() -> BadRequest.notFound("no document with id " + id));
    List<StoredMention> mentions = store.documents().mentionsOf(id);
    List<StatedFact> facts = queries.factsStatedIn(id);
    Set<String> entityIds = new LinkedHashSet<>();
    mentions.stream().map(StoredMention::entityId).filter(e -> e != null).forEach(entityIds::add);
    facts.forEach(f -> {
      entityIds.add(f.fromEntity());
      entityIds.add(f.toEntity());
    });
    ctx.json(new DocumentView(d, mentions, facts, store.entities().find(entityIds)));
  }
}
