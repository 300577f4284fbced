package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Geo;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;
import org.rasd.store.db.BatchWriter;
import org.rasd.store.db.EventClaim;
import org.rasd.store.db.EventFilter;
import org.rasd.store.db.EventStore;
import org.rasd.store.db.RelationClaim;
import org.rasd.store.db.RelationFact;
import org.rasd.store.db.SaveOutcome;
import org.rasd.store.db.SaveOutcome.Status;
import org.rasd.store.db.StoredEvent;

/**
 * What every database behind the store must do, run on SQLite ({@link SqliteStoreTest}) and on a
 * PostgreSQL server ({@link PostgresStoreTest}): migrations, idempotent batches, relation facts
 * with several sources and conflicting claims side by side, and the same clash reported by several
 * outlets merged into one event.
 */
abstract class StoreContract {

  // Invented groups; real places (approximate coordinates) so distances mean something.
  static final Ent REGIME = new Ent("قوات النظام", "STATE_FORCES", "test:regime", "Regime forces", null);
  static final Ent NOUR = new Ent("فصيل النور", "ARMED_GROUP", "test:nour", "Nour faction", null);
  static final Ent SPOKESMAN = new Ent("المرصد المحلي", "MEDIA", "test:observatory", "Local observatory", null);
  static final Ent KAFRANBEL = new Ent("كفرنبل", "TOWN", "test:kafranbel", "Kafr Nabl",
      new Geo(35.6137, 36.5614, "TOWN", List.of("Syria", "Idlib", "Maarrat an-Nu'man"), "SY", 1, "Jabal al-Zawiya"));
  static final Ent HASS = new Ent("حاس", "TOWN", "test:hass", "Hass",
      new Geo(35.6020, 36.5930, "TOWN", List.of("Syria", "Idlib", "Maarrat an-Nu'man"), "SY", 1));
  static final Ent SARAQIB = new Ent("سراقب", "TOWN", "test:saraqib", "Saraqib",
      new Geo(35.8644, 36.8006, "TOWN", List.of("Syria", "Idlib", "Idlib"), "SY", 1));

  // Two outlets report one clash (a day apart, the second naming the village next to the town);
  // a third reports a clash in another town the same day; a fourth has the first outlet's side deny it.
  static final String TEXT_A = "اندلعت اشتباكات عنيفة بين قوات النظام وفصيل النور في بلدة كفرنبل بريف إدلب الجنوبي يوم الثلاثاء.";
  static final String TEXT_B = "قال المرصد المحلي إن مواجهات دارت أمس بين فصيل النور وقوات النظام على أطراف قرية حاس.";
  static final String TEXT_C = "وفي سراقب، اشتبك فصيل النور مع قوات النظام عند المدخل الشرقي للمدينة.";
  static final String TEXT_D = "نفى فصيل النور وقوع أي اشتباكات مع قوات النظام في كفرنبل.";

  record Ent(String surface, String type, String id, String nameEn, Geo geo) {}

  @TempDir Path indexDir;
  Store store;

  abstract Store open(Path indexDir);

