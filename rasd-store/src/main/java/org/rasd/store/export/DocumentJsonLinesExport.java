package org.rasd.store.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rasd.store.Store;
import org.rasd.store.db.EventFilter;
import org.rasd.store.db.StoredDocument;
import org.rasd.store.db.StoredMention;

/**
 * Documents as JSON lines: one stored document per line with its metadata, original text and
 * mentions (offsets into the text, type, resolved entity). The date filter applies to the
 * publication date, the entity filter to the mentions; the type filter (events only) does not apply.
 */
public final class DocumentJsonLinesExport implements Exporter {

  @Override
  public int write(Store store, EventFilter filter, OutputStream out) throws IOException {
    ExportSource src = new ExportSource(store);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    int n = 0;
    for (String id : store.documents().ids()) {
      StoredDocument d = store.documents().find(id).orElseThrow();
      List<StoredMention> mentions = store.documents().mentionsOf(id);
      if (!filter.acceptsDay(d.published())
          || (filter.entity() != null && mentions.stream().noneMatch(m -> filter.entity().equals(m.entityId())))) {
        continue;
      }
      w.write(EventJson.JSON.writeValueAsString(document(src, d, mentions)));
      w.write('\n');
      n++;
    }
    w.flush();
    return n;
  }

  private static ObjectNode document(ExportSource src, StoredDocument d, List<StoredMention> mentions) {
    ObjectNode o = EventJson.JSON.createObjectNode();
    o.put("id", d.id());
    o.put("article_id", d.articleId());
    o.put("url", d.url());
    o.put("title", d.title());
    o.put("source", d.source());
    o.put("published", d.published());
    o.put("language", d.language());
    o.put("origin", d.origin());
    o.put("text", d.text());
    ArrayNode ms = o.putArray("mentions");
    for (StoredMention m : mentions) {
      ObjectNode mo = ms.addObject();
      mo.put("start", m.start());
      mo.put("end", m.end());
      mo.put("text", m.text());
      mo.put("type", m.type());
      mo.put("confidence", m.confidence());
      mo.set("entity", m.entityId() == null ? null : EventJson.entity(src.entity(m.entityId())));
    }
    return o;
  }
}
