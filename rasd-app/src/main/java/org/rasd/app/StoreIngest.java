package org.rasd.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rasd.ingest.IngestError;
import org.rasd.ingest.IngestListener;
import org.rasd.ingest.IngestStats;
import org.rasd.ingest.Ingestor;
import org.rasd.ingest.InputFormat;
import org.rasd.ingest.SizeLimit;
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

  /** What one run did. */
  public record Result(
      IngestStats read, long stored, long duplicates, long rejected, long extractionFailures, Duration elapsed) {

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

  /** Ingests the paths with the standard pipeline, any input format, reporting errors on stderr. */
  public static Result ingest(Store store, List<String> paths) {
    StoreIngest ingest = new StoreIngest(store, Pipeline.standard(), DEFAULT_BATCH,
        line -> System.err.println("rasd ingest: error: " + line));
    return ingest.run(new Ingestor(InputFormat.AUTO, new SizeLimit(64 << 20), false), paths);
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
    return new Result(stats, batches.stored, batches.duplicates, batches.rejected, batches.extractionFailures,
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /** The documents of the batch being filled, and the counts of those already stored. */
  private final class Batches {
    private final List<AnnotatedDocument> pending = new ArrayList<>(batchSize);
    long stored;
    long duplicates;
    long rejected;
    long extractionFailures;

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
      // The pipeline has no event or relation stage yet; when it has, its claims go in this same
      // transaction through store.ingest(documents, Claims.events(…), Claims.relations(…)).
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