  @BeforeEach
  void openStore() {
    store = open(indexDir);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  static AnnotatedDocument doc(String origin, String outlet, String published, String text, Ent... ents) {
    List<Mention> mentions = new ArrayList<>();
    for (Ent e : ents) {
      int at = text.indexOf(e.surface());
      if (at < 0) {
        throw new IllegalArgumentException(e.surface() + " is not in " + origin);
      }
      Resolution r = new Resolution(e.id(), e.surface(), e.nameEn(), 0.9, false, e.geo());
      mentions.add(new Mention(at, at + e.surface().length(), e.surface(), e.type(), 0.9, "test", r));
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    return new AnnotatedDocument(new Article(origin, "https://example.org/" + origin, null, outlet, published, "ar",
        text, origin), List.of(), List.of(), mentions);
  }

  static final AnnotatedDocument DOC_A = doc("a", "Outlet A", "2024-03-05", TEXT_A, REGIME, NOUR, KAFRANBEL);
  static final AnnotatedDocument DOC_B = doc("b", "Outlet B", "2024-03-06", TEXT_B, SPOKESMAN, NOUR, REGIME, HASS);
  static final AnnotatedDocument DOC_C = doc("c", "Outlet C", "2024-03-05", TEXT_C, SARAQIB, NOUR, REGIME);
  static final AnnotatedDocument DOC_D = doc("d", "Outlet D", "2024-03-06", TEXT_D, NOUR, REGIME, KAFRANBEL);

  /** A battle claim on the whole single-sentence text, triggered by {@code trigger}. */
  static EventClaim battle(AnnotatedDocument d, String trigger, String day, String modality, Ent place,
      List<Ent> actors, List<Ent> targets, Ent accordingTo) {
    int at = d.text().indexOf(trigger);
    return new EventClaim("Battles", "Armed clash", "ASSAULT", modality, day, "DAY", place.id(),
        actors.stream().map(Ent::id).toList(), targets.stream().map(Ent::id).toList(),
        accordingTo == null ? null : accordingTo.id(), null, id(d), 0, d.text().length(), at,
        at + trigger.length());
  }

  static String id(AnnotatedDocument d) {
    return org.rasd.store.db.DocumentStore.contentId(d.text());
  }

  static final EventClaim CLAIM_A = battle(DOC_A, "اشتباكات", "2024-03-05", "asserted", KAFRANBEL,
      List.of(REGIME), List.of(NOUR), null);
  static final EventClaim CLAIM_B = battle(DOC_B, "مواجهات", "2024-03-05", "asserted", HASS,
      List.of(NOUR), List.of(REGIME), SPOKESMAN);
  static final EventClaim CLAIM_C = battle(DOC_C, "اشتبك", "2024-03-05", "asserted", SARAQIB,
      List.of(NOUR), List.of(REGIME), null);
  static final EventClaim CLAIM_D = battle(DOC_D, "اشتباكات", "2024-03-05", "denied", KAFRANBEL,
      List.of(REGIME), List.of(NOUR), NOUR);

  private BatchWriter.Report ingestAll() {
    return store.ingest(List.of(DOC_A, DOC_B, DOC_C, DOC_D), List.of(CLAIM_A, CLAIM_B, CLAIM_C, CLAIM_D), List.of());
  }

  @Test
  void theSchemaIsMigratedToTheLatestVersion() throws Exception {
    try (Connection c = store.database().connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT version FROM flyway_schema_history WHERE success = TRUE ORDER BY installed_rank")) {
      List<String> versions = new ArrayList<>();
      while (rs.next()) {
        versions.add(rs.getString(1));
      }
      assertThat(versions).containsExactly("1", "2", "3", "4");
    }
  }

  @Test
  void aPlaceKeepsItsCoordinatesHierarchyAndRegion() {
    ingestAll();
    var kafranbel = store.entities().find(KAFRANBEL.id()).orElseThrow();
    assertThat(kafranbel.lat()).isEqualTo(35.6137);
    assertThat(kafranbel.hierarchy()).containsExactly("Syria", "Idlib", "Maarrat an-Nu'man");
    assertThat(kafranbel.region()).isEqualTo("Jabal al-Zawiya");
    assertThat(store.entities().find(SARAQIB.id()).orElseThrow().region()).isNull();
  }

  @Test
  void theSameClashFromTwoOutletsIsOneEventWithBothSources() {
    BatchWriter.Report report = ingestAll();

    assertThat(report.events().newEvents()).isEqualTo(3);
    assertThat(report.events().mergedSources()).isEqualTo(1);
    List<StoredEvent> events = store.events().find(EventFilter.ALL);
    StoredEvent clash = events.stream().filter(e -> e.locationEntity().equals(KAFRANBEL.id())
        && e.modality().equals("asserted")).findFirst().orElseThrow();
    assertThat(clash.sources()).extracting(StoredEvent.Source::outlet).containsExactly("Outlet A", "Outlet B");
    assertThat(clash.sources().get(1).accordingTo()).isEqualTo(SPOKESMAN.id());
    assertThat(clash.sources().get(1).sentenceEnd()).isEqualTo(TEXT_B.length());
    // Each outlet put the sides the other way round: both take part in both roles now.
    assertThat(clash.actors()).containsExactlyInAnyOrder(REGIME.id(), NOUR.id());
    assertThat(clash.targets()).containsExactlyInAnyOrder(REGIME.id(), NOUR.id());
    assertThat(store.database().integrityProblems()).isEmpty();
  }

  @Test
  void aClashInAnotherTownAndADenialStayEventsOfTheirOwn() {
    ingestAll();

    List<StoredEvent> events = store.events().find(EventFilter.ALL);
    assertThat(events).hasSize(3);
    assertThat(events).filteredOn(e -> e.locationEntity().equals(SARAQIB.id())).singleElement()
        .satisfies(e -> assertThat(e.sources()).extracting(StoredEvent.Source::outlet).containsExactly("Outlet C"));
    assertThat(events).filteredOn(e -> e.modality().equals("denied")).singleElement()
        .satisfies(e -> assertThat(e.sources()).extracting(StoredEvent.Source::accordingTo).containsExactly(NOUR.id()));
  }

  @Test
  void aReportFiveDaysLaterIsAnotherClash() {
    AnnotatedDocument later = doc("e", "Outlet E", "2024-03-10", TEXT_A.replace("عنيفة", "جديدة"), REGIME, NOUR,
        KAFRANBEL);
    EventClaim claim = battle(later, "اشتباكات", "2024-03-10", "asserted", KAFRANBEL, List.of(REGIME), List.of(NOUR),
        null);

    store.ingest(List.of(DOC_A, later), List.of(CLAIM_A, claim), List.of());

    assertThat(store.events().find(EventFilter.ALL)).hasSize(2).allSatisfy(e -> assertThat(e.sources()).hasSize(1));
  }

  @Test
  void theSameClaimsInAnotherOrderGiveTheSameEvents() {
    ingestAll();
    List<StoredEvent> forward = store.events().find(EventFilter.ALL);
    store.close();
    store = open(indexDir.resolve("reverse"));

    store.ingest(List.of(DOC_D, DOC_C, DOC_B, DOC_A), List.of(CLAIM_D, CLAIM_C, CLAIM_B, CLAIM_A), List.of());

    assertThat(store.events().find(EventFilter.ALL)).usingRecursiveComparison().ignoringFieldsMatchingRegexes(
        ".*ingestedAt").isEqualTo(forward);
  }

  @Test
  void aReportBetweenTwoSeparateClashesFusesThemWhicheverArrivesLast() {
    // A (5 March) and E (9 March) are four days apart: two events. B, dated 7 March at the village
    // beside them, matches both, so all three are one event, named after the earliest report.
    AnnotatedDocument later = doc("e", "Outlet E", "2024-03-09", TEXT_A.replace("عنيفة", "جديدة"), REGIME, NOUR,
        KAFRANBEL);
    EventClaim claimE = battle(later, "اشتباكات", "2024-03-09", "asserted", KAFRANBEL, List.of(REGIME),
        List.of(NOUR), null);
    EventClaim claimB = battle(DOC_B, "مواجهات", "2024-03-07", "asserted", HASS, List.of(NOUR), List.of(REGIME),
        SPOKESMAN);
    List<AnnotatedDocument> docs = List.of(DOC_A, later, DOC_B);

    store.ingest(docs, List.of(CLAIM_A, claimE), List.of());
    assertThat(store.events().find(EventFilter.ALL)).hasSize(2);
    BatchWriter.Report report = store.ingest(List.of(), List.of(claimB), List.of());
    List<StoredEvent> fused = store.events().find(EventFilter.ALL);
    store.close();
    store = open(indexDir.resolve("bridge-first"));
    store.ingest(docs, List.of(claimB, claimE, CLAIM_A), List.of());

    assertThat(report.events().mergedSources()).isEqualTo(1);
    assertThat(fused).singleElement().satisfies(e -> {
      assertThat(e.timeValue()).isEqualTo("2024-03-05");
      assertThat(e.sources()).extracting(StoredEvent.Source::outlet).containsExactly("Outlet A", "Outlet B",
          "Outlet E");
    });
    assertThat(store.events().find(EventFilter.ALL)).usingRecursiveComparison().ignoringFieldsMatchingRegexes(
        ".*ingestedAt").isEqualTo(fused);
    assertThat(store.database().integrityProblems()).isEmpty();
  }

  @Test
  void ingestingEverythingAgainAddsNothing() {
    ingestAll();
    List<Long> before = Fixtures.allRowCounts(store.database());

    BatchWriter.Report again = ingestAll();

    assertThat(again.documents()).extracting(SaveOutcome::status).containsOnly(Status.DUPLICATE);
    assertThat(again.events().newEvents() + again.events().mergedSources()).isZero();
    assertThat(again.events().duplicates()).isEqualTo(4);
    assertThat(Fixtures.allRowCounts(store.database())).isEqualTo(before);
  }


  @Test
  void relationFactsGatherTheirSourcesAndConflictingClaimsStaySideBySide() {
    store.ingest(List.of(DOC_A, DOC_B, DOC_C, DOC_D));
    RelationClaim fromA = new RelationClaim("ALLIED_WITH", NOUR.id(), REGIME.id(), null, null, "asserted", id(DOC_A),
        0, 10, null, null);
    RelationClaim fromC = new RelationClaim("ALLIED_WITH", NOUR.id(), REGIME.id(), null, null, "asserted", id(DOC_C),
        0, 10, null, null);
    RelationClaim denialD = new RelationClaim("ALLIED_WITH", NOUR.id(), REGIME.id(), null, null, "denied", id(DOC_D),
        0, 10, NOUR.id(), null);

    store.facts().save(List.of(fromA, fromC, denialD));
    store.facts().save(List.of(fromA));

    List<RelationFact> facts = store.facts().factsAbout(NOUR.id());
    assertThat(facts).extracting(RelationFact::modality).containsExactlyInAnyOrder("asserted", "denied");
    assertThat(facts).filteredOn(f -> f.modality().equals("asserted")).singleElement()
        .satisfies(f -> assertThat(f.sources()).extracting(RelationFact.Source::outlet)
            .containsExactly("Outlet A", "Outlet C"));
    assertThat(store.facts().all()).hasSize(2);
  }

  @Test
  void claimsAboutUnknownEntitiesAreRefusedAndTheRestOfTheBatchIsKept() {
    EventClaim bad = new EventClaim("Battles", null, null, "asserted", "2024-03-05", "DAY", "test:atlantis",
        List.of(), List.of(), null, null, id(DOC_A), 0, TEXT_A.length(), 0, 5);

    BatchWriter.Report report = store.ingest(List.of(DOC_A), List.of(bad, CLAIM_A), List.of());

    assertThat(report.documents()).extracting(SaveOutcome::status).containsExactly(Status.STORED);
    assertThat(report.events().rejected()).singleElement().asString().contains("unknown entity test:atlantis");
    assertThat(report.events().newEvents()).isEqualTo(1);
  }

  @Test
  void eventsAreFilteredByDateTypeAndEntity() {
    ingestAll();
    EventStore events = store.events();

    assertThat(events.find(new EventFilter("2024-03-05", "2024-03-05", null, null))).hasSize(3);
    assertThat(events.find(new EventFilter("2024-03-06", null, null, null))).isEmpty();
    assertThat(events.find(new EventFilter(null, null, "armed clash", SARAQIB.id()))).hasSize(1);
    assertThat(events.find(new EventFilter(null, null, "Protests", null))).isEmpty();
  }
}
