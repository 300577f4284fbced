package org.rasd.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.store.Store;

/** The JSON API over a store holding the reference article and a script-payload article. */
class ApiTest {

  @TempDir static Path dir;
  private static Store store;
  private static RasdServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    store = TestStore.create(dir);
    server = RasdServer.start(store, RasdServer.DEFAULT_HOST, 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode ok(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return json.readTree(r.body());
  }

  private JsonNode error(String pathAndQuery, int status) throws IOException, InterruptedException {
    HttpResponse<String> r = get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery + " → " + r.body()).isEqualTo(status);
    JsonNode body = json.readTree(r.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    return body;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String referenceId() throws IOException, InterruptedException {
    return ok("/api/search?q=" + enc("الغوطه الشرقيه")).get("items").get(0).get("doc_id").asText();
  }

  private String entityId(String nameAr) throws IOException, InterruptedException {
    for (JsonNode e : ok("/api/documents/" + referenceId()).get("entities")) {
      if (nameAr.equals(e.get("name_ar").asText())) {
        return e.get("id").asText();
      }
    }
    throw new AssertionError("no entity named " + nameAr);
  }

  @Test
  void healthCountsTheDocuments() throws Exception {
    JsonNode h = ok("/api/health");
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("documents").asInt()).isEqualTo(2);
    assertThat(h.get("indexed_documents").asInt()).isEqualTo(2);
  }

  @Test
  void arabicSearchFindsTheArticleWithMarkedSnippetParts() throws Exception {
    JsonNode r = ok("/api/search?q=" + enc("بالغوطة"));
    assertThat(r.get("items")).hasSize(1);
    JsonNode hit = r.get("items").get(0);
    assertThat(hit.get("title").asText()).isEqualTo(TestStore.REFERENCE_TITLE);
    assertThat(hit.get("source").asText()).isEqualTo("Orient Net");
    List<String> marked = new ArrayList<>();
    hit.get("snippet").forEach(p -> {
      if (p.get("match").asBoolean()) {
        marked.add(p.get("text").asText());
      }
    });
    assertThat(marked).isNotEmpty().allMatch(t -> t.contains("غوطة"));
  }

  @Test
  void anActorNameFindsBothArticlesAndTheActorItself() throws Exception {
    JsonNode r = ok("/api/search?q=" + enc("جيش الإسلام"));
    assertThat(r.get("items")).hasSize(2);
    assertThat(r.get("entities").get(0).get("name_ar").asText()).isEqualTo("جيش الإسلام");
    // Latin names find the same actor.
    JsonNode latin = ok("/api/entities?q=" + enc("Jaysh al-Islam"));
    assertThat(latin.get(0).get("id").asText()).isEqualTo(r.get("entities").get(0).get("id").asText());
  }

  @Test
  void eventsAreListedWithTheirSourcesAndFiltered() throws Exception {
    JsonNode all = ok("/api/events?limit=500");
    assertThat(all.get("total").asInt()).isGreaterThan(5);
    JsonNode battles = ok("/api/events?type=Battles&limit=500");
    assertThat(battles.get("items")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("acled_type").asText()).isEqualTo("Battles"));
    assertThat(battles.get("total").asInt()).isLessThan(all.get("total").asInt());
    String jaysh = entityId("جيش الإسلام");
    JsonNode his = ok("/api/events?entity=" + enc(jaysh));
    assertThat(his.get("items")).isNotEmpty().allSatisfy(e ->
        assertThat(e.get("actors").toString() + e.get("targets")).contains(jaysh));
    JsonNode source = his.get("items").get(0).get("sources").get(0);
    String text = TestStore.referenceText();
    assertThat(text.substring(source.get("trigger_start").asInt(), source.get("trigger_end").asInt())).isNotBlank();
    assertThat(ok("/api/events?limit=1").get("items")).hasSize(1);
    assertThat(error("/api/events?from=2016-13", 400).get("error").asText()).contains("from");
    assertThat(error("/api/events?limit=0", 400).get("error").asText()).contains("limit");
  }

