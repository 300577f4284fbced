package org.rasd.store.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.rasd.store.Store;
import org.rasd.store.db.EntityRecord;
import org.rasd.store.db.EventFilter;
import org.rasd.store.db.StoredEvent;

/**
 * Events with a located place as a GeoJSON FeatureCollection (RFC 7946): one Feature per event, a
 * Point at the place's coordinates ([longitude, latitude], WGS 84) and the event's JSON as
 * properties. Events whose place has no coordinates (or that have no place) cannot be drawn and are
 * left out.
 */
public final class GeoJsonExport implements Exporter {

  @Override
  public int write(Store store, EventFilter filter, OutputStream out) throws IOException {
    ExportSource src = new ExportSource(store);
    int n = 0;
    try (JsonGenerator g = EventJson.JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (StoredEvent e : src.events(filter)) {
        EntityRecord place = src.entity(e.locationEntity());
        if (place == null || place.lat() == null || place.lon() == null) {
          continue;
        }
        ObjectNode feature = EventJson.JSON.createObjectNode();
        feature.put("type", "Feature");
        feature.put("id", e.id());
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(place.lon()).add(place.lat());
        feature.set("properties", EventJson.event(src, e));
        g.writeTree(feature);
        n++;
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return n;
  }
}
