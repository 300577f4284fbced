package org.rasd.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;

class SentenceSplitterTest {

  private static final ArabicTextAnalyzer ANALYZER = ArabicTextAnalyzer.withoutSegmentation();

  private static List<String> sentences(String text) {
    AnnotatedDocument d = ANALYZER.analyze(Article.ofText("t", text, "test"));
    return d.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void splitsOnFinalMarksAndLinesNotOnTheArabicComma() {
    assertThat(sentences("قصفت الطائرات المدينة، وقتل ثلاثة. هل انتهى القتال؟ لا! \nعنوان فرعي\n\nفقرة جديدة"))
        .containsExactly("قصفت الطائرات المدينة، وقتل ثلاثة.", "هل انتهى القتال؟", "لا!", "عنوان فرعي", "فقرة جديدة");
  }

  @Test
  void closingQuotesAndBracketsStayWithTheSentence() {
    assertThat(sentences("قال: ”انتهت المعركة في البلدة وخرج المقاتلون منها بعد حصار طويل.” ثم غادر. (وصل الوفد.) تم"))
        .containsExactly(
            "قال: ”انتهت المعركة في البلدة وخرج المقاتلون منها بعد حصار طويل.”", "ثم غادر.", "(وصل الوفد.)", "تم");
  }

  @Test
  void doesNotSplitInsideNumbersInitialsEllipsesOrShortQuotedNames() {
    assertThat(sentences("ارتفع العدد إلى 3.5 مليون. نقلت أ.ف.ب الخبر"))
        .containsExactly("ارتفع العدد إلى 3.5 مليون.", "نقلت أ.ف.ب الخبر");
    assertThat(sentences("على وقع الاقتتال بالغوطة ..ميليشيات تندمج... وإيران تمهد"))
        .containsExactly("على وقع الاقتتال بالغوطة ..ميليشيات تندمج... وإيران تمهد");
    assertThat(sentences("أطلق الجيش معركة “الفجر الجديد!” في ريف حماة. وتقدم"))
        .containsExactly("أطلق الجيش معركة “الفجر الجديد!” في ريف حماة.", "وتقدم");
  }

  @Test
  void oddInputGivesNoSentencesOrCleanOnes() {
    assertThat(sentences("")).isEmpty();
    assertThat(sentences("  \n\n \u200F\u200E ")).isEmpty();
    assertThat(sentences("\u200Fقتل ٣ مدنيين.\u200F\nالمصدر: Reuters")).containsExactly("قتل ٣ مدنيين.", "المصدر: Reuters");
  }

  @Test
  void aLineWrappedInsideAQuotationOrAfterAPrepositionGoesOn() {
    assertThat(sentences("أعلن التنظيم المعروف باسم \"\nداعش\"، الجمعة، عن سيطرته على المعقل في\nسوريا، بعد حصار.\nعنوان"))
        .containsExactly("أعلن التنظيم المعروف باسم \"\nداعش\"، الجمعة، عن سيطرته على المعقل في\nسوريا، بعد حصار.", "عنوان");
    assertThat(sentences("قال \"الجيش\n\nالبيان\"")).containsExactly("قال \"الجيش", "البيان\"");
  }

  @Test
  void sentenceEndsInUdArabicPudParagraphsAreFound() throws java.io.IOException {
    java.nio.file.Path pud =
        java.nio.file.Path.of(System.getProperty("rasd.shared", "../shared")).resolve(SegmenterTraining.PUD);
    SentenceSplitEvaluation.Result r = SentenceSplitEvaluation.evaluate(pud, ANALYZER);
    assertThat(r.goldBoundaries()).isGreaterThan(500);
    assertThat(r.precision()).isGreaterThan(0.98);
    assertThat(r.recall()).isGreaterThan(0.98);
  }
}
