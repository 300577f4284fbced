package org.rasd.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

  private static final String TITLE = "افتتاح مدرسة جديدة في حمص";
  private static final String BODY = "أعلن المجلس المحلي في مدينة حمص افتتاح مدرسة جديدة يوم الأحد.";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;
  private InputStream originalIn;

  @BeforeEach
  void captureStreams() {
    originalOut = System.out;
    originalErr = System.err;
    originalIn = System.in;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStreams() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    System.setIn(originalIn);
  }

  @Test
  void writesOneJsonLinePerArticleAndReportsBadFilesWithoutFailing() throws Exception {
    Files.write(dir.resolve("a.txt"), (TITLE + "\n" + BODY).getBytes(Charset.forName("windows-1256")));
    Files.writeString(dir.resolve("b.html"), "<html lang='ar'><head><title>" + TITLE + "</title></head><body><p>"
        + BODY + "</p><footer>حقوق</footer></body></html>");
    Files.write(dir.resolve("c.txt"), new byte[0]);
    Files.write(dir.resolve("d.txt"), new byte[] {'x', 0, 'y'});

    int exit = RasdCli.run("ingest", dir.toString());

    assertThat(exit).isZero();
    List<JsonNode> articles = jsonLines(out.toString(StandardCharsets.UTF_8));
    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).get("text").asText()).isEqualTo(TITLE + "\n" + BODY);
    assertThat(articles.get(0).get("title").asText()).isEqualTo(TITLE);
    assertThat(articles.get(0).get("id").asText()).matches("[0-9a-f]{16}");
    assertThat(articles.get(1).get("text").asText()).isEqualTo(BODY);
    assertThat(articles.get(1).get("title").asText()).isEqualTo(TITLE);
    assertThat(articles.get(1).get("published").isNull()).isTrue();

    String stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(stderr)
        .contains("error: " + dir.resolve("c.txt") + ": empty file\n")
        .contains("error: " + dir.resolve("d.txt") + ": binary content (NUL byte at offset 1")
        .contains("rasd ingest: 2 documents, 2 failures; 4 files")
        .contains("docs/s", "MB/s")
        .contains("failures by reason: binary content 1, empty file 1");
  }

  @Test
  void failFastStopsAndExitsNonZero() throws Exception {
    Files.write(dir.resolve("a.txt"), new byte[0]);
    Files.writeString(dir.resolve("b.txt"), BODY);

    int exit = RasdCli.run("ingest", "--fail-fast", dir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("0 documents, 1 failures; 1 files");
  }

  @Test
  void writesToAFileAndReadsStdinAsJsonLines() throws Exception {
    System.setIn(new ByteArrayInputStream(
        ("{\"id\":\"s1\",\"title\":\"" + TITLE + "\",\"text\":\"" + BODY + "\"}\n{broken\n").getBytes(StandardCharsets.UTF_8)));
    Path output = dir.resolve("out/articles.jsonl");

    int exit = RasdCli.run("ingest", "-", "--out", output.toString());

    assertThat(exit).isZero();
    List<JsonNode> articles = jsonLines(Files.readString(output));
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.get("id").asText()).isEqualTo("s1");
      assertThat(a.get("origin").asText()).isEqualTo("<stdin>:1");
    });
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: <stdin>:2: bad JSON");
  }

  @Test
  void aForcedFormatAndAProgressBarOnRequest() throws Exception {
    Files.writeString(dir.resolve("page.txt"), "<html><body><nav>قائمة</nav><p>" + BODY + "</p></body></html>");

    int exit = RasdCli.run("ingest", "--format", "html", "--progress", dir.resolve("page.txt").toString());

    assertThat(exit).isZero();
    assertThat(jsonLines(out.toString(StandardCharsets.UTF_8)).get(0).get("text").asText()).isEqualTo(BODY);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 documents, 0 failures");
  }

  @Test
  void theOutputFileInsideAnInputDirectoryIsNotReadBack() throws Exception {
    Files.writeString(dir.resolve("a.txt"), BODY);
    String output = dir.resolve("articles.jsonl").toString();

    assertThat(RasdCli.run("ingest", dir.toString(), "--out", output)).isZero();
    assertThat(RasdCli.run("ingest", dir.toString(), "--out", output)).isZero();

    assertThat(jsonLines(Files.readString(Path.of(output)))).hasSize(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("skipped: excluded (the output file) 1");
  }

  @Test
  void anUnwritableOutputIsAUsageErrorNotACrash() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), BODY);

    int exit = RasdCli.run("ingest", file.toString(), "--out", file.resolve("sub/out.jsonl").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("rasd ingest: cannot write ");
  }

  /** The article of each annotation line, after checking the line carries the text layer too. */
  private static List<JsonNode> jsonLines(String text) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        JsonNode annotation = JSON.readTree(line);
        assertThat(annotation.get("sentences")).isNotEmpty();
        nodes.add(annotation.get("article"));
      }
    }
    return nodes;
  }
}
