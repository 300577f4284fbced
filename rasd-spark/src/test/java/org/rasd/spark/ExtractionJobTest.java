package org.rasd.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
