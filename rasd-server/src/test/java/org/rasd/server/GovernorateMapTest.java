package org.rasd.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GovernorateMapTest {

  private static final Path GOVERNORATES =
      Path.of(System.getProperty("rasd.shared", "../shared"), "data/syria-admin-opensyria/governorates.json");

  @Test
  void theShippedLayerIsWhatTheBuilderMakesFromTheSharedData() throws Exception {
    String built = GovernorateMap.geoJson(GOVERNORATES);
    try (InputStream shipped = getClass().getResourceAsStream("/web/data/governorates.geojson")) {
      assertThat(new String(shipped.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(built);
    }
  }

  @Test
  void fourteenGovernoratesWithArabicNamesInsideSyria() throws Exception {
    JsonNode features = new ObjectMapper().readTree(GovernorateMap.geoJson(GOVERNORATES)).get("features");
    assertThat(features).hasSize(14);
    assertThat(features.findValuesAsText("name_ar")).contains("دمشق", "حلب", "دير الزور", "ريف دمشق");
    for (JsonNode f : features) {
      JsonNode c = f.get("geometry").get("coordinates");
      assertThat(c.get(0).asDouble()).as("longitude").isBetween(35.5, 42.5);
      assertThat(c.get(1).asDouble()).as("latitude").isBetween(32.3, 37.4);
    }
  }
}
