package org.rasd.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rasd.nlp.knowledge.actors.ActorKnowledgeBase;
import org.rasd.nlp.knowledge.actors.ActorLinker;
import org.rasd.nlp.knowledge.places.Geocoder;
import org.rasd.nlp.facts.FactExtractor;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;
import org.rasd.nlp.text.ArabicTextAnalyzer;
import org.rasd.store.Store;
import org.rasd.store.db.RelationClaim;
import org.rasd.store.db.SaveOutcome;

/**
 * A store for server tests: the project's reference article (read from the shared examples) with
 * its gold entity names as mentions, resolved by the real actor linker and geocoder, and its gold
 * relations as facts; plus an article whose title, text and one entity name carry script payloads.
 * The gold names stand in for the recogniser so that the UI is tested on complete annotations.
 */
final class TestStore {

  static final Path EXAMPLES = Path.of(System.getProperty("rasd.shared", "../shared"), "examples");
  static final String REFERENCE_TITLE = "على وقع الاقتتال بالغوطة ..ميليشيات تندمج وإيران تمهد لاقتحامها";

  static final String XSS_TITLE = "<script>window.__xss = 1</script>جيش الإسلام <img src=x onerror=\"window.__xss = 2\">";
  static final String XSS_PAYLOAD = "<img src=x onerror=\"window.__xss = 3\">";
  static final String XSS_TEXT = XSS_TITLE + "\nقال متحدث باسم جيش الإسلام إن " + XSS_PAYLOAD
      + " <script>window.__xss = 4</script> ليس اسماً لأحد.\n";

  private TestStore() {}

  /** Opens a store in {@code dir} holding the reference article and the script-payload article. */
  static Store create(Path dir) {
    Store store = Store.open(dir);
    AnnotatedDocument reference = reference();
    List<SaveOutcome> outcomes = store.ingest(List.of(reference, xssArticle(reference)));
    if (!outcomes.stream().allMatch(SaveOutcome::stored)) {
      throw new IllegalStateException("test store: " + outcomes);
    }
    var report = store.facts().save(relations(reference, outcomes.get(0).docId()));
    if (report.newFacts() == 0) {
      throw new IllegalStateException("test store: no relation stored: " + report.rejected());
    }
    return store;
  }

  static String referenceText() {
    try {
      return Files.readString(EXAMPLES.resolve("orient-ghouta-militias.ar.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode gold() {
    try {
      return new ObjectMapper().readTree(EXAMPLES.resolve("orient-ghouta-militias.gold.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AnnotatedDocument reference() {
    String text = referenceText();
    List<Mention> found = new ArrayList<>();
    for (JsonNode e : gold().get("entities")) {
      List<String> surfaces = new ArrayList<>(List.of(e.get("text").asText()));
      e.path("aliases_in_text").forEach(a -> surfaces.add(a.asText()));
      for (String s : surfaces) {
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
          found.add(new Mention(at, at + s.length(), s, e.get("type").asText(), 0.9, "gold", null));
        }
      }
    }
    // Longest first at each position, then drop mentions inside an earlier one ("دمشق" in "ريف دمشق").
    found.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
    List<Mention> mentions = new ArrayList<>();
    int end = 0;
    for (Mention m : found) {
      if (m.start() >= end) {
        mentions.add(m);
        end = m.end();
      }
    }
    Article a = new Article("orient-ghouta-militias", null, REFERENCE_TITLE, "Orient Net", "2016-05", "ar", text,
        "orient-ghouta-militias.ar.txt");
    // gold mentions on the real text layer, linked, then the real event and relation extractor
    AnnotatedDocument doc = new ArabicTextAnalyzer().analyze(a).withMentions(mentions);
    doc = new ActorLinker(ActorKnowledgeBase.loadDefault()).link(doc);
    return FactExtractor.standard().extract(Geocoder.shipped().link(doc));
  }

  /** The payload article: "جيش الإسلام" resolved like in the reference, the payload as an entity name. */
  private static AnnotatedDocument xssArticle(AnnotatedDocument reference) {
    Resolution jaysh = reference.mentions().stream().filter(m -> m.text().equals("جيش الإسلام") && m.resolution() != null)
        .findFirst().orElseThrow().resolution();
    List<Mention> mentions = new ArrayList<>();
    String name = "جيش الإسلام";
    for (int at = XSS_TEXT.indexOf(name); at >= 0; at = XSS_TEXT.indexOf(name, at + 1)) {
      mentions.add(new Mention(at, at + name.length(), name, "ARMED_GROUP", 0.9, "test", jaysh));
    }
    int p = XSS_TEXT.indexOf(XSS_PAYLOAD);
    mentions.add(new Mention(p, p + XSS_PAYLOAD.length(), XSS_PAYLOAD, "PERSON", 0.5, "test",
        new Resolution("provisional:xss", XSS_PAYLOAD, null, 0.5, true, null)));
    mentions.sort(Comparator.comparingInt(Mention::start));
    Article a = new Article("xss", null, XSS_TITLE, "Test <b>Outlet</b>", "2020-01-02", "ar", XSS_TEXT, "xss-test");
    return new AnnotatedDocument(a, List.of(), List.of(), mentions);
  }

  /** The gold relations whose two ends were resolved, each stated by the closest pair of their mentions. */
  private static List<RelationClaim> relations(AnnotatedDocument doc, String docId) {
    Map<String, List<Mention>> bySurface = doc.mentions().stream().filter(m -> m.resolution() != null)
        .collect(Collectors.groupingBy(Mention::text));
    List<RelationClaim> claims = new ArrayList<>();
    for (JsonNode r : gold().get("relations")) {
      List<Mention> from = bySurface.getOrDefault(r.get("from").asText(), List.of());
      List<Mention> to = bySurface.getOrDefault(r.get("to").asText(), List.of());
      Mention bestFrom = null;
      Mention bestTo = null;
      for (Mention f : from) {
        for (Mention t : to) {
          if (bestFrom == null || span(f, t) < span(bestFrom, bestTo)) {
            bestFrom = f;
            bestTo = t;
          }
        }
      }
      if (bestFrom != null && !bestFrom.resolution().id().equals(bestTo.resolution().id())) {
        claims.add(new RelationClaim(r.get("type").asText(), bestFrom.resolution().id(), bestTo.resolution().id(),
            null, null, "asserted", docId, Math.min(bestFrom.start(), bestTo.start()),
            Math.max(bestFrom.end(), bestTo.end()), null, null));
      }
    }
    return claims;
  }

  private static int span(Mention a, Mention b) {
    return Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
  }
}
