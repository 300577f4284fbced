package org.rasd.app;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Sentence;
import org.rasd.nlp.text.ArabicTextAnalyzer;

/**
 * What the {@code rasd bench} commands share: a corpus made by shuffling (fixed seed) the sentences
 * of the shared example articles into synthetic articles, and timing in JVM CPU time (the figure per
 * core, not disturbed by other processes on a shared machine) beside wall-clock time.
 */
final class BenchCorpus {

  static final long SEED = 20131;
  private static final int SENTENCES_PER_ARTICLE = 24;

  final List<Article> articles;
  final long bytes;
  private final int runs;

  private BenchCorpus(List<Article> articles, int runs) {
    this.articles = articles;
    this.bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    this.runs = runs;
  }

  @FunctionalInterface
  interface Work {
    /** Processes one article and returns a count (tokens, mentions…) so nothing is optimised away. */
    long run(Article article);
  }

  /** Prints the corpus line that heads every benchmark's output. */
  void describe() {
    System.out.printf(
        "corpus: %d articles, %.1f MB UTF-8, from the shared examples (seed %d); single thread, %d timed passes after one warm-up%n",
        articles.size(), bytes / 1e6, SEED, runs);
  }

  /** Times {@code work} over the corpus; prints and returns the median CPU seconds of one pass. */
  double measure(String name, Work work) {
    return measureInTurn(List.of(name), List.of(work))[0];
  }

  /**
   * Times several works over the corpus in turn, pass after pass, so that a change of machine load
   * touches them all alike; prints and returns the median CPU seconds of one pass of each.
   */
  double[] measureInTurn(List<String> names, List<Work> works) {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    works.forEach(this::runOnce);
    double[][] cpu = new double[works.size()][runs];
    double[][] wall = new double[works.size()][runs];
    long[] units = new long[works.size()];
    for (int r = 0; r < runs; r++) {
      for (int w = 0; w < works.size(); w++) {
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        units[w] = runOnce(works.get(w));
        wall[w][r] = (System.nanoTime() - t0) / 1e9;
        cpu[w][r] = (os.getProcessCpuTime() - c0) / 1e9;
      }
    }
    double[] medians = new double[works.size()];
    for (int w = 0; w < works.size(); w++) {
      Arrays.sort(cpu[w]);
      Arrays.sort(wall[w]);
      medians[w] = cpu[w][runs / 2];
      System.out.printf(
          "%-30s %6.2f MB/s per core (JVM CPU time, median) | %5.2f M units/s | wall-clock %6.2f MB/s | %d units%n",
          names.get(w), bytes / 1e6 / medians[w], units[w] / 1e6 / medians[w], bytes / 1e6 / wall[w][runs / 2], units[w]);
    }
    return medians;
  }

  private long runOnce(Work work) {
    long units = 0;
    for (Article a : articles) {
      units += work.run(a);
    }
    return units;
  }

  /** Sentences of every example article, shuffled into articles until the corpus reaches the size asked. */
  static BenchCorpus fromExamples(SharedData shared, double megabytes, int runs) throws IOException {
    List<String> sentences = new ArrayList<>();
    ArabicTextAnalyzer splitter = ArabicTextAnalyzer.withoutSegmentation();
    for (Path file : exampleFiles(shared)) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      AnnotatedDocument doc = splitter.analyze(Article.ofText(file.getFileName().toString(), text, file.toString()));
      for (Sentence s : doc.sentences()) {
        sentences.add(text.substring(s.start(), s.end()));
      }
    }
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no example articles under " + shared.dir.resolve("examples"));
    }
    Random random = new Random(SEED);
    long target = (long) (megabytes * 1_000_000L);
    long size = 0;
    List<Article> corpus = new ArrayList<>();
    while (size < target) {
      Collections.shuffle(sentences, random);
      for (int from = 0; from + SENTENCES_PER_ARTICLE <= sentences.size() && size < target; from += SENTENCES_PER_ARTICLE) {
        String text = String.join("\n", sentences.subList(from, from + SENTENCES_PER_ARTICLE));
        corpus.add(Article.ofText("bench-" + corpus.size(), text, "bench"));
        size += text.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return new BenchCorpus(corpus, runs);
  }

  private static List<Path> exampleFiles(SharedData shared) throws IOException {
    Path examples = shared.dir.resolve("examples");
    try (Stream<Path> files = Files.walk(examples)) {
      return files.filter(p -> p.toString().endsWith(".ar.txt")).sorted().toList();
    }
  }
}