  @Test
  void namesAreLookedUpInBatchesAndTheEventTypesComeFromTheOntology() throws Exception {
    String jaysh = entityId("جيش الإسلام");
    String place = entityId("دير العصافير");
    JsonNode names = ok("/api/names?id=" + enc(jaysh) + "&id=" + enc(place) + "&id=no-such-entity&id=" + enc(jaysh));
    assertThat(names).hasSize(2);
    assertThat(names.get(0).get("name_ar").asText()).isEqualTo("جيش الإسلام");
    assertThat(names.get(1).get("lat").isNumber()).isTrue();
    assertThat(error("/api/names", 400).get("error").asText()).contains("'id'", "required");
    StringBuilder many = new StringBuilder("/api/names?id=x0");
    for (int i = 1; i <= 500; i++) {
      many.append("&id=x").append(i);
    }
    assertThat(error(many.toString(), 400).get("error").asText()).contains("at most 500");

    JsonNode types = ok("/api/event-types");
    assertThat(types.get("Battles")).extracting(JsonNode::asText).contains("Armed clash");
    assertThat(types.size()).isEqualTo(6);
  }

  @Test
  void filtersNarrowTheResults() throws Exception {
    String q = "/api/search?q=" + enc("جيش الإسلام");
    assertThat(ok(q + "&source=" + enc("Orient Net")).get("items")).hasSize(1);
    assertThat(ok(q + "&from=2016-05&to=2016-05").get("items")).hasSize(1);
    assertThat(ok(q + "&from=2017").get("items")).hasSize(1);
    assertThat(ok(q + "&to=2015").get("items")).isEmpty();
    assertThat(ok(q + "&type=TOWN").get("items")).hasSize(1);
    assertThat(ok("/api/search?entity=" + enc(entityId("دير العصافير"))).get("items")).hasSize(1);
  }

  @Test
  void pagesSayWhetherMoreFollow() throws Exception {
    JsonNode first = ok("/api/search?q=" + enc("جيش الإسلام") + "&limit=1");
    JsonNode second = ok("/api/search?q=" + enc("جيش الإسلام") + "&limit=1&offset=1");
    assertThat(first.get("has_more").asBoolean()).isTrue();
    assertThat(second.get("has_more").asBoolean()).isFalse();
    assertThat(second.get("items").get(0).get("doc_id")).isNotEqualTo(first.get("items").get(0).get("doc_id"));
    assertThat(ok("/api/documents?limit=1").get("items").get(0).get("published").asText()).isEqualTo("2020-01-02");
  }

  @Test
  void aDocumentComesWithItsTextAndMentionsAtTheirOffsets() throws Exception {
    JsonNode d = ok("/api/documents/" + referenceId());
    String text = d.get("document").get("text").asText();
    assertThat(text).isEqualTo(TestStore.referenceText());
    assertThat(d.get("mentions").size()).isGreaterThan(30);
    for (JsonNode m : d.get("mentions")) {
      assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
    }
    assertThat(d.get("entities").findValuesAsText("name_ar")).contains("جيش الإسلام", "دير العصافير");
    assertThat(d.get("facts").findValuesAsText("type")).contains("LEADER_OF", "MERGED_WITH");
    for (JsonNode f : d.get("facts")) {
      assertThat(f.get("end").asInt()).isGreaterThan(f.get("start").asInt()).isLessThanOrEqualTo(text.length());
    }
  }

