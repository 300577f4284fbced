package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.store.db.RelationClaim;
import org.rasd.store.db.RelationFact;
import org.rasd.store.db.SaveOutcome;
import org.rasd.store.db.SaveOutcome.Status;
import org.rasd.store.search.SearchQuery;

/**
 * The same store code and migrations on a PostgreSQL server. Runs only when given a server:
 * {@code -Drasd.postgres.url=jdbc:postgresql://localhost:5432/postgres -Drasd.postgres.user=postgres}
 * (each run works in a schema of its own and drops it afterwards).
 */
@EnabledIfSystemProperty(named = "rasd.postgres.url", matches = "jdbc:postgresql:.+")
class PostgresStoreTest {

  private static final String URL = System.getProperty("rasd.postgres.url");

  @TempDir Path indexDir;
  private final String schema = "rasd_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
  private final Properties credentials = new Properties();

  @BeforeEach
  void createSchema() throws Exception {
    credentials.setProperty("user", System.getProperty("rasd.postgres.user", "postgres"));
    credentials.setProperty("password", System.getProperty("rasd.postgres.password", ""));
    execute("CREATE SCHEMA " + schema);
  }

  @AfterEach
  void dropSchema() throws Exception {
    execute("DROP SCHEMA " + schema + " CASCADE");
  }

  private void execute(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(URL, credentials); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void storesDocumentsAndFactsAndRejectsDuplicatesAsOnSqlite() {
    String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try (Store store = Store.open(url, credentials, indexDir)) {
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
}
