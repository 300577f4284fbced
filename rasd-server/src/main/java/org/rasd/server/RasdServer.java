package org.rasd.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rasd.nlp.facts.OntologyTypes;
import org.rasd.store.Store;

/**
 * The HTTP API ({@code /api/…}, JSON) and the web UI (static pages from {@code /web} on the class
 * path, front-end libraries from WebJars) over one open {@link Store}. Binds the loopback address
 * unless told otherwise. See docs/api.md.
 */
public final class RasdServer implements AutoCloseable {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8717;

  /** Sent with every response: no inline or foreign script may run, whatever a page contains. */
  static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy",
      "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
          + " img-src 'self' data: https://tile.openstreetmap.org; style-src 'self' 'unsafe-inline'",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY");

  private final Javalin app;

  private RasdServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving the store on host:port (port 0 picks a free one). The caller keeps the store open. */
  public static RasdServer start(Store store, String host, int port) {
    Javalin app = Javalin.create(cfg -> configure(cfg, store, host, port));
    app.start();
    return new RasdServer(app);
  }

  private static void configure(JavalinConfig cfg, Store store, String host, int port) {
    cfg.jetty.host = host;
    cfg.jetty.port = port;
    cfg.startup.showJavalinBanner = false;
    cfg.jsonMapper(new JavalinJackson(
        new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE), false));
    cfg.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/web";
      files.location = Location.CLASSPATH;
      files.headers = SECURITY_HEADERS;
    });
    cfg.staticFiles.enableWebjars();

    StoreQueries queries = new StoreQueries(store.database());
    DocumentApi documents = new DocumentApi(store, queries);
    SearchApi search = new SearchApi(store);
    EntityApi entities = new EntityApi(store, queries);
    GraphApi graph = new GraphApi(store);
    EventApi events = new EventApi(store.events());

    cfg.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
    cfg.routes.get("/api/health", ctx -> health(ctx, store));
    cfg.routes.get("/api/documents", documents::list);
    cfg.routes.get("/api/documents/{id}", documents::get);
    cfg.routes.get("/api/search", search::search);
    cfg.routes.get("/api/entities", search::entities);
    cfg.routes.get("/api/entity", entities::get);
    cfg.routes.get("/api/names", entities::names);
    cfg.routes.get("/api/events", events::list);
    cfg.routes.get("/api/event-types", ctx -> ctx.json(OntologyTypes.ACLED));
    cfg.routes.get("/api/graph", graph::neighbourhood);
    cfg.routes.get("/api/places", ctx -> ctx.json(queries.places(new Params(ctx).integer("limit", 500, 1, 5000))));
    cfg.routes.get("/api/timeline", ctx -> timeline(ctx, queries));
    cfg.routes.get("/api/sources", ctx -> ctx.json(queries.outlets()));

    cfg.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    // The search parser's complaint about a malformed query names the query and the problem.
    cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    cfg.routes.exception(Exception.class, (e, ctx) -> {
      System.err.println("rasd serve: error: " + ctx.method() + " " + ctx.path() + ": " + e);
      error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
    });
    cfg.routes.error(404, ctx -> {
      // Unknown endpoints get a JSON error too; a 404 the API itself answered is already JSON.
      if (ctx.path().startsWith("/api/") && !String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
        error(ctx, 404, "no such endpoint: " + ctx.path());
      }
    });
  }

  private static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", message);
    ctx.status(status).json(body);
  }

  private static void health(Context ctx, Store store) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("documents", store.documents().count());
    body.put("indexed_documents", store.index().documentCount());
    ctx.json(body);
  }

  private static void timeline(Context ctx, StoreQueries queries) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("periods", queries.timeline());
    body.put("undated", queries.undatedDocuments());
    ctx.json(body);
  }

  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url(String host) {
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
  }
}
