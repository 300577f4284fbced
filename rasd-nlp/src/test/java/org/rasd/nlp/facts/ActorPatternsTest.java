package org.rasd.nlp.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasd.nlp.facts.FactExtractorTest.extract;
import static org.rasd.nlp.facts.FactExtractorTest.only;
import static org.rasd.nlp.facts.FactExtractorTest.texts;

import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;

/**
 * Who acted: generic actors, short forms and roles, each on short sentences written for this test
 * with hand-made mentions of the named parties only (the generic ones come from generic-actors.tsv).
 */
class ActorPatternsTest {

  @Test
  void aDescriptionAfterAnAgentPrepositionIsTheKiller() {
    AnnotatedDocument doc =
        extract("وأفاد ناشطون بأن خمسة أشخاص قتلوا برصاص الأمن في مدينة حمص.", "2012-03", "حمص", "CITY");
    PredictedEvent e = only(doc, "Attack");
    assertThat(texts(e.actors())).containsExactly("الأمن");
    assertThat(texts(e.locations())).containsExactly("حمص");
  }

  @Test
  void theAbstractNounSecurityIsNoActor() {
    AnnotatedDocument doc =
        extract("وبسطت قوات النظام الأمن في بلدة الميادين.", "2017-12", "قوات النظام", "STATE_FORCES", "الميادين", "TOWN");
    PredictedEvent e = only(doc, "Government regains territory");
    assertThat(texts(e.actors())).containsExactly("قوات النظام");
    assertThat(texts(e.targets())).isEmpty();
  }

  @Test
  void aDescribedGroupIsTheSubjectAfterAPartOfIt() {
    AnnotatedDocument doc =
        extract("وقد خرجت أول دفعة من المجموعات المسلحة من حي الوعر إلى ريف حمص.", "2014-05",
            "الوعر", "NEIGHBOURHOOD", "حمص", "CITY");
    PredictedEvent e = only(doc, "Non-violent transfer of territory");
    assertThat(texts(e.actors())).containsExactly("المجموعات المسلحة");
  }

  @Test
  void aNamedPartyComesBeforeADescription() {
    AnnotatedDocument doc =
        extract("والقيادي أحمد الخالد أسس لاحقا جماعات مسلحة حملت اسم “جيش الفجر”.", "2015-12",
            "أحمد الخالد", "PERSON", "جيش الفجر", "ARMED_GROUP");
    PredictedEvent e = only(doc, "Change to group/activity");
    assertThat(texts(e.actors())).containsExactly("أحمد الخالد");
  }

  @Test
  void anAgentBelongsToTheNearestTriggerBeforeIt() {
    AnnotatedDocument doc =
        extract("وتزامن ذلك مع إيصال مساعدات إلى بلدة نبل، والإفراج عن الأسرى المختطفين من قبل العصابات المسلحة.", "2014-05",
            "نبل", "TOWN");
    // The aid delivered to a place is an event of its own (EventPlaces), but the agent is not its party.
    assertThat(doc.events()).filteredOn(e -> e.trigger().text().contains("مساعدات"))
        .allSatisfy(e -> assertThat(e.actors()).isEmpty());
    assertThat(doc.events()).anySatisfy(e -> {
      assertThat(e.trigger().text()).isEqualTo("والإفراج");
      assertThat(texts(e.actors())).containsExactly("العصابات المسلحة");
    });
  }

  @Test
  void aircraftNeedAnOriginToBeAnActor() {
    AnnotatedDocument doc =
        extract("وزعمت الوكالة أنه تم استهداف القائد أحمد الخالد من قبل طائرات روسية في بلدة أوتايا.", "2015-12",
            "أحمد الخالد", "PERSON", "أوتايا", "TOWN");
    PredictedEvent e = only(doc, "Air/drone strike"); // a strike by aircraft (EventExtractor.retyped)
    assertThat(texts(e.actors())).containsExactly("طائرات روسية");
    assertThat(texts(e.targets())).containsExactly("أحمد الخالد");
  }

  @Test
  void protestersActOnlyInProtests() {
    AnnotatedDocument doc =
        extract("وتظاهر المحتجون في حي الوعر. واعتقل المتظاهرون في ساحة المدينة.", "2012-03", "الوعر", "NEIGHBOURHOOD");
    assertThat(texts(only(doc, "Peaceful protest").actors())).containsExactly("المحتجون");
    assertThat(doc.events()).noneMatch(e -> e.type().acledSubtype().equals("Arrests") && !e.actors().isEmpty());
  }

  @Test
  void aDescriptionIsNoEndOfARelation() {
    AnnotatedDocument doc =
        extract("واشتبك مسلحون مع قوات الأمن في حي الوعر.", "2012-03", "قوات الأمن", "STATE_FORCES", "الوعر", "NEIGHBOURHOOD");
    PredictedEvent e = only(doc, "Armed clash");
    assertThat(texts(e.actors())).containsExactly("مسلحون");
    assertThat(texts(e.targets())).containsExactly("قوات الأمن");
    assertThat(doc.relations()).noneMatch(r -> r.type().equals("FIGHTS"));
  }

