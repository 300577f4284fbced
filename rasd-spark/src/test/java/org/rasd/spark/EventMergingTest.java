package org.rasd.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.store.Claims;
import org.rasd.store.Store;
import org.rasd.store.db.DocumentStore;
import org.rasd.store.db.EventClaim;
import org.rasd.store.db.EventFilter;

/**
 * Events merged by Spark equal the store's on real articles, whatever order either is fed. The
 * shared articles (dated 5 March 2024) come with a second outlet's copy dated the 6th and a third's
 * dated the 8th (near-duplicates: the text with a line added, so other document ids; dates the
 * articles give as "yesterday" or by weekday move with the publication), and each original again
 * (an exact duplicate). The copy of the 8th is three days from the original: it joins it only
 * through the copy of the 6th, which an order-dependent rule would not do.
 */
class EventMergingTest {

  private static final Path SHARED = Path.of(System.getProperty("rasd.shared", "../shared"));

  @TempDir static Path dir;
  private static final List<AnnotatedDocument> docs = new ArrayList<>();

  @BeforeAll
  static void extract() throws IOException {
    Pipeline pipeline = PipelineHolder.pipeline();
    List<AnnotatedDocument> originals = new ArrayList<>();
    for (Path file : articles()) {
      String name = file.getFileName().toString();
      String text = Files.readString(file);
      AnnotatedDocument original = pipeline.process(article(name, "2024-03-05", text));
      originals.add(original);
      docs.add(original);
      docs.add(pipeline.process(article(name + "#copy", "2024-03-06", text + "\n(نقلاً عن المصدر)")));
      docs.add(pipeline.process(article(name + "#later", "2024-03-08", text + "\n(تحديث)")));
    }
    docs.addAll(originals);
  }

  @Test
  void sparkMergesEventsAsTheStoreDoesInEitherOrder() {
    List<AnnotatedDocument> reversed = new ArrayList<>(docs);
    Collections.reverse(reversed);

    Map<String, ComparableEvents.Event> store = viaStore(docs, "forward", docs.size());
    Map<String, ComparableEvents.Event> storeReversed = viaStore(reversed, "reversed", 5);
    Map<String, ComparableEvents.Event> spark = viaSpark(docs, 1);
    Map<String, ComparableEvents.Event> sparkReversed = viaSpark(reversed, 3);

    assertThat(storeReversed).isEqualTo(store);
    assertThat(spark).isEqualTo(store);
    assertThat(sparkReversed).isEqualTo(store);
    long claims = docs.stream().distinct().mapToLong(d -> Claims.events(d, d.events()).size()).sum();
    assertThat(store.size()).as("events of %s claims", claims).isLessThan((int) claims);
    assertThat(store.values()).anyMatch(e -> e.sources().size() >= 3);
    // The original and its copy three days later are one event, joined through the copy between.
    assertThat(store.values()).anyMatch(e -> spansDays(e, "2024-03-05", "2024-03-08"));
  }

  private static Map<String, ComparableEvents.Event> viaStore(List<AnnotatedDocument> order, String name,
      int batch) {
    try (Store store = Store.open(dir.resolve(name))) {
      for (int i = 0; i < order.size(); i += batch) {
        store.ingest(order.subList(i, Math.min(order.size(), i + batch)));
      }
      return ComparableEvents.fromStore(store.events().find(EventFilter.ALL));
    }
  }

  private static Map<String, ComparableEvents.Event> viaSpark(List<AnnotatedDocument> order, int partitions) {
    SparkSession spark = LocalSpark.session();
    List<Row> claims = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    for (AnnotatedDocument doc : order) {
      String id = doc.article().id();
      for (EventClaim claim : Claims.events(doc, doc.events())) {
        claims.add(EventRows.row(id, claim));
      }
      for (int i = 0; i < doc.mentions().size(); i++) {
        mentions.add(MentionRows.row(id, i, doc.mentions().get(i)));
      }
    }
    Dataset<Row> events = spark.createDataFrame(claims, Schemas.EVENTS).repartition(partitions);
    Dataset<Row> places = EventMerging.places(spark.createDataFrame(mentions, Schemas.MENTIONS));
    return ComparableEvents.fromSpark(EventMerging.merge(events, places).collectAsList());
  }

  /** Whether an event has sources in the documents published on both days. */
  private static boolean spansDays(ComparableEvents.Event e, String day1, String day2) {
    return docs.stream().anyMatch(a -> hasSourceIn(e, a, day1)) && docs.stream().anyMatch(b -> hasSourceIn(e, b, day2));
  }

  private static boolean hasSourceIn(ComparableEvents.Event e, AnnotatedDocument doc, String published) {
    String docId = DocumentStore.contentId(doc.text());
    return published.equals(doc.article().published()) && e.sources().stream().anyMatch(s -> s.startsWith(docId));
  }

  private static Article article(String id, String published, String text) {
    return new Article(id, null, null, "shared examples", published, "ar", text, id);
  }

  private static List<Path> articles() throws IOException {
    try (Stream<Path> dev = Files.list(SHARED.resolve("examples/dev"))) {
      List<Path> all = new ArrayList<>(dev.filter(p -> p.toString().endsWith(".ar.txt")).sorted().toList());
      all.add(SHARED.resolve("examples/orient-ghouta-militias.ar.txt"));
      return all;
    }
  }
}
