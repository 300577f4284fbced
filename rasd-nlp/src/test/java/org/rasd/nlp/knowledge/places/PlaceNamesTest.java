package org.rasd.nlp.knowledge.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {

  @Test
  void keysFoldArabicSpellingAndSpaces() {
    assertThat(PlaceNames.key("دير الزور")).isEqualTo(PlaceNames.key("ديرالزور"));
    assertThat(PlaceNames.key("حماة")).isEqualTo(PlaceNames.key("حماه"));
    assertThat(PlaceNames.key("إدلب")).isEqualTo(PlaceNames.key("ادلب"));
    assertThat(PlaceNames.key("كنسبّا")).isEqualTo(PlaceNames.key("كنسبا"));
  }

  @Test
  void keysFoldLatinAccentsCaseAndPunctuation() {
    assertThat(PlaceNames.key("Ḩarastā")).isEqualTo("harasta");
    assertThat(PlaceNames.key("‘Afrīn")).isEqualTo("afrin");
    assertThat(PlaceNames.key("Dayr az-Zawr")).isEqualTo("dayrazzawr");
  }

  @Test
  void looseKeysDropDefiniteArticles() {
    assertThat(PlaceNames.looseKey("الميادين")).isEqualTo(PlaceNames.looseKey("ميادين"));
    assertThat(PlaceNames.looseKey("Jisr ash Shughūr")).isEqualTo(PlaceNames.looseKey("Jisr al-Shughur"));
    assertThat(PlaceNames.looseKey("Al Qāmishlī")).isEqualTo("qamishli");
    assertThat(PlaceNames.looseKey("Aleppo")).isEqualTo("aleppo");
  }

  @Test
  void readingsStripProcliticsAndHeadWords() {
    assertThat(PlaceMention.readings("بمدينة حلب"))
        .extracting(PlaceMention.Reading::name)
        .contains("بمدينة حلب", "حلب");
    assertThat(PlaceMention.readings("للغوطة")).extracting(PlaceMention.Reading::name).contains("الغوطة");
    assertThat(PlaceMention.readings("ريف دمشق"))
        .anySatisfy(r -> {
          assertThat(r.name()).isEqualTo("دمشق");
          assertThat(r.head()).isEqualTo(PlaceMention.Head.COUNTRYSIDE);
        });
  }
}
