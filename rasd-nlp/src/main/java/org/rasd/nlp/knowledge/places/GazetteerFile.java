package org.rasd.nlp.knowledge.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The built gazetteer on disk: gzip TSV, one place a line, columns id, type, country, lat, lon,
 * radius km, population, Arabic name, Latin name, names (|), ancestor ids (|), source.
 */
final class GazetteerFile {

  private GazetteerFile() {}

  static final String HEADER =
      "id\ttype\tcountry\tlat\tlon\tradius_km\tpopulation\tname_ar\tname_en\tnames\tancestors\tsource";

  static void write(List<Place> places, OutputStream out) throws IOException {
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (Place p : places) {
        w.write(
            String.join(
                "\t",
                p.id(),
                p.type().name(),
                p.countryCode(),
                String.format(Locale.ROOT, "%.5f", p.lat()),
                String.format(Locale.ROOT, "%.5f", p.lon()),
                String.format(Locale.ROOT, "%.1f", p.radiusKm()),
                Long.toString(p.population()),
                clean(p.nameAr()),
                clean(p.nameEn()),
                String.join("|", p.names().stream().map(GazetteerFile::clean).toList()),
                String.join("|", p.ancestorIds()),
                clean(p.source())));
        w.write('\n');
      }
    }
  }

  static List<Place> read(InputStream gzipped) throws IOException {
    List<Place> places = new ArrayList<>();
    try (BufferedReader in = GazetteerBuilder.utf8(new GZIPInputStream(gzipped, 1 << 16))) {
      String line = in.readLine();
      if (!HEADER.equals(line)) {
        throw new IOException("not a Rasd gazetteer file (header: " + line + ")");
      }
      int lineNo = 1;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String[] f = line.split("\t", -1);
        if (f.length != 12) {
          throw new IOException("gazetteer line " + lineNo + ": expected 12 columns, found " + f.length);
        }
        places.add(
            new Place(
                f[0],
                FeatureType.valueOf(f[1]),
                f[2],
                Double.parseDouble(f[3]),
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                Long.parseLong(f[6]),
                f[7],
                f[8],
                Arrays.asList(f[9].split("\\|")),
                f[10].isEmpty() ? List.of() : Arrays.asList(f[10].split("\\|")),
                f[11]));
      }
    }
    return places;
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('|', '/');
  }
}
