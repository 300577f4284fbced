package org.rasd.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rasd.server.RasdServer;
import org.rasd.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasd bench serve}: search latency of the HTTP API under concurrent clients, on loopback
 * only. The server runs in this process on a free port over an existing store; the queries are
 * words of the stored titles (fixed seed), one or two per query.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Measures /api/search latency (p50, p90, p99) under concurrent clients over loopback.")
final class BenchServeCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path data = Store.DEFAULT_DATA_DIR;

  @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients = 50;

  @Option(names = "--requests", description = "Measured requests (default: ${DEFAULT-VALUE}).")
  int requests = 5000;

  @Option(names = "--warmup", description = "Requests before measuring (default: ${DEFAULT-VALUE}).")
  int warmup = 500;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data.resolve("rasd.db"))) {
      System.err.println("rasd bench serve: error: no store in " + data + " (run `rasd demo --no-serve` first)");
      return 2;
    }
    if (clients < 1 || requests < 1 || warmup < 0) {
      System.err.println("rasd bench serve: error: --clients and --requests must be positive, --warmup not negative");
      return 2;
    }
    try (Store store = Store.open(data); RasdServer server = RasdServer.start(store, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      List<String> queries = queries(base);
      if (queries.isEmpty()) {
        System.err.println("rasd bench serve: error: the store has no titled documents to take query words from");
        return 2;
      }
      run(base, queries, warmup);
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      long[] nanos = run(base, queries, requests);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuMsPerRequest = (processCpuNanos() - cpuStart) / 1e6 / requests;
      Arrays.sort(nanos);
      System.out.printf("store: %s (%d documents); %d clients, %d requests (%d warm-up), %d distinct queries%n",
          data, store.documents().count(), clients, requests, warmup, queries.size());
      System.out.printf("search latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; %.0f requests/s%n",
          ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, requests / seconds);
      System.out.printf("CPU per request (server and clients, this process): %.2f ms; load average %.1f on %d cores%n",
          cpuMsPerRequest, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          Runtime.getRuntime().availableProcessors());
    }
    return 0;
  }

  /** One- and two-word queries from the words (three letters or more) of the stored titles. */
  private List<String> queries(String base) throws Exception {
    JsonNode page = new ObjectMapper().readTree(get(base + "/api/documents?limit=100").body());
    TreeSet<String> words = new TreeSet<>();
    for (JsonNode d : page.get("items")) {
      for (String w : d.path("title").asText("").split("[^\\p{L}]+")) {
        if (w.length() >= 3) {
          words.add(w);
        }
      }
    }
    List<String> list = new ArrayList<>(words);
    Random random = new Random(20261125L);
    Collections.shuffle(list, random);
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      queries.add(i % 3 == 2 ? list.get(i) + " " + list.get(random.nextInt(list.size())) : list.get(i));
    }
    return queries;
  }

  private long[] run(String base, List<String> queries, int total) throws Exception {
    long[] nanos = new long[total];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        done.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            String q = URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8);
            long t = System.nanoTime();
            HttpResponse<String> r = get(base + "/api/search?limit=10&q=" + q);
            nanos[i] = System.nanoTime() - t;
            if (r.statusCode() != 200) {
              throw new IllegalStateException("search answered " + r.statusCode() + ": " + r.body());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return nanos;
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** CPU time of this process (all threads), or 0 where the platform does not tell. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }
}
