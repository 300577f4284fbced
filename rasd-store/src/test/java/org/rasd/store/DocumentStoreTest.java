package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.store.Fixtures.Name;
import org.rasd.store.db.Database;
import org.rasd.store.db.DocumentStore;
import org.rasd.store.db.EntityRecord;
import org.rasd.store.db.EntityStore;
import org.rasd.store.db.SaveOutcome;
import org.rasd.store.db.SaveOutcome.Status;
import org.rasd.store.db.StoredDocument;
import org.rasd.store.db.StoredMention;

class DocumentStoreTest {

  private static final String AID_TEXT = "وصلت قافلة مساعدات إنسانية إلى بلدات بالغوطة الشرقية صباح اليوم.";
  private static final Name GHOUTA = Name.of("الغوطة الشرقية", "REGION", "place:sy:eastern-ghouta", "Eastern Ghouta");

  @TempDir Path dir;
  private Database db;
  private DocumentStore documents;

  @BeforeEach
  void open() {
    db = Database.embedded(dir);
    documents = new DocumentStore(db);
  }

  @Test
  void storesTheReferenceArticleWithItsMentionsAndEntities() {
    AnnotatedDocument ref = Fixtures.reference();
    SaveOutcome outcome = documents.save(ref);

    assertThat(outcome.status()).isEqualTo(Status.STORED);
    assertThat(outcome.docId()).isEqualTo(DocumentStore.contentId(ref.text())).hasSize(64);
    StoredDocument stored = documents.find(outcome.docId()).orElseThrow();
    assertThat(stored.text()).isEqualTo(ref.text());
    assertThat(stored.title()).isEqualTo(ref.article().title());
    assertThat(stored.source()).isEqualTo("Orient Net");
    List<StoredMention> mentions = documents.mentionsOf(outcome.docId());
    assertThat(mentions).hasSize(ref.mentions().size()).isNotEmpty();
    for (StoredMention m : mentions) {
      assertThat(ref.text().substring(m.start(), m.end())).isEqualTo(m.text());
    }
    // Both spellings of the outlet's name in the text became aliases of one entity.
    EntityRecord orient = new EntityStore(db).find(GeneratedCorpus.entityId("Orient Net")).orElseThrow();
    assertThat(orient.type()).isEqualTo("MEDIA");
    assertThat(orient.aliases()).contains("اورينت نت");
    assertThat(db.integrityProblems()).isEmpty();
  }

  @Test
  void reIngestingTheSameArticleIsReportedAsDuplicateAndAddsNothing() {
    AnnotatedDocument ref = Fixtures.reference();
    documents.save(ref);
    List<Long> before = Fixtures.allRowCounts(db);

    SaveOutcome again = documents.save(ref);

    assertThat(again.status()).isEqualTo(Status.DUPLICATE);
    assertThat(again.message()).contains("orient-ghouta-militias.ar.txt").contains(again.docId());
    assertThat(Fixtures.allRowCounts(db)).isEqualTo(before);
  }

  @Test
  void theContentHashDecidesIdentityNotTheMetadata() {
    AnnotatedDocument first = Fixtures.doc("feed-a", "Outlet A", "2024-01-05", AID_TEXT, GHOUTA);
    Article a = first.article();
    AnnotatedDocument republished = new AnnotatedDocument(
        new Article("feed-b", "https://example.org/b", "عنوان آخر", "Outlet B", "2024-01-06", "ar", a.text(), "feed-b"),
        List.of(), List.of(), List.of());

    List<SaveOutcome> outcomes = documents.save(List.of(first, republished, first));

    assertThat(outcomes).extracting(SaveOutcome::status)
        .containsExactly(Status.STORED, Status.DUPLICATE, Status.DUPLICATE);
    assertThat(outcomes.get(1).message()).startsWith("feed-b: same text as document").contains("feed-a");
    assertThat(documents.count()).isEqualTo(1);
    assertThat(documents.mentionsOf(outcomes.get(0).docId())).hasSize(1);
  }

  @Test
  void anEmptyTextIsRejectedWithItsOriginAndTheRestOfTheBatchIsStored() {
    AnnotatedDocument empty = Fixtures.doc("inbox/empty.txt", null, null, "  \n ");
    AnnotatedDocument good = Fixtures.doc("inbox/aid.txt", null, null, AID_TEXT, GHOUTA);

    List<SaveOutcome> outcomes = documents.save(List.of(empty, good));

    assertThat(outcomes.get(0).status()).isEqualTo(Status.REJECTED);
    assertThat(outcomes.get(0).message()).isEqualTo("inbox/empty.txt: empty text");
    assertThat(outcomes.get(1).status()).isEqualTo(Status.STORED);
    assertThat(documents.count()).isEqualTo(1);
  }

  @Test
  void mentionsThatDoNotFitTheTextAreRejectedBeforeAnythingIsWritten() {
    AnnotatedDocument good = Fixtures.doc("aid.txt", null, null, AID_TEXT, GHOUTA);
    Mention real = good.mentions().get(0);
    AnnotatedDocument outside = Fixtures.doc("outside.txt", null, null, "نص قصير جدا.")
        .withMentions(List.of(real));
    AnnotatedDocument shifted = good.withMentions(List.of(new Mention(real.start() + 1, real.end() + 1,
        real.text(), real.type(), real.confidence(), real.source(), real.resolution())));

    List<SaveOutcome> outcomes = documents.save(List.of(outside, shifted));

    assertThat(outcomes).extracting(SaveOutcome::status).containsOnly(Status.REJECTED);
    assertThat(outcomes.get(0).message()).startsWith("outside.txt: mention 0 [").contains("outside the text (length 12)");
    assertThat(outcomes.get(1).message()).contains("says 'الغوطة الشرقية' but the text there is 'لغوطة الشرقية '");
    assertThat(Fixtures.allRowCounts(db)).containsOnly(0L);
  }

  @Test
  void reopeningKeepsEverythingAndDoesNotMigrateTwice() {
    SaveOutcome saved = documents.save(Fixtures.doc("aid.txt", null, null, AID_TEXT, GHOUTA));

    Database reopened = Database.embedded(dir);

    assertThat(new DocumentStore(reopened).find(saved.docId())).isPresent();
    // One row per migration (V1, V2, V3): opening again applied none twice.
    assertThat(Fixtures.rows(reopened, "flyway_schema_history")).isEqualTo(3);
  }

  @Test
  void theIntegrityCheckFindsADocumentThatLostAMention() throws Exception {
    SaveOutcome saved = documents.save(Fixtures.reference());
    assertThat(db.integrityProblems()).isEmpty();

    try (Connection c = db.connect();
        PreparedStatement s = c.prepareStatement("DELETE FROM mentions WHERE doc_id = ? AND ordinal = 0")) {
      s.setString(1, saved.docId());
      s.executeUpdate();
    }

    int n = saved.document().mentions().size();
    assertThat(db.integrityProblems())
        .containsExactly("document " + saved.docId() + " should have " + n + " mentions but has " + (n - 1));
  }
}
