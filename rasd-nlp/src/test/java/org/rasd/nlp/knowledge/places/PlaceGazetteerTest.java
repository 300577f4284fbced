package org.rasd.nlp.knowledge.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceGazetteerTest {

  private final PlaceGazetteer gazetteer = PlaceGazetteer.shipped();

  @Test
  void lookupFindsArabicAndLatinNamesWithAndWithoutTheArticle() {
    assertThat(gazetteer.lookup("الميادين")).extracting(c -> c.place().nameEn()).contains("Al Mayādīn");
    assertThat(gazetteer.lookup("ميادين")).extracting(c -> c.place().nameEn()).contains("Al Mayādīn");
    assertThat(gazetteer.lookup("Mayadin")).extracting(c -> c.place().nameEn()).contains("Al Mayādīn");
    assertThat(gazetteer.lookup("نوى")).isNotEmpty();
  }

  @Test
  void exactMatchesAndSyriaComeFirst() {
    List<PlaceGazetteer.Candidate> hits = gazetteer.lookup("الطيبة");
    assertThat(hits).hasSizeGreaterThan(1);
    assertThat(hits.get(0).exact()).isTrue();
    assertThat(hits.stream().map(c -> c.place().countryCode())).contains("JO");
  }

  @Test
  void syrianPlacesCarryTheirAdminChain() {
    Place douma = gazetteer.lookup("دوما").get(0).place();
    assertThat(gazetteer.ancestors(douma)).extracting(Place::type)
        .containsExactly(FeatureType.COUNTRY, FeatureType.GOVERNORATE, FeatureType.DISTRICT, FeatureType.SUBDISTRICT);
    assertThat(gazetteer.governorateOf(douma).map(Place::nameEn)).contains("Rif Dimashq");
  }

  @Test
  void everyRecordHasCoordinatesInRangeAndASource() {
    assertThat(gazetteer.places()).hasSizeGreaterThan(5000);
    for (Place p : gazetteer.places()) {
      assertThat(Math.abs(p.lat())).as(p.id()).isLessThanOrEqualTo(90);
      assertThat(Math.abs(p.lon())).as(p.id()).isLessThanOrEqualTo(180);
      assertThat(p.source()).as(p.id()).isNotBlank();
    }
  }
}
