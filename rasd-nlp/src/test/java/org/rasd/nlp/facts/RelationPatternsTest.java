package org.rasd.nlp.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.nlp.facts.FactExtractorTest.extract;
import static org.rasd.nlp.facts.FactExtractorTest.hasRelation;

import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;

/** Relation patterns of the genre on sentences written for the test, with hand-made mentions. */
class RelationPatternsTest {

  @Test
  void aCommaAndAClassifierAfterAHoldingPlaceStartANewItem() {
    AnnotatedDocument doc =
        extract("وتقدمت قوات النظام نحو بلدتي كفرنبودة والهبيط في جبل شحشبو، وبلدة الشريعة في سهل الغاب.", "2019-05-09",
            "قوات النظام", "STATE_FORCES", "كفرنبودة", "TOWN", "الهبيط", "TOWN", "جبل شحشبو", "REGION",
            "الشريعة", "TOWN", "سهل الغاب", "REGION");
    assertThat(hasRelation(doc, "LOCATED_IN", "كفرنبودة", "جبل شحشبو")).isTrue();
    assertThat(hasRelation(doc, "LOCATED_IN", "الهبيط", "جبل شحشبو")).isTrue();
    assertThat(hasRelation(doc, "LOCATED_IN", "الشريعة", "سهل الغاب")).isTrue();
    assertThat(hasRelation(doc, "LOCATED_IN", "جبل شحشبو", "سهل الغاب")).isFalse();
  }

  @Test
  void villagesBelongingToADistrictAreAllInIt() {
    AnnotatedDocument doc =
        extract("ودخلت الفصائل قرى كفرجنة وقطمة وميدانكي التابعة لناحية شران.", "2018-02-20",
            "كفرجنة", "TOWN", "قطمة", "TOWN", "ميدانكي", "TOWN", "شران", "REGION");
    assertThat(hasRelation(doc, "LOCATED_IN", "كفرجنة", "شران")).isTrue();
    assertThat(hasRelation(doc, "LOCATED_IN", "قطمة", "شران")).isTrue();
    assertThat(hasRelation(doc, "LOCATED_IN", "ميدانكي", "شران")).isTrue();
  }

  @Test
  void anUnnamedLastItemDoesNotCutTheListFromItsDistrict() {
    AnnotatedDocument doc =
        extract("وسيطرت الفصائل على قرى كفرجنة وقطمة والتلال المحيطة بها، في ناحية شران شمال عفرين.", "2018-02-20",
            "كفرجنة", "TOWN", "قطمة", "TOWN", "شران", "REGION", "عفرين", "CITY");
    assertThat(hasRelation(doc, "LOCATED_IN", "كفرجنة", "شران")).isTrue();
    assertThat(hasRelation(doc, "LOCATED_IN", "قطمة", "شران")).isTrue();
  }

  @Test
  void aTimeBetweenGroupAndLeaderDatesTheLeadershipAndNoTimeLeavesItUndated() {
    AnnotatedDocument dated =
        extract("وميليشيا لواء الفضل تشكلت عام 2013، بزعامة أبو علي الكربلائي الملقب بالحاج.", "2016-05-01",
            "لواء الفضل", "ARMED_GROUP", "أبو علي الكربلائي", "PERSON");
    var leader = dated.relations().stream().filter(r -> r.type().equals("LEADER_OF")).findFirst().orElseThrow();
    assertThat(leader.from().text()).isEqualTo("أبو علي الكربلائي");
    assertThat(leader.time().value()).isEqualTo("2013");
    AnnotatedDocument present =
        extract("وأعلنت ميليشيا لواء الفضل التي يتزعمها أبو علي الكربلائي عن اندماجها.", "2016-05-01",
            "لواء الفضل", "ARMED_GROUP", "أبو علي الكربلائي", "PERSON");
    assertThat(present.relations().stream().filter(r -> r.type().equals("LEADER_OF")))
        .singleElement().satisfies(r -> assertThat(r.time()).isNull());
  }

  @Test
  void aCountryIsLocatedInNoOtherCountry() {
    AnnotatedDocument doc =
        extract("ويعد الفصيل من أبرز المجموعات المدعومة من إيران في سوريا.", "2016-01-01",
            "إيران", "COUNTRY", "سوريا", "COUNTRY");
    assertThat(doc.relations().stream().filter(r -> r.type().equals("LOCATED_IN"))).isEmpty();
  }

  @Test
  void anOriginAdjectiveAfterAShortFormNamesOtherGroups() {
    AnnotatedDocument doc =
        extract("وتستعد ميليشيا \"لواء الفضل\" لاقتحام البلدة بالتنسيق مع الميليشيات العراقية.", "2016-01-01",
            "لواء الفضل", "ARMED_GROUP");
    assertThat(doc.relations().stream().filter(r -> r.type().equals("NATIONALITY"))).isEmpty();
  }

  @Test
  void stateForcesHaveNoNationalityFromTheirStatesAdjective() {
    AnnotatedDocument doc =
        extract("وقتل عشرة عناصر من جيش النظام السوري في كمين نصبته ميليشيا \"الفوج الأول\" العراقية.", "2016-01-01",
            "جيش النظام", "STATE_FORCES", "الفوج الأول", "ARMED_GROUP");
    assertThat(doc.relations().stream().filter(r -> r.type().equals("NATIONALITY")).map(r -> r.from().text()))
        .containsExactly("الفوج الأول");
  }

