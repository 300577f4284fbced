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
}
