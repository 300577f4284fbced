package org.rasd.nlp.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.nlp.facts.FactExtractorTest.extract;
import static org.rasd.nlp.facts.FactExtractorTest.only;
import static org.rasd.nlp.facts.FactExtractorTest.texts;

import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;

/** Event patterns of the genre, each on short sentences written for this test with hand-made mentions. */
class EventPatternsTest {

  @Test
  void anAdjectiveOfOriginInsideAPhraseTriggerNamesTheActor() {
    AnnotatedDocument doc =
        extract("أعلنت روسيا دعمها للحكومة. وقال مسؤولون إن الحملة الروسية الجوية على مختلف مناطق سوريا ستستمر.",
            "2016-05", "روسيا", "COUNTRY", "سوريا", "COUNTRY");
    PredictedEvent e = only(doc, "Air/drone strike");
    assertThat(e.trigger().text()).isEqualTo("الحملة الروسية الجوية");
    assertThat(texts(e.actors())).containsExactly("روسيا");
    assertThat(texts(e.locations())).containsExactly("سوريا");
    assertThat(e.modality()).isEqualTo("planned");
  }

  @Test
  void thePersonArrestedOrReleasedIsHeldNotActing() {
    AnnotatedDocument doc =
        extract("والقيادي أحمد الخالد اعتقل بتهمة التحريض عام 2009، ثم أفرج عنه بعفو عام 2011.", "2015-12",
            "أحمد الخالد", "PERSON");
    PredictedEvent arrest = only(doc, "Arrests");
    assertThat(arrest.actors()).isEmpty();
    assertThat(texts(arrest.targets())).containsExactly("أحمد الخالد");
    PredictedEvent release = only(doc, "Other");
    assertThat(release.actors()).isEmpty();
    assertThat(texts(release.targets())).containsExactly("أحمد الخالد");
  }

  @Test
  void fightingAfterWhichGroundWasTakenIsPartOfTheTakeover() {
    AnnotatedDocument doc =
        extract("وقالت الفصائل إنها سيطرت على قرية الحمرا بعد معارك مع لواء الجبل.", "2018-02",
            "الحمرا", "TOWN", "لواء الجبل", "ARMED_GROUP");
    assertThat(doc.events()).singleElement().satisfies(e -> assertThat(e.trigger().text()).isEqualTo("سيطرت"));
  }

  @Test
  void theSameActorTakingMorePlacesInOneSentenceIsOneEvent() {
    AnnotatedDocument doc =
        extract("وأعلن جيش الفتح سيطرته على قرى التينة والصفا، كما سيطر على تلة الغار.", "2018-02",
            "جيش الفتح", "ARMED_GROUP", "التينة", "TOWN", "الصفا", "TOWN", "تلة الغار", "LOCATION");
    assertThat(doc.events()).singleElement().satisfies(e -> {
      assertThat(texts(e.actors())).containsExactly("جيش الفتح");
      assertThat(texts(e.locations())).containsExactly("التينة", "الصفا", "تلة الغار");
    });
  }

  @Test
  void aPlaceListGoesOnPastLaSiyyama() {
    AnnotatedDocument doc =
        extract("وكانت قوات النظام تقدمت إلى مناطق في ريف حلب الجنوبي، ولا سيما بلدتي الحاضر وخلصة.", "2016-01",
            "قوات النظام", "STATE_FORCES", "حلب", "CITY", "الحاضر", "TOWN", "خلصة", "TOWN");
    PredictedEvent e = only(doc, "Government regains territory");
    assertThat(texts(e.locations())).contains("حلب", "الحاضر", "خلصة");
  }

  @Test
  void aHeadlineWithoutPartiesIsTheClashTheBodyTellsInTheSamePlace() {
    AnnotatedDocument doc =
        extract("اقتتال في إدلب\nاندلعت اشتباكات عنيفة بين جبهة الشمال وكتائب الفجر في إدلب.", "2017-03",
            "إدلب", "CITY", "جبهة الشمال", "ARMED_GROUP", "كتائب الفجر", "ARMED_GROUP");
    assertThat(doc.events()).singleElement().satisfies(e -> assertThat(texts(e.actors())).containsExactly("جبهة الشمال"));
  }

