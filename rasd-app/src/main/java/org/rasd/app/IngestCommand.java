package org.rasd.app;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.ingest.IngestError;
import org.rasd.ingest.IngestListener;
import org.rasd.ingest.IngestStats;
import org.rasd.ingest.Ingestor;
import org.rasd.ingest.InputFormat;
import org.rasd.ingest.SizeLimit;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.json.DocumentJsonWriter;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd ingest}: reads articles from files, directories or stdin and writes them as JSON lines. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles from text, HTML, JSON lines, RSS/Atom and WARC files (also .gz), directories"
          + " (recursively) or stdin (-), runs the extraction pipeline on each, and writes its annotation"
          + " as one JSON line (docs/format.md).",
      "Bad inputs are reported on stderr, one line each, and counted in the summary; the run goes on."
    })
final class IngestCommand implements Callable<Integer> {

  private final DocumentJsonWriter json = new DocumentJsonWriter(false, false);

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read; - for stdin.")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "-", description = "Where to write the JSON lines (default: - for stdout).")
  String out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: auto, by extension and content).")
  InputFormat format;

  @Option(names = "--fail-fast", description = "Stop at the first bad input and exit with status 1.")
  boolean failFast;

  @Option(names = "--progress", description = "Show a progress bar on stderr even when it is not a terminal.")
  boolean progress;

  @Option(names = "--max-article-mb", paramLabel = "MB", defaultValue = "64",
      description = "Largest article, feed or JSON line accepted, in MiB (default: 64).")
  int maxArticleMb;

  private Writer articles;
  private Pipeline pipeline;
  private int extractionFailures;

  @Override
  public Integer call() {
    if (maxArticleMb < 1 || maxArticleMb > 1024) {
      System.err.println("rasd ingest: --max-article-mb must be between 1 and 1024");
      return 2;
    }
    Ingestor ingestor = new Ingestor(format, new SizeLimit(maxArticleMb << 20), failFast);
    if (!out.equals("-")) {
      ingestor.exclude(Path.of(out));
    }
    PrintStream err = System.err;
    pipeline = Pipeline.standard();
    try {
      return run(ingestor, err);
    } catch (IOException | UncheckedIOException e) {
      err.println("rasd ingest: cannot write " + (out.equals("-") ? "to stdout" : out) + ": " + e.getMessage());
      return 2;
    }
  }

  private int run(Ingestor ingestor, PrintStream err) throws IOException {
    try (Writer writer = openOutput();
        ProgressBar bar = showProgress() ? ProgressBar.start(err, ingestor.stats(), Ingestor.measure(inputs)) : null) {
      articles = writer;
      IngestStats stats =
          ingestor.ingest(
              inputs,
              new IngestListener() {
                @Override
                public void article(Article article) {
                  handle(article);
                }

                @Override
                public void error(IngestError error) {
                  String line = "rasd ingest: error: " + error.message();
                  if (bar != null) {
                    bar.printAbove(line);
                  } else {
                    err.println(line);
                  }
                }
              });
      writer.flush();
      if (bar != null) {
        bar.close();
      }
      err.print(Summary.of(stats));
      if (extractionFailures > 0) {
        err.println("extraction failures: " + extractionFailures);
      }
      return failFast && stats.failures() + extractionFailures > 0 ? 1 : 0;
    }
  }

  /**
   * The one step each article goes through: the extraction pipeline, then one JSON line on the
   * output. An article the pipeline fails on is reported and counted; the run goes on.
   */
  private void handle(Article article) {
    AnnotatedDocument doc;
    try {
      doc = pipeline.process(article);
    } catch (RuntimeException e) {
      extractionFailures++;
      System.err.println("rasd ingest: error: " + article.origin() + ": extraction failed: " + e);
      return;
    }
    try {
      json.write(doc, articles);
      articles.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the output", e);
    }
  }

  private boolean showProgress() {
    return progress || System.console() != null;
  }

  private Writer openOutput() throws IOException {
    OutputStream stream;
    if (out.equals("-")) {
      stream = new StdoutStream(System.out);
    } else {
      Path path = Path.of(out);
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      stream = Files.newOutputStream(path);
    }
    return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Stdout that stays open when the output is closed (others may still write to it). */
  private static final class StdoutStream extends FilterOutputStream {
    StdoutStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
