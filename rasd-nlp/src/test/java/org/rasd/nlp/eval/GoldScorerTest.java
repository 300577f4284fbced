package org.rasd.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.facts.EventType;
import org.rasd.nlp.facts.ExtractionResult;
import org.rasd.nlp.facts.MentionRef;
import org.rasd.nlp.facts.PredictedEvent;
import org.rasd.nlp.facts.PredictedRelation;
import org.rasd.nlp.model.Mention;

/** The matching rules, exercised with hand-built predictions against the reference gold file. */
class GoldScorerTest {

  private static GoldDocument gold;

  @BeforeAll
  static void readGold() throws IOException {
    gold =
        GoldReader.read(
            Path.of(System.getProperty("rasd.shared", "../shared"))
                .resolve("examples/orient-ghouta-militias.gold.json"));
  }

  private static Mention mention(String text, String type) {
    return new Mention(0, text.length(), text, type, 1.0, "test", null);
  }

  private static MentionRef ref(String text) {
    return new MentionRef(0, text.length(), text);
  }

  private static List<MentionRef> refs(String... texts) {
    return java.util.Arrays.stream(texts).map(GoldScorerTest::ref).toList();
  }

  private static PredictedEvent event(String acledType, String subtype, List<MentionRef> actors, List<MentionRef> locations) {
    return new PredictedEvent(
        new EventType(acledType, subtype, null), ref("x"), actors, List.of(), locations, null, false, "asserted", null, 0, 1);
  }

  private static PredictedRelation relation(String type, String from, String to) {
    return new PredictedRelation(type, ref(from), ref(to), null, "asserted", null, 0, 1);
  }

  @Test
  void entitiesMatchByKeyAndCoarseClass() {
    List<Mention> mentions =
        List.of(
            mention("جيش الإسلام", "ARMED_GROUP"),
            mention("“جيش الإسلام”", "ARMED_GROUP"), // same entity again: counted once
            mention("بالغوطة الشرقية", "TOWN"), // REGION in gold: same class PLACE; clitics ignored
            mention("لواء أسد الله الغالب", "ARMED_GROUP"),
            mention("أسد الله الغالب", "STATE_FORCES"), // alias of an entity already found: ignored
            mention("دمشق", "PERSON"), // wrong class
            mention("الفيس بوك", "MEDIA"), // not a gold entity
            mention("القوات الروسية", "STATE_FORCES")); // optional in gold: ignored
    Counts c = GoldScorer.score(gold, new ExtractionResult(mentions, List.of(), List.of())).entities();
    assertThat(c).isEqualTo(new Counts(3, 2, 37 - 3));
  }

  @Test
  void eventsNeedTypeActorAndLocation() {
    List<PredictedEvent> events =
        List.of(
            // E1, location with a proclitic
            event("Battles", "Armed clash", refs("جيش الإسلام"), refs("بالغوطة الشرقية")),
            // E12: one of the gold event's three locations is enough; sub-type is not compared
            event("Battles", "Non-state actor overtakes territory", refs("ميليشيا", "لواء ذو الفقار"), refs("داريا")),
            // E8 has no location: neither may the prediction; the actor is named by an alias
            event("Strategic developments", "Change to group/activity", refs("أسد الله الغالب"), List.of()),
            // E13 with the wrong event type
            event("Explosions/Remote violence", "Shelling/artillery/missile attack", refs("لواء ذو الفقار"), refs("النبك")),
            // right type and place, wrong actor
            event("Battles", "Armed clash", refs("حزب الله"), refs("المليحة")),
            // E1 again: each gold event is matched once
            event("Battles", "Armed clash", refs("جيش الإسلام"), refs("الغوطة الشرقية")),
            // E6 is optional: neither rewarded nor penalised
            event("Strategic developments", "Change to group/activity", refs("لواء ذو الفقار"), refs("سوريا")));
    Counts c = GoldScorer.score(gold, new ExtractionResult(List.of(), events, List.of())).events();
    assertThat(c).isEqualTo(new Counts(3, 3, 12 - 3));
  }

  @Test
  void eventWithoutLocationDoesNotMatchALocatedGoldEvent() {
    PredictedEvent noPlace = event("Battles", "Armed clash", refs("جيش الإسلام"), List.of());
    Counts c = GoldScorer.score(gold, new ExtractionResult(List.of(), List.of(noPlace), List.of())).events();
    assertThat(c.truePositives()).isZero();
    assertThat(c.falsePositives()).isEqualTo(1);
  }

  @Test
  void relationsMatchByTypeAndEnds() {
    List<PredictedRelation> relations =
        List.of(
            relation("MERGED_WITH", "لواء ذو الفقار", "أسد الله الغالب"), // symmetric type, reversed: fine
            relation("LEADER_OF", "لواء ذو الفقار", "أبو شهد الجبوري"), // directed type, reversed: wrong
            relation("LOCATED_IN", "النبك", "القلمون"),
            relation("LOCATED_IN", "بالنبك", "بالقلمون"), // the same relation again: ignored
            relation("CONTROLS", "القوات الروسية", "حميميم"), // optional in gold: ignored
            relation("CONTROLS", "قوات الأسد", "المليحة")); // not in gold
    Counts c = GoldScorer.score(gold, new ExtractionResult(List.of(), List.of(), relations)).relations();
    assertThat(c).isEqualTo(new Counts(2, 2, 15 - 2));
  }

  @Test
  void nothingPredictedScoresZeroNotNaN() {
    DocumentScore s = GoldScorer.score(gold, ExtractionResult.empty());
    assertThat(s.entities()).isEqualTo(new Counts(0, 0, 37));
    assertThat(s.events()).isEqualTo(new Counts(0, 0, 12));
    assertThat(s.relations()).isEqualTo(new Counts(0, 0, 15));
    assertThat(s.events().precision()).isZero();
    assertThat(s.events().f1()).isZero();
  }

  @Test
  void countsAddUpForMicroAverages() {
    Counts sum = new Counts(3, 1, 2).plus(new Counts(1, 3, 0));
    assertThat(sum).isEqualTo(new Counts(4, 4, 2));
    assertThat(sum.precision()).isEqualTo(0.5);
    assertThat(sum.recall()).isEqualTo(4.0 / 6);
    assertThat(sum.f1()).isCloseTo(2 * 0.5 * (4.0 / 6) / (0.5 + 4.0 / 6), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void matchKeyIgnoresCliticsArticleQuotesAndSpelling() {
    assertThat(MatchKey.of("للأجهزة الأمنية السورية")).isEqualTo(MatchKey.of("الأجهزة الأمنية السورية"));
    assertThat(MatchKey.of("“المصدر نيوز”")).isEqualTo(MatchKey.of("المصدر نيوز"));
    assertThat(MatchKey.of("أورينت نت")).isEqualTo(MatchKey.of("اورينت نت"));
    assertThat(MatchKey.of("وبالغوطة")).isEqualTo(MatchKey.of("الغوطة"));
    assertThat(MatchKey.of("جيش الإسلام")).isNotEqualTo(MatchKey.of("جيش الفسطاط"));
  }
}
