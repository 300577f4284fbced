package org.rasd.app;

import java.io.IOException;
import java.util.concurrent.Callable;
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

  @Mixin SharedData shared = new SharedData();

  @Option(names = "--mb", paramLabel = "N", description = "Corpus size in MB of UTF-8 (default: ${DEFAULT-VALUE}).")
  int megabytes = 50;

  @Option(names = "--runs", paramLabel = "N", description = "Timed runs per measurement (default: ${DEFAULT-VALUE}).")
  int runs = 3;

  @Override
  public Integer call() throws IOException {
    BenchCorpus corpus = BenchCorpus.fromExamples(shared, megabytes, runs);
    corpus.describe();
    ArabicTextAnalyzer plain = ArabicTextAnalyzer.withoutSegmentation();
    ArabicTextAnalyzer full = new ArabicTextAnalyzer();
    corpus.measure("normalised text + offset map", a -> NormalizedText.of(a.text()).text().length());
    corpus.measure("split + tokenise + token norm", a -> plain.analyze(a).tokens().size());
    corpus.measure("... + clitic segmentation", a -> full.analyze(a).tokens().size());
    return 0;
  }
}
