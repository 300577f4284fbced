package org.rasd.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.rasd.store.Store;
import org.rasd.store.StoreException;
import org.rasd.store.db.EventFilter;
import org.rasd.store.export.Exporter.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd export}: the store's events and actor graph in formats other tools read. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes what the store holds (docs/exports.md): csv (ACLED columns, UTF-8 with BOM), jsonl (one event"
          + " per line), geojson (events with a place, as points), graphml (entities and their relations;"
          + " opens in Gephi), documents (one document per line with its text and mentions)."
    })
final class ExportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES}")
  Format format;

  @Mixin StoreOptions storeOptions = new StoreOptions();

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "-", description = "Output file (default: - for stdout).")
  String out;

  @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this day (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this day (YYYY-MM-DD).")
  String to;

  @Option(names = "--type", paramLabel = "TYPE", description = "ACLED event type or sub-event type, e.g. Battles.")
  String type;

  @Option(names = "--entity", paramLabel = "ID", description = "Only events (and relations) this entity takes part in.")
  String entity;

  @Override
  public Integer call() {
    for (String day : new String[] {from, to}) {
      if (day != null && !isDay(day)) {
        System.err.println("rasd export: '" + day + "' is not a day (YYYY-MM-DD)");
        return 2;
      }
    }
    EventFilter filter = new EventFilter(from, to, type, entity);
    try (Store store = storeOptions.open(); OutputStream stream = open()) {
      int written = format.exporter().write(store, filter, stream);
      stream.flush();
      System.err.printf("rasd export: %d %s from %s to %s%n", written,
          switch (format) {
            case GRAPHML -> "edges";
            case DOCUMENTS -> "documents";
            default -> "events";
          }, storeOptions.describe(), out.equals("-") ? "stdout" : out);
      return 0;
    } catch (IOException e) {
      System.err.println("rasd export: cannot write " + out + ": " + e.getMessage());
      return 2;
    } catch (StoreException e) {
      System.err.println("rasd export: " + e.getMessage());
      return 2;
    }
  }

  private static boolean isDay(String s) {
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private OutputStream open() throws IOException {
    if (out.equals("-")) {
      return new BufferedOutputStream(System.out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    Path path = Path.of(out);
    if (path.getParent() != null) {
      Files.createDirectories(path.getParent());
    }
    return new BufferedOutputStream(Files.newOutputStream(path));
  }
}
