package org.rasd.nlp.knowledge.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.rasd.nlp.knowledge.EntityLinker;
import org.rasd.nlp.knowledge.places.PlaceMention.Head;
import org.rasd.nlp.knowledge.places.PlaceMention.Reading;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Geo;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;

/**
 * Resolves place mentions to gazetteer records with coordinates. Candidates come from the name
 * (see {@link PlaceMention}); homonyms are ranked by a prior (Syria first, bigger places first) plus
 * evidence from the article: admin units or regions named close to the mention ("النبك بالقلمون في
 * ريف دمشق"), the article's dominant governorate, and closeness to the other places it names.
 */
public final class Geocoder implements EntityLinker {

  /** Mention types this linker resolves. */
  public static final Set<String> PLACE_TYPES =
      Set.of("COUNTRY", "REGION", "CITY", "TOWN", "NEIGHBOURHOOD", "FACILITY", "ROAD", "LOCATION", "LOC", "GPE");

  private static final Set<String> NEIGHBOURS = Set.of("LB", "IQ", "JO", "TR", "IL", "PS");
  /** Characters either side of a mention searched for admin units and regions that qualify it. */
  private static final int WINDOW = 70;
  /** Score taken from an admin unit when a settlement of the same name lies in it. */
  private static final double SEAT_PENALTY = 0.6;

  private final PlaceGazetteer gazetteer;
  private final AreaSpotter areas;

  public Geocoder(PlaceGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.areas = new AreaSpotter(gazetteer);
  }

  /** A geocoder over the gazetteer shipped with the code. */
  public static Geocoder shipped() {
    return new Geocoder(PlaceGazetteer.shipped());
  }

  private record Scored(Place place, double local, Head head) {}

  @Override
  public AnnotatedDocument link(AnnotatedDocument document) {
    List<Mention> mentions = document.mentions();
    Map<Integer, List<Scored>> candidates = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (PLACE_TYPES.contains(m.type())) {
        List<Scored> list = candidatesOf(m);
        if (!list.isEmpty()) {
          candidates.put(i, list);
        }
      }
    }
    if (candidates.isEmpty()) {
      return document;
    }
    List<AreaSpotter.Spot> spots = areas.spot(document.text());
    Map<Integer, Place> firstPicks = new HashMap<>();
    candidates.forEach((i, list) -> firstPicks.put(i, best(list, c -> c.local()).place()));

