package org.rasd.nlp.ner;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Comparison tool (test scope, not shipped): trains Apache OpenNLP's NameFinder (maxent, default
 * features) on the same ANERcorp training part and scores it and the shipped perceptron on dev and
 * test with the same exact-span scorer, timing tagging in CPU seconds. Results go into
 * docs/decisions/0002-ner-tagger.md. Run: {@code java -cp <test classpath> org.rasd.nlp.ner.OpenNlpComparison ../shared/data}.
 */
public final class OpenNlpComparison {

  private OpenNlpComparison() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    AnerCorpus.Split split = NerTraining.corpus(data);
    BioLabels labels = new BioLabels(NerTraining.TYPES);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    long c0 = cpu.getCurrentThreadCpuTime();
    TokenNameFinderModel model = NameFinderME.train("ar", null,
        ObjectStreamUtils.createObjectStream(samples(split.train(), labels)),
        TrainingParameters.defaultParams(),
        TokenNameFinderFactory.create(null, null, Collections.emptyMap(), new BioCodec()));
    System.out.printf(Locale.ROOT, "OpenNLP NameFinder trained in %.1f CPU s%n", (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
    NameFinderME finder = new NameFinderME(model);

    PerceptronModel ours;
    try (InputStream in = PerceptronEntityRecognizer.class.getResourceAsStream(PerceptronEntityRecognizer.MODEL_RESOURCE)) {
      ours = PerceptronModel.read(in);
    }
    for (String part : List.of("dev", "test")) {
      List<LabeledSentence> sentences = split.part(part);
      ChunkEvaluation theirs = new ChunkEvaluation();
      long start = cpu.getCurrentThreadCpuTime();
      for (LabeledSentence s : sentences) {
        Span[] found = finder.find(s.words().toArray(String[]::new));
        finder.clearAdaptiveData();
        List<BioLabels.Chunk> guess = new ArrayList<>();
        for (Span span : found) {
          guess.add(new BioLabels.Chunk(span.getStart(), span.getEnd(), span.getType()));
        }
        theirs.add(labels.chunks(gold(s, labels)), guess);
      }
      double theirSeconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
      start = cpu.getCurrentThreadCpuTime();
      ChunkEvaluation mine = ChunkEvaluation.of(ours, sentences);
      double mySeconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
      int tokens = AnerCorpus.tokens(sentences);
      System.out.printf(Locale.ROOT, "%n== %s (%d tokens)%nOpenNLP NameFinder: %.0f tokens per CPU-second (single pass, cold)%n%s",
          part, tokens, tokens / theirSeconds, theirs.report());
      System.out.printf(Locale.ROOT, "Rasd perceptron: %.0f tokens per CPU-second (single pass, cold)%n%s", tokens / mySeconds, mine.report());
    }
  }

  private static int[] gold(LabeledSentence s, BioLabels labels) {
    return s.labels().stream().mapToInt(labels::indexOf).toArray();
  }

  private static List<NameSample> samples(List<LabeledSentence> sentences, BioLabels labels) {
    List<NameSample> out = new ArrayList<>();
    for (LabeledSentence s : sentences) {
      List<Span> names = new ArrayList<>();
      for (BioLabels.Chunk c : labels.chunks(gold(s, labels))) {
        names.add(new Span(c.start(), c.end(), c.type()));
      }
      out.add(new NameSample(s.words().toArray(String[]::new), names.toArray(Span[]::new), true));
    }
    return out;
  }
}
