package org.rasd.nlp.knowledge.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.Mention;

/**
 * Links every gold actor mention of the 11 shared articles in its document, so that short forms
 * (التنظيم, الحركة, الوحدات, a family name) are resolved from context as in the pipeline.
 */
class GoldArticlesLinkingTest {

  @Test
  void goldActorMentionsOfTheSharedArticlesResolveInContext() throws IOException {
    Map<String, String> ids = expectedIds();
    ActorLinker linker = new ActorLinker(ActorKnowledgeBase.loadDefault());
    List<String> wrong = new ArrayList<>();
    int total = 0;
    for (String article : articles()) {
      List<GoldMentions.Found> found = GoldMentions.find(article + ".ar.txt", article + ".gold.json");
      List<GoldMentions.Found> known = found.stream().filter(f -> ids.containsKey(f.canonicalEn())).toList();
      String text = GoldMentions.text(article + ".ar.txt");
      List<Mention> linked =
          linker.link(GoldMentions.document(article, text, known.stream().map(GoldMentions.Found::mention).toList())).mentions();
      for (int i = 0; i < known.size(); i++) {
        total++;
        String expected = "actor:" + ids.get(known.get(i).canonicalEn());
        Mention m = linked.get(i);
        if (m.resolution() == null || !m.resolution().id().equals(expected)) {
          wrong.add(article + ": " + m.text() + " -> " + (m.resolution() == null ? "nothing" : m.resolution().id()) + ", expected " + expected);
        }
      }
    }
    double accuracy = 1 - (double) wrong.size() / total;
    System.out.printf("gold actor mentions linked in context: %d, accuracy %.3f%n", total, accuracy);
    wrong.forEach(w -> System.out.println("  " + w));
    assertThat(total).isGreaterThan(100);
    assertThat(accuracy).as("wrong: %s", wrong).isGreaterThanOrEqualTo(0.9);
  }

  private static List<String> articles() throws IOException {
    List<String> out = new ArrayList<>(List.of("examples/orient-ghouta-militias"));
    try (Stream<Path> files = Files.list(GoldMentions.shared().resolve("examples/dev"))) {
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".gold.json"))
          .sorted()
          .forEach(n -> out.add("examples/dev/" + n.substring(0, n.length() - ".gold.json".length())));
    }
    return out;
  }

  private static Map<String, String> expectedIds() throws IOException {
    Map<String, String> ids = new HashMap<>();
    try (InputStream in = GoldArticlesLinkingTest.class.getResourceAsStream("/org/rasd/nlp/knowledge/actors/gold-actor-ids.tsv")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#") && !l.startsWith("canonical_en\t"))
          .forEach(l -> ids.put(l.split("\t")[0], l.split("\t")[1]));
    }
    return ids;
  }
}
