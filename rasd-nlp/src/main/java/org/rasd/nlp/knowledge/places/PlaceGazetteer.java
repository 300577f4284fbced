package org.rasd.nlp.knowledge.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The place gazetteer, loaded once from the built resource (places.tsv.gz) and indexed by name key.
 * Thread-safe after construction.
 */
public final class PlaceGazetteer {

  static final String RESOURCE = "places.tsv.gz";

  /** A lookup hit: the place, and whether the name matched exactly or only without the article. */
  public record Candidate(Place place, boolean exact) {}

  private final List<Place> places;
  private final Map<String, Place> byId = new HashMap<>();
  private final Map<String, List<Place>> byKey = new HashMap<>();
  private final Map<String, List<Place>> byLooseKey = new HashMap<>();
  private final Map<String, Place> regionById = new HashMap<>();
  /** Each place's governorate, found once: the geocoder asks for it per candidate and per other place. */
  private final Map<Place, Optional<Place>> governorates = new IdentityHashMap<>();

  public PlaceGazetteer(List<Place> places) {
    this.places = List.copyOf(places);
    List<Place> regions = new ArrayList<>();
    for (Place p : this.places) {
      byId.put(p.id(), p);
      for (String name : p.names()) {
        addOnce(byKey, PlaceNames.key(name), p);
        addOnce(byLooseKey, PlaceNames.looseKey(name), p);
      }
      if (p.type() == FeatureType.REGION) {
        regions.add(p);
      }
    }
    regions.sort(Comparator.comparingDouble(Place::radiusKm));
    for (Place p : this.places) {
      governorates.put(p, findGovernorate(p));
      if (mayLieInRegion(p)) {
        regions.stream()
            .filter(r -> r.countryCode().equals(p.countryCode()) && p.distanceKm(r) <= r.radiusKm())
            .findFirst()
            .ifPresent(r -> regionById.put(p.id(), r));
      }
    }
  }

  private static final Set<FeatureType> REGION_MEMBERS =
      EnumSet.of(FeatureType.TOWN, FeatureType.VILLAGE, FeatureType.NEIGHBOURHOOD, FeatureType.FACILITY, FeatureType.ROAD);

  /**
   * Whether a place is small enough to lie within a named region: settlements, neighbourhoods and
   * facilities, and cities under 200,000 people (Douma, Yabroud). Large cities and admin units are
   * left out: a region's extent is a circle, and "Damascus in the Ghouta" would mislead.
   */
  private static boolean mayLieInRegion(Place p) {
    return REGION_MEMBERS.contains(p.type()) || p.type() == FeatureType.CITY && p.population() < 200_000;
  }

  private static void addOnce(Map<String, List<Place>> index, String key, Place p) {
    if (key.isEmpty()) {
      return;
    }
    List<Place> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (list.isEmpty() || list.get(list.size() - 1) != p) {
      list.add(p);
    }
  }

  private static volatile PlaceGazetteer shipped;

  /** The gazetteer shipped with the code, loaded on first use. */
  public static PlaceGazetteer shipped() {
    PlaceGazetteer g = shipped;
    if (g == null) {
      synchronized (PlaceGazetteer.class) {
        if (shipped == null) {
          try (InputStream in = PlaceGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException(
                  "gazetteer resource missing: " + RESOURCE + " (build it with `rasd kb build-places`)");
            }
            shipped = new PlaceGazetteer(GazetteerFile.read(in));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + RESOURCE, e);
          }
        }
        g = shipped;
      }
    }
    return g;
  }

  /** Reads a built gazetteer file (gzip TSV). */
  public static PlaceGazetteer read(InputStream gzipped) throws IOException {
    return new PlaceGazetteer(GazetteerFile.read(gzipped));
  }

  public List<Place> places() {
    return places;
  }

  public Optional<Place> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Places whose name matches, exact matches first, then by rank (Syria first, larger and more
   * populous places first). Matching folds Arabic spelling variants, Latin accents, spaces and the
   * definite article.
   */
  public List<Candidate> lookup(String name) {
    List<Place> exact = byKey.getOrDefault(PlaceNames.key(name), List.of());
    List<Candidate> result = new ArrayList<>();
    for (Place p : exact) {
      result.add(new Candidate(p, true));
    }
    for (Place p : byLooseKey.getOrDefault(PlaceNames.looseKey(name), List.of())) {
      if (!exact.contains(p)) {
        result.add(new Candidate(p, false));
      }
    }
    result.sort(
        Comparator.comparing((Candidate c) -> !c.exact())
            .thenComparing(c -> !"SY".equals(c.place().countryCode()))
            .thenComparing(c -> -prior(c.place())));
    return result;
  }

  /**
   * How likely a place is to be meant by a bare mention of its name, before any context: cities
   * over towns over villages, and settlements over the admin units named after them.
   */
  static double prior(Place p) {
    double byType =
        switch (p.type()) {
          case COUNTRY -> 1.2;
          case CITY -> 1.0;
          case GOVERNORATE -> 0.9;
          case TOWN, REGION -> 0.8;
          case FACILITY, NEIGHBOURHOOD -> 0.7;
          case VILLAGE -> 0.6;
          case DISTRICT -> 0.5;
          case SUBDISTRICT, ROAD -> 0.4;
        };
    return byType + 0.3 * Math.log10(1 + Math.min(p.population(), 5_000_000)) / 6.7;
  }

  /** The enclosing places, country first. */
  public List<Place> ancestors(Place p) {
    List<Place> result = new ArrayList<>();
    for (String id : p.ancestorIds()) {
      Place a = byId.get(id);
      if (a != null) {
        result.add(a);
      }
    }
    return result;
  }

  /**
   * The smallest named region (Eastern Ghouta, Qalamoun…) whose extent holds the place; empty for
   * large cities, admin units and places in no region.
   */
  public Optional<Place> regionOf(Place p) {
    return Optional.ofNullable(regionById.get(p.id()));
  }

  /** The Syrian governorate a place is in (itself for a governorate), if any. */
  public Optional<Place> governorateOf(Place p) {
    Optional<Place> known = governorates.get(p);
    return known != null ? known : findGovernorate(p);
  }

  private Optional<Place> findGovernorate(Place p) {
    if (p.type() == FeatureType.GOVERNORATE) {
      return Optional.of(p);
    }
    return ancestors(p).stream().filter(a -> a.type() == FeatureType.GOVERNORATE).findFirst();
  }
}
