package org.rasd.store.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.stream.Collectors;
import org.rasd.store.Store;
import org.rasd.store.db.EntityRecord;
import org.rasd.store.db.EventFilter;
import org.rasd.store.db.StoredEvent;

/**
 * Events as an ACLED-style CSV: ACLED's columns in ACLED's order, filled where Rasd knows the value
 * and empty where it does not (docs/exports.md has the mapping). UTF-8 with a byte-order mark so
 * spreadsheet programs read the Arabic right; RFC 4180 quoting and CRLF line ends.
 */
public final class AcledCsvExport implements Exporter {

  public static final List<String> COLUMNS = List.of(
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
      "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
      "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
      "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");

  @Override
  public int write(Store store, EventFilter filter, OutputStream out) throws IOException {
    ExportSource source = new ExportSource(store);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.write('\uFEFF');
    writeRow(w, COLUMNS);
    int n = 0;
    for (StoredEvent e : source.events(filter)) {
      writeRow(w, row(source, e));
      n++;
    }
    w.flush();
    return n;
  }

  private static List<String> row(ExportSource src, StoredEvent e) {
    EntityRecord place = src.entity(e.locationEntity());
    List<String> hierarchy = place == null ? List.of() : place.hierarchy();
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add(eventIdCnty(e, place));
    r.add(e.timeValue() == null ? "" : e.timeValue());
    r.add(e.timeValue() == null ? "" : e.timeValue().substring(0, 4));
    r.add(timePrecision(e.timePrecision()));
    r.add(disorderType(e.acledType()));
    r.add(e.acledType());
    r.add(nullToEmpty(e.acledSubType()));
    r.add(first(src, e.actors()));
    r.add(rest(src, e.actors()));
    r.add("");
    r.add(first(src, e.targets()));
    r.add(rest(src, e.targets()));
    r.add("");
    r.add("");
    r.add("Violence against civilians".equals(e.acledType()) ? "Civilian targeting" : "");
    r.add("");
    r.add("");
    r.add(hierarchy.isEmpty() ? (isCountry(place) ? src.displayName(place.id()) : "") : hierarchy.get(0));
    r.add(hierarchy.size() > 1 ? hierarchy.get(1) : "");
    r.add(hierarchy.size() > 2 ? hierarchy.get(2) : "");
    r.add(hierarchy.size() > 3 ? hierarchy.get(3) : "");
    r.add(place == null ? "" : src.displayName(place.id()));
    r.add(place == null || place.lat() == null ? "" : coordinate(place.lat()));
    r.add(place == null || place.lon() == null ? "" : coordinate(place.lon()));
    r.add(place == null || place.geoPrecision() == null ? "" : place.geoPrecision().toString());
    r.add(outlets(e));
    r.add("");
    r.add(notes(src, e));
    r.add("");
    r.add(tags(src, e));
    r.add(timestamp(e));
    return r;
  }

  /** ACLED's id is a country prefix and a number; Rasd's is the ISO alpha-3 code and the start of its hash. */
  private static String eventIdCnty(StoredEvent e, EntityRecord place) {
    String prefix = "";
    if (place != null && place.countryCode() != null) {
      try {
        prefix = new Locale("", place.countryCode()).getISO3Country();
      } catch (MissingResourceException unknownCode) {
        prefix = place.countryCode();
      }
    }
    return prefix + e.id().substring(0, 10).toUpperCase(Locale.ROOT);
  }

  private static boolean isCountry(EntityRecord place) {
    return place != null && "COUNTRY".equals(place.featureType());
  }

  /** ACLED: 1 the day is known, 2 the week (or a few days), 3 the month or coarser. */
  private static String timePrecision(String precision) {
    if (precision == null) {
      return "";
    }
    return switch (precision) {
      case "DAY" -> "1";
      case "WEEK" -> "2";
      default -> "3";
    };
  }

  /** ACLED's disorder type follows from the event type. */
  static String disorderType(String acledType) {
    return switch (acledType) {
      case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "Political violence";
      case "Protests", "Riots" -> "Demonstrations";
      case "Strategic developments" -> "Strategic developments";
      default -> "";
    };
  }

  private static String first(ExportSource src, List<String> ids) {
    return ids.isEmpty() ? "" : src.displayName(ids.get(0));
  }

  private static String rest(ExportSource src, List<String> ids) {
    return ids.stream().skip(1).map(src::displayName).collect(Collectors.joining("; "));
  }

  private static String outlets(StoredEvent e) {
    Set<String> outlets = new LinkedHashSet<>();
    e.sources().stream().map(StoredEvent.Source::outlet).filter(o -> o != null).forEach(outlets::add);
    return String.join("; ", outlets);
  }

  /** The stating sentence of each source, in the original Arabic, one per line. */
  private static String notes(ExportSource src, StoredEvent e) {
    Set<String> sentences = new LinkedHashSet<>();
    e.sources().forEach(s -> sentences.add(src.sentence(s)));
    return String.join("\n", sentences);
  }

  /** Rasd's modality when it is not a plain assertion, and the attributions ("according to …"). */
  private static String tags(ExportSource src, StoredEvent e) {
    Set<String> tags = new LinkedHashSet<>();
    if (!"asserted".equals(e.modality())) {
      tags.add("modality: " + e.modality());
    }
    for (StoredEvent.Source s : e.sources()) {
      if (s.accordingTo() != null) {
        tags.add("according to: " + src.displayName(s.accordingTo()));
      } else if (s.accordingToText() != null) {
        tags.add("according to: " + s.accordingToText());
      }
    }
    tags.add("sources: " + e.sources().size());
    return String.join("; ", tags);
  }

  /** ACLED's timestamp is the Unix time of the record's last change: here the latest source's ingest. */
  private static String timestamp(StoredEvent e) {
    long latest = -1;
    for (StoredEvent.Source s : e.sources()) {
      latest = Math.max(latest, Instant.parse(s.ingestedAt()).getEpochSecond());
    }
    return latest < 0 ? "" : Long.toString(latest);
  }

  private static String coordinate(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** One RFC 4180 record: fields with a comma, quote, CR or LF are quoted, quotes doubled; CRLF ends it. */
  static void writeRow(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      String f = fields.get(i);
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        w.write('"');
        w.write(f.replace("\"", "\"\""));
        w.write('"');
      } else {
        w.write(f);
      }
    }
    w.write("\r\n");
  }
}