  @Test
  void anEntityHasNamesDocumentsAndFactsWithTheirWords() throws Exception {
    JsonNode e = ok("/api/entity?id=" + enc(entityId("دير العصافير")));
    assertThat(e.get("entity").get("lat").asDouble()).isBetween(33.0, 34.0);
    assertThat(e.get("entity").get("lon").asDouble()).isBetween(36.0, 37.0);
    assertThat(e.get("mention_count").asInt()).isPositive();
    assertThat(e.get("documents").get(0).get("title").asText()).isEqualTo(TestStore.REFERENCE_TITLE);

    JsonNode group = ok("/api/entity?id=" + enc(entityId("لواء ذو الفقار")));
    JsonNode facts = group.get("facts");
    assertThat(facts.findValuesAsText("type")).contains("MERGED_WITH", "LEADER_OF");
    JsonNode source = facts.get(0).get("sources").get(0);
    String text = TestStore.referenceText();
    assertThat(source.get("quote").asText())
        .isEqualTo(text.substring(source.get("start").asInt(), source.get("end").asInt()));
    assertThat(source.get("outlet").asText()).isEqualTo("Orient Net");
  }

  @Test
  void theGraphHoldsTheNeighboursOfAnEntity() throws Exception {
    String center = entityId("لواء ذو الفقار");
    JsonNode g = ok("/api/graph?id=" + enc(center));
    assertThat(g.get("nodes").findValuesAsText("name_ar")).contains("لواء ذو الفقار", "أبو شهد الجبوري");
    assertThat(g.get("edges")).allMatch(edge -> edge.get("source").asText().equals(center)
        || edge.get("target").asText().equals(center));
    JsonNode wider = ok("/api/graph?id=" + enc(center) + "&depth=2");
    assertThat(wider.get("nodes").size()).isGreaterThan(g.get("nodes").size());
  }

  @Test
  void placesTimelineAndSourcesAggregateTheStore() throws Exception {
    JsonNode places = ok("/api/places");
    assertThat(places.findValuesAsText("name_ar")).contains("دير العصافير");
    JsonNode timeline = ok("/api/timeline");
    assertThat(timeline.get("periods").findValuesAsText("period")).containsExactly("2016-05", "2020-01");
    assertThat(ok("/api/sources").findValuesAsText("source")).contains("Orient Net", "Test <b>Outlet</b>");
  }

  @Test
  void scriptPayloadsComeBackAsPlainData() throws Exception {
    JsonNode hit = ok("/api/search?q=" + enc("متحدث")).get("items").get(0);
    assertThat(hit.get("title").asText()).isEqualTo(TestStore.XSS_TITLE);
    JsonNode d = ok("/api/documents/" + hit.get("doc_id").asText());
    assertThat(d.get("document").get("text").asText()).isEqualTo(TestStore.XSS_TEXT);
    assertThat(d.get("entities").findValuesAsText("name_ar")).contains(TestStore.XSS_PAYLOAD);
  }

  @Test
  void badInputGetsAClearJsonError() throws Exception {
    assertThat(error("/api/search?limit=abc", 400).get("error").asText()).contains("'limit'", "whole number");
    assertThat(error("/api/search?limit=1000", 400).get("error").asText()).contains("between 1 and 100");
    assertThat(error("/api/search?from=2016-13-01", 400).get("error").asText()).contains("'from'");
    assertThat(error("/api/search?from=2017&to=2016", 400).get("error").asText()).contains("after");
    assertThat(error("/api/search?type=WIZARD", 400).get("error").asText()).contains("'type'");
    assertThat(error("/api/search?q=" + enc("\"unclosed"), 400).get("error").asText()).contains("cannot read the search");
    assertThat(error("/api/search?q=" + "x".repeat(600), 400).get("error").asText()).contains("longer than");
    assertThat(error("/api/documents/not-an-id", 400).get("error").asText()).contains("64");
    assertThat(error("/api/documents/" + "0".repeat(64), 404).get("error").asText()).contains("no document");
    assertThat(error("/api/entity", 400).get("error").asText()).contains("'id' is required");
    assertThat(error("/api/entity?id=actor:nobody", 404).get("error").asText()).contains("no entity");
    assertThat(error("/api/no-such-thing", 404).get("error").asText()).contains("no such endpoint");
  }

  @Test
  void pagesAndLibrariesAreServedWithAStrictContentPolicy() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("dir=\"rtl\"", "lang=\"ar\"");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode()).isEqualTo(200);
    assertThat(get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/data/governorates.geojson").body()).contains("دمشق");
  }
}
