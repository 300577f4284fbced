package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.nlp.model.Article;

class IngestorTest {

  @TempDir Path dir;

  @Test
  void aTextFileIsOneArticleTitledByItsFirstLine() throws Exception {
    Path file = Samples.write(dir.resolve("school.txt"), "\n" + Samples.ARTICLE_TEXT);
    Article article = CollectingListener.ingest(file).articles.get(0);

    assertThat(article.text()).isEqualTo("\n" + Samples.ARTICLE_TEXT); // offsets count from the file start
    assertThat(article.title()).isEqualTo(Samples.TITLE);
    assertThat(article.id()).isEqualTo(ArticleIds.fromText(Samples.ARTICLE_TEXT));
    assertThat(article.origin()).isEqualTo(file.toString());
    assertThat(article.language()).isEqualTo("ar");
  }

  @Test
  void everyEncodingAndCompressionOfOneTextGivesTheSameArticle() throws Exception {
    byte[] utf8 = Samples.ARTICLE_TEXT.getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("a-utf8.txt"), utf8);
    Files.write(dir.resolve("b-cp1256.txt"), Samples.ARTICLE_TEXT.getBytes(Charset.forName("windows-1256")));
    Files.write(dir.resolve("c-utf16.txt"), Samples.ARTICLE_TEXT.getBytes(StandardCharsets.UTF_16)); // BOM + BE
    Files.write(dir.resolve("d-utf8bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8));
    Samples.gzip(dir.resolve("e.txt.gz"), utf8);
    Samples.gzip(dir.resolve("f-cp1256.txt.gz"), Samples.ARTICLE_TEXT.getBytes(Charset.forName("windows-1256")));

    CollectingListener result = CollectingListener.ingest(dir);

    assertThat(result.errors).isEmpty();
    assertThat(result.articles).hasSize(6).allSatisfy(a -> {
      assertThat(a.text()).isEqualTo(Samples.ARTICLE_TEXT);
      assertThat(a.id()).isEqualTo(ArticleIds.fromText(Samples.ARTICLE_TEXT));
    });
  }

  @Test
  void everyFormatIsReadThroughGzip() throws Exception {
    Samples.gzip(dir.resolve("page.html.gz"), Samples.NEWS_PAGE.getBytes(StandardCharsets.UTF_8));
    Samples.gzip(dir.resolve("feed.rss.gz"), Samples.RSS.getBytes(StandardCharsets.UTF_8));
    Samples.gzip(dir.resolve("feed.atom.gz"), Samples.ATOM.getBytes(StandardCharsets.UTF_8));
    Samples.gzip(
        dir.resolve("lines.jsonl.gz"),
        ("{\"text\":\"" + Samples.SENTENCE_1 + "\"}\n").getBytes(StandardCharsets.UTF_8));

    CollectingListener result = CollectingListener.ingest(dir);

    // atom: 2 entries, html: 1 page, jsonl: 1 line, rss: 2 items (+ 1 item without text)
    assertThat(result.articles).hasSize(6);
    assertThat(result.articles.get(4).origin()).endsWith("lines.jsonl.gz:1");
    assertThat(result.articles.get(5).title()).isEqualTo(Samples.TITLE);
    assertThat(result.errors).extracting(IngestError::reason).containsExactly("no text");
  }

  @Test
  void formatsAreSniffedWhenTheExtensionSaysNothing() throws Exception {
    Samples.write(dir.resolve("page"), Samples.NEWS_PAGE);
    Samples.write(dir.resolve("feed.xml"), Samples.RSS);
    Samples.write(dir.resolve("lines.data"), "{\"text\":\"" + Samples.SENTENCE_1 + "\"}\n");
    Samples.write(dir.resolve("notes"), Samples.ARTICLE_TEXT);

    CollectingListener result = CollectingListener.ingest(dir);

    assertThat(result.articles)
        .extracting(Article::origin)
        .map(o -> o.substring(dir.toString().length() + 1))
        .containsExactly("feed.xml#item1", "feed.xml#item2", "lines.data:1", "notes", "page");
    assertThat(result.articles.get(4).url()).isEqualTo("https://example.org/news/school");
  }

  @Test
  void eachBadInputGetsOneClearErrorAndTheRunGoesOn() throws Exception {
    Samples.write(dir.resolve("01-good.txt"), Samples.ARTICLE_TEXT);
    Files.write(dir.resolve("02-empty.txt"), new byte[0]);
    Files.write(dir.resolve("03-binary.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Files.write(dir.resolve("04-latin1.txt"), "Straße café".getBytes(StandardCharsets.ISO_8859_1));
    byte[] gzipped = gzipBytes(Samples.ARTICLE_TEXT.repeat(50).getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("05-truncated.txt.gz"), Arrays.copyOf(gzipped, gzipped.length / 2));
    Samples.write(dir.resolve("06-nobody.html"), "<html><head><title>عنوان</title></head><body><nav>قائمة</nav></body></html>");
    Samples.write(dir.resolve("07-blank.txt"), " \n\t\n");
    Samples.write(dir.resolve("08-fake.gz"), Samples.ARTICLE_TEXT);
    Files.write(dir.resolve("09-empty.jsonl.gz"), gzipBytes(new byte[0]));
    Samples.write(dir.resolve("10-good.txt"), Samples.SENTENCE_3);

    CollectingListener result = CollectingListener.ingest(dir);

    assertThat(result.articles).extracting(Article::text).containsExactly(Samples.ARTICLE_TEXT, Samples.SENTENCE_3);
    assertThat(result.errors)
        .extracting(e -> e.location().substring(dir.toString().length() + 1) + ": " + e.reason())
        .containsExactly(
            "02-empty.txt: empty file",
            "03-binary.bin: binary content",
            "04-latin1.txt: invalid UTF-8",
            "05-truncated.txt.gz: truncated gzip",
            "06-nobody.html: no body text",
            "07-blank.txt: no text",
            "08-fake.gz: not gzip",
            "09-empty.jsonl.gz: empty file");
    assertThat(result.errors).allSatisfy(e -> assertThat(e.message()).doesNotContain("\n"));
  }

  @Test
  void statsCountFilesBytesDocumentsAndFailuresByReason() throws Exception {
    Samples.write(dir.resolve("a.txt"), Samples.ARTICLE_TEXT);
    Files.write(dir.resolve("b.txt"), new byte[0]);
    Files.write(dir.resolve("c.txt"), new byte[0]);
    Samples.write(dir.resolve(".hidden.txt"), Samples.ARTICLE_TEXT);
    Files.createDirectories(dir.resolve(".git"));

    IngestStats stats =
        new Ingestor(InputFormat.AUTO, SizeLimit.DEFAULT, false)
            .ingest(List.of(dir.toString(), dir.resolve("missing.txt").toString()), new CollectingListener());

    assertThat(stats.files()).isEqualTo(3);
    assertThat(stats.bytes()).isEqualTo(Samples.ARTICLE_TEXT.getBytes(StandardCharsets.UTF_8).length);
    assertThat(stats.documents()).isEqualTo(1);
    assertThat(stats.failures()).isEqualTo(3);
    assertThat(stats.failuresByReason()).containsEntry("empty file", 2L).containsEntry("no such file or directory", 1L);
    assertThat(stats.skippedByReason()).containsEntry("hidden file", 1L).containsEntry("hidden directory", 1L);
    assertThat(Ingestor.measure(List.of(dir.toString())))
        .isEqualTo(new InputTotals(3, Samples.ARTICLE_TEXT.getBytes(StandardCharsets.UTF_8).length));
  }

  @Test
  void failFastStopsAtTheFirstError() throws Exception {
    Samples.write(dir.resolve("a.txt"), Samples.ARTICLE_TEXT);
    Files.write(dir.resolve("b.txt"), new byte[0]);
    Samples.write(dir.resolve("c.txt"), Samples.SENTENCE_3);
    CollectingListener result = new CollectingListener();

    IngestStats stats = new Ingestor(InputFormat.AUTO, SizeLimit.DEFAULT, true).ingest(List.of(dir.toString()), result);

    assertThat(result.articles).hasSize(1);
    assertThat(result.errors).hasSize(1);
    assertThat(stats.files()).isEqualTo(2);
  }

  @Test
  void anArticleOverTheSizeLimitIsAnError() throws Exception {
    Samples.write(dir.resolve("big.txt"), Samples.SENTENCE_1.repeat(20_000)); // ~2.2 MB
    Samples.write(dir.resolve("small.txt"), Samples.SENTENCE_1);
    CollectingListener result = new CollectingListener();

    new Ingestor(InputFormat.AUTO, new SizeLimit(1 << 20), false).ingest(List.of(dir.toString()), result);

    assertThat(result.articles).hasSize(1);
    assertThat(result.errors).singleElement().satisfies(e ->
        assertThat(e.message()).isEqualTo(dir.resolve("big.txt") + ": too large (article over the 1 MiB limit)"));
  }

  @Test
  void aFiftyMegabyteTextFileIsOneArticle() throws Exception {
    Path big = dir.resolve("big.txt");
    byte[] block = (Samples.SENTENCE_1 + "\n").repeat(10_000).getBytes(StandardCharsets.UTF_8); // ~1.1 MB
    try (var out = Files.newOutputStream(big)) {
      for (int i = 0; i < 46; i++) {
        out.write(block);
      }
    }
    assertThat(Files.size(big)).isGreaterThan(50_000_000);
    CollectingListener result = CollectingListener.ingest(big);

    assertThat(result.errors).isEmpty();
    assertThat(result.articles).singleElement().satisfies(a -> {
      assertThat(a.text().length()).isGreaterThan(25_000_000);
      assertThat(a.title()).isEqualTo(Samples.SENTENCE_1);
    });
  }

  @Test
  void aDirectoryOfTenThousandFilesIsWalkedInNameOrder(@TempDir(factory = InMemoryTempDir.class) Path many)
      throws Exception {
    for (int d = 0; d < 100; d++) {
      Files.createDirectory(many.resolve(String.format("d%02d", d)));
    }
    for (int i = 0; i < 10_000; i++) {
      Path file = many.resolve(String.format("d%02d/f%05d.txt", i % 100, i));
      Files.writeString(file, Samples.SENTENCE_1 + " " + i);
    }
    CollectingListener result = CollectingListener.ingest(many);

    assertThat(result.errors).isEmpty();
    assertThat(result.articles).hasSize(10_000);
    assertThat(result.articles.get(0).origin()).endsWith("d00/f00000.txt");
    assertThat(result.articles.get(1).origin()).endsWith("d00/f00100.txt");
    assertThat(result.articles.get(9_999).origin()).endsWith("d99/f09999.txt");
    assertThat(result.articles).extracting(Article::id).doesNotHaveDuplicates();
  }

  @Test
  void stdinIsReadAsTextOrJsonLines() throws Exception {
    assertThat(ingestStdin(Samples.ARTICLE_TEXT)).singleElement().satisfies(a -> {
      assertThat(a.text()).isEqualTo(Samples.ARTICLE_TEXT);
      assertThat(a.origin()).isEqualTo("<stdin>");
    });
    assertThat(ingestStdin("{\"id\":\"s1\",\"text\":\"" + Samples.SENTENCE_1 + "\"}\n"))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.id()).isEqualTo("s1");
          assertThat(a.origin()).isEqualTo("<stdin>:1");
        });
  }

  @Test
  void aForcedFormatOverridesTheExtension() throws Exception {
    Path page = Samples.write(dir.resolve("page.txt"), Samples.NEWS_PAGE);
    assertThat(CollectingListener.ingest(InputFormat.HTML, page).articles.get(0).title()).isEqualTo(Samples.TITLE);
    assertThat(CollectingListener.ingest(InputFormat.TEXT, page).articles.get(0).text()).contains("<nav>");
  }

  private static List<Article> ingestStdin(String content) {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
      return CollectingListener.ingest("-").articles;
    } finally {
      System.setIn(original);
    }
  }

  private static byte[] gzipBytes(byte[] content) throws Exception {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var gzip = new java.util.zip.GZIPOutputStream(bytes)) {
      gzip.write(content);
    }
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
