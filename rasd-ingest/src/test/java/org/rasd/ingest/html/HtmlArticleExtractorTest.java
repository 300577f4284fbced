package org.rasd.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasd.ingest.BadInputException;
import org.rasd.ingest.Samples;
import org.rasd.nlp.model.Article;

class HtmlArticleExtractorTest {

  private static final String TITLE = Samples.TITLE;
  private static final String P1 = Samples.SENTENCE_1;
  private static final String P2 = "وقال مدير التربية إن المدرسة تستقبل خمسمئة طالب";
  private static final String P2_AFTER_BREAK = "في العام الدراسي المقبل.";

  @Test
  void keepsTheArticleBodyAndDropsThePageAroundIt() throws Exception {
    Article article = extract(Samples.NEWS_PAGE);

    assertThat(article.text())
        .isEqualTo(String.join("\n", TITLE, P1, P2, P2_AFTER_BREAK));
    assertThat(article.text())
        .doesNotContain("الرئيسية", "رياضة", "شارك", "سكربت", "تعليق", "اقرأ أيضاً", "خبر آخر", "الأكثر قراءة",
            "محفوظة", "ابحث");
  }

  @Test
  void readsTheMetadataOfTheHead() throws Exception {
    Article article = extract(Samples.NEWS_PAGE);

    assertThat(article.title()).isEqualTo(TITLE);
    assertThat(article.source()).isEqualTo("موقع التجربة");
    assertThat(article.url()).isEqualTo("https://example.org/news/school");
    assertThat(article.published()).isEqualTo("2024-03-05T10:15:00+03:00");
    assertThat(article.language()).isEqualTo("ar");
    assertThat(article.origin()).isEqualTo("page.html");
    assertThat(article.id()).matches("[0-9a-f]{16}");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<meta property='og:published_time' content='2024-03-05T10:15:00Z'>|2024-03-05T10:15:00Z",
        "<meta name='date' content='2024-03-05'>|2024-03-05",
        "<meta name='pubdate' content='2024-03-05T10:15:00+0300'>|2024-03-05T10:15:00+03:00",
        "<meta itemprop='datePublished' content='2024-03-05 10:15'>|2024-03-05T10:15",
        "<time datetime='2024-03-05T10:15:00+03:00'>الثلاثاء</time>|2024-03-05T10:15:00+03:00",
        "<span itemprop='datePublished'>2024-03-05</span>|2024-03-05",
      })
  void findsThePublicationDateWhereverThePagePutsIt(String markup, String expected) throws Exception {
    String page = "<html><head>" + markup + "</head><body><p>" + P1 + "</p>" + markup + "</body></html>";
    assertThat(extract(page).published()).startsWith(expected);
  }

  @Test
  void withoutMarkupTakesTheBlockWithTheMostParagraphText() throws Exception {
    String page =
        """
        <html lang="ar"><head><title>عنوان الصفحة</title></head><body>
        <div id="top"><p><a href="/">الرئيسية</a></p></div>
        <div class="columns">
          <div class="story"><p>%s</p><p>%s</p><p>%s</p></div>
          <div class="box"><p>إعلان قصير</p></div>
        </div>
        </body></html>
        """
            .formatted(P1, P2, Samples.SENTENCE_3);
    Article article = extract(page);
    assertThat(article.text()).startsWith(P1).endsWith("الماضي.").doesNotContain("إعلان", "الرئيسية");
    assertThat(article.title()).isEqualTo("عنوان الصفحة");
  }

  @Test
  void aWrapperNamedLikeFurnitureIsNotDropped() throws Exception {
    String page =
        "<html><body><div class='page has-sidebar'><div class='sidebar'><p>روابط</p></div>"
            + "<div class='text'><p>" + P1 + "</p><p>" + Samples.SENTENCE_3 + "</p></div></div></body></html>";
    assertThat(extract(page).text()).isEqualTo(P1 + "\n" + Samples.SENTENCE_3);
  }

  @Test
  void aPageWithoutBodyTextIsAnError() {
    String page =
        "<html><head><title>عنوان</title><script>var a = 1;</script></head>"
            + "<body><nav><a href='/'>الرئيسية</a></nav><footer>حقوق</footer></body></html>";
    assertThatThrownBy(() -> extract(page))
        .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.reason()).isEqualTo("no body text"));
  }

  @Test
  void decodesWindows1256PagesDeclaredOrNot() throws Exception {
    Charset windows1256 = Charset.forName("windows-1256");
    String declared = "<html><head><meta charset=\"windows-1256\"></head><body><p>" + P1 + "</p></body></html>";
    assertThat(HtmlArticleExtractor.extract(declared.getBytes(windows1256), null, null, null, "a.html").text())
        .isEqualTo(P1);
    // Served as UTF-8 but really Windows-1256: the bytes win.
    String mislabelled = declared.replace("windows-1256", "utf-8");
    assertThat(HtmlArticleExtractor.extract(mislabelled.getBytes(windows1256), null, null, null, "b.html").text())
        .isEqualTo(P1);
  }

  @Test
  void aFetchUrlAndFallbackDateAreUsedWhenGiven() throws Exception {
    String page = "<html><body><p>" + P1 + "</p></body></html>";
    Article article =
        HtmlArticleExtractor.extract(
            page.getBytes(StandardCharsets.UTF_8), null, "https://example.org/a", "2024-03-05T07:00:00Z", "x#1");
    assertThat(article.url()).isEqualTo("https://example.org/a");
    assertThat(article.published()).isEqualTo("2024-03-05T07:00:00Z");
    assertThat(article.language()).isEqualTo("ar");
  }

  private static Article extract(String html) throws BadInputException {
    return HtmlArticleExtractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null, null, "page.html");
  }
}
