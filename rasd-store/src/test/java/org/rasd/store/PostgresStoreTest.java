package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.rasd.store.db.RelationClaim;
import org.rasd.store.db.RelationFact;
import org.rasd.store.db.SaveOutcome;
import org.rasd.store.db.SaveOutcome.Status;
import org.rasd.store.search.SearchQuery;

/**
 * The same store code, migrations and contract on a PostgreSQL server. Runs only when given a
 * server ({@code .ci/run} starts one):
 * {@code -Drasd.postgres.url=jdbc:postgresql://localhost:5432/postgres -Drasd.postgres.user=postgres}
 * (each test works in a schema of its own and drops it afterwards).
 */
@EnabledIfSystemProperty(named = "rasd.postgres.url", matches = "jdbc:postgresql:.+",
    disabledReason = "no PostgreSQL server given: set -Drasd.postgres.url=jdbc:postgresql://HOST:PORT/DB"
        + " (and -Drasd.postgres.user) to run the store tests on one, as .ci/run does")
class PostgresStoreTest extends StoreContract {

  private final PostgresSchemas schemas = new PostgresSchemas();

  @Override
  Store open(Path indexDir) {
    return schemas.open(indexDir);
  }

  @AfterEach
  @Override
  void closeStore() {
    super.closeStore();
    schemas.dropAll();
  }

  @Test
  void storesTheReferenceArticleAndFindsItAsOnSqlite() {
    List<SaveOutcome> outcomes = store.ingest(List.of(Fixtures.reference(), Fixtures.reference()));
    assertThat(outcomes).extracting(SaveOutcome::status).containsExactly(Status.STORED, Status.DUPLICATE);
    String id = outcomes.get(0).docId();
    assertThat(store.documents().mentionsOf(id)).hasSize(Fixtures.reference().mentions().size());
    assertThat(store.database().integrityProblems()).isEmpty();

    String leader = GeneratedCorpus.entityId("Abdullah al-Shaibani");
    String group = GeneratedCorpus.entityId("Liwa Asad Allah al-Ghalib");
    int at = Fixtures.reference().text().indexOf("عبد الله الشيباني");
    store.facts().save(List.of(
        new RelationClaim("LEADER_OF", leader, group, null, null, "asserted", id, at, at + 17, null, null)));
    assertThat(store.facts().factsAbout(group)).extracting(RelationFact::fromEntity).containsExactly(leader);
    assertThat(store.index().search(SearchQuery.of("الغوطه"))).hasSize(1);
  }
}
