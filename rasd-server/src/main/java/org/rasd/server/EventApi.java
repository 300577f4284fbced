package org.rasd.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasd.store.db.EventFilter;
import org.rasd.store.db.EventStore;
import org.rasd.store.db.StoredEvent;

/** {@code GET /api/events}: coded events (merged across documents) with their sources, filtered and paged. */
final class EventApi {

  private final EventStore events;

  EventApi(EventStore events) {
    this.events = events;
  }

  void list(Context ctx) {
    Params p = new Params(ctx);
    Params.DayRange days = p.dayRange();
    int offset = p.integer("offset", 0, 0, 100_000);
    int limit = p.integer("limit", 50, 1, 500);
    EventFilter filter = new EventFilter(days.fromText(), days.toText(), p.text("type"), p.text("entity"));
    List<StoredEvent> found = events.find(filter);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("offset", offset);
    body.put("limit", limit);
    body.put("total", found.size());
    body.put("items", found.subList(Math.min(offset, found.size()), Math.min(offset + limit, found.size())));
    ctx.json(body);
  }
}
