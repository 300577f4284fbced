package org.rasd.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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

    resetPeakHeap();
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
      System.out.printf("ingest: %d docs (%.1f MB of text, %d mentions) in %.1f s = %.0f docs/s; peak heap %.0f MB (max %d MB)%n",
          total, chars * 2 / 1e6, mentions, seconds, total / seconds, peakHeap() / 1e6,
          Runtime.getRuntime().maxMemory() / 1_000_000);
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

  private static void searchLatency(Store store, List<String> queries) {
    int warmup = 200;
    long[] nanos = new long[queries.size() - warmup];
    long hits = 0;
    for (int i = 0; i < queries.size(); i++) {
      long t = System.nanoTime();
      hits += store.index().search(SearchQuery.of(queries.get(i)).withLimit(10)).size();
      if (i >= warmup) {
        nanos[i - warmup] = System.nanoTime() - t;
      }
    }
    Arrays.sort(nanos);
    System.out.printf("search (top 10 with snippets, single thread, %d queries, %.1f hits avg): p50 %.2f ms, p99 %.2f ms%n",
        nanos.length, hits / (double) queries.size(), nanos[nanos.length / 2] / 1e6,
        nanos[(int) (nanos.length * 0.99)] / 1e6);
  }

  private static void resetPeakHeap() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
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
