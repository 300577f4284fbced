package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void sameTextSameIdWhateverTheWhitespace() {
    String id = ArticleIds.fromText(Samples.ARTICLE_TEXT);
    assertThat(id).matches("[0-9a-f]{16}");
    assertThat(ArticleIds.fromText(Samples.ARTICLE_TEXT.replace("\n", "\r\n") + "  "))
        .isEqualTo(id);
    assertThat(ArticleIds.fromText("\uFEFF" + Samples.ARTICLE_TEXT)).isEqualTo(id);
  }

  @Test
  void differentTextDifferentId() {
    assertThat(ArticleIds.fromText(Samples.SENTENCE_1)).isNotEqualTo(ArticleIds.fromText(Samples.SENTENCE_2));
    // One letter apart (ة / ه) is another text: ids do not fold spelling.
    assertThat(ArticleIds.fromText("مدرسة")).isNotEqualTo(ArticleIds.fromText("مدرسه"));
  }

  @Test
  void longTextsHashInChunksLikeShortOnes() {
    String longText = Samples.SENTENCE_1.repeat(2000);
    assertThat(ArticleIds.fromText(longText)).isEqualTo(ArticleIds.fromText(longText.replace(" ", "  ")));
  }
}
