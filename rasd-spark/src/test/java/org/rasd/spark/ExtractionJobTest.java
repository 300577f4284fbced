package org.rasd.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.ingest.IngestError;
import org.rasd.ingest.IngestListener;
import org.rasd.ingest.Ingestor;
import org.rasd.ingest.InputFormat;
import org.rasd.ingest.SizeLimit;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.store.Claims;
import org.rasd.store.PostgresSchemas;
import org.rasd.store.Store;
import org.rasd.store.db.DocumentStore;
import org.rasd.store.db.EntityRecord;
import org.rasd.store.db.EventFilter;
import org.rasd.store.db.RelationClaim;
import org.rasd.store.db.RelationFact;

/**
 * The job in local mode on the shared Arabic articles (as text files and as JSON lines, with broken
 * inputs among them) gives what {@link Pipeline} gives when run directly on the same files.
 */
class ExtractionJobTest {

  private static final Path SHARED = Path.of(System.getProperty("rasd.shared", "../shared"));

  @TempDir static Path work;
  private static Path input;
  private static ExtractionJob.Summary summary;
  private static SparkSession spark;
  private static Map<String, AnnotatedDocument> direct;

  @BeforeAll
  static void runJob() throws IOException {
    input = Files.createDirectories(work.resolve("in"));
    List<Path> articles = sharedArticles();
    // The first half as text files, the second half as one JSON lines file (in a subdirectory) with a
    // broken line.
    int half = articles.size() / 2;
    for (Path article : articles.subList(0, half)) {
      Files.copy(article, input.resolve(article.getFileName()));
    }
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Path article : articles.subList(half, articles.size())) {
      ObjectNode node = json.createObjectNode();
      node.put("id", article.getFileName().toString());
      node.put("source", "shared examples");
      // Dated, so that relative dates resolve to days and events can merge.
      node.put("published", "2024-03-05");
      node.put("text", Files.readString(article));
      lines.add(json.writeValueAsString(node));
    }
    lines.add(2, "{\"id\": \"broken\", \"text\": ");
    Files.write(Files.createDirectories(input.resolve("more")).resolve("batch.jsonl"), lines, StandardCharsets.UTF_8);
    Files.write(input.resolve("not-really.txt.gz"), "plain text, not gzip".getBytes(StandardCharsets.UTF_8));

