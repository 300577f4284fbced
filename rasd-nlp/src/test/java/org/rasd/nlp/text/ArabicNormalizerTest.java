package org.rasd.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

  @Test
  void foldsAlefVariantsAndTehMarbuta() {
    assertThat(ArabicNormalizer.normalize("أورينت إيران آذار ٱلله")).isEqualTo("اورينت ايران اذار الله");
    assertThat(ArabicNormalizer.normalize("بلدة")).isEqualTo("بلده");
    assertThat(ArabicNormalizer.normalize("مستشفى")).isEqualTo("مستشفي");
  }

  @Test
  void dropsDiacriticsTatweelAndInvisibleMarks() {
    assertThat(ArabicNormalizer.normalize("سُوريَّا")).isEqualTo("سوريا");
    assertThat(ArabicNormalizer.normalize("لـ\u200Fأورينت")).isEqualTo("لاورينت");
  }

  @Test
  void mapsDigitsQuotesAndSpaces() {
    assertThat(ArabicNormalizer.normalize("حزيران ٢٠١٣")).isEqualTo("حزيران 2013");
    assertThat(ArabicNormalizer.normalize("٣٫٥ مليون و١٬٠٠٠ و٪٤٠")).isEqualTo("3.5 مليون و1,000 و%40");
    assertThat(ArabicNormalizer.normalize("“جيش الإسلام”\u00A0«حزب الله»"))
        .isEqualTo("\"جيش الاسلام\" \"حزب الله\"");
  }

  @Test
  void foldsPersianLettersSeenInIranianOutlets() {
    assertThat(ArabicNormalizer.normalize("مختطفین")).isEqualTo("مختطفين");
    assertThat(ArabicNormalizer.normalize("کھ")).isEqualTo("كه");
  }
}
