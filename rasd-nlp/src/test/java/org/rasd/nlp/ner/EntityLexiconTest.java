package org.rasd.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLexiconTest {

  private static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");

  @Test
  void codesAStemByItsCommonestTypeAndHowOftenItIsInsideAnEntity() {
    EntityLexicon lexicon = EntityLexicon.of(List.of(
        new LabeledSentence(List.of("زار", "الرئيس", "دمشق", "."), List.of("O", "O", "B-LOC", "O")),
        new LabeledSentence(List.of("وفي", "دمشق", "قال", "دمشق", "."), List.of("O", "B-LOC", "O", "B-PERS", "O")),
        new LabeledSentence(List.of("قال", "المتحدث", "إن", "دمشق", "."), List.of("O", "O", "O", "O", "O"))),
        TYPES);

    // دمشق: LOC twice, PERS once, O once -> LOC (type index 1), 3 of 4 inside an entity -> bin 3
    int damascus = 1 + 1 * 4 + 3;
    assertThat(lexicon.code(EntityLexicon.stem("دمشق"))).isEqualTo(damascus);
    // the clitic-free stem is the key: ودمشق shares دمشق's code
    assertThat(lexicon.code(EntityLexicon.stem("ودمشق"))).isEqualTo(damascus);
    assertThat(lexicon.code(EntityLexicon.stem("قال"))).isZero();
    assertThat(lexicon.code(EntityLexicon.stem("حلب"))).isZero();
  }
}
