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
}
