package org.rasd.app;

import java.util.ArrayList;
import java.util.List;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.store.Store;
import org.rasd.store.db.SaveOutcome;

/**
 * Runs articles through the extraction pipeline into a store, a batch per transaction
 * ({@link Store#ingest}). Re-running is idempotent: stored documents come back as duplicates.
 */
final class StoreLoader {

  /** What one load did. */
  record Counts(int stored, int duplicates, int rejected, int failed) {
    @Override
    public String toString() {
      return stored + " stored, " + duplicates + " already there, " + rejected + " rejected, " + failed + " failed";
    }
  }

  private static final int BATCH = 100;

  private final Pipeline pipeline;
  private final Store store;
  private final String command;

  StoreLoader(Pipeline pipeline, Store store, String command) {
    this.pipeline = pipeline;
    this.store = store;
    this.command = command;
  }

  /** Extracts and stores the articles; problems are reported on stderr, one line each, and counted. */
  Counts load(List<Article> articles) {
    int stored = 0;
    int duplicates = 0;
    int rejected = 0;
    int failed = 0;
    for (int from = 0; from < articles.size(); from += BATCH) {
      List<AnnotatedDocument> batch = new ArrayList<>();
      for (Article a : articles.subList(from, Math.min(articles.size(), from + BATCH))) {
        try {
          batch.add(pipeline.process(a));
        } catch (RuntimeException e) {
          failed++;
          System.err.println(command + ": error: " + a.origin() + ": extraction failed: " + e);
        }
      }
      for (SaveOutcome o : store.ingest(batch)) {
        switch (o.status()) {
          case STORED -> stored++;
          case DUPLICATE -> duplicates++;
          case REJECTED -> {
            rejected++;
            System.err.println(command + ": error: " + o.message());
          }
        }
      }
    }
    return new Counts(stored, duplicates, rejected, failed);
  }
}
