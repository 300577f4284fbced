package org.rasd.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rasd.nlp.model.Article;

/**
 * Reads articles from files, directories (recursively) and stdin ({@code "-"}), in any supported
 * format, gzip-compressed or not. Each input that fails becomes one {@link IngestError} and the run goes
 * on with the next (or stops, with fail-fast). Inputs stream through: memory holds one article at a time.
 */
public final class Ingestor {

  private static final int BUFFER_BYTES = 8192;

  private final InputFormat format;
  private final boolean failFast;
  private final Map<InputFormat, ArticleReader> readers = new EnumMap<>(InputFormat.class);
  private final IngestStats stats = new IngestStats();
  private final Set<Path> excluded = new HashSet<>();

  /**
   * @param format the format of every input, or {@link InputFormat#AUTO} to detect it per file
   * @param limit the largest article (and feed or JSON line) accepted
   * @param failFast stop at the first error
   */
  public Ingestor(InputFormat format, SizeLimit limit, boolean failFast) {
    this.format = format;
    this.failFast = failFast;
    readers.put(InputFormat.TEXT, new PlainTextReader(limit));
    readers.put(InputFormat.HTML, new HtmlReader(limit));
    readers.put(InputFormat.JSONL, new JsonReader(limit));
    readers.put(InputFormat.RSS, new FeedReader(limit));
    readers.put(InputFormat.WARC, new WarcArchiveReader(limit));
  }

  /**
   * Leaves {@code file} out of the run, counted as skipped: the run's own output, so that writing it
   * inside an input directory does not feed it back in.
   */
  public void exclude(Path file) {
    excluded.add(file.toAbsolutePath().normalize());
  }

  /** The live counts of the run (read them from another thread for progress). */
  public IngestStats stats() {
    return stats;
  }

  /** Reads every input in order and returns the final counts. */
  public IngestStats ingest(List<String> inputs, IngestListener listener) {
    CountingListener sink = new CountingListener(listener);
    InputWalker walker = new InputWalker();
    InputWalker.Visitor visitor =
        new InputWalker.Visitor() {
          @Override
          public void file(Path file) {
            if (excluded.contains(file.toAbsolutePath().normalize())) {
              sink.skipped(file.toString(), "excluded (the output file)");
            } else {
              readFile(file, sink);
            }
          }

          @Override
          public void skipped(Path path, String reason) {
            sink.skipped(path.toString(), reason);
          }

          @Override
          public void error(IngestError error) {
            sink.error(error);
          }
        };
    try {
      for (String input : inputs) {
        if (input.equals("-")) {
          readStdin(sink);
        } else {
          walkInput(input, walker, visitor, sink);
        }
      }
    } catch (StopException failedFast) {
      // fail-fast: the error has been reported, nothing more to read
    } catch (ListenerException e) {
      throw (RuntimeException) e.getCause();
    } finally {
      stats.finish();
    }
    return stats;
  }

  /**
   * Reads one input opened elsewhere (e.g. a file of a distributed file system), like one file of
   * {@link #ingest}: {@code name} picks the format and gzip handling, and whatever goes wrong with
   * the input or its records goes to the listener's {@code error}.
   */
  public void ingest(String location, String name, InputStream in, IngestListener listener) {
    stats.fileOpened();
    try {
      read(location, name, in, new CountingListener(listener));
    } catch (StopException failedFast) {
      // fail-fast: the error has been reported
    } catch (ListenerException e) {
      throw (RuntimeException) e.getCause();
    }
  }

  /** Files and bytes that {@link #ingest} will read (stdin counts as one file of unknown size). */
  public static InputTotals measure(List<String> inputs) {
    long[] totals = new long[2];
    InputWalker walker = new InputWalker();
    InputWalker.Visitor visitor =
        new InputWalker.Visitor() {
          @Override
          public void file(Path file) {
            totals[0]++;
            try {
              totals[1] += Files.size(file);
            } catch (IOException e) {
              // reported when the file is read
            }
          }

          @Override
          public void skipped(Path path, String reason) {}

          @Override
          public void error(IngestError error) {}
        };
    for (String input : inputs) {
      if (input.equals("-")) {
        totals[0]++;
      } else {
        try {
          walker.walk(Path.of(input), visitor);
        } catch (InvalidPathException e) {
          // reported when read
        }
      }
    }
    return new InputTotals(totals[0], totals[1]);
  }

