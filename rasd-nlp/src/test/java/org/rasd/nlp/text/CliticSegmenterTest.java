package org.rasd.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rasd.nlp.model.Segmentation;

class CliticSegmenterTest {

  private static final CliticSegmenter SEGMENTER = CliticSegmenter.standard();

  /** The segmentation of a word inside a sentence, written as prefixes+stem+suffixes. */
  private static String cut(String word) {
    String text = "قال " + word + " أمس";
    Segmentation s = SEGMENTER.segment(text, 4, 4 + word.length());
    assertThat(s.stem()).isEqualTo(text.substring(s.stemStart(), s.stemEnd()));
    assertThat(String.join("", s.prefixes()) + s.stem() + String.join("", s.suffixes())).isEqualTo(word);
    StringBuilder out = new StringBuilder();
    s.prefixes().forEach(p -> out.append(p).append('+'));
    out.append('[').append(s.stem()).append(']');
    s.suffixes().forEach(x -> out.append('+').append(x));
    return out.toString();
  }

  @ParameterizedTest
  @CsvSource({
    "وبالغوطة, و+ب+ال+[غوطة]",
    "بالغوطة, ب+ال+[غوطة]",
    "للميليشيات, ل+ل+[ميليشيات]",
    "اقتحامها, [اقتحام]+ها",
    "لاقتحامها, ل+[اقتحام]+ها",
    "والعراق, و+ال+[عراق]",
    "وإيران, و+[إيران]",
    "بدمشق, ب+[دمشق]",
    "سيطرته, [سيطرت]+ه",
    "بإدلب, ب+[إدلب]",
    "بريف, ب+[ريف]",
    "وكفرزيتا, و+[كفرزيتا]",
  })
  void cutsProcliticsArticleAndEnclitics(String word, String expected) {
    assertThat(cut(word)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"تسريب", "بلدة", "لبنان", "فيلق", "كتائب", "وزارة", "ولاية", "سوريا", "مستشفى", "الذي", "إلى", "ألمانيا", "التقى", "التزام"})
  void leavesWholeWordsWhole(String word) {
    assertThat(cut(word)).isEqualTo("[" + word + "]");
  }

  @Test
  void cutsTheFusedProcliticOfLebanonWithoutTakingItForTheArticle() {
    assertThat(cut("للبنان")).isEqualTo("ل+[لبنان]");
    assertThat(segment("للبنان").hasArticle()).isFalse();
    assertThat(segment("للميليشيات").hasArticle()).isTrue();
    assertThat(segment("وبالغوطة").hasArticle()).isTrue();
    assertThat(segment("لاقتحامها").hasArticle()).isFalse();
  }

  private static Segmentation segment(String word) {
    return SEGMENTER.segment(word, 0, word.length());
  }

  @Test
  void keepsMarksWithTheirLetterAndOffsetsIntoTheOriginal() {
    assertThat(cut("وَبِالْغُوطَةِ")).isEqualTo("وَ+بِ+الْ+[غُوطَةِ]");
    assertThat(cut("بـالغوطة")).isEqualTo("بـ+ال+[غوطة]");
  }

  @Test
  void aProcliticWrittenApartWithTatweelIsAllPrefix() {
    Segmentation s = SEGMENTER.segment("لـ”أورينت", 0, 2);
    assertThat(s.prefixes()).containsExactly("لـ");
    assertThat(s.stem()).isEmpty();
    assertThat(s.stemStart()).isEqualTo(2);
    assertThat(cut("وَ")).isEqualTo("[وَ]");
  }
}
