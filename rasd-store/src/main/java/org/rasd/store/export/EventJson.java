package org.rasd.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rasd.store.db.EntityRecord;
import org.rasd.store.db.StoredEvent;

/** The JSON form of a stored event, shared by the JSON-lines and GeoJSON exports. */
final class EventJson {

  static final ObjectMapper JSON = new ObjectMapper();

  private EventJson() {}

  static ObjectNode event(ExportSource src, StoredEvent e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", e.id());
    o.put("event_type", e.acledType());
    o.put("sub_event_type", e.acledSubType());
    o.put("plover", e.plover());
    o.put("modality", e.modality());
    o.put("date", e.timeValue());
    o.put("time_precision", e.timePrecision());
    o.set("location", e.locationEntity() == null ? null : entity(src.entity(e.locationEntity())));
    o.set("actors", entities(src, e.actors()));
    o.set("targets", entities(src, e.targets()));
    ArrayNode sources = o.putArray("sources");
    for (StoredEvent.Source s : e.sources()) {
      ObjectNode so = sources.addObject();
      so.put("doc_id", s.docId());
      so.put("outlet", s.outlet());
      so.put("published", s.published());
      so.put("url", s.url());
      so.putObject("trigger").put("start", s.triggerStart()).put("end", s.triggerEnd())
          .put("text", src.text(s.docId(), s.triggerStart(), s.triggerEnd()));
      if (s.sentenceStart() != null) {
        so.putObject("sentence").put("start", s.sentenceStart()).put("end", s.sentenceEnd())
            .put("text", src.sentence(s));
      }
      so.set("according_to", s.accordingTo() == null ? null : entity(src.entity(s.accordingTo())));
      so.put("according_to_text", s.accordingToText());
    }
    return o;
  }

  private static ArrayNode entities(ExportSource src, List<String> ids) {
    ArrayNode a = JSON.createArrayNode();
    ids.forEach(id -> a.add(entity(src.entity(id))));
    return a;
  }

  static ObjectNode entity(EntityRecord e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", e.id());
    o.put("type", e.type());
    o.put("name_ar", e.nameAr());
    o.put("name_en", e.nameEn());
    if (e.lat() != null) {
      o.put("lat", e.lat());
      o.put("lon", e.lon());
      o.put("geo_precision", e.geoPrecision());
      ArrayNode h = o.putArray("hierarchy");
      e.hierarchy().forEach(h::add);
      if (e.region() != null) {
        o.put("region", e.region());
      }
    }
    return o;
  }
}
