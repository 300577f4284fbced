package org.rasd.app;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.ner.AnerCorpus;
import org.rasd.nlp.ner.LabeledSentence;
import org.rasd.nlp.ner.PerceptronEntityRecognizer;
import org.rasd.nlp.ner.PerceptronModel;
import org.rasd.nlp.text.ArabicTextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd bench ner}: model load time, tagging speed (one thread) and heap use of the entity tagger. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {"Measures the entity tagger: model load time, tokens per second on one thread, heap after loading.",
        "CPU-time rates stay meaningful on a busy machine; wall-clock rates are printed beside them."})
final class BenchNerCommand implements Callable<Integer> {

  @Option(names = "--data", description = "the ANERCorp.txt file whose sentences are tagged (default: ${DEFAULT-VALUE})",
      defaultValue = "../shared/data/anercorp/ANERCorp.txt")
  Path data;

  @Option(names = "--rounds", description = "timed passes over the corpus after one warm-up pass (default: ${DEFAULT-VALUE})",
      defaultValue = "5")
  int rounds;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data)) {
      System.err.println("rasd bench ner: no such file " + data.toAbsolutePath());
      return 2;
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long c0 = cpu.getCurrentThreadCpuTime();
    PerceptronModel model;
    try (InputStream in = PerceptronEntityRecognizer.class.getResourceAsStream(PerceptronEntityRecognizer.MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no shipped NER model; run 'rasd train ner' first");
      }
      model = PerceptronModel.read(in);
    }
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    double loadCpuSeconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap = rt.totalMemory() - rt.freeMemory();
    System.out.printf("model load: %.3f s wall, %.3f s CPU; heap in use after load: %d MB%n", loadSeconds, loadCpuSeconds, heap >> 20);

    List<String[]> sentences = new ArrayList<>();
    long tokens = 0;
    for (LabeledSentence s : AnerCorpus.read(data)) {
      sentences.add(s.words().toArray(String[]::new));
      tokens += s.size();
    }
    long checksum = tagAll(model, sentences);
    for (int r = 1; r <= rounds; r++) {
      long start = System.nanoTime();
      long cpuStart = cpu.getCurrentThreadCpuTime();
      checksum += tagAll(model, sentences);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf("round %d: %d tokens in %.2f s wall (%.0f tokens/s), %.2f s CPU (%.0f tokens per CPU-second)%n",
          r, tokens, seconds, tokens / seconds, cpuSeconds, tokens / cpuSeconds);
    }
    System.out.println("(checksum " + checksum + ")");
    benchRecognizer(cpu, sentences);
    return 0;
  }

  /** The whole recogniser (tagger, typing, rules, offsets) on the same words laid out as one article. */
  private void benchRecognizer(ThreadMXBean cpu, List<String[]> sentences) {
    StringBuilder text = new StringBuilder();
    for (String[] words : sentences) {
      text.append(String.join(" ", words)).append('\n');
    }
    AnnotatedDocument doc = new ArabicTextAnalyzer().analyze(Article.ofText("anercorp", text.toString(), data.toString()));
    PerceptronEntityRecognizer recognizer = PerceptronEntityRecognizer.load();
    int mentions = recognizer.recognize(doc).mentions().size();
    for (int r = 1; r <= rounds; r++) {
      long cpuStart = cpu.getCurrentThreadCpuTime();
      mentions = recognizer.recognize(doc).mentions().size();
      double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf("recogniser round %d: %d tokens, %d mentions, %.2f s CPU (%.0f tokens per CPU-second)%n",
          r, doc.tokens().size(), mentions, cpuSeconds, doc.tokens().size() / cpuSeconds);
    }
  }

  private static long tagAll(PerceptronModel model, List<String[]> sentences) {
    long sum = 0;
    for (String[] words : sentences) {
      for (int label : model.tag(words)) {
        sum += label;
      }
    }
    return sum;
  }
}
