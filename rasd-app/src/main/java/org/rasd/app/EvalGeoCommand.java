package org.rasd.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rasd.nlp.knowledge.places.GeoEvaluation;
import org.rasd.nlp.knowledge.places.PlaceGazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd eval geo}: geocoding accuracy on a TSV of mentions with known coordinates. */
@Command(
    name = "geo",
    mixinStandardHelpOptions = true,
    description = "Geocoding accuracy: share of mentions placed within tolerance (5 km) and in the right governorate.")
final class EvalGeoCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, description = "evaluation TSV (see GeoEvaluation for the columns)")
  Path data;

  @Option(names = "--show-errors", description = "list every wrong or unresolved case")
  boolean showErrors;

  @Override
  public Integer call() throws Exception {
    long loadStart = System.nanoTime();
    PlaceGazetteer gazetteer = PlaceGazetteer.shipped();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    GeoEvaluation.Report report = new GeoEvaluation(gazetteer).evaluate(data);
    report.errors().forEach(e -> System.err.println("skipped: " + e));
    if (showErrors) {
      for (GeoEvaluation.Outcome o : report.outcomes()) {
        if (!o.correct()) {
          System.out.printf(
              Locale.ROOT,
              "wrong line %d %s -> %s (%.1f km, %s; expected %s)%n",
              o.input().line(),
              o.input().mention(),
              o.place().map(p -> p.id() + " " + p.nameAr()).orElse("unresolved"),
              o.distanceKm(),
              o.governorate(),
              o.input().governorate());
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "geo accuracy %.3f (%d/%d); independent-source rows %.3f (%d), supplement-source rows %.3f (%d)%n",
        report.accuracy(),
        report.correct(),
        report.outcomes().size(),
        report.accuracy(true),
        report.count(true),
        report.accuracy(false),
        report.count(false));
    System.out.printf(
        Locale.ROOT,
        "gazetteer: %d places loaded in %.2f s; geocoding %.0f mentions/s (one-mention documents)%n",
        gazetteer.places().size(),
        loadSeconds,
        report.mentionsPerSecond());
    return report.errors().isEmpty() ? 0 : 1;
  }
}
