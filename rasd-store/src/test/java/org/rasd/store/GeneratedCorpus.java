package org.rasd.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;

/**
 * Realistic documents in any number, for tests and benchmarks: each is a fixed-seed shuffle of real
 * sentences from the shared example articles, with the mentions of the gold files' entity names
 * found in those sentences (real offsets, real types, canonical names from the gold files). The
 * same number always gives the same document.
 */
final class GeneratedCorpus {

  private static final long SEED = 20261125L;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟])\\s+|\\n+");

  /** A sentence of a real article with the mentions found in it (offsets into the sentence). */
  private record Line(String text, List<Mention> mentions, String source, String published) {}

  private record Name(String surface, String type, String canonicalEn) {}

  private final List<Line> lines;

  private GeneratedCorpus(List<Line> lines) {
    this.lines = lines;
  }

  /** Loads the sentences of every {@code *.ar.txt} with a gold file under the examples directory. */
  static GeneratedCorpus load(Path examples) {
    List<Line> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(examples)) {
      for (Path txt : files.filter(p -> p.toString().endsWith(".ar.txt")).sorted().toList()) {
        Path gold = txt.resolveSibling(txt.getFileName().toString().replace(".ar.txt", ".gold.json"));
        if (Files.exists(gold)) {
          lines.addAll(lines(Files.readString(txt, StandardCharsets.UTF_8), new ObjectMapper().readTree(gold.toFile())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the examples in " + examples, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalStateException("no annotated articles under " + examples);
    }
    return new GeneratedCorpus(lines);
  }

  static GeneratedCorpus load() {
    return load(Path.of(System.getProperty("rasd.shared", "../shared"), "examples"));
  }

  private static List<Line> lines(String text, JsonNode gold) {
    JsonNode doc = gold.path("document");
    String source = doc.path("source").asText(null);
    String published = published(doc);
    List<Name> names = names(gold);
    List<Line> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text)) {
      String sentence = s.strip();
      if (sentence.length() >= 20) {
        out.add(new Line(sentence, find(sentence, names), source, published));
      }
    }
    return out;
  }

  private static String published(JsonNode doc) {
    return doc.hasNonNull("published") ? doc.get("published").asText() : doc.path("published_approx").asText(null);
  }

  /** Entity names of a gold file, longest first so "لواء أسد الله الغالب" wins over "أسد الله الغالب". */
  private static List<Name> names(JsonNode gold) {
    List<Name> names = new ArrayList<>();
    for (JsonNode e : gold.path("entities")) {
      String type = e.path("type").asText();
      String en = e.path("canonical_en").asText(null);
      names.add(new Name(e.path("text").asText(), type, en));
      e.path("aliases_in_text").forEach(a -> names.add(new Name(a.asText(), type, en)));
    }
    names.sort(Comparator.comparingInt((Name n) -> n.surface().length()).reversed());
    return names;
  }

  /**
   * A whole annotated example article ({@code id} as in {@code examples/ID.ar.txt}) with every
   * occurrence of its gold entity names as a resolved mention.
   */
  static AnnotatedDocument example(Path examples, String id) {
    try {
      String text = Files.readString(examples.resolve(id + ".ar.txt"), StandardCharsets.UTF_8);
      JsonNode gold = new ObjectMapper().readTree(examples.resolve(id + ".gold.json").toFile());
      JsonNode doc = gold.path("document");
      Article article = new Article(id, doc.path("url").asText(null), doc.path("title").asText(null),
          doc.path("source").asText(null), published(doc), "ar", text, examples.resolve(id + ".ar.txt").toString());
      return new AnnotatedDocument(article, List.of(), List.of(), find(text, names(gold)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read example " + id, e);
    }
  }

  /** The gold entity id the corpus gives to a canonical English name. */
  static String entityId(String canonicalEn) {
    return "gold:" + canonicalEn.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
  }

  private static List<Mention> find(String sentence, List<Name> names) {
    boolean[] taken = new boolean[sentence.length()];
    List<Mention> found = new ArrayList<>();
    for (Name n : names) {
      for (int at = sentence.indexOf(n.surface()); at >= 0; at = sentence.indexOf(n.surface(), at + 1)) {
        int end = at + n.surface().length();
        if (free(taken, at, end)) {
          Arrays.fill(taken, at, end, true);
          Resolution r = new Resolution(entityId(n), n.surface(), n.canonicalEn(), 1.0, false, null);
          found.add(new Mention(at, end, n.surface(), n.type(), 1.0, "gold", r));
        }
      }
    }
    found.sort(Comparator.comparingInt(Mention::start));
    return found;
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static String entityId(Name n) {
    return entityId(n.canonicalEn() != null ? n.canonicalEn() : n.surface());
  }

  int sentenceCount() {
    return lines.size();
  }

  /** Document number {@code n}: a headline and 5 to 12 sentences drawn with a seed of its own. */
  AnnotatedDocument document(int n) {
    Random random = new Random(SEED * 31 + n);
    Line headline = lines.get(random.nextInt(lines.size()));
    int count = 5 + random.nextInt(8);
    StringBuilder text = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Line line = lines.get(random.nextInt(lines.size()));
      if (text.length() > 0) {
        text.append('\n');
      }
      int offset = text.length();
      text.append(line.text());
      for (Mention m : line.mentions()) {
        mentions.add(new Mention(m.start() + offset, m.end() + offset, m.text(), m.type(),
            m.confidence(), m.source(), m.resolution()));
      }
    }
    Article article = new Article("generated-" + n, null, headline.text(), headline.source(),
        headline.published(), "ar", text.toString(), "generated document " + n);
    return new AnnotatedDocument(article, List.of(), List.of(), mentions);
  }

  List<AnnotatedDocument> documents(int from, int to) {
    List<AnnotatedDocument> out = new ArrayList<>(to - from);
    for (int n = from; n < to; n++) {
      out.add(document(n));
    }
    return out;
  }
}
