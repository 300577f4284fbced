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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.rasd.ingest.IngestError;
import org.rasd.ingest.IngestListener;
import org.rasd.ingest.IngestStats;
import org.rasd.ingest.Ingestor;
import org.rasd.ingest.SizeLimit;
import org.rasd.nlp.Pipeline;
import org.rasd.nlp.json.DocumentJsonWriter;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.store.Store;
import org.rasd.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rasd ingest}: reads articles from files, directories or stdin, runs the pipeline, and writes
 * the annotations as JSON lines or, with {@code --store}, into the store.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles from text, HTML, JSON lines, RSS/Atom and WARC files (also .gz), directories"
          + " (recursively) or stdin (-), runs the extraction pipeline on each, and writes its annotation"
          + " as one JSON line (docs/format.md), or with --store into the store (docs/store.md): a batch per"
          + " transaction, documents already stored counted as duplicates, safe to re-run after a crash.",
      "Bad inputs are reported on stderr, one line each, and counted in the summary; the run goes on."
    })
final class IngestCommand implements Callable<Integer> {

  private final DocumentJsonWriter json = new DocumentJsonWriter(false, false);

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read; - for stdin.")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "-", description = "Where to write the JSON lines (default: - for stdout).")
  String out;

  @Mixin InputFormatOption inputFormat = new InputFormatOption();

  @Option(names = "--fail-fast", description = "Stop at the first bad input and exit with status 1.")
  boolean failFast;

  @Option(names = "--progress", description = "Show a progress bar on stderr even when it is not a terminal.")
  boolean progress;

  @Option(names = "--max-article-mb", paramLabel = "MB", defaultValue = "64",
      description = "Largest article, feed or JSON line accepted, in MiB (default: 64).")
  int maxArticleMb;

  @Option(names = "--store", description = "Store the documents (in --data DIR or --jdbc URL) instead of writing JSON lines.")
  boolean toStore;

  @Mixin StoreOptions storeOptions = new StoreOptions();

  @Option(names = "--batch", paramLabel = "N", defaultValue = "" + StoreIngest.DEFAULT_BATCH,
      description = "Documents per store transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  private Writer articles;
  private Pipeline pipeline;
  private int extractionFailures;

  @Override
  public Integer call() {
    if (maxArticleMb < 1 || maxArticleMb > 1024) {
      System.err.println("rasd ingest: --max-article-mb must be between 1 and 1024");
      return 2;
    }
    if (batch < 1) {
      System.err.println("rasd ingest: --batch must be at least 1");
      return 2;
    }
    Ingestor ingestor = new Ingestor(inputFormat.format, new SizeLimit(maxArticleMb << 20), failFast);
    if (toStore || storeOptions.given()) {
      return runIntoStore(ingestor, System.err);
    }
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
                  reportError(error.message(), bar, err);
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

  /** One error line on stderr, above the progress bar when there is one. */
  private static void reportError(String message, ProgressBar bar, PrintStream err) {
    String line = "rasd ingest: error: " + message;
    if (bar != null) {
      bar.printAbove(line);
    } else {
      err.println(line);
    }
  }

  private int runIntoStore(Ingestor ingestor, PrintStream err) {
    Path data = storeOptions.dataDir().toAbsolutePath().normalize();
    for (String input : inputs) {
      if (!input.equals("-") && data.startsWith(Path.of(input).toAbsolutePath().normalize())) {
        err.println("rasd ingest: the data directory " + data + " lies inside the input " + input
            + ": its files would be read as articles; choose another --data");
        return 2;
      }
    }
    try (Store store = storeOptions.open();
        ProgressBar bar = showProgress() ? ProgressBar.start(err, ingestor.stats(), Ingestor.measure(inputs)) : null) {
      Consumer<String> errors = message -> reportError(message, bar, err);
      StoreIngest.Result result = new StoreIngest(store, Pipeline.standard(), batch, errors).run(ingestor, inputs);
      if (bar != null) {
        bar.close();
      }
      err.print(Summary.of(result.read()));
      err.printf(Locale.ROOT, "rasd ingest: into %s: %d new, %d duplicate, %d rejected documents;"
              + " %d extraction failures; %.1f docs/s overall%n",
          storeOptions.describe(), result.counts().stored(), result.counts().duplicates(), result.counts().rejected(),
          result.counts().extractionFailures(), result.documentsPerSecond());
      long failures = result.read().failures() + result.counts().rejected() + result.counts().extractionFailures();
      return failFast && failures > 0 ? 1 : 0;
    } catch (StoreException e) {
      err.println("rasd ingest: " + e.getMessage());
      return 2;
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
