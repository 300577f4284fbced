package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.nlp.knowledge.places.Geocoder;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.store.db.BatchWriter;
import org.rasd.store.db.EventFilter;
import org.rasd.store.db.StoredEvent;
import org.rasd.store.export.AcledCsvExport;
import org.rasd.store.export.Exporter.Format;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every export of a store holding the reference article (gold entity names as mentions, places
 * geocoded with the shipped gazetteer, gold events and relations as claims), parsed back with an
 * independent reader.
 */
class ExportTest {

  private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

  @TempDir static Path dir;
  private static Store store;
  private static List<StoredEvent> events;
  private static String refText;

  @BeforeAll
  static void storeTheReferenceArticle() {
    AnnotatedDocument ref = Geocoder.shipped().link(Fixtures.reference());
    refText = ref.text();
    GoldClaims gold = new GoldClaims(Fixtures.EXAMPLES, "orient-ghouta-militias", ref);
    store = Store.open(dir);
    BatchWriter.Report report = store.ingest(List.of(ref), Claims.events(ref, gold.events),
        Claims.relations(ref, gold.relations));
    assertThat(report.events().rejected()).isEmpty();
    assertThat(report.relations().rejected()).isEmpty();
    events = store.events().find(EventFilter.ALL);
    assertThat(events).hasSizeGreaterThanOrEqualTo(10);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static String export(Format format, EventFilter filter) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.exporter().write(store, filter, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvHasAcledColumnsAByteOrderMarkAndOneParsableRowPerEvent() throws Exception {
    String csv = export(Format.CSV, EventFilter.ALL);

    assertThat(csv).startsWith("\uFEFFevent_id_cnty,event_date,year,");
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv.substring(1)))) {
      assertThat(parser.getHeaderNames()).isEqualTo(AcledCsvExport.COLUMNS);
      List<CSVRecord> rows = parser.getRecords();
      assertThat(rows).hasSize(events.size()).allSatisfy(r -> assertThat(r.size()).isEqualTo(31));
      CSVRecord clash = rows.stream().filter(r -> r.get("notes").contains("المواجهات")
          && r.get("event_type").equals("Battles")).findFirst().orElseThrow();
      assertThat(clash.get("disorder_type")).isEqualTo("Political violence");
      assertThat(clash.get("sub_event_type")).isEqualTo("Armed clash");
      assertThat(clash.get("actor1")).isEqualTo("Jaysh al-Islam");
      assertThat(clash.get("actor2")).isEqualTo("Jaysh al-Fustat");
      assertThat(clash.get("assoc_actor_2")).isEqualTo("Faylaq al-Rahman");
      assertThat(clash.get("source")).isEqualTo("Orient Net");
      assertThat(clash.get("year")).isEqualTo("2016");
      assertThat(clash.get("time_precision")).isEqualTo("3");
      assertThat(clash.get("country")).isEqualTo("Syria");
      assertThat(Double.parseDouble(clash.get("latitude"))).isBetween(33.0, 34.0);
      assertThat(clash.get("event_id_cnty")).startsWith("SYR");
      // Notes keep the Arabic sentence whole, commas and quotes included, through the quoting.
      assertThat(refText).contains(clash.get("notes"));
    }
  }

  @Test
  void geoJsonIsAFeatureCollectionOfPointsInSyriaWithLongitudeFirst() throws Exception {
    JsonNode geo = new ObjectMapper().readTree(export(Format.GEOJSON, EventFilter.ALL));

    assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
    JsonNode features = geo.path("features");
    long located = events.stream().filter(e -> e.locationEntity() != null
        && store.entities().find(e.locationEntity()).orElseThrow().lat() != null).count();
    assertThat(features.size()).isEqualTo((int) located).isPositive();
    for (JsonNode f : features) {
      assertThat(f.path("type").asText()).isEqualTo("Feature");
      assertThat(f.path("geometry").path("type").asText()).isEqualTo("Point");
      JsonNode c = f.path("geometry").path("coordinates");
      assertThat(c.size()).isEqualTo(2);
      assertThat(c.get(0).asDouble()).isBetween(35.5, 42.5);
      assertThat(c.get(1).asDouble()).isBetween(32.0, 37.5);
      assertThat(f.path("properties").path("event_type").asText()).isNotEmpty();
      assertThat(f.path("properties").path("sources").get(0).path("outlet").asText()).isEqualTo("Orient Net");
    }
  }

  @Test
  void jsonLinesHaveOneEventPerLineWithOffsetsIntoTheOriginalText() throws Exception {
    String[] lines = export(Format.JSONL, EventFilter.ALL).split("\n");

    assertThat(lines).hasSize(events.size());
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode source = json.readTree(line).path("sources").get(0);
      JsonNode trigger = source.path("trigger");
      assertThat(refText.substring(trigger.path("start").asInt(), trigger.path("end").asInt()))
          .isEqualTo(trigger.path("text").asText());
      assertThat(source.path("sentence").path("text").asText()).contains(trigger.path("text").asText());
    }
  }

  @Test
  void filtersSelectEventsByTypeAndEntity() throws Exception {
    String battles = export(Format.JSONL, new EventFilter(null, null, "Battles", null));
    long expected = events.stream().filter(e -> e.acledType().equals("Battles")).count();

    assertThat(battles.lines()).hasSize((int) expected).allMatch(l -> l.contains("\"event_type\":\"Battles\""));
    String jaysh = GeneratedCorpus.entityId("Jaysh al-Islam");
    assertThat(export(Format.JSONL, new EventFilter(null, null, null, jaysh)).lines())
        .isNotEmpty().allMatch(l -> l.contains(jaysh));
    assertThat(export(Format.JSONL, new EventFilter("2017-01-01", null, null, null))).isEmpty();
  }

  @Test
  void documentsAreOneLineEachWithMentionsPointingIntoTheirText() throws Exception {
    String[] lines = export(Format.DOCUMENTS, EventFilter.ALL).split("\n");

    assertThat(lines).hasSize(1);
    JsonNode doc = new ObjectMapper().readTree(lines[0]);
    assertThat(doc.path("text").asText()).isEqualTo(refText);
    assertThat(doc.path("source").asText()).isEqualTo("Orient Net");
    JsonNode mentions = doc.path("mentions");
    assertThat(mentions.size()).isGreaterThan(20);
    for (JsonNode m : mentions) {
      assertThat(refText.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo(m.path("text").asText());
    }
    assertThat(export(Format.DOCUMENTS, new EventFilter("2017-01-01", null, null, null))).isEmpty();
    assertThat(export(Format.DOCUMENTS, new EventFilter(null, null, null, GeneratedCorpus.entityId("Jaysh al-Islam"))))
        .isNotEmpty();
  }

  @Test
  void graphMlIsWellFormedWithEveryEdgeBetweenDeclaredNodes() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(export(Format.GRAPHML,
        EventFilter.ALL))));

    Element root = xml.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("graphml");
    assertThat(root.getNamespaceURI()).isEqualTo(GRAPHML_NS);
    Set<String> keys = ids(xml.getElementsByTagNameNS(GRAPHML_NS, "key"), "id");
    Set<String> nodes = ids(xml.getElementsByTagNameNS(GRAPHML_NS, "node"), "id");
    NodeList edges = xml.getElementsByTagNameNS(GRAPHML_NS, "edge");
    assertThat(edges.getLength()).isGreaterThan(10);
    boolean leaderEdge = false;
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      assertThat(nodes).contains(e.getAttribute("source"), e.getAttribute("target"));
      leaderEdge |= e.getAttribute("source").equals(GeneratedCorpus.entityId("Abdullah al-Shaibani"))
          && e.getAttribute("target").equals(GeneratedCorpus.entityId("Liwa Asad Allah al-Ghalib"))
          && e.getTextContent().contains("LEADER_OF");
    }
    assertThat(leaderEdge).isTrue();
    NodeList data = xml.getElementsByTagNameNS(GRAPHML_NS, "data");
    for (int i = 0; i < data.getLength(); i++) {
      assertThat(keys).contains(((Element) data.item(i)).getAttribute("key"));
    }
    assertThat(xml.getElementsByTagNameNS(GRAPHML_NS, "graph").item(0).getAttributes()
        .getNamedItem("edgedefault").getNodeValue()).isEqualTo("directed");
  }

  private static Set<String> ids(NodeList list, String attribute) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < list.getLength(); i++) {
      assertThat(out.add(((Element) list.item(i)).getAttribute(attribute))).as("unique " + attribute).isTrue();
    }
    return out;
  }
}
