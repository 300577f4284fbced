package org.rasd.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalLinkCommandTest {

  @Test
  void reportsAccuracyOnTheChosenSplit(@TempDir Path dir) throws Exception {
    Path pairs = dir.resolve("pairs.tsv");
    Files.writeString(
        pairs,
        "split\tmention\ttype\texpected\tsource\n"
            + "test\tلجيش الإسلام\tARMED_GROUP\tjaysh-al-islam\ttest\n"
            + "test\tJaish al-Islam\tARMED_GROUP\tjaysh-al-islam\ttest\n"
            + "test\tوقوات سوريا الديموقراطية\tARMED_GROUP\tsyrian-democratic-forces\ttest\n"
            + "dev\tسانا\tMEDIA\tsyrian-observatory-for-human-rights\ttest\n");
    String out = run("eval", "link", "--data", pairs.toString(), "--split", "test", "--bench-seconds", "0");
    assertThat(out).contains("test: accuracy 1.000 (3/3)").contains("knowledge base: ");
    out = run("eval", "link", "--data", pairs.toString(), "--split", "dev", "--bench-seconds", "0", "--misses");
    assertThat(out).contains("dev: accuracy 0.000 (0/1)").contains("miss: سانا [MEDIA] expected syrian-observatory-for-human-rights, got actor:sana");
  }

  @Test
  void aMissingFileIsAClearError(@TempDir Path dir) {
    assertThat(RasdCli.run("eval", "link", "--data", dir.resolve("none.tsv").toString())).isEqualTo(2);
  }

  private static String run(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      assertThat(RasdCli.run(args)).isZero();
    } finally {
      System.setOut(saved);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
