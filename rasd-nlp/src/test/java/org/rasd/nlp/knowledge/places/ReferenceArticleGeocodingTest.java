package org.rasd.nlp.knowledge.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;

/**
 * Every Syrian place of the reference article (orient-ghouta-militias) resolves near its true
 * location and in the right governorate. Mentions are built from the gold entity strings at every
 * place they occur, as a recogniser would emit them; the expected coordinates come from the cited
 * Wikipedia pages (see src/test/resources/.../geo-eval.tsv for the same sources).
 */
class ReferenceArticleGeocodingTest {

  private record Expected(String type, double lat, double lon, double toleranceKm, String governorate) {}

  private static final Map<String, Expected> EXPECTED =
      Map.ofEntries(
          // Wikipedia "Ghouta" 33°30′N 36°25′15″E; Eastern Ghouta is its eastern half
          Map.entry("الغوطة الشرقية", new Expected("REGION", 33.50000, 36.42083, 12, "Rif Dimashq")),
          Map.entry("دير العصافير", new Expected("TOWN", 33.46528, 36.41972, 5, "Rif Dimashq")),
          // 6 km east of Douma (Enab Baladi 94042); Douma 33.57111, 36.40111 (Wikipedia)
          Map.entry("حوش الفارة", new Expected("TOWN", 33.57111, 36.46580, 5, "Rif Dimashq")),
          Map.entry("المليحة", new Expected("TOWN", 33.48468, 36.37414, 5, "Rif Dimashq")),
          Map.entry("حميميم", new Expected("FACILITY", 35.41167, 35.94500, 5, "Latakia")),
          Map.entry("داريا", new Expected("TOWN", 33.45000, 36.25000, 5, "Rif Dimashq")),
          Map.entry("القدم", new Expected("NEIGHBOURHOOD", 33.46667, 36.28333, 5, "Damascus")),
          Map.entry("السيدة زينب", new Expected("TOWN", 33.44722, 36.33611, 5, "Rif Dimashq")),
          Map.entry("دمشق", new Expected("CITY", 33.51306, 36.29194, 5, "Damascus")),
          Map.entry("جوبر", new Expected("NEIGHBOURHOOD", 33.53100, 36.33711, 5, "Damascus")),
          Map.entry("النبك", new Expected("TOWN", 34.01700, 36.71700, 5, "Rif Dimashq")),
          // Wikipedia "Qalamun Mountains"; the range is ~110 km long
          Map.entry("القلمون", new Expected("REGION", 34.00158, 36.82261, 60, "Rif Dimashq")),
          Map.entry("درعا", new Expected("CITY", 32.61700, 36.10000, 5, "Daraa")));

  private static PlaceGazetteer gazetteer;
  private static AnnotatedDocument linked;

  @BeforeAll
  static void linkReferenceArticle() throws IOException {
    Path shared = Path.of(System.getProperty("rasd.shared", "../shared"));
    String text =
        Files.readString(shared.resolve("examples/orient-ghouta-militias.ar.txt"), StandardCharsets.UTF_8);
    List<Mention> mentions = new ArrayList<>();
    List<String> names = new ArrayList<>(EXPECTED.keySet());
    names.add("ريف دمشق");
    names.add("سوريا");
    for (String name : names) {
      String type =
          name.equals("سوريا") ? "COUNTRY" : name.equals("ريف دمشق") ? "REGION" : EXPECTED.get(name).type();
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
        mentions.add(new Mention(at, at + name.length(), name, type, 0.9, "test", null));
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    gazetteer = PlaceGazetteer.shipped();
    Article article = Article.ofText("orient-ghouta-militias", text, "shared/examples");
    linked = Geocoder.shipped().link(new AnnotatedDocument(article, List.of(), List.of(), mentions));
  }

  @Test
  void everySyrianPlaceResolvesNearItsTrueLocationAndInTheRightGovernorate() {
    List<Mention> places = linked.mentions().stream().filter(m -> EXPECTED.containsKey(m.text())).toList();
    assertThat(places.stream().map(Mention::text).distinct()).hasSize(EXPECTED.size());
    for (Mention m : places) {
      Expected e = EXPECTED.get(m.text());
      Resolution r = m.resolution();
      assertThat(r).as(m.text() + " at " + m.start()).isNotNull();
      assertThat(Place.haversineKm(r.geo().lat(), r.geo().lon(), e.lat(), e.lon()))
          .as(m.text() + " distance (km) from its true location")
          .isLessThanOrEqualTo(e.toleranceKm());
      Place place = gazetteer.byId(r.id()).orElseThrow();
      assertThat(gazetteer.governorateOf(place).map(Place::nameEn))
          .as(m.text() + " governorate")
          .contains(e.governorate());
      assertThat(r.geo().countryCode()).isEqualTo("SY");
    }
  }

  @Test
  void regionsAndTheProvinceGetCoarserPrecisionThanPlaces() {
    for (Mention m : linked.mentions()) {
      switch (m.text()) {
        case "الغوطة الشرقية", "القلمون" -> assertThat(m.resolution().geo().precision()).isEqualTo(2);
        case "ريف دمشق" -> {
          assertThat(m.resolution().id()).isEqualTo("place:sy-rif-dimashq");
          assertThat(m.resolution().geo().precision()).isEqualTo(3);
        }
        case "دير العصافير", "جوبر", "حميميم" -> assertThat(m.resolution().geo().precision()).isEqualTo(1);
        case "سوريا" -> assertThat(m.resolution().id()).isEqualTo("place:sy");
        default -> {}
      }
    }
  }

  @Test
  void hierarchyRunsFromTheCountryDown() {
    Mention jobar = linked.mentions().stream().filter(m -> m.text().equals("جوبر")).findFirst().orElseThrow();
    assertThat(jobar.resolution().geo().hierarchy()).startsWith("Syria", "Damascus");
    Mention asafir =
        linked.mentions().stream().filter(m -> m.text().equals("دير العصافير")).findFirst().orElseThrow();
    assertThat(asafir.resolution().geo().hierarchy()).startsWith("Syria", "Rif Dimashq");
  }
}
