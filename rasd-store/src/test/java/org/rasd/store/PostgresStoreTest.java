package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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

  private static final String URL = System.getProperty("rasd.postgres.url");

  /** One schema per store a test opens. */
  private final List<String> schemas = new ArrayList<>();
  private final Properties credentials = new Properties();

  @Override
  Store open(Path indexDir) {
    credentials.setProperty("user", System.getProperty("rasd.postgres.user", "postgres"));
    credentials.setProperty("password", System.getProperty("rasd.postgres.password", ""));
    String schema = "rasd_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
    schemas.add(schema);
    execute("CREATE SCHEMA " + schema);
    return Store.open(url(schema), credentials, indexDir);
  }

  private static String url(String schema) {
    return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @AfterEach
  @Override
  void closeStore() {
    super.closeStore();
    schemas.forEach(schema -> execute("DROP SCHEMA " + schema + " CASCADE"));
  }

  private void execute(String sql) {
    try (Connection c = DriverManager.getConnection(URL, credentials); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + URL + " refused: " + sql, e);
    }
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