    List<Mention> linked = new ArrayList<>(mentions);
    candidates.forEach(
        (i, list) -> {
          Mention m = mentions.get(i);
          Map<Scored, Double> scores = new HashMap<>();
          for (Scored c : list) {
            scores.put(c, c.local() + context(c.place(), m, i, spots, firstPicks));
          }
          Scored top = best(list, scores::get);
          double second =
              list.stream().filter(c -> c != top).mapToDouble(scores::get).max().orElse(Double.NEGATIVE_INFINITY);
          double confidence = 1 / (1 + Math.exp(-(scores.get(top) - second) * 2));
          linked.set(i, m.withResolution(resolution(top, list.size() == 1 ? 0.95 : confidence)));
        });
    return document.withMentions(linked);
  }

  /** Candidates by name, with their score before context. */
  private List<Scored> candidatesOf(Mention m) {
    Map<Place, Scored> found = new LinkedHashMap<>();
    List<Reading> readings = PlaceMention.readings(m.text());
    boolean literalHit = false;
    for (Reading r : readings) {
      if (r.reduced() && literalHit) {
        break; // proclitics and trailing adjectives are only assumed when the text as written names no place
      }
      for (PlaceGazetteer.Candidate hit : gazetteer.lookup(r.name())) {
        literalHit |= !r.reduced();
        double score = local(hit, r, m.type());
        Scored old = found.get(hit.place());
        if (old == null || old.local() < score) {
          found.put(hit.place(), new Scored(hit.place(), score, r.head()));
        }
      }
    }
    return preferSettlements(new ArrayList<>(found.values()));
  }

  /**
   * An admin unit named after its seat ("النبك" the district, "حماة" the governorate) yields to the
   * settlement when both match, unless a head word asked for the unit ("محافظة حماة").
   */
  private List<Scored> preferSettlements(List<Scored> candidates) {
    List<Scored> result = new ArrayList<>(candidates.size());
    for (Scored c : candidates) {
      boolean seatFound =
          c.place().type().isAdministrative()
              && c.place().type() != FeatureType.COUNTRY
              && !c.head().types.contains(c.place().type())
              && candidates.stream()
                  .anyMatch(o -> !o.place().type().isArea() && liesIn(o.place(), c.place()));
      result.add(seatFound ? new Scored(c.place(), c.local() - SEAT_PENALTY, c.head()) : c);
    }
    return result;
  }

  private static double local(PlaceGazetteer.Candidate hit, Reading reading, String mentionType) {
    Place p = hit.place();
    double s = PlaceGazetteer.prior(p);
    s += "SY".equals(p.countryCode()) ? 1.0 : NEIGHBOURS.contains(p.countryCode()) ? 0.3 : 0;
    s += hit.exact() ? 0.3 : 0;
    s += reading.reduced() ? 0 : 0.2;
    if (reading.head() == Head.NONE) {
      s += 0.3; // the whole mention is the name
    } else if (reading.head() != Head.COUNTRYSIDE) {
      s += reading.head().types.contains(p.type()) ? 1.0 : -0.5;
    } else if (p.type() == FeatureType.COUNTRY) {
      s -= 1.0;
    }
    s += typeAgreement(mentionType, p.type());
    return s;
  }

  private static double typeAgreement(String mentionType, FeatureType t) {
    return switch (mentionType) {
      case "COUNTRY" -> t == FeatureType.COUNTRY ? 1.5 : -0.5;
      case "NEIGHBOURHOOD" -> t == FeatureType.NEIGHBOURHOOD ? 0.5 : 0;
      case "FACILITY" -> t == FeatureType.FACILITY ? 0.5 : 0;
      case "ROAD" -> t == FeatureType.ROAD ? 0.5 : 0;
      case "REGION" -> t.isArea() ? 0.3 : 0;
      case "CITY", "TOWN" -> t == FeatureType.CITY || t == FeatureType.TOWN || t == FeatureType.VILLAGE ? 0.2 : 0;
      default -> t == FeatureType.COUNTRY ? -0.3 : 0;
    };
  }

  /** Evidence from the rest of the article for one candidate of mention number {@code index}. */
  private double context(
      Place p, Mention m, int index, List<AreaSpotter.Spot> spots, Map<Integer, Place> firstPicks) {
    double s = 0;
    for (AreaSpotter.Spot spot : spots) {
      boolean near = spot.start() < m.end() + WINDOW && spot.end() > m.start() - WINDOW;
      boolean inside = spot.start() >= m.start() && spot.end() <= m.end();
      if (near && !inside && !spot.place().equals(p) && liesIn(p, spot.place())) {
        s = Math.max(s, 1.2);
      }
    }
    Map<String, Integer> governorates = new HashMap<>();
    int others = 0;
    double nearest = Double.MAX_VALUE;
    for (Map.Entry<Integer, Place> e : firstPicks.entrySet()) {
      if (e.getKey() == index) {
        continue;
      }
      Place other = e.getValue();
      others++;
      gazetteer.governorateOf(other).ifPresent(g -> governorates.merge(g.id(), 1, Integer::sum));
      if (!other.type().isArea() && other != p) {
        nearest = Math.min(nearest, p.distanceKm(other));
      }
    }
    Optional<Place> own = gazetteer.governorateOf(p);
    if (others > 0 && own.isPresent()) {
      s += 0.8 * governorates.getOrDefault(own.get().id(), 0) / others;
    }
    if (!p.type().isArea()) {
      s += nearest < 20 ? 0.6 : nearest < 60 ? 0.3 : 0;
    }
    return s;
  }

  /** True when a place is inside an area: one of its admin ancestors, or within the area's extent. */
  boolean liesIn(Place p, Place area) {
    return p.ancestorIds().contains(area.id())
        || area.type() != FeatureType.COUNTRY && p.distanceKm(area) <= Math.max(area.radiusKm(), 5);
  }

  private Resolution resolution(Scored c, double confidence) {
    Place p = c.place();
    int precision = p.type().precision();
    if (c.head() == Head.COUNTRYSIDE && !p.type().isArea()) {
      p = gazetteer.governorateOf(p).orElse(p); // "ريف حلب": Aleppo's governorate, as a region
      precision = 2;
    } else if (c.head() == Head.COUNTRYSIDE) {
      precision = Math.min(precision, 2);
    }
    List<String> hierarchy = gazetteer.ancestors(p).stream().map(Place::displayName).toList();
    String region = gazetteer.regionOf(p).map(Place::displayName).orElse(null);
    Geo geo = new Geo(p.lat(), p.lon(), p.type().name(), hierarchy, p.countryCode(), precision, region);
    return new Resolution(p.id(), p.nameAr(), p.nameEn(), confidence, false, geo);
  }

  private static Scored best(List<Scored> list, ToDoubleFunction<Scored> score) {
    Scored best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Scored c : list) {
      double s = score.applyAsDouble(c);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }
}
