package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.store.db.DocumentStore;

/** A child JVM ingesting in batches is killed with SIGKILL; nothing committed is lost. */
class KillRecoveryTest {

  private static final int TOTAL = 300;
  private static final int BATCH = 20;
  private static final int KILL_AFTER = 3;
  private static final Path EXAMPLES = Path.of(System.getProperty("rasd.shared", "../shared"), "examples");

  @TempDir Path dataDir;

  @Test
  void killedIngestLosesNothingCommittedAndReRunCompletesTheRest() throws Exception {
    Process child = startChild();
    List<String> seen = new ArrayList<>();
    try (BufferedReader out = reader(child)) {
      String line;
      // Let a few batches commit, then kill while the next one is being written.
      while ((line = out.readLine()) != null) {
        seen.add(line);
        if (seen.size() == KILL_AFTER) {
          child.destroyForcibly();
          break;
        }
      }
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("killed, not finished: %s", seen).isNotZero();
    assertThat(seen).noneMatch(l -> l.startsWith("done"));

    long committed;
    GeneratedCorpus corpus = GeneratedCorpus.load(EXAMPLES);
    try (Store store = Store.open(dataDir)) {
      assertThat(store.database().integrityProblems()).isEmpty();
      committed = store.documents().count();
      assertThat(committed).isBetween((long) KILL_AFTER * BATCH, (long) TOTAL - BATCH);
      // One transaction per batch: only whole batches survive, each document with all its mentions.
      assertThat(committed % BATCH).isZero();
      for (int n = 0; n < committed; n++) {
        AnnotatedDocument d = corpus.document(n);
        String id = DocumentStore.contentId(d.text());
        assertThat(store.documents().find(id)).as("document %d", n).isPresent();
        assertThat(store.documents().mentionsOf(id)).hasSize(d.mentions().size());
      }
      // The index catches up with whatever the database committed before the kill.
      assertThat(store.index().documentCount()).isEqualTo(committed);
    }

    Process rerun = startChild();
    String last = null;
    try (BufferedReader out = reader(rerun)) {
      for (String line; (line = out.readLine()) != null; ) {
        last = line;
      }
    }
    assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.exitValue()).isZero();
    assertThat(last).isEqualTo("done stored " + (TOTAL - committed) + " duplicates " + committed);

    try (Store store = Store.open(dataDir)) {
      assertThat(store.database().integrityProblems()).isEmpty();
      assertThat(store.documents().count()).isEqualTo(TOTAL);
      assertThat(store.index().documentCount()).isEqualTo(TOTAL);
    }
  }

  private Process startChild() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
            BatchIngest.class.getName(), dataDir.toString(), EXAMPLES.toString(),
            String.valueOf(TOTAL), String.valueOf(BATCH))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }
}
