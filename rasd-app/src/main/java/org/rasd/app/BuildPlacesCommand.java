package org.rasd.app;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.rasd.nlp.knowledge.places.GazetteerBuilder;
import org.rasd.nlp.knowledge.places.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd kb build-places}: builds the place gazetteer resource from the shared datasets. */
@Command(
    name = "build-places",
    mixinStandardHelpOptions = true,
    description = "Builds the place gazetteer (GeoNames + OpenSyria admin units + curated supplement).")
final class BuildPlacesCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, description = "shared data folder (holds geonames-cities500-mena/ and syria-admin-opensyria/)")
  Path data;

  @Option(
      names = "--out",
      defaultValue = "rasd-nlp/src/main/resources/org/rasd/nlp/knowledge/places/places.tsv.gz",
      description = "where to write the gzip TSV (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--supplement", description = "curated supplement TSV (default: the one shipped with the code)")
  Path supplement;

  @Override
  public Integer call() throws Exception {
    GazetteerBuilder builder = new GazetteerBuilder(w -> System.err.println("warning: " + w));
    List<Place> places;
    try (InputStream sup = supplement == null ? GazetteerBuilder.defaultSupplement() : Files.newInputStream(supplement)) {
      places = builder.buildTo(data, sup, out);
    }
    Map<String, Integer> byCountry = new TreeMap<>();
    Map<String, Integer> byType = new TreeMap<>();
    for (Place p : places) {
      byCountry.merge(p.countryCode(), 1, Integer::sum);
      byType.merge(p.type().name(), 1, Integer::sum);
    }
    System.out.printf("%d places written to %s (%d bytes)%n", places.size(), out, Files.size(out));
    System.out.println("by country: " + byCountry);
    System.out.println("by type: " + byType);
    return 0;
  }
}
