package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.store.Fixtures.Name;
import org.rasd.store.db.Database;
import org.rasd.store.db.DocumentStore;
import org.rasd.store.db.SaveOutcome;
import org.rasd.store.db.SaveOutcome.Status;
import org.rasd.store.search.EntityHit;
import org.rasd.store.search.SearchHit;
import org.rasd.store.search.SearchQuery;

/** The database and the index together. */
class StoreTest {

  private static final Name DOUMA = Name.of("دوما", "CITY", "place:sy:douma", "Douma");
  private static final String SCHOOLS = "قال مسؤول في المجلس المحلي لمدينة دوما إن المدارس ستفتح أبوابها الأسبوع المقبل.";
  private static final String MARKET = "افتتح سوق شعبي جديد في دوما بمشاركة عشرات الباعة.";

  @TempDir Path dir;

  @Test
  void ingestReportsEachDocumentInOrderAndIndexesOnlyWhatWasStored() {
    try (Store store = Store.open(dir)) {
      List<SaveOutcome> outcomes = store.ingest(List.of(
          Fixtures.doc("schools.txt", "Outlet A", "2024-09-01", SCHOOLS, DOUMA),
          Fixtures.doc("empty.txt", null, null, ""),
          Fixtures.doc("schools-again.txt", "Outlet B", null, SCHOOLS)));

      assertThat(outcomes).extracting(SaveOutcome::status)
          .containsExactly(Status.STORED, Status.REJECTED, Status.DUPLICATE);
      assertThat(store.index().documentCount()).isEqualTo(1);
      assertThat(store.index().search(SearchQuery.of("المدارس"))).extracting(SearchHit::source).containsExactly("Outlet A");
    }
  }

  @Test
  void openingTheStoreIndexesWhatTheDatabaseCommittedBeforeACrash() {
    try (Store store = Store.open(dir)) {
      store.ingest(List.of(Fixtures.doc("schools.txt", null, null, SCHOOLS, DOUMA)));
    }
    // As if the process died after the database commit and before the index commit.
    new DocumentStore(Database.embedded(dir)).save(Fixtures.doc("market.txt", null, null, MARKET, DOUMA));

    try (Store store = Store.open(dir)) {
      assertThat(store.index().documentCount()).isEqualTo(2);
      assertThat(store.index().search(SearchQuery.of("سوق"))).hasSize(1);
      assertThat(store.index().search(SearchQuery.of("").withEntity(DOUMA.id()))).hasSize(2);
      assertThat(store.index().searchEntities("Douma", 1)).extracting(EntityHit::id).containsExactly(DOUMA.id());
    }
  }

  @Test
  void anIndexLeftFromAnotherDatabaseIsRebuiltFromTheCurrentOne() throws Exception {
    try (Store store = Store.open(dir)) {
      store.ingest(List.of(Fixtures.doc("schools.txt", null, null, SCHOOLS, DOUMA),
          Fixtures.doc("market.txt", null, null, MARKET, DOUMA)));
    }
    for (String file : List.of("rasd.db", "rasd.db-wal", "rasd.db-shm")) {
      Files.deleteIfExists(dir.resolve(file));
    }
    new DocumentStore(Database.embedded(dir)).save(Fixtures.doc("market.txt", null, null, MARKET, DOUMA));

    try (Store store = Store.open(dir)) {
      assertThat(store.index().documentCount()).isEqualTo(1);
      assertThat(store.index().search(SearchQuery.of("المدارس"))).isEmpty();
      assertThat(store.index().search(SearchQuery.of("سوق"))).hasSize(1);
    }
  }
}
