package org.rasd.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Live counts of one ingestion run; safe to read from a progress thread while the run goes on. */
public final class IngestStats {

  private final long startNanos = System.nanoTime();
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong documents = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final Map<String, LongAdder> failuresByReason = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> skippedByReason = new ConcurrentHashMap<>();
  private volatile long endNanos = -1;

  void fileOpened() {
    files.incrementAndGet();
  }

  void bytesRead(long count) {
    bytes.addAndGet(count);
  }

  void documentRead() {
    documents.incrementAndGet();
  }

  void failed(String reason) {
    failures.incrementAndGet();
    failuresByReason.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  void skipped(String reason) {
    skippedByReason.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  void finish() {
    endNanos = System.nanoTime();
  }

  /** Files opened (stdin counts as one). */
  public long files() {
    return files.get();
  }

  /** Raw bytes read from the inputs (compressed size for {@code .gz}). */
  public long bytes() {
    return bytes.get();
  }

  public long documents() {
    return documents.get();
  }

  public long failures() {
    return failures.get();
  }

  public Map<String, Long> failuresByReason() {
    return snapshot(failuresByReason);
  }

  public Map<String, Long> skippedByReason() {
    return snapshot(skippedByReason);
  }

  /** Time since the run started, or its total length once finished. */
  public Duration elapsed() {
    long end = endNanos >= 0 ? endNanos : System.nanoTime();
    return Duration.ofNanos(end - startNanos);
  }

  private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((reason, count) -> sorted.put(reason, count.sum()));
    return sorted;
  }
}
