package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.nlp.model.Article;

class FeedReaderTest {

  @TempDir Path dir;

  @Test
  void eachRssItemIsAnArticleWithItsFeedAsSource() throws Exception {
    Path feed = Samples.write(dir.resolve("news.xml"), Samples.RSS);
    CollectingListener result = CollectingListener.ingest(feed);

    assertThat(result.articles).hasSize(2);
    Article school = result.articles.get(0);
    assertThat(school.title()).isEqualTo(Samples.TITLE);
    assertThat(school.url()).isEqualTo("https://example.org/news/school");
    assertThat(school.published()).isEqualTo("2024-03-05T07:15:00Z");
    assertThat(school.source()).isEqualTo("أخبار التجربة");
    assertThat(school.language()).isEqualTo("ar");
    assertThat(school.text())
        .isEqualTo(Samples.SENTENCE_1 + "\n" + "وقال مدير التربية إن المدرسة تستقبل خمسمئة طالب.");
    assertThat(school.origin()).endsWith("news.xml#item1");
    assertThat(result.articles.get(1).published()).isEqualTo("2024-03-06T05:00:00Z");
    assertThat(result.articles.get(1).text()).isEqualTo(Samples.SENTENCE_3);

    // The item without text is reported, not dropped silently.
    assertThat(result.errors).singleElement().satisfies(e -> {
      assertThat(e.location()).endsWith("news.xml#item3");
      assertThat(e.reason()).isEqualTo("no text");
    });
  }

  @Test
  void eachAtomEntryIsAnArticle() throws Exception {
    Path feed = Samples.write(dir.resolve("news.atom"), Samples.ATOM);
    CollectingListener result = CollectingListener.ingest(feed);

    assertThat(result.errors).isEmpty();
    assertThat(result.articles).extracting(Article::title).containsExactly(Samples.TITLE, "أمطار غزيرة");
    Article school = result.articles.get(0);
    assertThat(school.url()).isEqualTo("https://example.org/news/school");
    assertThat(school.published()).isEqualTo("2024-03-05T07:15:00Z");
    assertThat(school.source()).isEqualTo("موجز الأخبار");
    assertThat(school.text()).startsWith(Samples.SENTENCE_1 + "\n").doesNotContain("<p>");
    // Without a published date, the updated date stands in.
    assertThat(result.articles.get(1).published()).isEqualTo("2024-03-06T08:00:00Z");
    assertThat(result.articles.get(1).text()).isEqualTo(Samples.SENTENCE_3);
  }

  @Test
  void malformedXmlIsAnErrorForTheFile() throws Exception {
    Path feed = Samples.write(dir.resolve("broken.rss"), Samples.RSS.substring(0, 400));
    CollectingListener result = CollectingListener.ingest(feed);
    assertThat(result.articles).isEmpty();
    assertThat(result.errors).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("unreadable feed"));
  }
}
