package org.rasd.nlp.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.eval.Counts;
import org.rasd.nlp.eval.DocumentScore;
import org.rasd.nlp.eval.GoldDocument;
import org.rasd.nlp.eval.GoldReader;
import org.rasd.nlp.eval.GoldScorer;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;

/**
 * The whole pipeline (text layer, recogniser, facts) on the shared articles: specific events,
 * modalities, sources and relations checked by reading the reference article, and a floor under
 * the dev-set figures (regression guard; the floors are the figures measured when the facts stage
 * was written, rounded down).
 */
class FactsOnArticlesTest {

  private static final Path EXAMPLES = FactsOnGoldMentionsTest.SHARED.resolve("examples");
  private static Pipeline pipeline;
  private static AnnotatedDocument reference;

  @BeforeAll
  static void run() throws IOException {
    pipeline = Pipeline.standard();
    reference = process(EXAMPLES.resolve("orient-ghouta-militias.gold.json"));
  }

  private static AnnotatedDocument process(Path goldFile) throws IOException {
    GoldDocument gold = GoldReader.read(goldFile);
    Path articleFile = GoldReader.articleFor(goldFile);
    return pipeline.process(
        new Article(gold.id(), gold.url(), gold.title(), gold.source(), gold.publishedApprox(), "ar",
            Files.readString(articleFile), articleFile.toString()));
  }

  private static PredictedEvent eventWithTrigger(String trigger) {
    List<PredictedEvent> found = reference.events().stream().filter(e -> e.trigger().text().equals(trigger)).toList();
    assertThat(found).as("events with trigger %s", trigger).isNotEmpty();
    return found.get(0);
  }

  @Test
  void preparationsToStormDeirAlAsafirArePlannedAccordingToAlMasdar() {
    PredictedEvent e = eventWithTrigger("استعدادات");
    assertThat(e.modality()).isEqualTo("planned");
    assertThat(e.accordingTo().text()).isEqualTo("المصدر نيوز");
    assertThat(FactExtractorTest.texts(e.actors())).contains("حزب الله", "جيش التحرير الفلسطيني");
    assertThat(FactExtractorTest.texts(e.locations())).containsExactly("دير العصافير");
  }

  @Test
  void reinforcementsAtHoshAlFarahAreAssertedBySourcesOfOrientNet() {
    PredictedEvent e = eventWithTrigger("تعزيزات");
    assertThat(e.modality()).isEqualTo("asserted");
    assertThat(e.accordingTo().text()).isEqualTo("مصادر لـ”أورينت نت”");
    assertThat(FactExtractorTest.texts(e.locations())).containsExactly("حوش الفارة");
    assertThat(e.time().value()).isEqualTo("2016-05");
  }

  @Test
  void mergerIsAnnouncedOnFacebook() {
    PredictedEvent e = eventWithTrigger("اندماجها");
    assertThat(e.modality()).isEqualTo("asserted");
    assertThat(e.accordingTo().text()).isEqualTo("الفيس بوك");
    assertThat(e.actors()).hasSize(2);
    assertThat(e.locations()).isEmpty();
  }

  @Test
  void attackOnThreePlacesIsOneEvent() {
    List<PredictedEvent> attacks =
        reference.events().stream().filter(e -> e.trigger().text().equals("الهجوم") && e.locations().size() == 3).toList();
    assertThat(attacks).hasSize(1);
    assertThat(FactExtractorTest.texts(attacks.get(0).locations())).containsExactly("جوبر", "المليحة", "داريا");
    assertThat(attacks.get(0).time().value()).isEqualTo("2013-06");
  }

  @Test
  void referenceRelations() {
    assertThat(FactExtractorTest.hasRelation(reference, "LEADER_OF", "عبد الله الشيباني", "أسد الله الغالب")).isTrue();
    assertThat(FactExtractorTest.hasRelation(reference, "ALIAS_OF", "أبو فاطمة", "عقيل الموسوي")).isTrue();
    assertThat(FactExtractorTest.hasRelation(reference, "FORMER_MEMBER_OF", "عقيل الموسوي", "لواء أبو الفضل العباس")).isTrue();
    assertThat(FactExtractorTest.hasRelation(reference, "AFFILIATED_WITH", "المصدر نيوز", "إيران")).isTrue();
    assertThat(FactExtractorTest.hasRelation(reference, "CONTROLS", "قوات الأسد", "حوش الفارة")).isTrue();
    assertThat(FactExtractorTest.hasRelation(reference, "LOCATED_IN", "النبك", "القلمون")).isTrue();
    assertThat(FactExtractorTest.hasRelation(reference, "LOCATED_IN", "القلمون", "ريف دمشق")).isTrue();
    assertThat(FactExtractorTest.hasRelation(reference, "LOCATED_IN", "جوبر", "دمشق")).isTrue();
  }

  @Test
  void figuresStayAboveTheirFloors() throws IOException {
    GoldDocument refGold = GoldReader.read(EXAMPLES.resolve("orient-ghouta-militias.gold.json"));
    DocumentScore ref = GoldScorer.score(refGold, new ExtractionResult(reference.mentions(), reference.events(), reference.relations()));
    DocumentScore dev = new DocumentScore("dev", Counts.ZERO, Counts.ZERO, Counts.ZERO);
    for (Path f : FactsOnGoldMentionsTest.devGoldFiles()) {
      AnnotatedDocument doc = process(f);
      dev = dev.plus(GoldScorer.score(GoldReader.read(f), new ExtractionResult(doc.mentions(), doc.events(), doc.relations())), "dev");
    }
    System.out.printf("pipeline reference: events %.2f relations %.2f; dev: entities %.2f events %.2f relations %.2f%n",
        ref.events().f1(), ref.relations().f1(), dev.entities().f1(), dev.events().f1(), dev.relations().f1());
    assertThat(ref.events().f1()).isGreaterThanOrEqualTo(FLOOR_REF_EVENTS);
    assertThat(ref.relations().f1()).isGreaterThanOrEqualTo(FLOOR_REF_RELATIONS);
    assertThat(dev.entities().f1()).isGreaterThanOrEqualTo(FLOOR_DEV_ENTITIES);
    assertThat(dev.events().f1()).isGreaterThanOrEqualTo(FLOOR_DEV_EVENTS);
    assertThat(dev.relations().f1()).isGreaterThanOrEqualTo(FLOOR_DEV_RELATIONS);
  }

  // measured 2026-11-25 (after the actor and place rounds): reference events 1.00, relations 0.94;
  // dev entities 0.875, events 0.74, relations 0.80; after the general patterns (ADR 0009) dev events 0.79
  private static final double FLOOR_REF_EVENTS = 0.95;
  private static final double FLOOR_REF_RELATIONS = 0.90;
  private static final double FLOOR_DEV_ENTITIES = 0.85;
  private static final double FLOOR_DEV_EVENTS = 0.75;
  private static final double FLOOR_DEV_RELATIONS = 0.75;
}
