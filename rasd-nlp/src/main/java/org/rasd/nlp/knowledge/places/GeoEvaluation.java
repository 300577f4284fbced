package org.rasd.nlp.knowledge.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;

/**
 * Scores the geocoder on a TSV of place mentions with known coordinates. Columns: mention as
 * written, context sentence containing it (or empty), expected lat, lon, expected governorate
 * (OpenSyria English name, empty outside Syria), tolerance km (empty: 5), independent (true when the
 * coordinates come from a source the gazetteer was not built from), source. A row is correct when
 * the mention resolves within the tolerance and to the expected governorate.
 */
public final class GeoEvaluation {

  static final double DEFAULT_TOLERANCE_KM = 5.0;

  /** One row of the evaluation file. */
  public record Case(
      int line,
      String mention,
      String context,
      double lat,
      double lon,
      String governorate,
      double toleranceKm,
      boolean independent,
      String source) {}

  /** What the geocoder made of one case. */
  public record Outcome(Case input, Optional<Place> place, double distanceKm, String governorate, boolean correct) {}

  /** Totals over a file. */
  public record Report(List<Outcome> outcomes, List<String> errors, double seconds) {

    public long correct() {
      return outcomes.stream().filter(Outcome::correct).count();
    }

    public double accuracy() {
      return outcomes.isEmpty() ? 0 : (double) correct() / outcomes.size();
    }

    public double accuracy(boolean independent) {
      List<Outcome> subset = outcomes.stream().filter(o -> o.input().independent() == independent).toList();
      return subset.isEmpty() ? 0 : subset.stream().filter(Outcome::correct).count() / (double) subset.size();
    }

    public long count(boolean independent) {
      return outcomes.stream().filter(o -> o.input().independent() == independent).count();
    }

    public double mentionsPerSecond() {
      return seconds == 0 ? 0 : outcomes.size() / seconds;
    }
  }

  private final PlaceGazetteer gazetteer;
  private final Geocoder geocoder;

  public GeoEvaluation(PlaceGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.geocoder = new Geocoder(gazetteer);
  }

  /** Reads the cases; malformed lines are reported in {@code errors} with their line number. */
  public static List<Case> read(Path file, List<String> errors) throws IOException {
    List<Case> cases = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("mention\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        try {
          if (f.length != 8) {
            throw new IllegalArgumentException("expected 8 columns, found " + f.length);
          }
          String context = f[1].isBlank() ? f[0] : f[1];
          if (!context.contains(f[0])) {
            throw new IllegalArgumentException("mention \"" + f[0] + "\" not found in its context");
          }
          cases.add(
              new Case(
                  lineNo,
                  f[0],
                  context,
                  Double.parseDouble(f[2]),
                  Double.parseDouble(f[3]),
                  f[4].strip(),
                  f[5].isBlank() ? DEFAULT_TOLERANCE_KM : Double.parseDouble(f[5]),
                  Boolean.parseBoolean(f[6].strip()),
                  f[7]));
        } catch (IllegalArgumentException e) {
          errors.add(file + ":" + lineNo + ": " + e.getMessage());
        }
      }
    }
    return cases;
  }

  public Report evaluate(Path file) throws IOException {
    List<String> errors = new ArrayList<>();
    List<Case> cases = read(file, errors);
    List<Outcome> outcomes = new ArrayList<>();
    long started = System.nanoTime();
    for (Case c : cases) {
      outcomes.add(evaluate(c));
    }
    return new Report(outcomes, errors, (System.nanoTime() - started) / 1e9);
  }

  Outcome evaluate(Case c) {
    int start = c.context().indexOf(c.mention());
    Mention m = new Mention(start, start + c.mention().length(), c.mention(), "LOCATION", 1.0, "eval", null);
    Article article = Article.ofText("geo-eval-" + c.line(), c.context(), "geo-eval line " + c.line());
    AnnotatedDocument doc = new AnnotatedDocument(article, List.of(), List.of(), List.of(m));
    Resolution r = geocoder.link(doc).mentions().get(0).resolution();
    Optional<Place> place = r == null ? Optional.empty() : gazetteer.byId(r.id());
    if (place.isEmpty()) {
      return new Outcome(c, place, Double.NaN, "", false);
    }
    double distance = Place.haversineKm(r.geo().lat(), r.geo().lon(), c.lat(), c.lon());
    String governorate = gazetteer.governorateOf(place.get()).map(Place::nameEn).orElse("");
    boolean correct =
        distance <= c.toleranceKm() && governorate.toLowerCase(Locale.ROOT).equals(c.governorate().toLowerCase(Locale.ROOT));
    return new Outcome(c, place, distance, governorate, correct);
  }
}
