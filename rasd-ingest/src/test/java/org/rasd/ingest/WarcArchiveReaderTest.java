package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.rasd.nlp.model.Article;

class WarcArchiveReaderTest {

  private static final URI PAGE = URI.create("https://example.org/news/school?ref=rss");
  private static final Instant CAPTURED = Instant.parse("2024-03-06T09:00:00Z");

  @TempDir Path dir;

  @Test
  void htmlResponsesBecomeArticlesAndOtherRecordsAreCountedAsSkipped() throws Exception {
    Path warc = writeWarc(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
    CollectingListener result = CollectingListener.ingest(warc);

    assertThat(result.errors).singleElement().satisfies(e -> {
      assertThat(e.location()).endsWith("crawl.warc.gz#record7");
      assertThat(e.reason()).isEqualTo("no body text");
    });
    assertThat(result.articles).hasSize(2);
    Article school = result.articles.get(0);
    assertThat(school.url()).isEqualTo(PAGE.toString()); // the captured address, not the canonical one
    assertThat(school.published()).isEqualTo("2024-03-05T10:15:00+03:00"); // the page's own date
    assertThat(school.title()).isEqualTo(Samples.TITLE);
    assertThat(school.source()).isEqualTo("موقع التجربة");
    assertThat(school.text()).contains(Samples.SENTENCE_1).doesNotContain("رياضة");
    assertThat(school.origin()).endsWith("crawl.warc.gz#record3");

    Article undated = result.articles.get(1);
    assertThat(undated.published()).isEqualTo("2024-03-06T09:00:00Z"); // WARC-Date as fallback
    assertThat(undated.text()).isEqualTo(Samples.SENTENCE_3);

    assertThat(result.skipped)
        .extracting(s -> s.substring(s.indexOf("#")))
        .containsExactly(
            "#record1: WARC warcinfo record",
            "#record2: WARC request record",
            "#record4: WARC response that is not HTML",
            "#record5: WARC response with HTTP status 404",
            "#record6: WARC metadata record");
  }

  @Test
  void readsUncompressedWarcsToo() throws Exception {
    Path warc = writeWarc(dir.resolve("crawl.warc"), WarcCompression.NONE);
    assertThat(CollectingListener.ingest(warc).articles).hasSize(2);
  }

  @Test
  void aTruncatedWarcGzKeepsTheRecordsBeforeTheCutAndReportsTheFileOnce() throws Exception {
    Path whole = writeWarc(dir.resolve("whole.warc.gz"), WarcCompression.GZIP);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 100));

    CollectingListener result = CollectingListener.ingest(cut);

    assertThat(result.articles).hasSize(1);
    assertThat(result.errors).extracting(IngestError::location, IngestError::reason)
        .containsExactly(
            tuple(cut + "#record7", "no body text"),
            tuple(cut.toString(), "truncated gzip"));
  }

  private static Path writeWarc(Path file, WarcCompression compression) throws Exception {
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), compression)) {
      writer.write(new Warcinfo.Builder().filename(file.getFileName().toString()).date(CAPTURED).build());
      writer.write(
          new WarcRequest.Builder(PAGE)
              .date(CAPTURED)
              .body(new HttpRequest.Builder("GET", "/news/school?ref=rss").addHeader("Host", "example.org").build())
              .build());
      writer.write(response(PAGE, 200, "text/html; charset=utf-8", Samples.NEWS_PAGE));
      writer.write(response(URI.create("https://example.org/logo.png"), 200, "image/png", "\u0089PNG"));
      writer.write(response(URI.create("https://example.org/gone"), 404, "text/html", "<p>غير موجود</p>"));
      writer.write(new WarcMetadata.Builder().targetURI(PAGE).date(CAPTURED).build());
      writer.write(response(URI.create("https://example.org/empty"), 200, "text/html", "<html><body></body></html>"));
      writer.write(
          response(URI.create("https://example.org/news/rain"), 200, "text/html",
              "<html><body><p>" + Samples.SENTENCE_3 + "</p></body></html>"));
    }
    assertThat(Files.size(file)).isPositive();
    return file;
  }

  private static WarcResponse response(URI uri, int status, String type, String body) throws Exception {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(uri).date(CAPTURED).body(http).build();
  }
}
