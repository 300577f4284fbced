package org.rasd.nlp.knowledge.actors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;

/**
 * Measures actor linking on (mention, expected id) pairs read from a TSV with the columns split,
 * mention, type, expected, source ("#" lines are comments). Expected "provisional" means the KB
 * lacks the actor and the linker must mint a provisional id.
 */
public final class LinkEvaluation {

  public static final String PROVISIONAL = "provisional";
  private static final Set<String> SPLITS = Set.of("dev", "test");

  /** One evaluation pair. */
  public record Pair(String split, String mention, String type, String expected, String source) {}

  /** The pairs of a file and one message per rejected line. */
  public record Data(List<Pair> pairs, List<String> errors) {

    public List<Pair> split(String name) {
      return name.equals("all") ? pairs : pairs.stream().filter(p -> p.split().equals(name)).toList();
    }
  }

  /** A pair the linker got wrong, with what it answered (null: left unresolved). */
  public record Miss(Pair pair, Resolution got) {}

  /** Accuracy of one run. */
  public record Result(int total, int correct, List<Miss> misses) {
    public double accuracy() {
      return total == 0 ? 0 : (double) correct / total;
    }
  }

  private LinkEvaluation() {}

  public static Data read(Path file) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("split\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5 || !SPLITS.contains(f[0]) || f[1].isBlank() || f[3].isBlank()) {
        errors.add(file.getFileName() + ":" + (i + 1) + ": expected split(dev|test) TAB mention TAB type TAB expected TAB source");
        continue;
      }
      pairs.add(new Pair(f[0], f[1], f[2], f[3], f[4]));
    }
    return new Data(pairs, errors);
  }

  public static Result evaluate(List<Pair> pairs, ActorLinker linker) {
    int correct = 0;
    List<Miss> misses = new ArrayList<>();
    for (Pair p : pairs) {
      Resolution got = linkAlone(p, linker);
      if (isCorrect(p, got)) {
        correct++;
      } else {
        misses.add(new Miss(p, got));
      }
    }
    return new Result(pairs.size(), correct, misses);
  }

  static boolean isCorrect(Pair p, Resolution got) {
    if (got == null) {
      return false;
    }
    return p.expected().equals(PROVISIONAL) ? got.provisional() : got.id().equals("actor:" + p.expected());
  }

  /** Links the pair's mention as the only mention of a document made of it alone. */
  static Resolution linkAlone(Pair p, ActorLinker linker) {
    Mention m = new Mention(0, p.mention().length(), p.mention(), p.type(), 1.0, "eval", null);
    AnnotatedDocument doc =
        new AnnotatedDocument(Article.ofText("eval", p.mention(), "eval"), List.of(), List.of(), List.of(m));
    return linker.link(doc).mentions().get(0).resolution();
  }
}
