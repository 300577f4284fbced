package org.rasd.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchTextCommandTest {

  @Test
  void benchRunsOnASmallCorpusAndReportsEveryMeasurement() {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code = RasdCli.run("bench", "text", "--mb", "1", "--runs", "1");
    } finally {
      System.setOut(saved);
    }
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(report).contains("1.0 MB UTF-8", "split + tokenise + token norm", "clitic segmentation");
    assertThat(report.lines().filter(l -> l.contains("MB/s per core")).count()).isEqualTo(3);
  }
}
