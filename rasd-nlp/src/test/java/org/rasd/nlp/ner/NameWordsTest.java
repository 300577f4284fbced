package org.rasd.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.text.ArabicNormalizer;

/** First and last words of list entries, met by inflected words of the text. */
class NameWordsTest {

  private final Gazetteer lists = new Gazetteer(Map.of(
      "ACTOR_ORG", List.of("وزارة دفاع أميركي"),
      "PERS", List.of("نوري المالكي", "حسن")));
  private final NameWords words = new NameWords(lists);
  private final int org = lists.types().indexOf("ACTOR_ORG");
  private final int pers = lists.types().indexOf("PERS");

  private int of(String word) {
    return words.of(NameWords.key(Proclitics.featureStem(ArabicNormalizer.normalize(word))));
  }

  @Test
  void knowsAFirstNameAndAFamilyNameOnTheirOwnBehindClitics() {
    assertThat(of("نوري")).isEqualTo(1 << (2 * pers));
    assertThat(of("والمالكي")).isEqualTo(1 << (2 * pers + 1));
    assertThat(of("وحسن")).isEqualTo(1 << (2 * pers));
    assertThat(of("الصدر")).isZero();
  }

  @Test
  void meetsALemmatisedEntryInItsInflectedForms() {
    assertThat(of("وزارة")).isEqualTo(1 << (2 * org));
    assertThat(of("الأميركية")).isEqualTo(1 << (2 * org + 1));
    assertThat(of("الأميركيين")).isEqualTo(1 << (2 * org + 1));
  }
}
