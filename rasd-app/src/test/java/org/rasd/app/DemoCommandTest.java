package org.rasd.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.store.Store;
import org.rasd.store.search.SearchHit;
import org.rasd.store.search.SearchQuery;

class DemoCommandTest {

  @Test
  void loadsTheBundledSampleAndTheSharedExamplesOnceEach(@TempDir Path dir) {
    Path data = dir.resolve("store");
    String first = ExtractCommandTest.runCli("demo", "--no-serve", "--data", data.toString());
    String again = ExtractCommandTest.runCli("demo", "--no-serve", "--data", data.toString());

    // The bundled reference article is also among the shared examples: stored once.
    assertThat(first).contains("Samples: 11 stored, 1 already there, 0 rejected, 0 failed");
    assertThat(again).contains("Samples: 0 stored, 12 already there");
    try (Store store = Store.open(data)) {
      List<SearchHit> hits = store.index().search(SearchQuery.of("أسد الله الغالب"));
      assertThat(hits).extracting(SearchHit::title).contains("على وقع الاقتتال بالغوطة ..ميليشيات تندمج وإيران تمهد لاقتحامها");
      SearchHit reference = hits.stream().filter(h -> h.title().startsWith("على وقع")).findFirst().orElseThrow();
      assertThat(reference.source()).isEqualTo("Orient Net");
      assertThat(reference.published()).isEqualTo("2016-05");
    }
    // The benchmark runs against the same store (figures are printed, never asserted).
    String bench = ExtractCommandTest.runCli("bench", "serve", "--data", data.toString(),
        "--clients", "4", "--requests", "40", "--warmup", "0");
    assertThat(bench).contains("11 documents", "4 clients, 40 requests").containsPattern("p50 [0-9.]+ ms");
  }

  @Test
  void theBundledSampleIsTheReferenceArticleWithItsMetadata() {
    var samples = SampleArticles.bundled();
    assertThat(samples).hasSize(1);
    assertThat(samples.get(0).text()).isEqualTo(new String(readShared(), StandardCharsets.UTF_8));
    assertThat(samples.get(0).source()).isEqualTo("Orient Net");
    assertThat(samples.get(0).title()).startsWith("على وقع الاقتتال");
  }

  @Test
  void serveRefusesADirectoryWithoutAStore(@TempDir Path dir) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(RasdCli.run("serve", "--data", dir.resolve("none").toString())).isEqualTo(2);
    } finally {
      System.setErr(saved);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no store in").contains("none");
  }

  private static byte[] readShared() {
    try {
      return java.nio.file.Files.readAllBytes(
          Path.of(System.getProperty("rasd.shared", "../shared"), "examples", "orient-ghouta-militias.ar.txt"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
