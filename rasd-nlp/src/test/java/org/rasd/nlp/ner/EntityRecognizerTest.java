package org.rasd.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.text.ArabicTextAnalyzer;

/** The shipped recogniser on real Arabic sentences: spans, offsets, fine types and sources. */
class EntityRecognizerTest {

  private static PerceptronEntityRecognizer recognizer;
  private static final ArabicTextAnalyzer ANALYZER = new ArabicTextAnalyzer();

  @BeforeAll
  static void load() {
    recognizer = PerceptronEntityRecognizer.load();
  }

  static List<Mention> mentions(String text) {
    AnnotatedDocument doc = recognizer.recognize(ANALYZER.analyze(Article.ofText("t", text, "test")));
    for (Mention m : doc.mentions()) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.confidence()).isBetween(0.0, 1.0);
      assertThat(m.source()).isIn("tagger", "rule", "gazetteer");
    }
    return doc.mentions();
  }

  static Mention find(List<Mention> mentions, String text) {
    return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
  }

  @Test
  void quotedNamesAfterHeadNounsTakeTheHeadsType() {
    List<Mention> m = mentions("أعلنت ميليشيا “أسد الله الغالب” العراقية الاستعداد لاقتحام بلدة “دير العصافير” في الغوطة.");
    assertThat(find(m, "أسد الله الغالب").type()).isEqualTo("ARMED_GROUP");
    assertThat(find(m, "أسد الله الغالب").source()).isEqualTo("rule");
    assertThat(find(m, "دير العصافير").type()).isEqualTo("TOWN");
  }

  @Test
  void nicknamesAfterAlMulaqqabArePersonsAndNumberedUnitsStateForces() {
    List<Mention> m = mentions("بزعامة عقيل الموسوي الملقب بـ “أبو فاطمة” ووصلت تعزيزات إلى اللواء 39 قرب دمشق.");
    assertThat(find(m, "أبو فاطمة").type()).isEqualTo("PERSON");
    assertThat(find(m, "اللواء 39").type()).isEqualTo("STATE_FORCES");
  }

  @Test
  void mentionStartsAfterProcliticsButKeepsTheArticle() {
    String text = "وقعت اشتباكات عنيفة وبالغوطة الشرقية قتل عشرة مدنيين.";
    Mention ghouta = find(mentions(text), "الغوطة الشرقية");
    assertThat(ghouta.start()).isEqualTo(text.indexOf("الغوطة"));
    assertThat(ghouta.type()).isEqualTo("REGION");
  }

  @Test
  void quotedNamesWithTheirOwnHeadOrJoinedToATypedOneAreGroups() {
    List<Mention> m = mentions("أعلن فصيلا “البراء بن مالك” و”سيوف النصر” الانضمام مع “كتائب أنصار الدين” إلى الحركة.");
    assertThat(find(m, "البراء بن مالك").type()).isEqualTo("ARMED_GROUP");
    assertThat(find(m, "سيوف النصر").type()).isEqualTo("ARMED_GROUP");
    assertThat(find(m, "كتائب أنصار الدين").type()).isEqualTo("ARMED_GROUP");
  }

  @Test
  void placeListsAfterAVillageHeadNounGiveOneTownEach() {
    List<Mention> m = mentions("سيطرت الفصائل على قرى الزيتونة والجميلة والخالدية شمال المدينة.");
    assertThat(m).extracting(Mention::text).contains("الزيتونة", "الجميلة", "الخالدية");
    assertThat(find(m, "الجميلة").type()).isEqualTo("TOWN");
  }

  @Test
  void headNounsTypeOrganisationsAndKnownNamesKeepTheirListedType() {
    List<Mention> m = mentions("وقالت وزارة الدفاع الروسية إن قوات النظام تقدمت في ريف حلب وريف دمشق بدعم من حزب الله.");
    assertThat(find(m, "وزارة الدفاع الروسية").type()).isEqualTo("GOVERNMENT");
    assertThat(find(m, "قوات النظام").type()).isEqualTo("STATE_FORCES");
    assertThat(find(m, "حلب").type()).isEqualTo("CITY"); // ريف حلب: the countryside of the city
    assertThat(find(m, "ريف دمشق").type()).isEqualTo("REGION"); // a governorate's name
    assertThat(find(m, "حزب الله").type()).isEqualTo("ARMED_GROUP");
  }

  @Test
  void aDualHeadNounOpensAListAndItsDualAdjectiveStaysOutOfTheLastName() {
    List<Mention> m = mentions("ووصلت قافلة مساعدات إلى بلدتي نبل والزهراء المحاصرتين منذ أكثر من سنة.");
    assertThat(find(m, "الزهراء").type()).isEqualTo("TOWN");
    assertThat(m).extracting(Mention::text).doesNotContain("الزهراء المحاصرتين");
  }

  @Test
  void aCityAndAQualifierOfItsNameNameAQuarter() {
    List<Mention> m = mentions("بدأ تنفيذ اتفاق حمص القديمة وخرج المسلحون من درعا البلد، وبقيت المدينة القديمة خالية.");
    assertThat(find(m, "حمص القديمة").type()).isEqualTo("NEIGHBOURHOOD");
    assertThat(find(m, "درعا البلد").type()).isEqualTo("NEIGHBOURHOOD");
    assertThat(m).extracting(Mention::text).doesNotContain("حمص", "درعا", "المدينة القديمة");
  }

  @Test
  void aRoadNamedByItsTwoEndsIsOneRoadAndSoIsThePairCoordinatedWithIt() {
    List<Mention> m = mentions("أعلن الجيش تأمين طريق حمص حماة وحماة حلب بعد معارك عنيفة.");
    assertThat(find(m, "طريق حمص حماة").type()).isEqualTo("ROAD");
    assertThat(find(m, "حماة حلب").type()).isEqualTo("ROAD");
    assertThat(m).extracting(Mention::text).contains("حمص", "حماة", "حلب"); // the ends are places of their own
    assertThat(mentions("وانسحب المسلحون من حمص وحماة.")).extracting(Mention::text).contains("حمص", "حماة");
  }

  @Test
  void aKnownPlaceJoinedToACityIsAPlaceOfTheList() {
    List<Mention> m = mentions("وسقطت قذائف على إدلب والطيبة صباح اليوم.");
    assertThat(find(m, "إدلب").type()).isEqualTo("CITY");
    assertThat(find(m, "الطيبة").type()).isEqualTo("LOCATION");
  }

  @Test
  void anAdjectiveAfterAPlaceHeadNounDescribesItAndNamesNoPlace() {
    List<Mention> m = mentions("سقط صاروخ في منطقة مفتوحة قرب مدينة سلمية، ومن ناحية ثانية قصفت الطائرات منطقة قبلية.");
    assertThat(m).extracting(Mention::text).doesNotContain("مفتوحة", "ثانية", "قبلية").contains("سلمية");
  }

  @Test
  void aWordPointingBackToANamedPlaceEndsThePlaceList() {
    List<Mention> m = mentions("تعرضت مدينة دوما ومحيطها لقصف عنيف، وسيطرت الفصائل على قرى الزيتونة والجميلة وتلتيهما.");
    assertThat(m).extracting(Mention::text).contains("دوما", "الزيتونة", "الجميلة").doesNotContain("محيطها", "تلتيهما");
  }
}
