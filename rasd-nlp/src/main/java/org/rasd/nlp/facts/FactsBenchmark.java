package org.rasd.nlp.facts;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;

/**
 * Single-thread throughput of the facts stage and of the whole pipeline (text → NER → facts) on
 * the article files given, in MB of UTF-8 text per second of the thread's CPU time (so that other
 * processes on a shared machine do not count against it; wall time is printed too). Usage: {@code java -cp rasd.jar
 * org.rasd.nlp.facts.FactsBenchmark [--seconds N] FILE...}
 */
public final class FactsBenchmark {

  private FactsBenchmark() {}

  public static void main(String[] args) throws IOException {
    double seconds = 5;
    List<Article> articles = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--seconds")) {
        seconds = Double.parseDouble(args[++i]);
        continue;
      }
      String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
      articles.add(new Article(args[i], null, null, null, "2016-05", "ar", text, args[i]));
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    if (articles.isEmpty()) {
      System.err.println("usage: FactsBenchmark [--seconds N] FILE...");
      System.exit(2);
    }
    Pipeline pipeline = Pipeline.standard();
    FactExtractor facts = FactExtractor.standard();
    List<AnnotatedDocument> prepared = new ArrayList<>();
    for (Article a : articles) {
      prepared.add(pipeline.process(a));
    }
    report("facts stage", bytes, seconds, () -> prepared.forEach(facts::extract));
    report("end to end (text, NER, facts)", bytes, seconds, () -> articles.forEach(pipeline::process));
  }

  private static void report(String name, long bytes, double seconds, Runnable pass) {
    long warmUntil = System.nanoTime() + (long) (seconds * 0.4e9);
    while (System.nanoTime() < warmUntil) {
      pass.run();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long passes = 0;
    while (System.nanoTime() - start < seconds * 1e9) {
      pass.run();
      passes++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf("%-32s %6.2f MB/s per CPU-second (%d passes over %d bytes: %.1f s CPU, %.1f s wall)%n",
        name, passes * bytes / cpu / 1e6, passes, bytes, cpu, elapsed);
  }
}
