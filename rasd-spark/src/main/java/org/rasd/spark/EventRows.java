package org.rasd.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.rasd.store.db.EventClaim;

/** Event claims to rows of {@link Schemas#EVENTS} and back (by column name, so wider rows do too). */
final class EventRows {

  private EventRows() {}

  static Row row(String articleId, EventClaim e) {
    return RowFactory.create(articleId, e.docId(), e.sentenceStart(), e.sentenceEnd(), e.triggerStart(),
        e.triggerEnd(), e.acledType(), e.acledSubType(), e.plover(), e.modality(), e.timeValue(),
        e.timePrecision(), e.locationEntity(), e.actors().toArray(String[]::new),
        e.targets().toArray(String[]::new), e.accordingTo(), e.accordingToText());
  }

  static EventClaim claim(Row r) {
    return new EventClaim(r.getAs("event_type"), r.getAs("sub_type"), r.getAs("plover"), r.getAs("modality"),
        r.getAs("time_value"), r.getAs("time_precision"), r.getAs("location_entity"), strings(r, "actors"),
        strings(r, "targets"), r.getAs("according_to"), r.getAs("according_to_text"), r.getAs("doc_id"),
        r.<Integer>getAs("sentence_start"), r.<Integer>getAs("sentence_end"), r.<Integer>getAs("trigger_start"),
        r.<Integer>getAs("trigger_end"));
  }

  private static List<String> strings(Row r, String column) {
    return r.getList(r.fieldIndex(column));
  }
}
