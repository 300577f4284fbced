package org.rasd.nlp.knowledge.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Builds the gazetteer from the shared datasets with a small supplement written here. */
class GazetteerBuilderTest {

  private static final Path DATA = Path.of(System.getProperty("rasd.shared", "../shared")).resolve("data");

  private static ByteArrayInputStream tsv(String... lines) {
    return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void assignsSyrianPlacesToTheirAdminUnitsAndKeepsSupplementRows() throws IOException {
    List<String> warnings = new ArrayList<>();
    List<Place> places =
        new GazetteerBuilder(warnings::add)
            .build(
                DATA,
                tsv(
                    "sy\tCOUNTRY\tSY\t33.5102\t36.29128\t\tسوريا\tSyria\t\t\ttest",
                    "jobar\tNEIGHBOURHOOD\tSY\t33.531\t36.337111\t\tجوبر\tJobar\t\tsy-damascus\ttest",
                    "broken\tTOWN\tSY\tnot-a-number\t36.3\t\tخطأ\tBroken\t\t\ttest"));
    PlaceGazetteer g = new PlaceGazetteer(places);
    assertThat(warnings).singleElement().asString().contains("supplement.tsv:3");
    Place jobar = g.byId("place:sy:jobar").orElseThrow();
    assertThat(g.governorateOf(jobar).map(Place::nameEn)).contains("Damascus");
    Place harasta = g.lookup("حرستا").stream().map(PlaceGazetteer.Candidate::place)
        .filter(p -> p.id().startsWith("place:gn:")).findFirst().orElseThrow();
    assertThat(g.governorateOf(harasta).map(Place::nameEn)).contains("Rif Dimashq");
    assertThat(g.byId("place:sy-aleppo")).isPresent();
    assertThat(places).extracting(Place::id).isSorted();
  }

  @Test
  void writesAndReadsBackTheSameRecords() throws IOException {
    List<Place> places =
        List.of(
            new Place("place:sy:x", FeatureType.TOWN, "SY", 33.1, 36.2, 0, 120, "اكس", "X", List.of("اكس", "X"),
                List.of("place:sy"), "test"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GazetteerFile.write(places, out);
    assertThat(GazetteerFile.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(places);
  }

  @Test
  void rejectsRowsWithoutASource() {
    assertThatThrownBy(() -> SupplementRow.parse("x\tTOWN\tSY\t33\t36\t\tس\tX\t\t\t "))
        .hasMessageContaining("source");
  }
}
