package org.rasd.nlp.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.nlp.facts.FactExtractorTest.extract;
import static org.rasd.nlp.facts.FactExtractorTest.only;
import static org.rasd.nlp.facts.FactExtractorTest.texts;

import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;

/** Where events happened ({@link EventPlaces}), on short sentences written for this test with hand-made mentions. */
class EventPlacesTest {

  @Test
  void aUnitsBaseTakenInATerritoryEventIsWhereWhatCameWithItHappened() {
    AnnotatedDocument doc =
        extract("وعرض تنظيم الدولة صورا لجنود قال إن مقاتليه قاموا بذبحهم بعد اقتحامهم الفرقة 17 بمحافظة الرقة.", "2014-07",
            "تنظيم الدولة", "ARMED_GROUP", "الفرقة 17", "STATE_FORCES", "محافظة الرقة", "REGION");
    assertThat(texts(only(doc, "Attack").locations())).containsExactly("الفرقة 17");
  }

  @Test
  void aUnitNotTakenIsNoPlaceButThePlaceItIsInIs() {
    AnnotatedDocument doc =
        extract("ووصلت تعزيزات عسكرية لقوات النظام إلى اللواء 47 في بلدة الكسوة.", "2016-03",
            "قوات النظام", "STATE_FORCES", "اللواء 47", "STATE_FORCES", "الكسوة", "TOWN");
    assertThat(texts(only(doc, "Other").locations())).containsExactly("الكسوة");
  }

  @Test
  void aSentenceThatNamesNoPlaceGoesOnWithTheArticlesLeadPlaceNotTheLastOne() {
    AnnotatedDocument doc =
        extract("قوات النظام تسيطر على ريف حلب الجنوبي\n"
            + "سيطرت قوات النظام على بلدة الحاضر في ريف حلب الجنوبي، كما سيطرت على طريق خان طومان. "
            + "وأضاف المصدر أن العمليات أسفرت عن القضاء على عشرات المسلحين من جبهة الشمال.", "2016-02",
            "قوات النظام", "STATE_FORCES", "حلب", "CITY", "الحاضر", "TOWN", "طريق خان طومان", "ROAD",
            "جبهة الشمال", "ARMED_GROUP");
    PredictedEvent clash = only(doc, "Armed clash");
    assertThat(clash.trigger().text()).isEqualTo("القضاء على");
    assertThat(texts(clash.locations())).containsExactly("حلب");
  }

  @Test
  void anEventDatedOtherwiseOrAChangeToAGroupTakesNoLeadPlace() {
    AnnotatedDocument doc =
        extract("غارة جوية على بلدة أوتايا تقتل قائد جيش الفتح\n"
            + "قتل أحمد الخالد قائد جيش الفتح في غارة جوية على بلدة أوتايا. "
            + "وكانت الأجهزة الأمنية اعتقلت أحمد الخالد عام 2009، وأسس جيش الفتح عام 2012.", "2015-12",
            "أوتايا", "TOWN", "جيش الفتح", "ARMED_GROUP", "أحمد الخالد", "PERSON", "الأجهزة الأمنية", "STATE_FORCES");
    assertThat(only(doc, "Arrests").locations()).isEmpty();
    assertThat(only(doc, "Change to group/activity").locations()).isEmpty();
  }

  @Test
  void aDevelopmentWithNoPartyIsAnEventWhenItsTriggerGovernsAPlace() {
    AnnotatedDocument doc =
        extract("وتم إدخال مساعدات إلى مدينة معضمية الشام المحاصرة. وتحدث التقرير عن مساعدات جديدة قريبا.", "2016-01",
            "معضمية الشام", "TOWN");
    assertThat(doc.events()).singleElement().satisfies(e -> {
      assertThat(e.type().acledSubtype()).isEqualTo("Other");
      assertThat(texts(e.locations())).containsExactly("معضمية الشام");
    });
  }

  @Test
  void aPassiveRelativeClauseOnPeopleDescribesThemAndPlacesNoEvent() {
    AnnotatedDocument doc =
        extract("ونقلت الحافلات عددا من الذين تم خطفهم من مدينة حلب إلى بلدة كسب.", "2014-05",
            "حلب", "CITY", "كسب", "TOWN");
    assertThat(doc.events()).noneMatch(e -> e.type().acledSubtype().equals("Abduction/forced disappearance"));
  }

  @Test
  void aPlaceTheSentenceOpensWithSetsTheSceneForAllOfIt() {
    AnnotatedDocument doc =
        extract("وفي مدينة درعا، اعتقلت قوات الأمن عشرات الشبان بعد مداهمة منازلهم.", "2012-03",
            "درعا", "CITY", "قوات الأمن", "STATE_FORCES");
    assertThat(texts(only(doc, "Arrests").locations())).containsExactly("درعا");
  }

  @Test
  void aBareDefinitePlaceHeadIsTheLastPlaceOfItsTypeNamedBefore() {
    AnnotatedDocument doc =
        extract("انفجرت عبوة ناسفة في حي الصناعة بمدينة الرقة قرب بلدة الكرامة. "
            + "وتعرضت المدينة مساء أمس، لقصف مدفعي أدى إلى مقتل طفلين.", "2017-05",
            "الصناعة", "NEIGHBOURHOOD", "الرقة", "CITY", "الكرامة", "TOWN");
    assertThat(texts(only(doc, "Shelling/artillery/missile attack").locations())).containsExactly("الرقة");
  }
}