  @Test
  void aGroupDescribedByARelativeClauseActsInItsPastVerb() {
    AnnotatedDocument doc =
        extract("أعلنت حركة أحرار الجبل عن خطتها. وانضم مقاتلون للحركة، التي انفصلت عن “جبهة النصر” العام الماضي.", "2018-02",
            "حركة أحرار الجبل", "ARMED_GROUP", "جبهة النصر", "ARMED_GROUP");
    assertThat(doc.events()).anySatisfy(e -> {
      assertThat(e.trigger().text()).isEqualTo("انفصلت");
      assertThat(texts(e.actors())).containsExactly("حركة أحرار الجبل");
    });
  }

  @Test
  void subjectsListedAfterKullMinFollowTheVerbsObject() {
    AnnotatedDocument doc =
        extract("وانضم لـ“الفرقة الساحلية” كل من “لواء السهل” و”كتائب الوادي” العاملة في بلدة ترمانين.", "2018-02",
            "الفرقة الساحلية", "MISC", "لواء السهل", "ARMED_GROUP", "كتائب الوادي", "ARMED_GROUP", "ترمانين", "TOWN");
    PredictedEvent e = only(doc, "Change to group/activity");
    assertThat(texts(e.actors())).containsExactly("لواء السهل", "كتائب الوادي");
    assertThat(texts(e.locations())).containsExactly("ترمانين");
  }

  @Test
  void securityForcesStormingATownIsACrackdownNotABattle() {
    AnnotatedDocument doc =
        extract("واقتحمت قوات الأمن بلدة الزبداني.", "2012-03-10", "قوات الأمن", "STATE_FORCES", "الزبداني", "TOWN");
    assertThat(doc.events()).singleElement().satisfies(e -> {
      assertThat(e.type().acledType()).isEqualTo("Strategic developments");
      assertThat(texts(e.locations())).containsExactly("الزبداني");
    });
  }

  @Test
  void aUnitTakenOverStandsForItsBaseAndAPronounPointsBackToIt() {
    AnnotatedDocument doc =
        extract("أعلن تنظيم “الدولة” سيطرة مقاتليه على “اللواء 93” بريف الرقة. وتأتي السيطرة بعدما شن التنظيم، منذ يوم الأربعاء، هجوما واسعا عليه.",
            "2014-08", "الدولة", "ARMED_GROUP", "اللواء 93", "STATE_FORCES", "الرقة", "CITY");
    PredictedEvent takeover = only(doc, "Non-state actor overtakes territory");
    assertThat(texts(takeover.actors())).containsExactly("الدولة");
    assertThat(texts(takeover.locations())).startsWith("اللواء 93");
    PredictedEvent attack = only(doc, "Armed clash");
    assertThat(texts(attack.locations())).startsWith("اللواء 93");
  }

  @Test
  void verbalNounsAfterAResultVerbAreEventsButADeathAloneIsNot() {
    AnnotatedDocument doc =
        extract("وأكد القائد مقتل زهران السالم. وأسفرت عمليات قوات النظام عن تفكيك ثلاث مفخخات في بلدة الميادين.", "2017-12",
            "زهران السالم", "PERSON", "قوات النظام", "STATE_FORCES", "الميادين", "TOWN");
    assertThat(doc.events()).singleElement().satisfies(e -> {
      assertThat(e.type().acledSubtype()).isEqualTo("Disrupted weapons use");
      assertThat(texts(e.actors())).containsExactly("قوات النظام");
    });
  }

  @Test
  void aUnitNamedAfterABaseWordIsThePlace() {
    AnnotatedDocument doc =
        extract("ووصلت تعزيزات عسكرية لقوات النظام إلى معسكر “اللواء 93” قرب الرقة.", "2014-08",
            "قوات النظام", "STATE_FORCES", "اللواء 93", "STATE_FORCES", "الرقة", "CITY");
    assertThat(doc.events()).singleElement().satisfies(e -> {
      assertThat(texts(e.actors())).containsExactly("قوات النظام");
      assertThat(texts(e.locations())).contains("اللواء 93");
    });
  }

  @Test
  void aHeadlineStrikeOnTheRegionIsTheStrikeOnATownThere() {
    AnnotatedDocument doc =
        extract("غارة جوية على ريف حمص\nوشنت طائرات النظام غارة جوية على بلدة تلبيسة بريف حمص.", "2017-04",
            "ريف حمص", "REGION", "طائرات النظام", "STATE_FORCES", "تلبيسة", "TOWN");
    assertThat(doc.events()).singleElement().satisfies(e -> {
      assertThat(texts(e.actors())).containsExactly("طائرات النظام");
      assertThat(texts(e.locations())).contains("تلبيسة");
    });
  }