    spark = LocalSpark.session();
    summary = new ExtractionJob(spark, InputFormat.AUTO, 4).run(List.of(input.toString()), out().toString());
    direct = direct();
  }

  private static Path out() {
    return work.resolve("out");
  }

  private static List<Path> sharedArticles() throws IOException {
    try (Stream<Path> dev = Files.list(SHARED.resolve("examples/dev"))) {
      List<Path> all = new ArrayList<>(dev.filter(p -> p.toString().endsWith(".ar.txt")).sorted().toList());
      all.add(SHARED.resolve("examples/orient-ghouta-militias.ar.txt"));
      return all;
    }
  }

  /**
   * The single-machine result: the same inputs through rasd-ingest and the standard pipeline run
   * directly (the instance the local executor loaded, so the models are read once per test run).
   */
  private static Map<String, AnnotatedDocument> direct() {
    Pipeline pipeline = PipelineHolder.pipeline();
    Map<String, AnnotatedDocument> docs = new HashMap<>();
    new Ingestor(InputFormat.AUTO, SizeLimit.DEFAULT, false)
        .ingest(List.of(input.toString()), new IngestListener() {
          @Override
          public void article(Article article) {
            docs.put(article.id(), pipeline.process(article));
          }

          @Override
          public void error(IngestError error) {}
        });
    return docs;
  }

  @Test
  void writesTheSameDocumentsAsThePipelineRunDirectly() {
    Map<String, AnnotatedDocument> expected = direct;
    List<Row> rows = spark.read().parquet(out().resolve(ExtractionJob.DOCUMENTS).toString())
        .select("doc_id", "text", "sentence_count", "token_count", "mention_count").collectAsList();

    assertThat(expected).hasSize(11);
    assertThat(summary.documents()).isEqualTo(11);
    assertThat(rows).extracting(r -> r.getString(0)).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Row row : rows) {
      AnnotatedDocument doc = expected.get(row.getString(0));
      assertThat(row.getString(1)).isEqualTo(doc.text());
      assertThat(row.getInt(2)).as("sentences of %s", row.getString(0)).isEqualTo(doc.sentences().size());
      assertThat(row.getInt(3)).as("tokens of %s", row.getString(0)).isEqualTo(doc.tokens().size()).isPositive();
      assertThat(row.getInt(4)).as("mentions of %s", row.getString(0)).isEqualTo(doc.mentions().size());
    }
  }

  @Test
  void writesTheSameMentionSpansAsThePipelineRunDirectly() {
    Map<String, List<String>> expected = new HashMap<>();
    direct.forEach((id, doc) -> expected.put(id, doc.mentions().stream().map(ExtractionJobTest::key).toList()));
    Map<String, List<String>> actual = spark.read().parquet(out().resolve(ExtractionJob.MENTIONS).toString())
        .orderBy("doc_id", "ordinal").collectAsList().stream()
        .collect(Collectors.groupingBy(r -> r.getString(0),
            Collectors.mapping(r -> r.getInt(2) + "-" + r.getInt(3) + " " + r.getString(5) + " " + r.getString(4),
                Collectors.toList())));
    expected.values().removeIf(List::isEmpty);

    assertThat(expected).isNotEmpty();
    assertThat(actual).isEqualTo(expected);
    assertThat(summary.mentions()).isEqualTo(expected.values().stream().mapToLong(List::size).sum());
  }

  @Test
  void writesTheEventAndRelationClaimsTheStoreWouldWrite() {
    List<String> expectedEvents = new ArrayList<>();
    List<String> expectedRelations = new ArrayList<>();
    direct.values().forEach(doc -> {
      Claims.events(doc, doc.events()).forEach(e -> expectedEvents.add(doc.article().id() + " " + e));
      Claims.relations(doc, doc.relations()).forEach(r -> expectedRelations.add(doc.article().id() + " " + r));
    });
    List<String> events = rows(ExtractionJob.EVENTS).stream()
        .map(r -> r.getString(0) + " " + EventRows.claim(r))
        .toList();
    List<String> relations = rows(ExtractionJob.RELATIONS).stream()
        .map(r -> r.getString(0) + " " + new RelationClaim(r.getString(1), r.getString(2), r.getString(3),
            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getInt(8), r.getInt(9),
            r.getString(10), r.getString(11)))
        .toList();

    assertThat(expectedEvents).isNotEmpty();
    assertThat(expectedRelations).isNotEmpty();
    assertThat(events).containsExactlyInAnyOrderElementsOf(expectedEvents);
    assertThat(relations).containsExactlyInAnyOrderElementsOf(expectedRelations);
    assertThat(summary.events()).isEqualTo(expectedEvents.size());
    assertThat(summary.relations()).isEqualTo(expectedRelations.size());
  }

  /** The job's relation facts equal the single-machine store's fed the same pipeline output. */
  @Test
  void relationFactsEqualTheStoreFedTheSameDocuments() {
    Map<String, String> fromStore = new HashMap<>();
    try (Store store = Store.open(work.resolve("store"))) {
      store.ingest(List.copyOf(direct.values()));
      for (RelationFact f : store.facts().all()) {
        List<String> sources = f.sources().stream()
            .map(s -> s.docId() + ":" + s.start() + "-" + s.end() + ":" + s.accordingTo() + ":" + s.accordingToText())
            .sorted().toList();
        fromStore.put(f.id(), String.join(" ", f.type(), f.fromEntity(), f.toEntity(), String.valueOf(f.timeValue()),
            f.modality()) + " " + sources);
      }
    }
    Map<String, String> fromSpark = new HashMap<>();
    for (Row f : rows(ExtractionJob.RELATION_FACTS)) {
      List<String> sources = f.<Row>getList(7).stream()
          .map(s -> s.getString(0) + ":" + s.getInt(1) + "-" + s.getInt(2) + ":" + s.getString(3) + ":" + s.getString(4))
          .sorted().toList();
      fromSpark.put(f.getString(0), String.join(" ", f.getString(1), f.getString(2), f.getString(3),
          String.valueOf(f.getString(4)), f.getString(6)) + " " + sources);
    }

    assertThat(fromStore).isNotEmpty();
    assertThat(fromSpark).isEqualTo(fromStore);
    assertThat(summary.relationFacts()).isEqualTo(fromStore.size());
  }

  /**
   * The job's merged events equal the store's fed the same pipeline output. (Whether any of these
   * distinct articles' events merge depends on the extraction rules; merging near-copies and
   * re-dated reports is exercised by {@link EventMergingTest}.)
   */
  @Test
  void mergedEventsEqualTheStoreFedTheSameDocuments() {
    Map<String, ComparableEvents.Event> fromStore;
    try (Store store = Store.open(work.resolve("events-store"))) {
      store.ingest(List.copyOf(direct.values()));
      fromStore = ComparableEvents.fromStore(store.events().find(EventFilter.ALL));
    }

    assertThat(fromStore).isNotEmpty();
    assertThat(ComparableEvents.fromSpark(rows(ExtractionJob.EVENTS_MERGED))).isEqualTo(fromStore);
    assertThat(summary.mergedEvents()).isEqualTo(fromStore.size());
  }

  /**
   * Loading the output gives a store the job's merged events and facts, and the documents and
   * entities the pipeline run directly gives it; loading again adds nothing.
   */
  @Test
  void loadingTheOutputIntoAStoreGivesTheJobsEventsAndFactsAndThePipelinesEntities() {
    try (Store store = Store.open(work.resolve("loaded"))) {
      assertLoadsOnceAndOnlyOnce(store);
    }
  }

  /** The same on a PostgreSQL server, the store of shared deployments ({@code .ci/run} gives one). */
  @Test
  @EnabledIfSystemProperty(named = PostgresSchemas.URL_PROPERTY, matches = "jdbc:postgresql:.+",
      disabledReason = "no PostgreSQL server given (-Drasd.postgres.url)")
  void loadingIntoPostgresqlGivesTheSame() {
    PostgresSchemas schemas = new PostgresSchemas();
    try (Store store = schemas.open(work.resolve("loaded-pg-index"))) {
      assertLoadsOnceAndOnlyOnce(store);
    } finally {
      schemas.dropAll();
    }
  }

  private void assertLoadsOnceAndOnlyOnce(Store store) {
    List<String> entityIds = direct.values().stream().flatMap(d -> d.mentions().stream())
        .filter(m -> m.resolution() != null).map(m -> m.resolution().id()).distinct().sorted().toList();
    StoreLoader.Summary first = new StoreLoader(spark, 4).load(out().toString(), store);
    StoreLoader.Summary again = new StoreLoader(spark, 4).load(out().toString(), store);

    assertThat(first.stored()).isEqualTo(11);
    assertThat(first.eventClaims()).isEqualTo(summary.events());
    assertThat(again.stored()).isZero();
    assertThat(again.duplicates()).isEqualTo(11);
    for (AnnotatedDocument doc : direct.values()) {
      assertThat(store.documents().mentionsOf(DocumentStore.contentId(doc.text()))).hasSameSizeAs(doc.mentions());
    }
    assertThat(entityIds).isNotEmpty();
    assertThat(store.entities().find(entityIds)).isEqualTo(entitiesOfADirectlyFedStore(entityIds));
    assertThat(ComparableEvents.fromStore(store.events().find(EventFilter.ALL)))
        .isEqualTo(ComparableEvents.fromSpark(rows(ExtractionJob.EVENTS_MERGED)));
    assertThat(store.facts().all()).extracting(RelationFact::id)
        .containsExactlyInAnyOrderElementsOf(rows(ExtractionJob.RELATION_FACTS).stream().map(r -> r.getString(0))
            .toList());
  }

  private static List<EntityRecord> entitiesOfADirectlyFedStore(List<String> entityIds) {
    try (Store fedDirectly = Store.open(work.resolve("direct-for-load-" + System.nanoTime()))) {
      // In the loader's order (by article id): an entity's type is that of its first mention.
      fedDirectly.ingest(direct.values().stream().sorted(Comparator.comparing(d -> d.article().id())).toList());
      return fedDirectly.entities().find(entityIds);
    }
  }

  private static List<Row> rows(String dataset) {
    return spark.read().parquet(out().resolve(dataset).toString()).collectAsList();
  }

  private static String key(Mention m) {
    return m.start() + "-" + m.end() + " " + m.type() + " " + m.text();
  }

  @Test
  void countsAndRecordsBadInputsWithoutStopping() {
    List<Row> errors = spark.read().parquet(out().resolve(ExtractionJob.ERRORS).toString())
        .orderBy("location").collectAsList();

    assertThat(summary.errors()).isEqualTo(2);
    assertThat(errors).extracting(r -> r.getString(0).replaceAll(".*/", "") + " " + r.getString(1))
        .containsExactly("batch.jsonl:3 bad JSON", "not-really.txt.gz not gzip");
  }
}
