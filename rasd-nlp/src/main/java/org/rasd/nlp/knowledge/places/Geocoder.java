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
    // An article names its places again and again ("دمشق", "ريف دمشق"): look each name up once.
    Map<NameAndType, List<Scored>> byName = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (PLACE_TYPES.contains(m.type())) {
        List<Scored> list = byName.computeIfAbsent(new NameAndType(m.text(), m.type()), this::candidatesOf);
        if (!list.isEmpty()) {
          candidates.put(i, list);
        }
      }
    }
    if (candidates.isEmpty()) {
      return document;
    }
    Map<Integer, Place> firstPicks = new HashMap<>();
    candidates.forEach((i, list) -> firstPicks.put(i, best(list, c -> c.local()).place()));
    Context context = new Context(areas.spot(document.text()), firstPicks);

    List<Mention> linked = new ArrayList<>(mentions);
    candidates.forEach(
        (i, list) -> {
          Mention m = mentions.get(i);
          double[] scores = new double[list.size()];
          int top = 0;
          for (int c = 0; c < list.size(); c++) {
            scores[c] = list.get(c).local() + context.score(list.get(c).place(), m, i);
            top = scores[c] > scores[top] ? c : top;
          }
          double second = Double.NEGATIVE_INFINITY;
          for (int c = 0; c < list.size(); c++) {
            second = c == top ? second : Math.max(second, scores[c]);
          }
          double confidence = 1 / (1 + Math.exp(-(scores[top] - second) * 2));
          linked.set(i, m.withResolution(resolution(list.get(top), list.size() == 1 ? 0.95 : confidence)));
        });
    return document.withMentions(linked);
  }

  /** What a mention's candidates depend on. */
  private record NameAndType(String text, String type) {}

  /** Candidates by name, with their score before context. */
  private List<Scored> candidatesOf(NameAndType m) {
    Map<String, Scored> found = new LinkedHashMap<>(); // by place id: ids are unique, and cheaper to hash than a Place
    List<Reading> readings = PlaceMention.readings(m.text());
    boolean literalHit = false;
    for (Reading r : readings) {
      if (r.reduced() && literalHit) {
        break; // proclitics and trailing adjectives are only assumed when the text as written names no place
      }
      for (PlaceGazetteer.Candidate hit : gazetteer.lookup(r.name())) {
        literalHit |= !r.reduced();
        double score = local(hit, r, m.type());
        Scored old = found.get(hit.place().id());
        if (old == null || old.local() < score) {
          found.put(hit.place().id(), new Scored(hit.place(), score, r.head()));
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

  /**
   * Evidence from the rest of the article: the areas spotted in its text and the first-pass pick of
   * every place mention, with the picks' governorates counted once per document.
   */
  private final class Context {
    /** Kilometres per radian of latitude: no two places are closer than this times their latitude difference. */
    private static final double KM_PER_RADIAN = 6371.0;
    /** Beyond this distance another place adds nothing to a candidate's score. */
    private static final double NEAR_KM = 60;

    private final List<AreaSpotter.Spot> spots;
    private final Map<Integer, Place> firstPicks;
    private final Map<Integer, String> governorateOfPick = new HashMap<>();
    private final Map<String, Integer> picksPerGovernorate = new HashMap<>();

    Context(List<AreaSpotter.Spot> spots, Map<Integer, Place> firstPicks) {
      this.spots = spots;
      this.firstPicks = firstPicks;
      firstPicks.forEach(
          (i, pick) ->
              gazetteer.governorateOf(pick).ifPresent(g -> {
                governorateOfPick.put(i, g.id());
                picksPerGovernorate.merge(g.id(), 1, Integer::sum);
              }));
    }

    /** Context score of candidate {@code p} for mention number {@code index}. */
    double score(Place p, Mention m, int index) {
      double s = 0;
      for (AreaSpotter.Spot spot : spots) {
        boolean near = spot.start() < m.end() + WINDOW && spot.end() > m.start() - WINDOW;
        boolean inside = spot.start() >= m.start() && spot.end() <= m.end();
        if (near && !inside && !spot.place().equals(p) && liesIn(p, spot.place())) {
          s = Math.max(s, 1.2);
        }
      }
      int others = firstPicks.size() - 1; // every pick but the mention's own
      Optional<Place> own = gazetteer.governorateOf(p);
      if (others > 0 && own.isPresent()) {
        String g = own.get().id();
        int alike = picksPerGovernorate.getOrDefault(g, 0) - (g.equals(governorateOfPick.get(index)) ? 1 : 0);
        s += 0.8 * alike / others;
      }
      if (!p.type().isArea()) {
        double nearest = Double.MAX_VALUE;
        for (Map.Entry<Integer, Place> e : firstPicks.entrySet()) {
          Place other = e.getValue();
          if (e.getKey() != index && !other.type().isArea() && other != p
              && KM_PER_RADIAN * Math.abs(Math.toRadians(other.lat() - p.lat())) <= NEAR_KM + 1) {
            nearest = Math.min(nearest, p.distanceKm(other));
          }
        }
        s += nearest < 20 ? 0.6 : nearest < NEAR_KM ? 0.3 : 0;
      }
      return s;
    }
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
