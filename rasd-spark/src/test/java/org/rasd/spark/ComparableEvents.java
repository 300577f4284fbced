package org.rasd.spark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.rasd.store.db.StoredEvent;

/** Merged events from the store and from Spark in one comparable form: event id → event. */
final class ComparableEvents {

  private ComparableEvents() {}

  /** What both sides must agree on; sources as "doc:trigger start-end". */
  record Event(String type, String modality, String time, String place, List<String> actors, List<String> targets,
      TreeSet<String> sources) {}

  static Map<String, Event> fromStore(List<StoredEvent> events) {
    Map<String, Event> out = new TreeMap<>();
    for (StoredEvent e : events) {
      TreeSet<String> sources = new TreeSet<>();
      e.sources().forEach(s -> sources.add(s.docId() + ":" + s.triggerStart() + "-" + s.triggerEnd()));
      out.put(e.id(), new Event(e.acledType(), e.modality(), e.timeValue(), e.locationEntity(), e.actors(),
          e.targets(), sources));
    }
    return out;
  }

  /** Rows of {@link Schemas#EVENTS_MERGED}. */
  static Map<String, Event> fromSpark(List<Row> events) {
    Map<String, Event> out = new TreeMap<>();
    for (Row e : events) {
      TreeSet<String> sources = new TreeSet<>();
      for (Row s : e.<Row>getList(e.fieldIndex("sources"))) {
        sources.add(s.getAs("doc_id") + ":" + s.getAs("trigger_start") + "-" + s.getAs("trigger_end"));
      }
      out.put(e.getAs("event_id"), new Event(e.getAs("event_type"), e.getAs("modality"), e.getAs("time_value"),
          e.getAs("location_entity"), e.getList(e.fieldIndex("actors")), e.getList(e.fieldIndex("targets")),
          sources));
    }
    return out;
  }
}