  private void walkInput(String input, InputWalker walker, InputWalker.Visitor visitor, CountingListener sink) {
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      sink.error(new IngestError(input, "invalid path", e.getReason()));
      return;
    }
    walker.walk(path, visitor);
  }

  private void readFile(Path file, CountingListener sink) {
    String location = file.toString();
    stats.fileOpened();
    try (InputStream raw = Files.newInputStream(file)) {
      read(location, file.getFileName().toString(), raw, sink);
    } catch (IOException e) {
      sink.error(new IngestError(location, "read error", e.toString()));
    }
  }

  private void readStdin(CountingListener sink) {
    stats.fileOpened();
    InputStream stdin =
        new FilterInputStream(System.in) {
          @Override
          public void close() {
            // stdin belongs to the process
          }
        };
    read("<stdin>", "-", stdin, sink);
  }

  /** Reads one input; whatever goes wrong becomes an error for this input, never for the run. */
  private void read(String location, String name, InputStream raw, CountingListener sink) {
    try {
      BufferedInputStream in = new BufferedInputStream(new CountingInputStream(raw, stats::bytesRead), BUFFER_BYTES);
      boolean gzName = name.toLowerCase(Locale.ROOT).endsWith(".gz");
      String innerName = gzName ? name.substring(0, name.length() - 3) : name;
      if (GzipInput.isGzip(in)) {
        in = new BufferedInputStream(GzipInput.open(in), BUFFER_BYTES);
      } else if (gzName) {
        throw new BadInputException("not gzip", "name ends in .gz but the content is not gzip");
      }
      if (isEmpty(in)) {
        throw new BadInputException("empty file", gzName ? "nothing inside the gzip" : null);
      }
      InputFormat inputFormat = format == InputFormat.AUTO ? FormatSniffer.detect(innerName, in) : format;
      readers.get(inputFormat).read(location, in, sink);
    } catch (StopException | ListenerException e) {
      throw e;
    } catch (BadInputException e) {
      sink.error(e.at(location));
    } catch (CorruptInputException e) {
      sink.error(new IngestError(location, e.reason(), e.getMessage()));
    } catch (IOException e) {
      sink.error(new IngestError(location, "read error", e.toString()));
    } catch (RuntimeException e) {
      // A parser failing on malformed input: this input is lost, the run is not.
      sink.error(new IngestError(location, "unreadable", e.toString()));
    } catch (OutOfMemoryError e) {
      // Size limits make this unlikely; if it happens, the big buffers are already unreachable here.
      sink.error(new IngestError(location, "out of memory", "input too large for the heap"));
    } catch (StackOverflowError e) {
      sink.error(new IngestError(location, "too deeply nested", null));
    }
  }

  private static boolean isEmpty(BufferedInputStream in) throws IOException {
    in.mark(1);
    boolean empty = in.read() < 0;
    in.reset();
    return empty;
  }

  /** Ends the run at the first error (fail-fast). */
  private static final class StopException extends RuntimeException {
    StopException() {
      super(null, null, false, false);
    }
  }

  /** A failure of the listener (e.g. the output), which is not the input's fault and ends the run. */
  private static final class ListenerException extends RuntimeException {
    ListenerException(RuntimeException cause) {
      super(cause);
    }
  }

  /** Counts what passes to the caller's listener and applies fail-fast. */
  private final class CountingListener implements IngestListener {

    private final IngestListener listener;

    CountingListener(IngestListener listener) {
      this.listener = listener;
    }

    @Override
    public void article(Article article) {
      stats.documentRead();
      try {
        listener.article(article);
      } catch (RuntimeException e) {
        throw new ListenerException(e);
      }
    }

    @Override
    public void error(IngestError error) {
      stats.failed(error.reason());
      try {
        listener.error(error);
      } catch (RuntimeException e) {
        throw new ListenerException(e);
      }
      if (failFast) {
        throw new StopException();
      }
    }

    @Override
    public void skipped(String location, String reason) {
      stats.skipped(reason);
      listener.skipped(location, reason);
    }
  }
}
