package org.rasd.nlp.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Arabic names of Syrian cities and towns, typed for the NER gazetteer, from the public data sets in
 * {@code shared/data}: GeoNames cities500 (seats of governorates and districts are cities, smaller
 * places towns) and OpenSyria admin units (district seats are cities, subdistrict seats towns).
 */
public final class SyrianPlaces {

  private SyrianPlaces() {}

  /** Lists CITY and TOWN, each sorted; a name that is both stays a CITY. */
  public static Map<String, List<String>> read(Path dataDir) {
    TreeSet<String> cities = new TreeSet<>();
    TreeSet<String> towns = new TreeSet<>();
    readGeoNames(dataDir.resolve("geonames-cities500-mena/cities500-mena.tsv"), cities, towns);
    Path admin = dataDir.resolve("syria-admin-opensyria");
    for (JsonNode unit : json(admin.resolve("governorates.json"))) {
      String name = unit.path("name").path("ar").asText();
      if (!name.startsWith("ريف")) {
        cities.add(name);
      }
    }
    for (JsonNode unit : json(admin.resolve("districts.json"))) {
      cities.add(unit.path("name").path("ar").asText());
    }
    for (JsonNode unit : json(admin.resolve("subdistricts.json"))) {
      towns.add(unit.path("name").path("ar").asText().replaceFirst("^مركز ", ""));
    }
    towns.removeAll(cities);
    cities.removeIf(String::isBlank);
    towns.removeIf(String::isBlank);
    Map<String, List<String>> out = new TreeMap<>();
    out.put("CITY", new ArrayList<>(cities));
    out.put("TOWN", new ArrayList<>(towns));
    return out;
  }

  private static void readGeoNames(Path file, TreeSet<String> cities, TreeSet<String> towns) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GeoNames file " + file, e);
    }
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < 9 || !f[8].equals("SY")) {
        continue;
      }
      boolean city = f[7].equals("PPLC") || f[7].equals("PPLA") || f[7].equals("PPLA2");
      for (String alias : f[3].split(",")) {
        if (isArabic(alias) && !alias.startsWith("مدينة") && !alias.startsWith("ناحية")) {
          (city ? cities : towns).add(alias.strip());
        }
      }
    }
  }

  private static boolean isArabic(String s) {
    String n = ArabicNormalizer.normalize(s);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!(c >= '\u0621' && c <= '\u064A') && c != ' ') {
        return false;
      }
    }
    return !n.isBlank();
  }

  private static JsonNode json(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenSyria file " + file, e);
    }
  }
}
