package org.rasd.app;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.rasd.ingest.IngestStats;

/** The end-of-run report of {@code rasd ingest}: counts, failures by reason, throughput. */
final class Summary {

  private Summary() {}

  static String of(IngestStats stats) {
    double seconds = Math.max(stats.elapsed().toNanos() / 1e9, 1e-9);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "rasd ingest: %d documents, %d failures; %d files, %s MB in %.2f s (%.0f docs/s, %.2f MB/s)%n",
            stats.documents(),
            stats.failures(),
            stats.files(),
            megabytes(stats.bytes()),
            seconds,
            stats.documents() / seconds,
            stats.bytes() / 1e6 / seconds));
    if (stats.failures() > 0) {
      out.append("  failures by reason: ").append(counts(stats.failuresByReason())).append(System.lineSeparator());
    }
    if (!stats.skippedByReason().isEmpty()) {
      out.append("  skipped: ").append(counts(stats.skippedByReason())).append(System.lineSeparator());
    }
    return out.toString();
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.2f", bytes / 1e6);
  }

  private static String counts(Map<String, Long> byReason) {
    return byReason.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
