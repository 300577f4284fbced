package org.rasd.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Token;

/**
 * The hand-annotated entity names of the example articles (gold files) start and end on token or
 * clitic boundaries, so the entity stage can find them: بإدلب must give ب + إدلب, وقلكي و + قلكي.
 */
class GoldMentionBoundaryTest {

  private static final ArabicTextAnalyzer ANALYZER = new ArabicTextAnalyzer();

  @Test
  void goldEntityNamesFallOnTokenOrCliticBoundaries() throws IOException {
    List<Path> golds;
    try (Stream<Path> walk = Files.walk(ReferenceArticle.examples())) {
      golds = walk.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
    }
    int occurrences = 0;
    List<String> misses = new ArrayList<>();
    for (Path gold : golds) {
      String text = ReferenceArticle.read(Path.of(gold.toString().replace(".gold.json", ".ar.txt")));
      AnnotatedDocument doc = ANALYZER.analyze(Article.ofText(gold.getFileName().toString(), text, gold.toString()));
      Set<Integer> starts = new HashSet<>();
      Set<Integer> ends = new HashSet<>();
      for (Token t : doc.tokens()) {
        int at = t.start();
        starts.add(at);
        for (String prefix : t.segmentation().prefixes()) {
          at += prefix.length();
          starts.add(at);
        }
        ends.add(t.end());
        ends.add(t.segmentation().stemEnd());
      }
      for (String name : entityNames(gold)) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
          int end = i + name.length();
          if (end < text.length() && Character.isLetter(text.charAt(end))) {
            continue; // part of a longer word (الإيراني for إيران): an adjective, not a mention
          }
          occurrences++;
          if (!starts.contains(i) || !ends.contains(end)) {
            misses.add(gold.getFileName() + ": " + text.substring(Math.max(0, i - 3), end));
          }
        }
      }
    }
    assertThat(occurrences).isGreaterThan(350);
    assertThat(misses.size()).as("misses: %s", misses).isLessThanOrEqualTo(occurrences / 50);
  }

  private static Set<String> entityNames(Path gold) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode entity : new ObjectMapper().readTree(gold.toFile()).path("entities")) {
      names.add(entity.path("text").asText());
      entity.path("aliases_in_text").forEach(alias -> names.add(alias.asText()));
    }
    names.remove("");
    return names;
  }
}
