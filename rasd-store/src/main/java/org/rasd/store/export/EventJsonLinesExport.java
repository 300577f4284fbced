package org.rasd.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.rasd.store.Store;
import org.rasd.store.db.EventFilter;
import org.rasd.store.db.StoredEvent;

/**
 * Events as JSON lines: one event per line with its type, time, place, participants (ids and
 * names) and every source (outlet, offsets and the original sentence).
 */
public final class EventJsonLinesExport implements Exporter {

  @Override
  public int write(Store store, EventFilter filter, OutputStream out) throws IOException {
    ExportSource src = new ExportSource(store);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    int n = 0;
    for (StoredEvent e : src.events(filter)) {
      w.write(EventJson.JSON.writeValueAsString(EventJson.event(src, e)));
      w.write('\n');
      n++;
    }
    w.flush();
    return n;
  }
}
