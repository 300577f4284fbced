package org.rasd.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.nlp.text.CliticSegmenter;
import org.rasd.nlp.text.SegmentationLexicon;
import org.rasd.nlp.text.SegmentedWord;
import org.rasd.nlp.text.SegmenterTraining;
import org.rasd.nlp.text.SegmenterTraining.Accuracy;
import org.rasd.nlp.text.SegmenterTraining.CutFunction;
import org.rasd.nlp.text.UdSegmentationReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rasd eval segmenter}: trains a lexicon on UD Arabic-PUD folds 0-2 (plus NewsFANE and place-name stems)
 * and scores clitic segmentation on the held-out test fold (or the development fold).
 */
@Command(
    name = "segmenter",
    mixinStandardHelpOptions = true,
    description = "Measures clitic segmentation accuracy on held-out UD Arabic-PUD words.")
final class EvalSegmenterCommand implements Callable<Integer> {

  @Mixin SharedData shared = new SharedData();

  @Option(names = "--dev", description = "Score the development fold instead of the test fold.")
  boolean dev;

  @Override
  public Integer call() throws Exception {
    SegmenterTraining.Split split =
        SegmenterTraining.split(UdSegmentationReader.read(shared.file(SegmenterTraining.PUD)));
    List<String> stems = SegmenterTraining.extraStems(shared.dir);
    SegmentationLexicon seen = SegmenterTraining.builder(split.train(), List.of()).build();
    SegmentationLexicon lexicon = SegmenterTraining.builder(split.train(), stems).build();
    List<SegmentedWord> gold = dev ? split.dev() : split.test();
    System.out.printf(
        "UD Arabic-PUD %s fold: %d Arabic words (train folds: %d words; NewsFANE and place-name stems: %d)%n",
        dev ? "development" : "test", gold.size(), split.train().size(), stems.size());
    report("no segmentation", word -> 0, gold, seen);
    report("Lucene ArabicStemmer", SegmenterTraining.luceneLightStemmerCuts(), gold, seen);
    report("Rasd, UD words only", SegmenterTraining.cutsOf(new CliticSegmenter(seen)), gold, seen);
    report("Rasd, UD + other stems", SegmenterTraining.cutsOf(new CliticSegmenter(lexicon)), gold, seen);
    return 0;
  }

  private static void report(String name, CutFunction cuts, List<SegmentedWord> gold, SegmentationLexicon seen) {
    Accuracy a = SegmenterTraining.evaluate(cuts, gold, seen);
    System.out.printf(
        "%-24s word accuracy %.4f | unseen words %.4f (%d) | words with clitics %.4f (%d)%n",
        name, a.overall(), a.onUnseen(), a.unseen(), a.onCliticWords(), a.clitic());
  }
}
