package org.rasd.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rasd.ingest.IngestError;
import org.rasd.ingest.IngestListener;
import org.rasd.ingest.Ingestor;
import org.rasd.ingest.InputFormat;
import org.rasd.ingest.SizeLimit;
import org.rasd.nlp.model.Article;

/**
 * The articles {@code rasd demo} loads: the samples shipped in the jar (see samples/PROVENANCE.md)
 * and, when present, the shared example articles, read where they are at run time (never copied),
 * with outlet and date from their reference annotation.
 */
final class SampleArticles {

  private static final String SAMPLES = "samples/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleArticles() {}

  /** The samples shipped with Rasd, with their metadata from samples.json. */
  static List<Article> bundled() {
    List<Article> out = new ArrayList<>();
    for (JsonNode s : readJson(resource("samples.json"), "samples.json")) {
      String file = s.get("file").asText();
      String text = new String(readAll(resource(file), file), StandardCharsets.UTF_8);
      out.add(new Article(s.get("id").asText(), null, firstLine(text), s.path("source").asText(null),
          s.path("published").asText(null), s.path("language").asText("ar"), text, SAMPLES + file));
    }
    return out;
  }

  /**
   * The {@code *.ar.txt} articles under {@code examples} (and its subfolders), each with the outlet
   * and approximate date of its {@code .gold.json} when it has one. Unreadable files are reported
   * on stderr and skipped.
   */
  static List<Article> shared(Path examples) {
    if (!Files.isDirectory(examples)) {
      return List.of();
    }
    List<String> files;
    try (Stream<Path> walk = Files.walk(examples)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".ar.txt")).sorted().map(Path::toString).toList();
    } catch (IOException e) {
      System.err.println("rasd demo: error: cannot list " + examples + ": " + e.getMessage());
      return List.of();
    }
    List<Article> out = new ArrayList<>();
    new Ingestor(InputFormat.TEXT, SizeLimit.DEFAULT, false).ingest(files, new IngestListener() {
      @Override
      public void article(Article a) {
        out.add(withGoldMetadata(a));
      }

      @Override
      public void error(IngestError error) {
        System.err.println("rasd demo: error: " + error.message());
      }
    });
    return out;
  }

  private static Article withGoldMetadata(Article a) {
    Path gold = Path.of(a.origin().replaceFirst("\\.ar\\.txt$", ".gold.json"));
    if (!Files.isRegularFile(gold)) {
      return a;
    }
    try {
      JsonNode d = JSON.readTree(gold.toFile()).path("document");
      return new Article(a.id(), a.url(), d.path("title").asText(a.title()), d.path("source").asText(a.source()),
          d.path("published").asText(d.path("published_approx").asText(a.published())), a.language(), a.text(), a.origin());
    } catch (IOException e) {
      System.err.println("rasd demo: warning: " + gold + ": unreadable metadata, article kept without it (" + e.getMessage() + ")");
      return a;
    }
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().map(String::strip).filter(l -> l.length() <= 300).orElse(null);
  }

  private static InputStream resource(String name) {
    InputStream in = SampleArticles.class.getResourceAsStream(SAMPLES + name);
    if (in == null) {
      throw new IllegalStateException("the jar lacks its sample " + SAMPLES + name);
    }
    return in;
  }

  private static byte[] readAll(InputStream in, String name) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample " + name, e);
    }
  }

  private static JsonNode readJson(InputStream in, String name) {
    try (in) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
