package org.rasd.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.nlp.eval.GoldDocument;
import org.rasd.nlp.eval.GoldReader;
import org.rasd.nlp.eval.GoldRelation;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;
import org.rasd.store.db.Database;
import org.rasd.store.db.DocumentStore;
import org.rasd.store.db.FactStore;
import org.rasd.store.db.RelationClaim;
import org.rasd.store.db.RelationFact;

/**
 * Cross-document facts from Spark equal the single-machine store's on the shared articles: every
 * annotated relation stated by each article and again by a second report of it (one fact, two
 * sources), plus a denial of one of them (a conflicting claim kept beside the assertion).
 *
 * <p>The claims come from the articles' gold relations, each anchored at the span of its subject in
 * the original text, so that repeats and denials are certain to occur; {@code ExtractionJobTest}
 * checks the same against the store on the pipeline's own relations.
 */
class RelationFactsTest {

  private static final Path SHARED = Path.of(System.getProperty("rasd.shared", "../shared"));

  @TempDir Path dir;

  @Test
  void sparkAccumulatesFactsAsTheStoreDoes() throws IOException {
    List<AnnotatedDocument> docs = new ArrayList<>();
    List<RelationClaim> claims = new ArrayList<>();
    for (Path goldFile : goldFiles()) {
      GoldDocument gold = GoldReader.read(goldFile);
      String text = Files.readString(GoldReader.articleFor(goldFile));
      List<Mention> ends = new ArrayList<>();
      List<GoldRelation> located = new ArrayList<>();
      for (GoldRelation r : gold.relations()) {
        Mention from = endMention(text, r.from());
        Mention to = endMention(text, r.to());
        if (from != null && to != null) {
          ends.add(from);
          ends.add(to);
          located.add(r);
        }
      }
      if (located.isEmpty()) {
        continue;
      }
      // The article and a second report of it (another text: another document id, same claims).
      for (String report : List.of(text, text + "\n(نقلاً عن المصدر)")) {
        Article article = Article.ofText(gold.id(), report, goldFile.toString());
        // The store needs the text and the resolved mentions (its entities), not the analysis.
        docs.add(new AnnotatedDocument(article, List.of(), List.of(), distinct(ends)));
        String docId = DocumentStore.contentId(report);
        for (GoldRelation r : located) {
          claims.add(claim(r, text, docId, "asserted"));
        }
      }
      // One outlet denies the first relation: a conflicting claim, not another source.
      claims.add(claim(located.get(0), text, DocumentStore.contentId(text), "denied"));
    }

    Map<String, Fact> fromStore = viaStore(docs, claims);
    Map<String, Fact> fromSpark = viaSpark(claims);

    assertThat(claims).hasSizeGreaterThan(10);
    assertThat(fromSpark).isEqualTo(fromStore);
    assertThat(fromSpark.values()).anyMatch(f -> f.modality().equals("asserted") && f.sources().size() == 2);
    assertThat(fromSpark.values()).anyMatch(f -> f.modality().equals("denied") && f.sources().size() == 1);
  }

  /** A fact as both sides report it; sources as "doc:start-end:according to". */
  record Fact(String type, String from, String to, String time, String modality, TreeSet<String> sources) {}

  /** Fact id → fact, from the store's own tables. */
  private Map<String, Fact> viaStore(List<AnnotatedDocument> docs, List<RelationClaim> claims) {
    Database db = Database.embedded(dir);
    new DocumentStore(db).save(docs);
    FactStore store = new FactStore(db);
    assertThat(store.save(claims).rejected()).isEmpty();
    Map<String, Fact> facts = new TreeMap<>();
    for (RelationClaim c : claims) {
      for (RelationFact f : store.factsAbout(c.fromEntity())) {
        TreeSet<String> sources = new TreeSet<>();
        f.sources().forEach(s -> sources.add(source(s.docId(), s.start(), s.end(), s.accordingToText())));
        facts.put(f.id(), new Fact(f.type(), f.fromEntity(), f.toEntity(), f.timeValue(), f.modality(), sources));
      }
    }
    return facts;
  }

  private static Map<String, Fact> viaSpark(List<RelationClaim> claims) {
    List<Row> rows = claims.stream()
        .map(c -> RowFactory.create(c.type(), c.fromEntity(), c.toEntity(), c.timeValue(), c.timePrecision(),
            c.modality(), c.docId(), c.start(), c.end(), c.accordingTo(), c.accordingToText()))
        .toList();
    Dataset<Row> claimFrame = LocalSpark.session().createDataFrame(rows, Schemas.RELATION_CLAIMS);
    Map<String, Fact> facts = new TreeMap<>();
    for (Row f : RelationFacts.accumulate(claimFrame).collectAsList()) {
      TreeSet<String> sources = new TreeSet<>();
      for (Row s : f.<Row>getList(7)) {
        sources.add(source(s.getString(0), s.getInt(1), s.getInt(2), s.getString(4)));
      }
      facts.put(f.getString(0), new Fact(f.getString(1), f.getString(2), f.getString(3), f.getString(4),
          f.getString(6), sources));
    }
    return facts;
  }

  private static String source(String docId, int start, int end, String accordingTo) {
    return docId + ":" + start + "-" + end + ":" + accordingTo;
  }

  private static RelationClaim claim(GoldRelation r, String text, String docId, String modality) {
    int start = text.indexOf(r.from());
    return new RelationClaim(r.type(), entityId(r.from()), entityId(r.to()), null, null, modality, docId, start,
        start + r.from().length(), null, r.accordingTo());
  }

  /** A resolved mention at the first occurrence of a relation end, or null when not verbatim. */
  private static Mention endMention(String text, String surface) {
    int start = text.indexOf(surface);
    if (start < 0) {
      return null;
    }
    Resolution resolution = new Resolution(entityId(surface), surface, null, 1.0, false, null);
    return new Mention(start, start + surface.length(), surface, "MISC", 1.0, "gold", resolution);
  }

  private static List<Mention> distinct(List<Mention> mentions) {
    Map<String, Mention> bySpan = new LinkedHashMap<>();
    mentions.forEach(m -> bySpan.putIfAbsent(m.start() + "-" + m.end(), m));
    return List.copyOf(bySpan.values());
  }

  private static String entityId(String surface) {
    return "gold:" + surface;
  }

  private static List<Path> goldFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(SHARED.resolve("examples/orient-ghouta-militias.gold.json"));
    try (Stream<Path> dev = Files.list(SHARED.resolve("examples/dev"))) {
      dev.filter(p -> p.toString().endsWith(GoldReader.SUFFIX)).sorted().forEach(files::add);
    }
    return files;
  }
}
