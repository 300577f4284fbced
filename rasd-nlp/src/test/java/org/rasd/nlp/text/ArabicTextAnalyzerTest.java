package org.rasd.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Sentence;
import org.rasd.nlp.model.Token;
import org.rasd.nlp.model.TokenKind;

class ArabicTextAnalyzerTest {

  private static final ArabicTextAnalyzer ANALYZER = new ArabicTextAnalyzer();
  private static String text;
  private static AnnotatedDocument doc;

  @BeforeAll
  static void analyzeReferenceArticle() {
    text = ReferenceArticle.text();
    doc = ANALYZER.analyze(Article.ofText("orient-ghouta-militias", text, "reference"));
  }

  private static List<String> sentenceTexts(AnnotatedDocument d) {
    return d.sentences().stream().map(s -> d.text().substring(s.start(), s.end())).toList();
  }

  @Test
  void headlineCaptionDatelineAndSubheadingsAreSentencesOfTheirOwn() {
    assertThat(sentenceTexts(doc))
        .contains(
            "على وقع الاقتتال بالغوطة ..ميليشيات تندمج وإيران تمهد لاقتحامها",
            "(صورة أرشيفية) ميليشيا \"أسد الله الغالب\" بعد تمكنها من اقتحام مدينة المليحة بالغوطة الشرقية 2014",
            "مراسل سوري – اورينت نت",
            "المرحلة الثالثة!",
            "كل أنحاء سوريا",
            "اندماج الميليشيات العراقية");
    assertThat(sentenceTexts(doc).get(0)).isEqualTo("على وقع الاقتتال بالغوطة ..ميليشيات تندمج وإيران تمهد لاقتحامها");
  }

  @Test
  void arabicCommaDoesNotEndASentenceButFullStopDoes() {
    String paragraph =
        sentenceTexts(doc).stream().filter(s -> s.startsWith("على وقع المواجهات")).findFirst().orElseThrow();
    assertThat(paragraph).contains("، تؤكد المصادر").endsWith("في كل أنحاء سوريا.");
    assertThat(sentenceTexts(doc))
        .contains("وأضاف الموقع أن اقتحام دير العصافير يشكل ما سماه بالمرحلة الثالثة من الاستيلاء على الغوطة الشرقية.");
  }

  @Test
  void everyTokenIsTheOriginalSubstringAndLiesInItsSentence() {
    for (Token t : doc.tokens()) {
      assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
      assertThat(t.text()).isNotBlank();
      assertThat(t.norm()).isEqualTo(ArabicNormalizer.normalize(t.text()));
      assertThat(t.segmentation().stem())
          .isEqualTo(text.substring(t.segmentation().stemStart(), t.segmentation().stemEnd()));
    }
    int expectedFirst = 0;
    for (Sentence s : doc.sentences()) {
      assertThat(s.firstToken()).isEqualTo(expectedFirst);
      assertThat(s.tokenCount()).isPositive();
      for (Token t : doc.tokensOf(s)) {
        assertThat(s.contains(t)).as("sentence %d contains %s", s.index(), t.text()).isTrue();
      }
      expectedFirst += s.tokenCount();
    }
    assertThat(expectedFirst).isEqualTo(doc.tokens().size());
    for (int i = 0; i < doc.tokens().size(); i++) {
      assertThat(doc.tokens().get(i).index()).isEqualTo(i);
    }
  }

  @Test
  void fusedProcliticBeforeAQuoteIsATokenOfItsOwn() {
    int at = text.indexOf("لـ”أورينت نت”");
    List<Token> tokens = doc.tokens().stream().filter(t -> t.start() >= at).limit(5).toList();
    assertThat(tokens).extracting(Token::text).containsExactly("لـ", "”", "أورينت", "نت", "”");
    assertThat(tokens).extracting(Token::kind)
        .containsExactly(TokenKind.ARABIC, TokenKind.PUNCT, TokenKind.ARABIC, TokenKind.ARABIC, TokenKind.PUNCT);
    assertThat(tokens.get(0).segmentation().prefixes()).containsExactly("لـ");
    assertThat(tokens.get(0).segmentation().stem()).isEmpty();
    assertThat(tokens.get(2).norm()).isEqualTo("اورينت");
  }

  @Test
  void wordsOfTheArticleAreSegmented() {
    Token t = doc.tokens().stream().filter(x -> x.text().equals("بالغوطة")).findFirst().orElseThrow();
    assertThat(t.segmentation().prefixes()).containsExactly("ب", "ال");
    assertThat(t.segmentation().stem()).isEqualTo("غوطة");
    Token headlineLast = doc.tokensOf(doc.sentences().get(0)).get(doc.sentences().get(0).tokenCount() - 1);
    assertThat(headlineLast.text()).isEqualTo("لاقتحامها");
    assertThat(headlineLast.segmentation().prefixes()).containsExactly("ل");
    assertThat(headlineLast.segmentation().stem()).isEqualTo("اقتحام");
    assertThat(headlineLast.segmentation().suffixes()).containsExactly("ها");
  }

  @Test
  void aHundredThousandTokenLineCompletes() {
    String line = "قصفت الطائرات وبالغوطة، 2013 ".repeat(20_000);
    AnnotatedDocument d = ANALYZER.analyze(Article.ofText("long", line, "test"));
    assertThat(d.tokens().size()).isEqualTo(100_000);
    assertThat(d.sentences().size()).isEqualTo(1);
    assertThat(d.tokens().get(99_999).end()).isEqualTo(line.stripTrailing().length());
  }

  @Test
  void analyzesConcurrentlyWithTheSameResult() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<AnnotatedDocument>>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> ANALYZER.analyze(Article.ofText("c", text, "test"))));
      }
      for (var f : futures) {
        assertThat(f.get().tokens()).isEqualTo(doc.tokens());
        assertThat(f.get().sentences()).isEqualTo(doc.sentences());
      }
    } finally {
      pool.shutdown();
    }
  }
}
