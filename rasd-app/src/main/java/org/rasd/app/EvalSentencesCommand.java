package org.rasd.app;

import java.util.concurrent.Callable;
import org.rasd.nlp.text.ArabicTextAnalyzer;
import org.rasd.nlp.text.SegmenterTraining;
import org.rasd.nlp.text.SentenceSplitEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rasd eval sentences}: sentence-splitting precision and recall on UD Arabic-PUD paragraphs. */
@Command(
    name = "sentences",
    mixinStandardHelpOptions = true,
    description = "Measures sentence splitting on UD Arabic-PUD, each document's sentences joined into one paragraph.")
final class EvalSentencesCommand implements Callable<Integer> {

  @Mixin SharedData shared = new SharedData();

  @Override
  public Integer call() throws Exception {
    SentenceSplitEvaluation.Result r =
        SentenceSplitEvaluation.evaluate(
            shared.file(SegmenterTraining.PUD), ArabicTextAnalyzer.withoutSegmentation());
    System.out.printf(
        "UD Arabic-PUD: %d paragraphs, %d gold sentence ends inside them, %d predicted%n"
            + "precision %.4f | recall %.4f | F1 %.4f%n",
        r.paragraphs(), r.goldBoundaries(), r.predictedBoundaries(), r.precision(), r.recall(), r.f1());
    return 0;
  }
}
