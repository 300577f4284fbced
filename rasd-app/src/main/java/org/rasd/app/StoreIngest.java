package org.rasd.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rasd.ingest.IngestError;
import org.rasd.ingest.IngestListener;
import org.rasd.ingest.IngestStats;
import org.rasd.ingest.Ingestor;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.store.Store;
import org.rasd.store.db.SaveOutcome;

/**
 * Ingests articles into a store: reads the inputs (files, directories, {@code -}) with the
 * {@link Ingestor}, runs the extraction pipeline on each article, and stores the annotated
 * documents a batch at a time, one transaction per batch. Idempotent (a document already stored is
 * a duplicate and adds nothing) and crash-safe (a killed run leaves whole batches; running it again
 * completes the store). Used by {@code rasd ingest --store} and by anything else that fills a store
 * (the demo).
 */
public final class StoreIngest {

  /** Documents per transaction: large enough to amortise the commit, small enough to lose little. */
  public static final int DEFAULT_BATCH = 200;

  /** What happened to the articles handed to the store. */
  public record Counts(long stored, long duplicates, long rejected, long extractionFailures) {
    @Override
    public String toString() {
      return stored + " stored, " + duplicates + " already there, " + rejected + " rejected, "
          + extractionFailures + " failed extraction";
    }
  }

  /** What one run over inputs did. */
  public record Result(IngestStats read, Counts counts, Duration elapsed) {

    /** Articles read per second of the whole run (reading, extraction and storing). */
    public double documentsPerSecond() {
      return read.documents() / Math.max(elapsed.toNanos() / 1e9, 1e-9);
    }
  }

  private final Store store;
  private final Pipeline pipeline;
  private final int batchSize;
  private final Consumer<String> errors;

  /**
   * @param errors receives one line per bad input, failed extraction or rejected document
   */
  public StoreIngest(Store store, Pipeline pipeline, int batchSize, Consumer<String> errors) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
    this.store = store;
    this.pipeline = pipeline;
    this.batchSize = batchSize;
    this.errors = errors;
  }

  /** Stores articles already read (the demo's samples), a batch per transaction. */
  public Counts store(List<Article> articles) {
    Batches batches = new Batches();
    articles.forEach(batches::add);
    batches.flush();
    return batches.counts();
  }

  /** Reads the paths with {@code ingestor} and stores everything it yields. */
  public Result run(Ingestor ingestor, List<String> paths) {
    long startNanos = System.nanoTime();
    Batches batches = new Batches();
    IngestStats stats = ingestor.ingest(paths, new IngestListener() {
      @Override
      public void article(Article article) {
        batches.add(article);
      }

      @Override
      public void error(IngestError error) {
        errors.accept(error.message());
      }
    });
    batches.flush();
    return new Result(stats, batches.counts(), Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /** The documents of the batch being filled, and the counts of those already stored. */
  private final class Batches {
    private final List<AnnotatedDocument> pending = new ArrayList<>(batchSize);
    long stored;
    long duplicates;
    long rejected;
    long extractionFailures;

    Counts counts() {
      return new Counts(stored, duplicates, rejected, extractionFailures);
    }

    void add(Article article) {
      try {
        pending.add(pipeline.process(article));
      } catch (RuntimeException e) {
        extractionFailures++;
        errors.accept(article.origin() + ": extraction failed: " + e);
        return;
      }
      if (pending.size() >= batchSize) {
        flush();
      }
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      // the documents' events and relations go into the same transaction (Store.ingest)
      for (SaveOutcome o : store.ingest(pending)) {
        switch (o.status()) {
          case STORED -> stored++;
          case DUPLICATE -> duplicates++;
          case REJECTED -> {
            rejected++;
            errors.accept(o.message());
          }
        }
      }
      pending.clear();
    }
  }
}
