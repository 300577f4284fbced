package org.rasd.nlp.knowledge.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One row of the curated supplement (supplement.tsv): a place the open datasets lack, with the
 * public source its coordinates were checked against.
 *
 * <p>Columns: slug, type, country code, lat, lon, radius km, Arabic name, Latin name, other names
 * (separated by |), OpenSyria governorate id (Syrian rows; empty to use the nearest), source.
 */
record SupplementRow(
    String slug,
    FeatureType type,
    String countryCode,
    double lat,
    double lon,
    double radiusKm,
    String nameAr,
    String nameEn,
    List<String> otherNames,
    String governorate,
    String source) {

  private static final int COLUMNS = 11;

  Place toPlace(String id, List<String> ancestors) {
    Set<String> names = new LinkedHashSet<>();
    names.add(nameAr);
    names.add(nameEn);
    names.addAll(otherNames);
    names.remove("");
    return new Place(id, type, countryCode, lat, lon, radiusKm, 0, nameAr, nameEn, List.copyOf(names), ancestors, source);
  }

  /** Reads the supplement; bad rows are reported to {@code warnings} with their line and skipped. */
  static List<SupplementRow> read(InputStream in, Consumer<String> warnings) throws IOException {
    List<SupplementRow> rows = new ArrayList<>();
    try (BufferedReader reader = GazetteerBuilder.utf8(in)) {
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#") || lineNo == 1 && line.startsWith("slug\t")) {
          continue;
        }
        try {
          rows.add(parse(line));
        } catch (IllegalArgumentException e) {
          warnings.accept("supplement.tsv:" + lineNo + ": " + e.getMessage());
        }
      }
    }
    return rows;
  }

  static SupplementRow parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != COLUMNS) {
      throw new IllegalArgumentException("expected " + COLUMNS + " columns, found " + f.length);
    }
    double lat = Double.parseDouble(f[3]);
    double lon = Double.parseDouble(f[4]);
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
    }
    if (f[10].isBlank()) {
      throw new IllegalArgumentException("row without a source: " + f[0]);
    }
    List<String> others = new ArrayList<>();
    for (String n : f[8].split("\\|")) {
      if (!n.isBlank()) {
        others.add(n.strip());
      }
    }
    return new SupplementRow(
        f[0],
        FeatureType.valueOf(f[1].toUpperCase(Locale.ROOT)),
        f[2].toUpperCase(Locale.ROOT),
        lat,
        lon,
        f[5].isBlank() ? 0 : Double.parseDouble(f[5]),
        f[6].strip(),
        f[7].strip(),
        others,
        f[9].isBlank() ? null : "place:" + f[9].strip(),
        f[10].strip());
  }
}