  @Test
  void anAdverbOfPurposeIsNoEventOfItsOwn() {
    AnnotatedDocument doc =
        extract("وأنهت قوات النظام إعادة تجميع في محيط المطار، استعدادا لمواجهة الفصائل.", "2014-07",
            "قوات النظام", "STATE_FORCES");
    assertThat(doc.events()).singleElement().satisfies(e -> assertThat(e.trigger().text()).isEqualTo("إعادة تجميع"));
  }

  @Test
  void aSecondPartyStandsRightAfterMaa() {
    AnnotatedDocument doc =
        extract("وتزامن تشكيل “لواء الفتح” مع استمرار تركيا نشر قواتها.", "2018-02",
            "لواء الفتح", "ARMED_GROUP", "تركيا", "COUNTRY");
    PredictedEvent e = only(doc, "Change to group/activity");
    assertThat(texts(e.actors())).containsExactly("لواء الفتح");
  }

  @Test
  void aCountryDeployingRightBeforeADevelopmentIsItsActorAndUnlikeDevelopmentsStaySeparate() {
    AnnotatedDocument doc =
        extract("وتتزامن الانضمامات مع استمرار تركيا توزيع نقاط المراقبة في إدلب.", "2018-02",
            "تركيا", "COUNTRY", "إدلب", "CITY");
    PredictedEvent e = only(doc, "Headquarters or base established");
    assertThat(texts(e.actors())).containsExactly("تركيا");
    assertThat(texts(e.locations())).containsExactly("إدلب");
  }

  @Test
  void thePeopleHeldAreNoAbductionWithoutWhoHoldsThem() {
    AnnotatedDocument doc =
        extract("وتم نقل عدد من المخطوفين إلى مدينة حلب.", "2014-05", "حلب", "CITY");
    assertThat(doc.events()).isEmpty();
  }

  @Test
  void whoseBulletsKilledIsTheActorOfTheKilling() {
    AnnotatedDocument doc =
        extract("وانتشرت قوات الأمن في أحياء المدينة. وقتل ثلاثة متظاهرين برصاص الأمن في حي الوعر.", "2012-03",
            "قوات الأمن", "STATE_FORCES", "الوعر", "NEIGHBOURHOOD");
    PredictedEvent e = only(doc, "Attack");
    assertThat(texts(e.actors())).containsExactly("قوات الأمن");
    assertThat(texts(e.locations())).containsExactly("الوعر");
  }

  @Test
  void theSameActorsPreparationsMentionedAgainWithoutAPlaceAreOneEvent() {
    AnnotatedDocument doc =
        extract("وتحدثت مصادر عن استعدادات ميليشيا “لواء الفجر” لاقتحام بلدة القاسمية. وأفادت مصادر أخرى عن استعدادات في صفوف الميليشيا.", "2016-05",
            "لواء الفجر", "ARMED_GROUP", "القاسمية", "TOWN");
    assertThat(doc.events()).singleElement().satisfies(e -> assertThat(texts(e.locations())).containsExactly("القاسمية"));
  }

  @Test
  void shellingByAircraftOrWithBarrelBombsIsAnAirStrike() {
    AnnotatedDocument byAircraft =
        extract("وقصفت طائرات حربية روسية بلدة كفرزيتا في ريف حماة.", "2017-03", "كفرزيتا", "TOWN", "حماة", "CITY");
    assertThat(byAircraft.events()).singleElement()
        .satisfies(e -> assertThat(e.type().acledSubtype()).isEqualTo("Air/drone strike"));
    AnnotatedDocument withBarrels =
        extract("وقصفت قوات النظام بلدة اللطامنة بالبراميل المتفجرة.", "2017-03", "قوات النظام", "STATE_FORCES", "اللطامنة", "TOWN");
    assertThat(texts(only(withBarrels, "Air/drone strike").actors())).containsExactly("قوات النظام");
    AnnotatedDocument withGuns =
        extract("وقصفت قوات النظام بلدة اللطامنة بالمدفعية الثقيلة.", "2017-03", "قوات النظام", "STATE_FORCES", "اللطامنة", "TOWN");
    assertThat(texts(only(withGuns, "Shelling/artillery/missile attack").actors())).containsExactly("قوات النظام");
  }
}
