package org.rasd.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.rasd.ingest.InputFormat;

/**
 * Throughput of the job in local mode: {@code ThroughputBench MASTER DOCS FILES WORKDIR}, e.g.
 * {@code local[1] 3000 16 /tmp/rasd-bench}. The corpus is the shared articles replicated to DOCS
 * JSON lines over FILES files; it is written once and reused. Each copy is a document of its own (a
 * numbered line added to the text) published three days after the previous copy of the same article,
 * so relative dates resolve to days and events merge within documents but copies stay apart, as
 * distinct reports of distinct days would. Prints docs/s and MB/s
 * of a second run (the first warms the JIT and loads the models), and documents per CPU-second of
 * the process (local mode: driver and executor are this JVM), which holds when the machine is shared.
 */
public final class ThroughputBench {

  private ThroughputBench() {}

  public static void main(String[] args) throws IOException {
    String master = args[0];
    int docs = Integer.parseInt(args[1]);
    int files = Integer.parseInt(args[2]);
    Path work = Path.of(args[3]);
    Path corpus = work.resolve("dated-corpus-" + docs + "x" + files);
    long bytes = generate(corpus, docs, files);
    SparkSession spark = SparkSession.builder().master(master).appName("rasd-bench")
        .config("spark.ui.enabled", "false")
        // A few shuffle partitions per local core, not the 200 meant for clusters.
        .config("spark.sql.shuffle.partitions", "8").getOrCreate();
    try {
      ExtractionJob job = new ExtractionJob(spark, InputFormat.JSONL, files);
      job.run(List.of(corpus.toString()), work.resolve("warmup").toString());
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      ExtractionJob.Summary summary = job.run(List.of(corpus.toString()), work.resolve("out").toString());
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
      System.out.printf("%s: %d documents (%.1f MB of text; %d event claims, %d merged events) in %.1f s:"
              + " %.0f docs/s, %.2f MB/s; %.1f CPU-s: %.0f docs per CPU-second%n",
          master, summary.documents(), bytes / 1e6, summary.events(), summary.mergedEvents(), seconds,
          summary.documents() / seconds, bytes / 1e6 / seconds, cpuSeconds, summary.documents() / cpuSeconds);
      // The share of cross-document event merging: the same step again on the written claims.
      String out = work.resolve("out").toString();
      long mergeStart = System.nanoTime();
      long mergeCpuStart = processCpuNanos();
      long events = EventMerging.merge(spark.read().parquet(out + "/" + ExtractionJob.EVENTS),
          EventMerging.places(spark.read().parquet(out + "/" + ExtractionJob.MENTIONS))).count();
      System.out.printf("  of which merging %d claims into %d events: %.1f s, %.1f CPU-s%n", summary.events(),
          events, (System.nanoTime() - mergeStart) / 1e9, (processCpuNanos() - mergeCpuStart) / 1e9);
    } finally {
      spark.stop();
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Writes the corpus unless present; returns the UTF-8 size of the article texts. */
  private static long generate(Path corpus, int docs, int files) throws IOException {
    Path shared = Path.of(System.getProperty("rasd.shared", "../shared"), "examples");
    List<Path> articles;
    try (Stream<Path> dev = Files.list(shared.resolve("dev"))) {
      articles = Stream.concat(dev, Stream.of(shared.resolve("orient-ghouta-militias.ar.txt")))
          .filter(p -> p.toString().endsWith(".ar.txt")).sorted().toList();
    }
    boolean write = !Files.isDirectory(corpus);
    Files.createDirectories(corpus);
    ObjectMapper json = new ObjectMapper();
    long bytes = 0;
    BufferedWriter[] out = new BufferedWriter[files];
    try {
      for (int i = 0; i < docs; i++) {
        Path article = articles.get(i % articles.size());
        int copy = i / articles.size();
        String text = Files.readString(article) + "\n(" + copy + ")";
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
        if (write) {
          int f = i % files;
          if (out[f] == null) {
            out[f] = Files.newBufferedWriter(corpus.resolve("part-" + f + ".jsonl"));
          }
          ObjectNode node = json.createObjectNode();
          node.put("id", "copy-" + i + "-" + article.getFileName());
          node.put("published", LocalDate.of(2024, 1, 1).plusDays(3L * copy).toString());
          node.put("text", text);
          out[f].write(json.writeValueAsString(node));
          out[f].newLine();
        }
      }
    } finally {
      for (BufferedWriter w : out) {
        if (w != null) {
          w.close();
        }
      }
    }
    return bytes;
  }
}
