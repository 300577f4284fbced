package org.rasd.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Mention;
import org.rasd.store.search.SearchQuery;

/**
 * Store benchmark: ingests N generated documents (see {@link GeneratedCorpus}) into a fresh
 * embedded store in batches, then runs single-threaded searches. Reports documents per second,
 * peak heap and search latency percentiles. Run with a small heap to show memory stays bounded:
 *
 * <pre>java -Xmx256m -cp … org.rasd.store.StoreBench [N=10000] [batch=500] [dataDir=temp]</pre>
 */
public final class StoreBench {

  public static void main(String[] args) throws IOException {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    Path dataDir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("rasd-bench");
    GeneratedCorpus corpus = GeneratedCorpus.load();
    System.out.printf("corpus: %d real sentences; %d documents in batches of %d into %s%n",
        corpus.sentenceCount(), total, batch, dataDir);

    HeapSampler heap = new HeapSampler();
    long cpuStart = processCpuNanos();
    long chars = 0;
    long mentions = 0;
    long start = System.nanoTime();
    try (Store store = Store.open(dataDir)) {
      for (int from = 0; from < total; from += batch) {
        List<AnnotatedDocument> docs = corpus.documents(from, Math.min(total, from + batch));
        for (AnnotatedDocument d : docs) {
          chars += d.text().length();
          mentions += d.mentions().size();
        }
        store.ingest(docs);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
      System.out.printf("ingest: %d docs (%.1f M chars, %d mentions) in %.1f s wall = %.0f docs/s;"
              + " %.1f s CPU (all threads) = %.0f docs per CPU-second%n",
          total, chars / 1e6, mentions, seconds, total / seconds, cpuSeconds, total / cpuSeconds);
      long peak = heap.stop();
      System.gc();
      System.out.printf("heap: peak used %.0f MB (sampled every 10 ms, garbage included) of a %d MB limit;"
              + " live after ingest %.0f MB%n",
          peak / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000, usedHeap() / 1e6);
      System.out.printf("on disk: database %.1f MB, index %.1f MB%n",
          size(dataDir.resolve("rasd.db")) / 1e6 + size(dataDir.resolve("rasd.db-wal")) / 1e6,
          size(dataDir.resolve("index")) / 1e6);
      searchLatency(store, queries(corpus, 1200));
    }
  }

  /** Entity names and word pairs from the generated documents' own sentences. */
  private static List<String> queries(GeneratedCorpus corpus, int count) {
    Random random = new Random(7);
    List<String> out = new ArrayList<>();
    while (out.size() < count) {
      AnnotatedDocument d = corpus.document(random.nextInt(1000));
      if (random.nextBoolean() && !d.mentions().isEmpty()) {
        Mention m = d.mentions().get(random.nextInt(d.mentions().size()));
        out.add(m.text());
      } else {
        String[] words = d.text().split("[\\s\\p{P}]+");
        int i = random.nextInt(Math.max(1, words.length - 1));
        out.add((words[i] + " " + words[Math.min(words.length - 1, i + 1)]).strip());
      }
    }
    return out;
  }

  /** Wall time and this thread's CPU time per query (CPU time is what a busy machine cannot inflate). */
  private static void searchLatency(Store store, List<String> queries) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int warmup = 200;
    long[] wall = new long[queries.size() - warmup];
    long[] cpu = new long[wall.length];
    long hits = 0;
    for (int i = 0; i < queries.size(); i++) {
      long t = System.nanoTime();
      long c = threads.getCurrentThreadCpuTime();
      hits += store.index().search(SearchQuery.of(queries.get(i)).withLimit(10)).size();
      if (i >= warmup) {
        cpu[i - warmup] = threads.getCurrentThreadCpuTime() - c;
        wall[i - warmup] = System.nanoTime() - t;
      }
    }
    System.out.printf("search (top 10 with snippets, single thread, %d queries, %.1f hits avg):"
            + " wall p50 %.2f ms, p99 %.2f ms; CPU p50 %.2f ms, p99 %.2f ms%n",
        wall.length, hits / (double) queries.size(), percentile(wall, 0.5), percentile(wall, 0.99),
        percentile(cpu, 0.5), percentile(cpu, 0.99));
  }

  private static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) (sorted.length * p)] / 1e6;
  }

  /** Samples the used heap every 10 ms on a daemon thread and keeps the largest value. */
  private static final class HeapSampler {
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;

    HeapSampler() {
      thread = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peak.accumulateAndGet(usedHeap(), Math::max);
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    long stop() {
      thread.interrupt();
      return peak.get();
    }
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long size(Path p) throws IOException {
    if (!Files.exists(p)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(p)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
