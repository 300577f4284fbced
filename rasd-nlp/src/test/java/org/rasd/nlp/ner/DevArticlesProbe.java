package org.rasd.nlp.ner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.text.ArabicTextAnalyzer;

public class DevArticlesProbe {
  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args[0]);
    var recognizer = PerceptronEntityRecognizer.load();
    var analyzer = new ArabicTextAnalyzer();
    GoldEntities.Score total = new GoldEntities.Score();
    List<Path> golds;
    try (Stream<Path> s = Files.list(shared.resolve(args[1]))) { golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList(); }
    for (Path g : golds) {
      Path txt = Path.of(g.toString().replace(".gold.json", ".ar.txt"));
      AnnotatedDocument doc = recognizer.recognize(analyzer.analyze(Article.ofText(txt.getFileName().toString(), Files.readString(txt), txt.toString())));
      GoldEntities.Score one = new GoldEntities.Score();
      GoldEntities.score(GoldEntities.read(g), doc.mentions(), one);
      GoldEntities.score(GoldEntities.read(g), doc.mentions(), total);
      System.out.printf("%s P %.2f R %.2f%n  missed %s%n  spurious %s%n", g.getFileName(), one.precision(), one.recall(), one.missed, one.spurious);
    }
    System.out.printf("TOTAL P %.3f R %.3f F1 %.3f fine-type-right %d/%d%n", total.precision(), total.recall(), total.f1(), total.fineTypeRight, total.found);
  }
}
