package org.rasd.app;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.nlp.ner.AnerCorpus;
import org.rasd.nlp.ner.ChunkEvaluation;
import org.rasd.nlp.ner.NerTraining;
import org.rasd.nlp.ner.PerceptronModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd train ner}: trains the entity tagger on ANERcorp's training part and writes the model. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the named-entity tagger (averaged perceptron) on ANERcorp's training part, with ANERGazet",
      "and Syrian place names as gazetteer features. Same data gives a byte-identical model.",
    })
final class TrainNerCommand implements Callable<Integer> {

  @Option(names = "--data", description = "shared data folder holding anercorp/, syria-admin-opensyria/, geonames-cities500-mena/ (default: ${DEFAULT-VALUE})",
      defaultValue = "../shared/data")
  Path data;

  @Option(names = "--out", description = "model file to write (default: ${DEFAULT-VALUE})",
      defaultValue = "rasd-nlp/src/main/resources/org/rasd/nlp/ner/ner-model.bin.gz")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(data.resolve("anercorp/ANERCorp.txt"))) {
      System.err.println("rasd train ner: no anercorp/ANERCorp.txt under " + data.toAbsolutePath());
      return 2;
    }
    long t0 = System.nanoTime();
    AnerCorpus.Split split = NerTraining.corpus(data);
    PerceptronModel model = NerTraining.train(split.train(), NerTraining.gazetteer(data, split.train()));
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o);
    }
    System.out.printf("trained on %d sentences (%d tokens) in %.1f s; %d non-zero weights; wrote %s (%d bytes)%n",
        split.train().size(), AnerCorpus.tokens(split.train()), (System.nanoTime() - t0) / 1e9,
        model.nonZeroWeights(), out, Files.size(out));
    System.out.println("dev (ANERcorp, exact span match):");
    System.out.print(ChunkEvaluation.of(model, split.dev()).report());
    return 0;
  }
}
