package org.rasd.server;

import io.javalin.http.Context;
import java.util.List;
import org.rasd.store.Store;
import org.rasd.store.search.EntityHit;
import org.rasd.store.search.SearchHit;
import org.rasd.store.search.SearchQuery;

/**
 * {@code /api/search}: documents by words (Arabic or Latin, Lucene syntax) and filters, a page at a
 * time, with the entities whose names match on the first page; {@code /api/entities}: entities by name.
 */
final class SearchApi {

  /** Deepest result the API pages to: the index ranks offset + limit hits for each page. */
  static final int MAX_DEPTH = 1000;

  record Hit(String docId, String title, String source, String published, float score, List<Snippet.Part> snippet) {}

  /** The search as understood: partial dates widened to days (from=2016 → 2016-01-01, to=2016 → 2016-12-31). */
  record Filters(String q, String entity, String type, String source, String from, String to) {}

  record Result(Filters query, int offset, int limit, boolean hasMore, List<Hit> items, List<EntityHit> entities) {}

  private final Store store;

  SearchApi(Store store) {
    this.store = store;
  }

  void search(Context ctx) {
    Params p = new Params(ctx);
    Params.DayRange days = p.dayRange();
    Filters f = new Filters(p.text("q"), p.text("entity"), p.mentionType("type"), p.text("source"),
        days.fromText(), days.toText());
    int offset = p.integer("offset", 0, 0, MAX_DEPTH);
    int limit = p.integer("limit", 10, 1, 100);
    if (offset + limit > MAX_DEPTH) {
      throw BadRequest.invalid("offset + limit must be at most " + MAX_DEPTH);
    }
    SearchQuery query = new SearchQuery(f.q(), f.entity(), f.type(), f.source(), days.from(), days.to(), offset + limit + 1);
    List<SearchHit> hits = store.index().search(query);
    List<Hit> page = hits.subList(Math.min(offset, hits.size()), Math.min(offset + limit, hits.size())).stream()
        .map(h -> new Hit(h.docId(), h.title(), h.source(), h.published(), h.score(), Snippet.parts(h.snippet())))
        .toList();
    List<EntityHit> entities = f.q() != null && offset == 0 ? store.index().searchEntities(f.q(), 8) : List.of();
    ctx.json(new Result(f, offset, limit, hits.size() > offset + limit, page, entities));
  }

  void entities(Context ctx) {
    Params p = new Params(ctx);
    ctx.json(store.index().searchEntities(p.requiredText("q"), p.integer("limit", 10, 1, 100)));
  }
}
