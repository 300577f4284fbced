package org.rasd.nlp.knowledge.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Builds the place gazetteer from three sources: the Syrian admin units of OpenSyria (governorates,
 * districts, subdistricts with Arabic names and centroids), the GeoNames populated places of the
 * region, and the curated supplement (countries, villages, neighbourhoods, regions, facilities the
 * other two lack). Each Syrian place is given its subdistrict, district and governorate by the
 * nearest subdistrict centroid inside its governorate.
 */
public final class GazetteerBuilder {

  static final String SUPPLEMENT_RESOURCE = "supplement.tsv";
  static final String GEONAMES_FILE = "geonames-cities500-mena/cities500-mena.tsv";
  static final String OPENSYRIA_DIR = "syria-admin-opensyria";

  /** A supplement place closer than this to a GeoNames place of the same name replaces it. */
  private static final double DUPLICATE_KM = 5.0;

  private final Consumer<String> warnings;
  private final List<Place> admin = new ArrayList<>();

  public GazetteerBuilder(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  /** Reads every source and returns the places sorted by id. */
  public List<Place> build(Path dataDir, InputStream supplement) throws IOException {
    List<SupplementRow> rows = SupplementRow.read(supplement, warnings);
    Map<String, String> countryNames = new HashMap<>();
    List<Place> places = new ArrayList<>();
    for (SupplementRow row : rows) {
      if (row.type() == FeatureType.COUNTRY) {
        Place country = row.toPlace("place:" + row.countryCode().toLowerCase(), List.of());
        places.add(country);
        countryNames.put(row.countryCode(), country.id());
      }
    }
    readOpenSyria(dataDir.resolve(OPENSYRIA_DIR));
    places.addAll(admin);

    List<Place> supplementPlaces = new ArrayList<>();
    for (SupplementRow row : rows) {
      if (row.type() != FeatureType.COUNTRY) {
        String id = "place:" + row.countryCode().toLowerCase() + ":" + row.slug();
        List<String> ancestors = ancestorsOf(row.countryCode(), row.lat(), row.lon(), row.governorate(), countryNames);
        if (row.type() == FeatureType.REGION) {
          ancestors = regionAncestors(row.governorate(), ancestors);
        }
        supplementPlaces.add(row.toPlace(id, ancestors));
      }
    }
    List<Place> geonames = readGeoNames(dataDir.resolve(GEONAMES_FILE), countryNames);
    for (Place gn : geonames) {
      if (!duplicatedBySupplement(gn, supplementPlaces)) {
        places.add(gn);
      }
    }
    places.addAll(supplementPlaces);
    places.sort(Comparator.comparing(Place::id));
    return places;
  }

  // ---- OpenSyria admin units ----

  private void readOpenSyria(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (JsonNode g : json.readTree(dir.resolve("governorates.json").toFile())) {
      admin.add(adminPlace(g, FeatureType.GOVERNORATE, List.of("place:sy")));
    }
    for (JsonNode d : json.readTree(dir.resolve("districts.json").toFile())) {
      admin.add(
          adminPlace(d, FeatureType.DISTRICT, List.of("place:sy", "place:" + d.path("governorateId").asText())));
    }
    for (JsonNode s : json.readTree(dir.resolve("subdistricts.json").toFile())) {
      admin.add(
          adminPlace(
              s,
              FeatureType.SUBDISTRICT,
              List.of(
                  "place:sy",
                  "place:" + s.path("governorateId").asText(),
                  "place:" + s.path("districtId").asText())));
    }
  }

  private static Place adminPlace(JsonNode unit, FeatureType type, List<String> ancestors) {
    Set<String> names = new LinkedHashSet<>();
    String ar = unit.path("name").path("ar").asText();
    String en = unit.path("name").path("en").asText();
    names.add(ar);
    names.add(en);
    for (JsonNode alias : unit.path("aliases")) {
      String value = alias.path("value").asText();
      // lower-case Latin aliases are machine transliterations ("nahyt mrkz alhskt"): left out
      if (PlaceNames.isArabic(value)
          || PlaceNames.isArabicOrLatin(value) && value.chars().anyMatch(Character::isUpperCase)) {
        names.add(value);
      }
    }
    double areaKm2 = unit.path("area").path("value").asDouble(0);
    return new Place(
        "place:" + unit.path("id").asText(),
        type,
        "SY",
        unit.path("centroid").path("latitude").asDouble(),
        unit.path("centroid").path("longitude").asDouble(),
        Math.sqrt(areaKm2 / Math.PI),
        unit.path("population").path("value").asLong(0),
        ar,
        en,
        List.copyOf(names),
        ancestors,
        "OpenSyria " + unit.path("id").asText());
  }

  /** Country, governorate, district and subdistrict ids of a point in Syria (country only elsewhere). */
  private List<String> ancestorsOf(
      String countryCode, double lat, double lon, String governorateId, Map<String, String> countries) {
    String countryId = countries.get(countryCode);
    List<String> chain = new ArrayList<>();
    if (countryId != null) {
      chain.add(countryId);
    }
    if (!"SY".equals(countryCode)) {
      return chain;
    }
    Place sub = nearestSubdistrict(lat, lon, governorateId);
    chain.addAll(sub.ancestorIds().subList(1, sub.ancestorIds().size()));
    chain.add(sub.id());
    return chain;
  }

  /** A region spans subdistricts: it is placed in its governorate only. */
  private List<String> regionAncestors(String governorateId, List<String> pointAncestors) {
    List<String> chain = new ArrayList<>(pointAncestors.subList(0, Math.min(2, pointAncestors.size())));
    if (governorateId != null && chain.size() == 2) {
      chain.set(1, governorateId);
    }
    return chain;
  }

  private Place nearestSubdistrict(double lat, double lon, String governorateId) {
    Place best = null;
    for (Place p : admin) {
      if (p.type() == FeatureType.SUBDISTRICT
          && (governorateId == null || p.ancestorIds().get(1).equals(governorateId))
          && (best == null || p.distanceKm(lat, lon) < best.distanceKm(lat, lon))) {
        best = p;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no subdistrict in governorate " + governorateId);
    }
    return best;
  }

  // ---- GeoNames ----

  private List<Place> readGeoNames(Path file, Map<String, String> countries) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
          warnings.accept(file + ":" + lineNo + ": expected 19 GeoNames columns, found " + f.length);
          continue;
        }
        rows.add(f);
      }
    }
    Map<String, String> syrianAdmin1 = governorateOfAdmin1(rows);
    List<Place> places = new ArrayList<>();
    for (String[] f : rows) {
      String cc = f[8];
      double lat = Double.parseDouble(f[4]);
      double lon = Double.parseDouble(f[5]);
      long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
      Set<String> names = new LinkedHashSet<>();
      names.add(f[1]);
      names.add(f[2]);
      List<String> arabic = new ArrayList<>();
      for (String alt : f[3].split(",")) {
        // Latin variants are kept for Syria only: elsewhere they triple the load time for little use
        if (usableAlternate(alt) && ("SY".equals(cc) || PlaceNames.isArabic(alt))) {
          names.add(alt);
          if (PlaceNames.isArabic(alt)) {
            arabic.add(alt);
          }
        }
      }
      String nameAr = canonicalArabic(arabic, lat, lon);
      String governorate = "SY".equals(cc) ? syrianAdmin1.get(f[10]) : null;
      places.add(
          new Place(
              "place:gn:" + f[0],
              featureTypeOf(f[7], population),
              cc,
              lat,
              lon,
              0,
              population,
              nameAr,
              f[1],
              List.copyOf(names),
              ancestorsOf(cc, lat, lon, governorate, countries),
              "GeoNames " + f[0]));
    }
    return places;
  }

  /**
   * Maps each Syrian GeoNames admin1 code to an OpenSyria governorate by majority vote of its places'
   * nearest subdistricts, so no code table has to be maintained by hand.
   */
  private Map<String, String> governorateOfAdmin1(List<String[]> rows) {
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (String[] f : rows) {
      if ("SY".equals(f[8])) {
        Place sub = nearestSubdistrict(Double.parseDouble(f[4]), Double.parseDouble(f[5]), null);
        votes.computeIfAbsent(f[10], k -> new HashMap<>()).merge(sub.ancestorIds().get(1), 1, Integer::sum);
      }
    }
    Map<String, String> result = new HashMap<>();
    votes.forEach(
        (code, tally) ->
            result.put(code, tally.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
    return result;
  }

  /**
   * GeoNames lists Arabic alternates in no order of preference (Damascus has "د مشق" first), so
   * the canonical one is the spelling an OpenSyria unit within 10 km also uses, else the first.
   */
  private String canonicalArabic(List<String> arabic, double lat, double lon) {
    for (String name : arabic) {
      String folded = ArabicNormalizer.normalize(name);
      for (Place unit : admin) {
        if (unit.distanceKm(lat, lon) < 10 && ArabicNormalizer.normalize(unit.nameAr()).equals(folded)) {
          return name;
        }
      }
    }
    return arabic.isEmpty() ? "" : arabic.get(0);
  }

  private static boolean usableAlternate(String alt) {
    return alt.length() > 1
        && PlaceNames.isArabicOrLatin(alt)
        && !alt.startsWith("http")
        && !(alt.length() <= 4 && alt.equals(alt.toUpperCase()) && !PlaceNames.isArabic(alt));
  }

  static FeatureType featureTypeOf(String featureCode, long population) {
    if (featureCode.equals("PPLX")) {
      return FeatureType.NEIGHBOURHOOD;
    }
    // seats of governorates and districts count as cities: most lack a population figure here
    if (featureCode.equals("PPLC")
        || featureCode.equals("PPLA")
        || featureCode.equals("PPLA2")
        || population >= 50_000) {
      return FeatureType.CITY;
    }
    if (population >= 5_000 || featureCode.startsWith("PPLA")) {
      return FeatureType.TOWN;
    }
    return FeatureType.VILLAGE;
  }

  private static boolean duplicatedBySupplement(Place gn, List<Place> supplement) {
    Set<String> keys = new HashSet<>();
    gn.names().forEach(n -> keys.add(PlaceNames.key(n)));
    for (Place s : supplement) {
      if (s.distanceKm(gn) < DUPLICATE_KM && s.names().stream().anyMatch(n -> keys.contains(PlaceNames.key(n)))) {
        return true;
      }
    }
    return false;
  }

  /** Builds and writes the gazetteer file; returns the places written. */
  public List<Place> buildTo(Path dataDir, InputStream supplement, Path out) throws IOException {
    List<Place> places = build(dataDir, supplement);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (var stream = Files.newOutputStream(out)) {
      GazetteerFile.write(places, stream);
    }
    return places;
  }

  /** Opens the supplement shipped with the code. */
  public static InputStream defaultSupplement() {
    InputStream in = GazetteerBuilder.class.getResourceAsStream(SUPPLEMENT_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("supplement resource missing: " + SUPPLEMENT_RESOURCE);
    }
    return in;
  }

  static BufferedReader utf8(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
