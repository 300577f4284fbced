package org.rasd.app;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.nlp.ner.AnerCorpus;
import org.rasd.nlp.ner.ChunkEvaluation;
import org.rasd.nlp.ner.LabeledSentence;
import org.rasd.nlp.ner.PerceptronEntityRecognizer;
import org.rasd.nlp.ner.PerceptronModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd eval ner}: CoNLL-style scores of the entity tagger on a part of ANERcorp. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = "Scores the entity tagger on ANERcorp (exact span and type match): precision, recall, F1 per type.")
final class EvalNerCommand implements Callable<Integer> {

  @Option(names = "--data", description = "the ANERCorp.txt file (default: ${DEFAULT-VALUE})",
      defaultValue = "../shared/data/anercorp/ANERCorp.txt")
  Path data;

  @Option(names = "--split", description = "dev or test (default: ${DEFAULT-VALUE}); tune on dev, report test once",
      defaultValue = "dev")
  String split;

  @Option(names = "--model", description = "model file (default: the shipped model)")
  Path model;

  @Override
  public Integer call() throws Exception {
    if (!split.equals("dev") && !split.equals("test")) {
      System.err.println("rasd eval ner: --split must be dev or test, not '" + split + "'");
      return 2;
    }
    if (!Files.isRegularFile(data)) {
      System.err.println("rasd eval ner: no such file " + data.toAbsolutePath());
      return 2;
    }
    List<LabeledSentence> sentences = AnerCorpus.split(AnerCorpus.read(data)).part(split);
    System.out.printf("ANERcorp %s split: %d sentences, %d tokens%n", split, sentences.size(), AnerCorpus.tokens(sentences));
    System.out.print(ChunkEvaluation.of(loadModel(), sentences).report());
    return 0;
  }

  private PerceptronModel loadModel() throws Exception {
    try (InputStream in = model != null
        ? Files.newInputStream(model)
        : PerceptronEntityRecognizer.class.getResourceAsStream(PerceptronEntityRecognizer.MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no shipped NER model; run 'rasd train ner' first");
      }
      return PerceptronModel.read(in);
    }
  }
}
