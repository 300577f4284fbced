package org.rasd.app;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.nlp.ner.AnerCorpus;
import org.rasd.nlp.ner.ChunkEvaluation;
import org.rasd.nlp.ner.LabeledSentence;
import org.rasd.nlp.ner.NerTraining;
import org.rasd.nlp.ner.PerceptronModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd train ner}: trains the entity tagger on ANERcorp (train + dev, or train only) and writes the model. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the named-entity tagger (averaged perceptron, or a linear-chain CRF with --trainer crf) on ANERcorp's train and dev parts, with ANERGazet,",
      "Syrian place names and PETRARCH actor names as gazetteer features. Same data gives a byte-identical model.",
    })
final class TrainNerCommand implements Callable<Integer> {

  @Option(names = "--data", description = "shared data folder holding anercorp/, syria-admin-opensyria/, geonames-cities500-mena/, universalpetrarch-arabic/, petrarch2-dictionaries/ (default: ${DEFAULT-VALUE})",
      defaultValue = "../shared/data")
  Path data;

  @Option(names = "--out", description = "model file to write (default: ${DEFAULT-VALUE})",
      defaultValue = "rasd-nlp/src/main/resources/org/rasd/nlp/ner/ner-model.bin.gz")
  Path out;

  @Option(names = "--train-only", description = "learn from ANERcorp's train part only and score dev (for tuning);"
      + " by default the model also learns from dev, as the shipped one does")
  boolean trainOnly;

  @Option(names = "--tune", description = "print the two tuning measures and write no model: the train-only model"
      + " scored on dev, and 5-fold cross-validation over train + dev (test is never read)")
  boolean tune;

  @Option(names = "--trainer", description = "learner: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
      defaultValue = "PERCEPTRON")
  NerTraining.Trainer trainer;

  @Option(names = "--l2", description = "L2 weight of the CRF trainer (default: ${DEFAULT-VALUE})",
      defaultValue = "" + NerTraining.CRF_L2)
  double l2;

  @Option(names = "--outside-penalty", split = ",", description = "O-penalty at decoding; with --tune a comma-separated"
      + " list, each scored from the same trainings (default: " + NerTraining.OUTSIDE_PENALTY + " for the perceptron, "
      + NerTraining.CRF_OUTSIDE_PENALTY + " for the CRF)")
  List<Float> outsidePenalties;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data.resolve("anercorp/ANERCorp.txt"))) {
      System.err.println("rasd train ner: no anercorp/ANERCorp.txt under " + data.toAbsolutePath());
      return 2;
    }
    long t0 = System.nanoTime();
    AnerCorpus.Split split = NerTraining.corpus(data);
    if (outsidePenalties == null) {
      outsidePenalties = List.of(trainer == NerTraining.Trainer.CRF ? NerTraining.CRF_OUTSIDE_PENALTY : NerTraining.OUTSIDE_PENALTY);
    }
    if (tune) {
      List<NerTraining.Tuning> results = NerTraining.tune(data, split, 5,
          Math.min(2, Runtime.getRuntime().availableProcessors()), new NerTraining.Settings(trainer, l2, 0f), outsidePenalties);
      for (NerTraining.Tuning t : results) {
        System.out.printf("%s, l2 %s, O-penalty %s%ndev (train-only model):%n%s5-fold cross-validation over train + dev:%n%s",
            trainer, l2, t.outsidePenalty(), t.dev().report(), t.crossValidation().report());
      }
      System.out.printf("(%.0f s)%n", (System.nanoTime() - t0) / 1e9);
      return 0;
    }
    if (outsidePenalties.size() != 1) {
      System.err.println("rasd train ner: give one --outside-penalty when training a model (several only with --tune)");
      return 2;
    }
    List<LabeledSentence> sentences = NerTraining.trainingSentences(split, !trainOnly);
    PerceptronModel model = NerTraining.train(sentences, NerTraining.gazetteer(data, sentences),
        new NerTraining.Settings(trainer, l2, outsidePenalties.get(0)));
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    System.out.printf("trained on %d sentences (%d tokens) in %.1f s; %d non-zero weights; wrote %s (%d bytes)%n",
        sentences.size(), AnerCorpus.tokens(sentences), (System.nanoTime() - t0) / 1e9,
        model.nonZeroWeights(), out, Files.size(out));
    if (trainOnly) {
      System.out.println("dev (ANERcorp, exact span match):");
      System.out.print(ChunkEvaluation.of(model, split.dev()).report());
    } else {
      System.out.println("trained on train + dev: score on test once with 'rasd eval ner --split test'");
    }
    return 0;
  }
}
