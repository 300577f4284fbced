package org.rasd.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final Path ARTICLE =
      Path.of(System.getProperty("rasd.shared", "../shared"), "examples", "orient-ghouta-militias.ar.txt");

  @Test
  void printsSentencesAndTokensWhoseOffsetsMapBackToTheOriginal() throws Exception {
    JsonNode root = new ObjectMapper().readTree(runCli("extract", "--tokens", ARTICLE.toString()));

    String original = Files.readString(ARTICLE);
    assertThat(root.at("/article/text").asText()).isEqualTo(original);
    assertThat(root.get("sentences").size()).isGreaterThan(10);
    int tokens = 0;
    for (JsonNode s : root.get("sentences")) {
      assertThat(original.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
      for (JsonNode t : s.get("tokens")) {
        assertThat(original.substring(t.get("start").asInt(), t.get("end").asInt())).isEqualTo(t.get("text").asText());
        tokens++;
      }
    }
    assertThat(tokens).isGreaterThan(400);
    assertThat(root.at("/sentences/0/text").asText()).startsWith("على وقع الاقتتال").endsWith("لاقتحامها");
  }

  @Test
  void reportsAnEmptyFileWithItsNameAndFails(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    PrintStream savedErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(RasdCli.run("extract", empty.toString())).isEqualTo(1);
    } finally {
      System.setErr(savedErr);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty.txt").contains("empty file");
  }

  static String runCli(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      assertThat(RasdCli.run(args)).isZero();
    } finally {
      System.setOut(saved);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
