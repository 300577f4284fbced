package org.rasd.server;

import io.javalin.http.Context;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.store.Store;
import org.rasd.store.db.EntityRecord;
import org.rasd.store.db.RelationFact;

/**
 * {@code /api/graph?id=…&depth=1|2}: the entities within {@code depth} relation facts of one
 * entity, as nodes and edges (one edge per fact, counting its sources), at most {@code limit} nodes.
 */
final class GraphApi {

  record Node(String id, String type, String nameAr, String nameEn, int depth) {}

  record Edge(String id, String type, String source, String target, String modality, String timeValue, int sources) {}

  record Graph(String center, int depth, boolean truncated, List<Node> nodes, List<Edge> edges) {}

  private final Store store;

  GraphApi(Store store) {
    this.store = store;
  }

  void neighbourhood(Context ctx) {
    Params p = new Params(ctx);
    String center = p.requiredText("id");
    int maxDepth = p.integer("depth", 1, 1, 2);
    int limit = p.integer("limit", 60, 2, 200);
    if (store.entities().find(center).isEmpty()) {
      throw BadRequest.notFound("no entity with id " + center);
    }
    Map<String, Integer> depthOf = new LinkedHashMap<>();
    Map<String, Edge> edges = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(center));
    depthOf.put(center, 0);
    boolean truncated = false;
    while (!queue.isEmpty()) {
      String id = queue.removeFirst();
      int d = depthOf.get(id);
      for (RelationFact f : store.facts().factsAbout(id)) {
        String other = f.fromEntity().equals(id) ? f.toEntity() : f.fromEntity();
        if (!depthOf.containsKey(other)) {
          if (depthOf.size() >= limit) {
            truncated = true;
            continue;
          }
          depthOf.put(other, d + 1);
          if (d + 1 < maxDepth) {
            queue.addLast(other);
          }
        }
        edges.putIfAbsent(f.id(), new Edge(f.id(), f.type(), f.fromEntity(), f.toEntity(), f.modality(),
            f.timeValue(), f.sources().size()));
      }
    }
    List<Node> nodes = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>(depthOf.keySet());
    for (EntityRecord e : store.entities().find(ids)) {
      nodes.add(new Node(e.id(), e.type(), e.nameAr(), e.nameEn(), depthOf.get(e.id())));
    }
    ctx.json(new Graph(center, maxDepth, truncated, nodes, List.copyOf(edges.values())));
  }
}
