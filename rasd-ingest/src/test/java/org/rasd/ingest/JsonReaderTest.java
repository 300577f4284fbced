package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.nlp.model.Article;

class JsonReaderTest {

  @TempDir Path dir;

  @Test
  void aBadLineIsAnErrorForThatLineOnly() throws Exception {
    String lines =
        String.join(
            "\n",
            "{\"id\":\"a1\",\"url\":\"https://example.org/a1\",\"title\":\"%s\",\"published\":\"2024-03-05\",\"source\":\"موقع التجربة\",\"text\":\"%s\"}"
                .formatted(Samples.TITLE, Samples.SENTENCE_1),
            "{\"id\":\"a2\",\"text\":\"نص مقطوع",
            "",
            "[\"ليس كائناً\"]",
            "{\"id\":\"a4\",\"title\":\"بلا نص\"}",
            "{\"text\":\"%s\",\"language\":\"ar\"}\r".formatted(Samples.SENTENCE_3));
    Path file = Samples.write(dir.resolve("news.jsonl"), lines);
    CollectingListener result = CollectingListener.ingest(file);

    assertThat(result.articles).hasSize(2);
    Article first = result.articles.get(0);
    assertThat(first.id()).isEqualTo("a1");
    assertThat(first.url()).isEqualTo("https://example.org/a1");
    assertThat(first.title()).isEqualTo(Samples.TITLE);
    assertThat(first.published()).isEqualTo("2024-03-05");
    assertThat(first.source()).isEqualTo("موقع التجربة");
    assertThat(first.text()).isEqualTo(Samples.SENTENCE_1);
    assertThat(first.origin()).endsWith("news.jsonl:1");

    Article derived = result.articles.get(1);
    assertThat(derived.id()).isEqualTo(ArticleIds.fromText(Samples.SENTENCE_3));
    assertThat(derived.text()).isEqualTo(Samples.SENTENCE_3);
    assertThat(derived.origin()).endsWith("news.jsonl:6");

    assertThat(result.errors)
        .extracting(e -> e.location().substring(e.location().lastIndexOf(':') + 1) + " " + e.reason())
        .containsExactly("2 bad JSON", "4 bad JSON", "5 no text");
  }

  @Test
  void aLineOverTheSizeLimitIsAnErrorAndTheNextLineStillReads() throws Exception {
    String huge = "{\"text\":\"" + "ب".repeat(1 << 20) + "\"}";
    Path file = Samples.write(dir.resolve("big.jsonl"), huge + "\n{\"text\":\"" + Samples.SENTENCE_1 + "\"}\n");
    CollectingListener result = new CollectingListener();
    new Ingestor(InputFormat.AUTO, new SizeLimit(1 << 20), false).ingest(List.of(file.toString()), result);

    assertThat(result.errors).singleElement().satisfies(e -> {
      assertThat(e.location()).endsWith("big.jsonl:1");
      assertThat(e.message()).contains("too large", "1 MiB");
    });
    assertThat(result.articles).extracting(Article::text).containsExactly(Samples.SENTENCE_1);
  }

  @Test
  void invalidUtf8InALineIsAnErrorForThatLine() throws Exception {
    byte[] good = ("{\"text\":\"" + Samples.SENTENCE_1 + "\"}\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}', '\n'};
    Path file = dir.resolve("mixed.jsonl");
    Files.write(file, concat(bad, good));
    CollectingListener result = CollectingListener.ingest(file);

    assertThat(result.articles).hasSize(1);
    assertThat(result.errors).singleElement().satisfies(e -> assertThat(e.location()).endsWith("mixed.jsonl:1"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void aPrettyPrintedArrayStreamsOneArticlePerElement() throws Exception {
    String document =
        """
        [
          {
            "id": "p1",
            "title": "%s",
            "text": "%s"
          },
          {"id": "p2", "text": ""},
          {
            "text": "%s"
          }
        ]
        """
            .formatted(Samples.TITLE, Samples.SENTENCE_1, Samples.SENTENCE_3);
    Path file = Samples.write(dir.resolve("export.json"), document);
    CollectingListener result = CollectingListener.ingest(file);

    assertThat(result.articles).extracting(Article::text).containsExactly(Samples.SENTENCE_1, Samples.SENTENCE_3);
    assertThat(result.articles.get(0).origin()).endsWith("export.json:2");
    assertThat(result.articles.get(1).origin()).endsWith("export.json:8");
    assertThat(result.errors).singleElement().satisfies(e -> {
      assertThat(e.location()).endsWith("export.json:7");
      assertThat(e.reason()).isEqualTo("no text");
    });
  }

  @Test
  void aPrettyPrintedObjectIsOneArticleOrOneError() throws Exception {
    Path article = Samples.write(dir.resolve("one.json"), "{\n  \"text\": \"" + Samples.SENTENCE_1 + "\"\n}\n");
    Path other = Samples.write(dir.resolve("other.json"), "{\n  \"about\": \"ليس مقالاً\",\n  \"items\": []\n}\n");
    CollectingListener result = CollectingListener.ingest(article, other);

    assertThat(result.articles).singleElement().satisfies(a -> assertThat(a.origin()).endsWith("one.json"));
    assertThat(result.errors).singleElement().satisfies(e -> assertThat(e.message()).endsWith("other.json: no text (missing or empty \"text\")"));
  }
}
