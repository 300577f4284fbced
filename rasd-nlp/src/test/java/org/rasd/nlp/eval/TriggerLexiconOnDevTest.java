package org.rasd.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.facts.TriggerLexicon;
import org.rasd.nlp.facts.TriggerMatch;

/**
 * Trigger detection of the shipped lexicon on the 10 dev articles. The lexicon was written with
 * these gold triggers in view, so these figures are development figures, not held-out ones; the
 * floor guards against regressions of the inflection patterns.
 */
class TriggerLexiconOnDevTest {

  static List<Path> devGoldFiles() throws IOException {
    Path dev = Path.of(System.getProperty("rasd.shared", "../shared")).resolve("examples/dev");
    try (Stream<Path> files = Files.list(dev)) {
      return files.filter(p -> p.toString().endsWith(GoldReader.SUFFIX)).sorted().toList();
    }
  }

  @Test
  void recallAndPrecisionOnDev() throws IOException {
    TriggerLexicon lexicon = TriggerLexicon.load();
    List<Path> files = devGoldFiles();
    assertThat(files).hasSize(10);
    TriggerScore total = TriggerScore.ZERO;
    for (Path file : files) {
      GoldDocument gold = GoldReader.read(file);
      String text = Files.readString(GoldReader.articleFor(file));
      List<TriggerMatch> found = lexicon.find(text);
      TriggerScore score = TriggerScorer.score(gold, text, found);
      total = total.plus(score);
      System.out.printf(
          "%-34s spans P=%.2f R=%.2f  typed P=%.2f R=%.2f%n",
          gold.id(), score.spans().precision(), score.spans().recall(), score.typed().precision(), score.typed().recall());
    }
    System.out.printf(
        "dev triggers: spans %s P=%.3f R=%.3f F1=%.3f; ACLED-typed %s P=%.3f R=%.3f F1=%.3f%n",
        total.spans(), total.spans().precision(), total.spans().recall(), total.spans().f1(),
        total.typed(), total.typed().precision(), total.typed().recall(), total.typed().f1());
    assertThat(total.spans().recall()).isGreaterThan(0.8);
    assertThat(total.typed().recall()).isGreaterThan(0.6);
  }
}
