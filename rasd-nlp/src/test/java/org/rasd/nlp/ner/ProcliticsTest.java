package org.rasd.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rasd.nlp.text.ArabicNormalizer;

class ProcliticsTest {

  private static String n(String s) {
    return ArabicNormalizer.normalize(s);
  }

  @Test
  void featureStemDropsConjunctionPrepositionAndArticle() {
    assertThat(Proclitics.featureStem(n("وبالغوطة"))).isEqualTo(n("غوطة"));
    assertThat(Proclitics.featureStem(n("للدفاع"))).isEqualTo(n("دفاع"));
    assertThat(Proclitics.featureStem(n("الجيش"))).isEqualTo(n("جيش"));
    assertThat(Proclitics.featurePrefix(n("وبالغوطة"))).isEqualTo("وبال");
    assertThat(Proclitics.featureStem(n("حلب"))).isEqualTo(n("حلب"));
  }

  @Test
  void mentionCutsOnlyWhereTheArticleProvesAProclitic() {
    assertThat(Proclitics.lettersBeforeArticle(n("وبالغوطة"))).isEqualTo(2);
    assertThat(Proclitics.lettersBeforeArticle(n("بالغوطة"))).isEqualTo(1);
    assertThat(Proclitics.lettersBeforeArticle(n("الغوطة"))).isZero();
    assertThat(Proclitics.lettersBeforeArticle(n("للدفاع"))).isZero(); // article fused with ل
    assertThat(Proclitics.lettersBeforeArticle(n("وليد"))).isZero();
    assertThat(Proclitics.lettersBeforeArticle(n("بشار"))).isZero();
  }
}
