package org.rasd.store.export;

import java.io.IOException;
import java.io.OutputStream;
import org.rasd.store.Store;
import org.rasd.store.db.EventFilter;

/** One export format: writes what a store holds, filtered, to a stream; returns the records written. */
public interface Exporter {

  int write(Store store, EventFilter filter, OutputStream out) throws IOException;

  /** The formats Rasd exports, with their usual file extension. */
  enum Format {
    CSV("csv", new AcledCsvExport()),
    JSONL("jsonl", new EventJsonLinesExport()),
    GEOJSON("geojson", new GeoJsonExport()),
    GRAPHML("graphml", new GraphMlExport()),
    DOCUMENTS("jsonl", new DocumentJsonLinesExport());

    private final String extension;
    private final Exporter exporter;

    Format(String extension, Exporter exporter) {
      this.extension = extension;
      this.exporter = exporter;
    }

    public String extension() {
      return extension;
    }

    public Exporter exporter() {
      return exporter;
    }
  }
}