  @Test
  void ourForcesInAStatementAreTheForcesNamedBefore() {
    AnnotatedDocument doc =
        extract("وكانت قوات النظام في المطار منذ عام. ونشرت الوكالة خبرا مفاده أن وحدة من قواتنا المسلحة أنهت عملية إعادة تجميع في محيط المطار.",
            "2014-07", "قوات النظام", "STATE_FORCES");
    PredictedEvent e = only(doc, "Other");
    assertThat(e.trigger().text()).isEqualTo("إعادة تجميع");
    assertThat(texts(e.actors())).containsExactly("قوات النظام");
  }

  @Test
  void militiasOfAnOriginAreNoShortFormOfTheMilitiaNamedBefore() {
    AnnotatedDocument doc =
        extract("وأعلنت ميليشيا “لواء الفجر” عن خطتها.\nاندماج الميليشيات العراقية", "2016-05", "لواء الفجر", "ARMED_GROUP");
    assertThat(doc.events()).noneMatch(e -> e.trigger().text().equals("اندماج"));
  }

  @Test
  void whatAnEarlierTriggerActedOnDoesNotActInTheNext() {
    AnnotatedDocument doc =
        extract("وأسفرت عمليات قوات النظام عن القضاء على عناصر تنظيم “داعش” وتفكيك خمس مفخخات في بلدة الميادين.", "2017-12",
            "قوات النظام", "STATE_FORCES", "داعش", "ARMED_GROUP", "الميادين", "TOWN");
    PredictedEvent e = only(doc, "Disrupted weapons use");
    assertThat(texts(e.actors())).containsExactly("قوات النظام");
  }

  @Test
  void protestersLightVerbSubjectActsNotATitledPersonInTheirPrepositionalPhrase() {
    AnnotatedDocument doc =
        extract("خرج أمس العديد من السوريين المعارضين لنظام الرئيس خالد العمر في مظاهرات بمدينة حمص.", "2012-03",
            "خالد العمر", "PERSON", "حمص", "CITY");
    PredictedEvent e = only(doc, "Peaceful protest");
    assertThat(texts(e.actors())).containsExactly("السوريين المعارضين");
  }

  @Test
  void aDualPronounNamesTheTwoGroupsJustNamedAndLeavingMakesAFormerMember() {
    AnnotatedDocument named =
        extract("أعلنت حركة النور خطتها. وانضمت كتائب للحركة، التي انفصلت عن “جبهة الفجر”، بعد ستة أشهر من اندماجهما.", "2018-02",
            "حركة النور", "ARMED_GROUP", "جبهة الفجر", "ARMED_GROUP");
    assertThat(named.events()).anySatisfy(e -> {
      assertThat(e.trigger().text()).isEqualTo("اندماجهما");
      assertThat(texts(e.actors())).containsExactly("حركة النور", "جبهة الفجر");
    });
    assertThat(named.events()).anySatisfy(e -> {
      assertThat(e.trigger().text()).isEqualTo("انفصلت");
      assertThat(texts(e.targets())).containsExactly("جبهة الفجر");
    });
    assertThat(FactExtractorTest.hasRelation(named, "FORMER_MEMBER_OF", "حركة النور", "جبهة الفجر")).isTrue();
    assertThat(named.relations()).noneMatch(r -> r.type().equals("MERGED_WITH"));
  }

  @Test
  void aNewVerbsOwnDefiniteSubjectBeatsTheNamedPartyOfThePreviousClause() {
    AnnotatedDocument doc =
        extract("قصفت قوات النظام مناطق في بلدة مورك، كذلك قصف الطيران المروحي مناطق في بلدة كفرنبودة.", "2017-03",
            "قوات النظام", "STATE_FORCES", "مورك", "TOWN", "كفرنبودة", "TOWN");
    assertThat(doc.events()).hasSize(2);
    assertThat(doc.events()).anySatisfy(e -> {
      assertThat(texts(e.actors())).containsExactly("قوات النظام");
      assertThat(texts(e.locations())).containsExactly("مورك");
    });
    assertThat(doc.events()).anySatisfy(e -> {
      assertThat(texts(e.actors())).containsExactly("الطيران المروحي");
      assertThat(texts(e.locations())).containsExactly("كفرنبودة");
    });
  }

  @Test
  void anIndefiniteDescriptorAfterAVerbWithItsSubjectLeftOutIsItsObject() {
    AnnotatedDocument doc =
        extract("وقال جيش الفتح إنه سيطر على بلدة مورك، مشيرا إلى أنه هاجم مسلحين في بلدة كفرنبودة.", "2017-03",
            "جيش الفتح", "ARMED_GROUP", "مورك", "TOWN", "كفرنبودة", "TOWN");
    assertThat(doc.events()).allSatisfy(e -> assertThat(texts(e.actors())).containsExactly("جيش الفتح"));
  }
}
