package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.store.Fixtures.Name;
import org.rasd.store.db.Database;
import org.rasd.store.db.DocumentStore;
import org.rasd.store.db.FactStore;
import org.rasd.store.db.RelationClaim;
import org.rasd.store.db.RelationFact;

/** Relation claims across documents: agreeing sources merge, disagreeing claims stay apart. */
class FactStoreTest {

  // Invented people and group, in short neutral sentences: the point is storage, not the claim.
  private static final Name SAMER = Name.of("سامر الأحمد", "PERSON", "test:samer", "Samer al-Ahmad");
  private static final Name KHALED = Name.of("خالد العلي", "PERSON", "test:khaled", "Khaled al-Ali");
  private static final Name NOUR = Name.of("فصيل النور", "ARMED_GROUP", "test:nour", "Nour faction");
  private static final Name SITE = Name.of("موقع محلي", "MEDIA", "test:local-site", "a local site");

  private static final String TEXT_A = "قال متحدث باسم الأهالي إن سامر الأحمد يقود فصيل النور منذ العام الماضي.";
  private static final String TEXT_B = "أكد موقع محلي أن سامر الأحمد هو قائد فصيل النور.";
  private static final String TEXT_C = "ذكرت مصادر أخرى أن خالد العلي تولى قيادة فصيل النور.";

  @TempDir Path dir;
  private Database db;
  private FactStore facts;
  private String docA;
  private String docB;
  private String docC;

  @BeforeEach
  void storeDocuments() {
    db = Database.embedded(dir);
    facts = new FactStore(db);
    DocumentStore documents = new DocumentStore(db);
    List<AnnotatedDocument> docs = List.of(
        Fixtures.doc("a.txt", "Outlet A", "2024-02-01", TEXT_A, SAMER, NOUR),
        Fixtures.doc("b.txt", "Outlet B", "2024-02-03", TEXT_B, SAMER, NOUR, SITE),
        Fixtures.doc("c.txt", "Outlet C", "2024-02-05", TEXT_C, KHALED, NOUR));
    List<String> ids = documents.save(docs).stream().map(o -> o.docId()).toList();
    docA = ids.get(0);
    docB = ids.get(1);
    docC = ids.get(2);
  }

  private static RelationClaim leader(Name who, String doc, String text, String accordingTo) {
    return new RelationClaim("LEADER_OF", who.id(), NOUR.id(), null, null, "asserted", doc, 0, text.length(),
        accordingTo, null);
  }

  @Test
  void twoDocumentsStatingOneFactMakeOneFactWithTwoSources() {
    FactStore.SaveReport report = facts.save(List.of(
        leader(SAMER, docA, TEXT_A, null), leader(SAMER, docB, TEXT_B, SITE.id())));

    assertThat(report.newFacts()).isEqualTo(1);
    assertThat(report.newSources()).isEqualTo(2);
    List<RelationFact> about = facts.factsAbout(NOUR.id());
    assertThat(about).hasSize(1);
    RelationFact fact = about.get(0);
    assertThat(fact.fromEntity()).isEqualTo(SAMER.id());
    assertThat(fact.sources()).extracting(RelationFact.Source::docId).containsExactly(docA, docB);
    assertThat(fact.sources()).extracting(RelationFact.Source::outlet).containsExactly("Outlet A", "Outlet B");
    assertThat(fact.sources().get(1).accordingTo()).isEqualTo(SITE.id());
  }

  @Test
  void twoDifferentLeadersOfOneGroupAreBothKeptSideBySide() {
    facts.save(List.of(leader(SAMER, docA, TEXT_A, null), leader(KHALED, docC, TEXT_C, null)));

    List<RelationFact> about = facts.factsAbout(NOUR.id());

    assertThat(about).extracting(RelationFact::type).containsOnly("LEADER_OF");
    assertThat(about).extracting(RelationFact::fromEntity).containsExactlyInAnyOrder(SAMER.id(), KHALED.id());
    assertThat(about).allSatisfy(f -> assertThat(f.sources()).hasSize(1));
    // Each person sees only the claim about them.
    assertThat(facts.factsAbout(KHALED.id())).singleElement()
        .satisfies(f -> assertThat(f.sources().get(0).docId()).isEqualTo(docC));
  }

  @Test
  void anAssertionAndADenialOfTheSameRelationAreSeparateClaims() {
    RelationClaim denial = new RelationClaim("LEADER_OF", SAMER.id(), NOUR.id(), null, null, "denied", docC, 0, 10,
        null, "مصادر أخرى");
    facts.save(List.of(leader(SAMER, docA, TEXT_A, null), denial));

    assertThat(facts.factsAbout(SAMER.id())).extracting(RelationFact::modality).containsExactlyInAnyOrder("asserted", "denied");
  }

  @Test
  void savingTheSameClaimAgainAddsNothing() {
    facts.save(List.of(leader(SAMER, docA, TEXT_A, null)));
    List<Long> before = Fixtures.allRowCounts(db);

    FactStore.SaveReport again = facts.save(List.of(leader(SAMER, docA, TEXT_A, null)));

    assertThat(again.newFacts()).isZero();
    assertThat(again.newSources()).isZero();
    assertThat(Fixtures.allRowCounts(db)).isEqualTo(before);
  }

  @Test
  void claimsAboutUnknownEntitiesOrDocumentsAreRefusedAndTheRestIsKept() {
    RelationClaim unknownPerson = new RelationClaim("LEADER_OF", "test:nobody", NOUR.id(), null, null, "asserted",
        docA, 0, 5, null, null);
    RelationClaim unknownDoc = new RelationClaim("LEADER_OF", SAMER.id(), NOUR.id(), null, null, "asserted",
        "0".repeat(64), 0, 5, null, null);

    FactStore.SaveReport report = facts.save(List.of(unknownPerson, unknownDoc, leader(SAMER, docA, TEXT_A, null)));

    assertThat(report.rejected()).containsExactly(
        "relation claim 0 (LEADER_OF test:nobody → test:nour): unknown entity test:nobody",
        "relation claim 1 (LEADER_OF test:samer → test:nour): unknown document " + "0".repeat(64));
    assertThat(report.newFacts()).isEqualTo(1);
    assertThat(facts.factsAbout(NOUR.id())).hasSize(1);
  }
}
