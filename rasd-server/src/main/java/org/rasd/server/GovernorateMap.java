package org.rasd.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds the map's offline base layer, {@code web/data/governorates.geojson}: one point per Syrian
 * governorate (centroid, Arabic and English name, ISO 3166-2 code) from OpenSyria's
 * {@code governorates.json} (CC BY 4.0). The dataset has centroids but no outlines, so the map
 * draws labelled points.
 */
public final class GovernorateMap {

  /** Where the built layer lives in the source tree (served as {@code /data/governorates.geojson}). */
  public static final Path RESOURCE = Path.of("rasd-server/src/main/resources/web/data/governorates.geojson");

  private static final ObjectMapper JSON = new ObjectMapper();

  private GovernorateMap() {}

  /** The GeoJSON feature collection for an OpenSyria {@code governorates.json}. */
  public static String geoJson(Path governoratesJson) throws IOException {
    JsonNode governorates = JSON.readTree(governoratesJson.toFile());
    if (!governorates.isArray() || governorates.isEmpty()) {
      throw new IOException(governoratesJson + ": expected a non-empty JSON array of governorates");
    }
    ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
    collection.putObject("properties")
        .put("source", "OpenSyria data-geography governorates.json (CC BY 4.0)");
    ArrayNode features = collection.putArray("features");
    for (JsonNode g : governorates) {
      JsonNode centroid = g.path("centroid");
      if (!centroid.path("latitude").isNumber() || !centroid.path("longitude").isNumber()) {
        throw new IOException(governoratesJson + ": governorate " + g.path("id").asText("?") + " has no centroid");
      }
      ObjectNode f = features.addObject().put("type", "Feature");
      f.putObject("properties")
          .put("id", g.path("id").asText())
          .put("name_ar", g.path("name").path("ar").asText())
          .put("name_en", g.path("name").path("en").asText())
          .put("iso", g.path("iso31662").asText());
      f.putObject("geometry").put("type", "Point").putArray("coordinates")
          .add(centroid.get("longitude").asDouble())
          .add(centroid.get("latitude").asDouble());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(collection) + "\n";
  }
}