  @Test
  void anAgencySpeakingInAGroupsName() {
    AnnotatedDocument doc =
        extract("ولم تعلق الحكومة السورية على الهجوم، واكتفت وكالة الأنباء الناطقة باسمها (سانا) بنشر بيان مقتضب.",
            "2018-04-08", "الحكومة السورية", "GOVERNMENT", "سانا", "MEDIA");
    assertThat(hasRelation(doc, "AFFILIATED_WITH", "سانا", "الحكومة السورية")).isTrue();
  }

  @Test
  void aStrongholdOfAGroupIsControlledByIt() {
    AnnotatedDocument doc =
        extract("واستهدفت الغارات مدينة إدلب، المعقل الرئيس لهيئة تحرير الشام في الشمال السوري.", "2019-01-01",
            "إدلب", "CITY", "هيئة تحرير الشام", "ARMED_GROUP");
    assertThat(hasRelation(doc, "CONTROLS", "هيئة تحرير الشام", "إدلب")).isTrue();
  }

  @Test
  void fightsAfterBattlesWith() {
    AnnotatedDocument doc =
        extract("وتقدمت قوات النظام في ريف حماة الشمالي بعد معارك مع جيش العزة استمرت أياما.", "2019-05-01",
            "قوات النظام", "STATE_FORCES", "حماة", "CITY", "جيش العزة", "ARMED_GROUP");
    assertThat(hasRelation(doc, "FIGHTS", "قوات النظام", "جيش العزة")).isTrue();
    AnnotatedDocument both =
        extract("وتقدمت فصائل الجيش الوطني والجيش التركي في ريف رأس العين، خلال المعارك التي تخوضها ضد قسد.", "2019-10-15",
            "الجيش الوطني", "ARMED_GROUP", "الجيش التركي", "STATE_FORCES", "رأس العين", "CITY", "قسد", "ARMED_GROUP");
    assertThat(hasRelation(both, "FIGHTS", "الجيش التركي", "قسد")).isTrue();
    assertThat(hasRelation(both, "FIGHTS", "الجيش الوطني", "قسد")).isTrue();
  }

  @Test
  void aGovernmentNamedAfterItsHeadWithHisTitle() {
    AnnotatedDocument doc =
        extract("وخرج آلاف المتظاهرين ضد نظام الرئيس بشار الأسد في عدة مدن.", "2012-03-10", "بشار الأسد", "PERSON");
    assertThat(hasRelation(doc, "LEADER_OF", "بشار الأسد", "نظام الرئيس بشار الأسد")).isTrue();
    AnnotatedDocument whole =
        extract("وطالب المتظاهرون بإسقاط حكومة رئيس الوزراء وائل الحلقي.", "2014-01-01", "حكومة رئيس الوزراء وائل الحلقي", "GOVERNMENT");
    assertThat(hasRelation(whole, "LEADER_OF", "وائل الحلقي", "حكومة رئيس الوزراء وائل الحلقي")).isTrue();
  }

  @Test
  void aCitysPartNamedByAnAdjectiveIsInTheCity() {
    AnnotatedDocument doc =
        extract("وخرجت الدفعة الأخيرة من المقاتلين من أحياء حلب الشرقية باتجاه ريف حلب الغربي.", "2016-12-22",
            "حلب الشرقية", "NEIGHBOURHOOD", "حلب", "CITY");
    assertThat(hasRelation(doc, "LOCATED_IN", "حلب الشرقية", "حلب")).isTrue();
  }

  @Test
  void aTitleBeforeTheGroupWithThePersonInApposition() {
    AnnotatedDocument doc =
        extract("وأكد قائد ميليشيا \"لواء الباقر\"، خالد المرعي، أن قواته ستشارك في المعركة.", "2017-03-01",
            "لواء الباقر", "ARMED_GROUP", "خالد المرعي", "PERSON");
    assertThat(hasRelation(doc, "LEADER_OF", "خالد المرعي", "لواء الباقر")).isTrue();
    AnnotatedDocument spokesman =
        extract("وقال المتحدث الرسمي باسم جيش الإسلام حمزة بيرقدار إن الهجوم فشل.", "2017-03-01",
            "جيش الإسلام", "ARMED_GROUP", "حمزة بيرقدار", "PERSON");
    assertThat(hasRelation(spokesman, "MEMBER_OF", "حمزة بيرقدار", "جيش الإسلام")).isTrue();
    AnnotatedDocument general =
        extract("والتقى الوفد بالقائد العام لحركة أحرار الشام، المدعو حسن صوفان.", "2018-01-01",
            "حركة أحرار الشام", "ARMED_GROUP", "حسن صوفان", "PERSON");
    assertThat(hasRelation(general, "LEADER_OF", "حسن صوفان", "حركة أحرار الشام")).isTrue();
  }

  @Test
  void aPersonWithATitleAfterHisName() {
    AnnotatedDocument doc =
        extract("ونقلت الوكالة عن محمد علوش، عضو المكتب السياسي في جيش الإسلام، قوله إن المفاوضات متوقفة.", "2017-03-01",
            "محمد علوش", "PERSON", "جيش الإسلام", "ARMED_GROUP");
    assertThat(hasRelation(doc, "MEMBER_OF", "محمد علوش", "جيش الإسلام")).isTrue();
  }
}
