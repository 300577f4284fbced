package org.rasd.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

  @Test
  void aMatchInNormalisedTextMapsToTheOriginalSpan() {
    String original = "أفادت مصادر لـ”أورينت نت” عن رصد تعزيزات في حوش الفارة.";
    NormalizedText n = NormalizedText.of(original);
    assertThat(n.original()).isSameAs(original);
    int at = n.text().indexOf("\"اورينت نت\"");
    assertThat(at).isPositive();
    int start = n.originalStart(at + 1);
    int end = n.originalEnd(at + 1 + "اورينت نت".length());
    assertThat(original.substring(start, end)).isEqualTo("أورينت نت");
  }

  @Test
  void deletedCharactersInsideAMatchStayInsideTheOriginalSpan() {
    String original = "قال مُقاتِلــو \u200Fالجَيْش اليوم";
    NormalizedText n = NormalizedText.of(original);
    assertThat(n.text()).isEqualTo("قال مقاتلو الجيش اليوم");
    int at = n.text().indexOf("مقاتلو الجيش");
    String span = original.substring(n.originalStart(at), n.originalEnd(at + "مقاتلو الجيش".length()));
    assertThat(span).isEqualTo("مُقاتِلــو \u200Fالجَيْش");
  }

  @Test
  void edgesAndEmptyText() {
    NormalizedText empty = NormalizedText.of("");
    assertThat(empty.text()).isEmpty();
    assertThat(empty.originalStart(0)).isZero();
    assertThat(empty.originalEnd(0)).isZero();
    NormalizedText marks = NormalizedText.of("\u200F\u064E");
    assertThat(marks.text()).isEmpty();
    assertThat(marks.originalStart(0)).isEqualTo(2);
    NormalizedText digits = NormalizedText.of("عام ٢٠١٣");
    int at = digits.text().indexOf("2013");
    assertThat(digits.original().substring(digits.originalStart(at), digits.originalEnd(at + 4))).isEqualTo("٢٠١٣");
  }
}
