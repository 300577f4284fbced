package org.rasd.store;

import java.nio.file.Path;
import java.util.List;
import org.rasd.store.db.SaveOutcome;

/**
 * Ingests generated documents {@code [0, total)} in batches into a store, printing one line per
 * committed batch. Run as a child JVM by {@link KillRecoveryTest}, which kills it mid-run.
 *
 * <p>Arguments: data directory, examples directory, total, batch size.
 */
public final class BatchIngest {

  public static void main(String[] args) {
    Path dataDir = Path.of(args[0]);
    GeneratedCorpus corpus = GeneratedCorpus.load(Path.of(args[1]));
    int total = Integer.parseInt(args[2]);
    int batch = Integer.parseInt(args[3]);
    int stored = 0;
    int duplicates = 0;
    try (Store store = Store.open(dataDir)) {
      for (int from = 0; from < total; from += batch) {
        List<SaveOutcome> outcomes = store.ingest(corpus.documents(from, Math.min(total, from + batch)));
        stored += (int) outcomes.stream().filter(SaveOutcome::stored).count();
        duplicates += (int) outcomes.stream().filter(o -> o.status() == SaveOutcome.Status.DUPLICATE).count();
        System.out.println("committed " + (from + outcomes.size()));
        System.out.flush();
      }
    }
    System.out.println("done stored " + stored + " duplicates " + duplicates);
  }
}
