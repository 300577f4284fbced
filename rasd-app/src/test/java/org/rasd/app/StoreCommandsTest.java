package org.rasd.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.store.Store;
import org.rasd.store.export.AcledCsvExport;

/** {@code rasd ingest --store} and {@code rasd export} end to end, on real example articles. */
class StoreCommandsTest {

  private static final Path EXAMPLES = Path.of(System.getProperty("rasd.shared", "../shared"), "examples");

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void captureStreams() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStreams() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ingestingTheExamplesTwiceStoresThemOnceAndReportsDuplicates() throws Exception {
    Path data = dir.resolve("data");
    Path articles = EXAMPLES.resolve("orient-ghouta-militias.ar.txt");
    Path dev = EXAMPLES.resolve("dev");
    // Every file but the gold annotations (JSON without text: reported as bad input) is an article.
    long devArticles;
    try (var files = Files.list(dev)) {
      devArticles = files.filter(f -> !f.toString().endsWith(".gold.json")).count();
    }

    assertThat(RasdCli.run("ingest", "--store", "--data", data.toString(), articles.toString(), dev.toString()))
        .isZero();
    assertThat(stderr()).contains((devArticles + 1) + " new, 0 duplicate, 0 rejected documents")
        .contains("error: " + dev.resolve("sohr-kafrzita-2017.gold.json") + ": no text");
    assertThat(out.size()).isZero();
    err.reset();

    assertThat(RasdCli.run("ingest", "--data", data.toString(), "--batch", "3", dev.toString())).isZero();
    assertThat(stderr()).contains("0 new, " + devArticles + " duplicate, 0 rejected documents");
    try (Store store = Store.open(data)) {
      assertThat(store.documents().count()).isEqualTo(devArticles + 1);
      assertThat(store.database().integrityProblems()).isEmpty();
    }
  }

  @Test
  void exportsAnEmptyStoreAsAHeaderOnlyCsvAndRefusesABadDate() throws Exception {
    Path data = dir.resolve("data");
    Path csv = dir.resolve("out/events.csv");
    RasdCli.run("ingest", "--store", "--data", data.toString(), EXAMPLES.resolve("orient-ghouta-militias.ar.txt").toString());

    assertThat(RasdCli.run("export", "csv", "--data", data.toString(), "--out", csv.toString(), "--type", "Battles"))
        .isZero();
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text.substring(1)))
        .getRecords();
    assertThat(rows).isEmpty();
    assertThat(text.substring(1).lines().findFirst().orElseThrow().split(",")).containsExactlyElementsOf(
        AcledCsvExport.COLUMNS);

    assertThat(RasdCli.run("export", "geojson", "--data", data.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");

    assertThat(RasdCli.run("export", "csv", "--data", data.toString(), "--from", "May 2016")).isEqualTo(2);
    assertThat(stderr()).contains("'May 2016' is not a day (YYYY-MM-DD)");
    assertThat(RasdCli.run("ingest", "--store", "--data", data.toString(), dir.toString())).isEqualTo(2);
    assertThat(stderr()).contains("lies inside the input " + dir);
  }

  /**
   * Kill -9 a {@code rasd ingest --store} run once some batches are committed, then run it again:
   * the store ends with every article once and no half-written document.
   */
  @Test
  void anIngestKilledMidRunCompletesWhenRunAgain() throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    List<String> sentences = Files.readString(EXAMPLES.resolve("orient-ghouta-militias.ar.txt")).lines()
        .filter(l -> l.length() > 40).toList();
    int total = 120;
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < total; i++) {
      String text = sentences.get(i % sentences.size()) + "\\n" + sentences.get((i * 7 + 3) % sentences.size())
          + " (" + i + ")";
      jsonl.append("{\"id\":\"a").append(i).append("\",\"text\":\"").append(text.replace("\"", "\\\""))
          .append("\"}\n");
    }
    Files.writeString(inputs.resolve("articles.jsonl"), jsonl);
    Path data = dir.resolve("data");

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        RasdCli.class.getName(), "ingest", "--store", "--data", data.toString(), "--batch", "10", inputs.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (storedCount(data) < 20 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    child.destroyForcibly().waitFor();
    long before = storedCount(data);
    assertThat(before).as("documents committed before the kill").isBetween(20L, (long) total - 1);

    assertThat(RasdCli.run("ingest", "--store", "--data", data.toString(), inputs.toString())).isZero();

    assertThat(stderr()).contains((total - before) + " new, " + before + " duplicate, 0 rejected documents");
    try (Store store = Store.open(data)) {
      assertThat(store.documents().count()).isEqualTo(total);
      assertThat(store.database().integrityProblems()).isEmpty();
    }
  }

  private static long storedCount(Path data) throws Exception {
    Path db = data.resolve("rasd.db");
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM documents")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (java.sql.SQLException notYetCreated) {
      return 0;
    }
  }
}
