package org.rasd.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.text.ArabicTextAnalyzer;

/** The recogniser against the hand-made reference annotations in shared/examples. */
class GoldArticlesTest {

  private static PerceptronEntityRecognizer recognizer;
  private static final ArabicTextAnalyzer ANALYZER = new ArabicTextAnalyzer();

  @BeforeAll
  static void load() {
    recognizer = PerceptronEntityRecognizer.load();
  }

  private static List<Mention> mentions(Path textFile) throws IOException {
    String text = Files.readString(textFile);
    return recognizer.recognize(ANALYZER.analyze(Article.ofText(textFile.getFileName().toString(), text, textFile.toString()))).mentions();
  }

  @Test
  void everyRequiredEntityOfTheReferenceArticleIsFoundWithItsCoarseType() throws IOException {
    Path examples = SharedData.examples();
    GoldEntities.Score score = new GoldEntities.Score();
    GoldEntities.score(
        GoldEntities.read(examples.resolve("orient-ghouta-militias.gold.json")),
        mentions(examples.resolve("orient-ghouta-militias.ar.txt")),
        score);
    assertThat(score.missed).as("missed gold entities").isEmpty();
    assertThat(score.gold).isGreaterThan(30);
    assertThat(score.precision()).isGreaterThan(0.8);
  }

  @Test
  void devArticlesScoreWellAboveAFloor() throws IOException {
    GoldEntities.Score total = new GoldEntities.Score();
    List<Path> golds;
    try (Stream<Path> files = Files.list(SharedData.examples().resolve("dev"))) {
      golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
    }
    assertThat(golds).hasSize(10);
    for (Path gold : golds) {
      Path text = Path.of(gold.toString().replace(".gold.json", ".ar.txt"));
      GoldEntities.score(GoldEntities.read(gold), mentions(text), total);
    }
    System.out.printf(Locale.ROOT, "NER dev articles: entities P %.3f R %.3f F1 %.3f (%d gold, %d predicted), fine type right %d/%d%n",
        total.precision(), total.recall(), total.f1(), total.gold, total.predicted, total.fineTypeRight, total.found);
    assertThat(total.gold).isGreaterThan(150);
    assertThat(total.f1()).isGreaterThan(0.75);
  }
}
