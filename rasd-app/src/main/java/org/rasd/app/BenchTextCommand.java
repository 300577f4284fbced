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
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Sentence;
import org.rasd.nlp.text.ArabicTextAnalyzer;
import org.rasd.nlp.text.NormalizedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rasd bench text}: single-threaded throughput of the Arabic text layer on a corpus made by
 * shuffling (fixed seed) the sentences of the shared example articles into synthetic articles.
 */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    description = "Measures MB/s and tokens/s of normalisation, sentence splitting, tokenisation and segmentation.")
final class BenchTextCommand implements Callable<Integer> {

  private static final long SEED = 20131;
  private static final int SENTENCES_PER_ARTICLE = 24;

  @Mixin SharedData shared = new SharedData();

  @Option(names = "--mb", paramLabel = "N", description = "Corpus size in MB of UTF-8 (default: ${DEFAULT-VALUE}).")
  int megabytes = 50;

  @Option(names = "--runs", paramLabel = "N", description = "Timed runs per measurement (default: ${DEFAULT-VALUE}).")
  int runs = 3;

  @Override
  public Integer call() throws IOException {
    List<Article> corpus = buildCorpus();
    long bytes = corpus.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf(
        "corpus: %d articles, %.1f MB UTF-8, from the shared examples (seed %d); single thread, %d timed runs after one warm-up%n",
        corpus.size(), bytes / 1e6, SEED, runs);
    ArabicTextAnalyzer plain = ArabicTextAnalyzer.withoutSegmentation();
    ArabicTextAnalyzer full = new ArabicTextAnalyzer();
    measure("normalised text + offset map", corpus, bytes, a -> NormalizedText.of(a.text()).text().length());
    measure("split + tokenise + token norm", corpus, bytes, a -> plain.analyze(a).tokens().size());
    measure("... + clitic segmentation", corpus, bytes, a -> full.analyze(a).tokens().size());
    return 0;
  }

  @FunctionalInterface
  private interface Work {
    /** Processes one article and returns a count (tokens or characters) so nothing is optimised away. */
    long run(Article article);
  }

  /**
   * Times {@code work} over the corpus in CPU time of the whole JVM, garbage collection included
   * (the figure per core, not disturbed by other processes on a shared machine), and in wall-clock
   * time.
   */
  private void measure(String name, List<Article> corpus, long bytes, Work work) {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    runOnce(corpus, work);
    double[] cpu = new double[runs];
    double[] wall = new double[runs];
    long units = 0;
    for (int r = 0; r < runs; r++) {
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      units = runOnce(corpus, work);
      wall[r] = (System.nanoTime() - t0) / 1e9;
      cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    double median = cpu[runs / 2];
    System.out.printf(
        "%-30s %6.1f MB/s per core (JVM CPU time, median) | %5.2f M units/s | wall-clock %6.1f MB/s | %d units%n",
        name, bytes / 1e6 / median, units / 1e6 / median, bytes / 1e6 / wall[runs / 2], units);
  }

  private static long runOnce(List<Article> corpus, Work work) {
    long units = 0;
    for (Article a : corpus) {
      units += work.run(a);
    }
    return units;
  }

  /** Sentences of every example article, shuffled into articles until the corpus reaches the size asked. */
  private List<Article> buildCorpus() throws IOException {
    List<String> sentences = new ArrayList<>();
    ArabicTextAnalyzer splitter = ArabicTextAnalyzer.withoutSegmentation();
    for (Path file : exampleFiles()) {
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
    long target = (long) megabytes * 1_000_000L;
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
    return corpus;
  }

  private List<Path> exampleFiles() throws IOException {
    Path examples = shared.dir.resolve("examples");
    try (Stream<Path> files = Files.walk(examples)) {
      return files.filter(p -> p.toString().endsWith(".ar.txt")).sorted().toList();
    }
  }
}
