package org.rasd.nlp.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.text.ArabicTextAnalyzer;

/** The facts stage on constructed sentences (our own text) with hand-made mentions. */
class FactExtractorTest {

  private static final FactExtractor FACTS = FactExtractor.standard();
  private static final ArabicTextAnalyzer TEXT = new ArabicTextAnalyzer();

  /** Extracts from {@code text} with mentions given as alternating name, type (each occurrence marked). */
  static AnnotatedDocument extract(String text, String published, String... namesAndTypes) {
    List<Mention> mentions = new ArrayList<>();
    for (int k = 0; k < namesAndTypes.length; k += 2) {
      String name = namesAndTypes[k];
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        mentions.add(new Mention(at, at + name.length(), name, namesAndTypes[k + 1], 1.0, "test", null));
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Article article = new Article("t", null, null, null, published, "ar", text, "test");
    return FACTS.extract(TEXT.analyze(article).withMentions(mentions));
  }

  static List<String> texts(List<MentionRef> refs) {
    return refs.stream().map(MentionRef::text).toList();
  }

  static PredictedEvent only(AnnotatedDocument doc, String subtype) {
    List<PredictedEvent> found = doc.events().stream().filter(e -> e.type().acledSubtype().equals(subtype)).toList();
    assertThat(found).as("events of type %s in %s", subtype, doc.events()).hasSize(1);
    return found.get(0);
  }

  static boolean hasRelation(AnnotatedDocument doc, String type, String from, String to) {
    return doc.relations().stream()
        .anyMatch(r -> r.type().equals(type) && r.from().text().equals(from) && r.to().text().equals(to));
  }

  @Test
  void verbFirstSubjectAndCoordinatedPlacesInTheirRegion() {
    AnnotatedDocument doc =
        extract("اقتحمت قوات النظام مدينة حرستا وبلدة كناكر في ريف دمشق.", "2012-03-10",
            "قوات النظام", "STATE_FORCES", "حرستا", "TOWN", "كناكر", "TOWN", "ريف دمشق", "REGION");
    PredictedEvent e = only(doc, "Government regains territory");
    assertThat(texts(e.actors())).containsExactly("قوات النظام");
    assertThat(texts(e.locations())).containsExactly("حرستا", "كناكر");
    assertThat(e.modality()).isEqualTo("asserted");
    assertThat(e.timeFromPublication()).isTrue();
    assertThat(hasRelation(doc, "LOCATED_IN", "حرستا", "ريف دمشق")).isTrue();
    assertThat(hasRelation(doc, "LOCATED_IN", "كناكر", "ريف دمشق")).isTrue();
    // storming is no statement of control (the gold files' reading): no CONTROLS from the raid
    assertThat(hasRelation(doc, "CONTROLS", "قوات النظام", "حرستا")).isFalse();
  }

  @Test
  void shortFormTakesTheNamedGroupAndOneAttackHasSeveralPlaces() {
    AnnotatedDocument doc =
        extract("تشكلت ميليشيا \"لواء الفجر\" عام 2014 في مدينة حمص، وشاركت الميليشيا في الهجوم على حي بابا عمرو والقصير وتلكلخ.",
            "2016-01", "لواء الفجر", "ARMED_GROUP", "حمص", "CITY", "بابا عمرو", "NEIGHBOURHOOD", "القصير", "TOWN", "تلكلخ", "TOWN");
    PredictedEvent attack = only(doc, "Armed clash");
    assertThat(texts(attack.actors())).containsExactly("لواء الفجر");
    assertThat(texts(attack.locations())).containsExactly("بابا عمرو", "القصير", "تلكلخ");
    PredictedEvent formed = only(doc, "Change to group/activity");
    assertThat(formed.time().value()).isEqualTo("2014");
    assertThat(formed.timeFromPublication()).isFalse();
  }

  @Test
  void reportingVerbGivesTheSourceAndContinuesIntoTheNextSentence() {
    AnnotatedDocument doc =
        extract("وقالت وكالة \"الأنباء المحلية\" إن الطائرات الحربية قصفت بلدة كفرنبل. وأضافت الوكالة أن اشتباكات اندلعت بين الفصيل الأول والفصيل الثاني في قرية الحامدية.",
            "2019-05-02", "الأنباء المحلية", "MEDIA", "الطائرات الحربية", "STATE_FORCES", "كفرنبل", "TOWN",
            "الفصيل الأول", "ARMED_GROUP", "الفصيل الثاني", "ARMED_GROUP", "الحامدية", "TOWN");
    PredictedEvent shelling = only(doc, "Air/drone strike");
    assertThat(shelling.accordingTo().text()).isEqualTo("الأنباء المحلية");
    PredictedEvent clash = only(doc, "Armed clash");
    assertThat(clash.accordingTo().text()).isEqualTo("الأنباء المحلية");
    assertThat(texts(clash.actors())).containsExactly("الفصيل الأول");
    assertThat(texts(clash.targets())).containsExactly("الفصيل الثاني");
    assertThat(hasRelation(doc, "FIGHTS", "الفصيل الأول", "الفصيل الثاني")).isTrue();
  }

  @Test
  void modalityFromCues() {
    AnnotatedDocument planned =
        extract("تجري استعدادات لدى قوات النظام لاقتحام بلدة الهبيط.", "2019-05-02",
            "قوات النظام", "STATE_FORCES", "الهبيط", "TOWN");
    assertThat(planned.events()).hasSize(1);
    assertThat(planned.events().get(0).modality()).isEqualTo("planned");
    assertThat(texts(planned.events().get(0).locations())).containsExactly("الهبيط");

    AnnotatedDocument denied =
        extract("ونفت وزارة الدفاع قصف قرية الزيارة.", "2019-05-02",
            "وزارة الدفاع", "GOVERNMENT", "الزيارة", "TOWN");
    assertThat(only(denied, "Shelling/artillery/missile attack").modality()).isEqualTo("denied");

    AnnotatedDocument claimed =
        extract("وتبنى تنظيم \"داعش\" الهجوم على حاجز في مدينة الميادين.", "2019-05-02",
            "داعش", "ARMED_GROUP", "الميادين", "CITY");
    assertThat(only(claimed, "Armed clash").modality()).isEqualTo("claimed");

    AnnotatedDocument negated =
        extract("ولم تقصف الطائرات الحربية مدينة جسر الشغور أمس.", "2019-05-02",
            "الطائرات الحربية", "STATE_FORCES", "جسر الشغور", "CITY");
    PredictedEvent e = only(negated, "Air/drone strike");
    assertThat(e.modality()).isEqualTo("negated");
    assertThat(e.time().value()).isEqualTo("2019-05-01");
  }

  @Test
  void relationCuesBetweenMentions() {
    AnnotatedDocument doc =
        extract("أعلنت كتائب \"النصر\" العراقية التي يتزعمها \"أبو علي الحسيني\" الملقب بـ \"أبو حيدر\" اندماجها مع \"لواء الحق\". "
                + "ويقع مطار \"الضمير\" الخاضع لسيطرة قوات النظام قرب الرحيبة بريف دمشق.",
            "2016-05", "النصر", "ARMED_GROUP", "أبو علي الحسيني", "PERSON", "أبو حيدر", "PERSON", "لواء الحق", "ARMED_GROUP",
            "الضمير", "FACILITY", "قوات النظام", "STATE_FORCES", "الرحيبة", "TOWN", "ريف دمشق", "REGION");
    assertThat(hasRelation(doc, "LEADER_OF", "أبو علي الحسيني", "النصر")).isTrue();
    assertThat(hasRelation(doc, "ALIAS_OF", "أبو حيدر", "أبو علي الحسيني")).isTrue();
    assertThat(hasRelation(doc, "NATIONALITY", "النصر", "العراقية")).isTrue();
    assertThat(hasRelation(doc, "MERGED_WITH", "النصر", "لواء الحق")).isTrue();
    assertThat(hasRelation(doc, "CONTROLS", "قوات النظام", "الضمير")).isTrue();
    assertThat(hasRelation(doc, "LOCATED_IN", "الرحيبة", "ريف دمشق")).isTrue();
    assertThat(doc.relations()).allSatisfy(r -> assertThat(r.sentenceEnd()).isGreaterThan(r.sentenceStart()));
  }

  @Test
  void noMentionsNoFacts() {
    AnnotatedDocument doc = extract("اشتباكات عنيفة اليوم.", null);
    assertThat(doc.events()).isEmpty();
    assertThat(doc.relations()).isEmpty();
  }
}
