package org.rasd.nlp.knowledge.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Article;
import org.rasd.nlp.model.Geo;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Resolution;

/** Matching and disambiguation on sentences written for these tests. */
class GeocoderTest {

  private final PlaceGazetteer gazetteer = PlaceGazetteer.shipped();
  private final Geocoder geocoder = new Geocoder(gazetteer);

  /** Links the quoted spans of a text, each as a mention of the given type. */
  private List<Mention> link(String text, String type, String... spans) {
    List<Mention> mentions = new ArrayList<>();
    int from = 0;
    for (String span : spans) {
      int at = text.indexOf(span, from);
      mentions.add(new Mention(at, at + span.length(), span, type, 0.9, "test", null));
      from = at + span.length();
    }
    AnnotatedDocument doc = new AnnotatedDocument(Article.ofText("t", text, "test"), List.of(), List.of(), mentions);
    return geocoder.link(doc).mentions();
  }

  private Resolution one(String text, String type, String span) {
    return link(text, type, span).get(0).resolution();
  }

  @Test
  void stripsProcliticsAndHeadWords() {
    Resolution a = one("وصلت التعزيزات بمدينة حلب", "CITY", "بمدينة حلب");
    Resolution b = one("حلب", "CITY", "حلب");
    assertThat(a.id()).isEqualTo(b.id());
    assertThat(one("دخلت القوات لبلدة النبك", "TOWN", "لبلدة النبك").nameEn()).isEqualTo("An Nabk");
    assertThat(one("اشتباكات في حي جوبر", "NEIGHBOURHOOD", "حي جوبر").id()).isEqualTo("place:sy:jobar");
    assertThat(one("قصف وداريا", "TOWN", "وداريا").nameAr()).isEqualTo("داريا");
  }

  @Test
  void matchesSpellingVariantsAndLatinNames() {
    assertThat(one("معارك في ديرالزور", "CITY", "ديرالزور").id()).isEqualTo(one("دير الزور", "CITY", "دير الزور").id());
    assertThat(one("Jisr al-Shughur", "CITY", "Jisr al-Shughur").id()).isEqualTo("place:gn:169023");
    assertThat(one("Qamishli", "CITY", "Qamishli").geo().featureType()).isEqualTo("CITY");
  }

  @Test
  void aGovernorateHeadSelectsTheGovernorateNotTheCity() {
    Resolution province = one("في محافظة حماة", "REGION", "محافظة حماة");
    assertThat(province.id()).isEqualTo("place:sy-hama");
    assertThat(province.geo().precision()).isEqualTo(3);
    Resolution city = one("في حماة", "CITY", "حماة");
    assertThat(city.geo().featureType()).isEqualTo("CITY");
    assertThat(city.geo().precision()).isEqualTo(1);
  }

  @Test
  void townsCarryTheNamedRegionTheyLieInButLargeCitiesAndAdminUnitsDoNot() {
    Geo asafir = one("تستعد الميليشيات لاقتحام بلدة دير العصافير", "TOWN", "بلدة دير العصافير").geo();
    assertThat(asafir.hierarchy()).contains("Rif Dimashq");
    assertThat(asafir.region()).isEqualTo("Eastern Ghouta");
    assertThat(one("سيطرت القوات على مدينة يبرود في القلمون", "CITY", "يبرود").geo().region()).isEqualTo("Qalamoun");
    assertThat(one("قصف على مدينة دوما", "CITY", "مدينة دوما").geo().region()).isEqualTo("Eastern Ghouta");
    assertThat(one("قصف على دمشق", "CITY", "دمشق").geo().region()).isNull();
    assertThat(one("في محافظة حماة", "REGION", "محافظة حماة").geo().region()).isNull();
  }

  @Test
  void countrysideOfACityIsItsGovernorateAtRegionPrecision() {
    Resolution r = one("قصفت الطائرات ريف حلب الشمالي", "REGION", "ريف حلب");
    assertThat(r.id()).isEqualTo("place:sy-aleppo");
    assertThat(r.geo().precision()).isEqualTo(2);
  }

  @Test
  void dropsATrailingAdjectiveOnlyWhenTheWholeNameIsUnknown() {
    assertThat(one("قصف ريف حلب الشمالي", "REGION", "ريف حلب الشمالي").id()).isEqualTo("place:sy-aleppo");
    assertThat(one("اقتحام حي جوبر الدمشقي", "NEIGHBOURHOOD", "حي جوبر الدمشقي").id()).isEqualTo("place:sy:jobar");
    assertThat(one("حصار الغوطة الشرقية", "REGION", "الغوطة الشرقية").id()).isEqualTo("place:sy:eastern-ghouta");
    // "المفتي" is a noun, not an adjective: "حي المفتي" must not become the Iraqi town الحي
    assertThat(one("انفجار في حي المفتي", "NEIGHBOURHOOD", "حي المفتي")).isNull();
  }

  @Test
  void nearbyAdminNamesPickTheRightHomonym() {
    // الطيبة names towns in Jordan and Israel; the country named next to it settles which
    assertThat(one("سقطت قذيفة على الطيبة في الأردن", "TOWN", "الطيبة").geo().countryCode()).isEqualTo("JO");
    assertThat(one("سقطت قذيفة على الطيبة في إسرائيل", "TOWN", "الطيبة").geo().countryCode()).isEqualTo("IL");
    // السخنة is also an Egyptian town; Syria is the prior, Homs governorate its admin chain
    Resolution sukhnah = one("تقدم الجيش نحو السخنة في بادية حمص", "TOWN", "السخنة");
    assertThat(sukhnah.geo().countryCode()).isEqualTo("SY");
    assertThat(sukhnah.geo().hierarchy()).startsWith("Syria", "Homs");
  }

  @Test
  void otherPlacesOfTheArticlePullTowardsTheirGovernorate() {
    String text = "تقدمت القوات من خان شيخون نحو اللطامنة ثم كفرزيتا في ريف حماة";
    List<Mention> linked = link(text, "TOWN", "خان شيخون", "اللطامنة", "كفرزيتا");
    Place kafrZita = gazetteer.byId(linked.get(2).resolution().id()).orElseThrow();
    assertThat(gazetteer.governorateOf(kafrZita).map(Place::nameEn)).contains("Hama");
  }

  @Test
  void countriesResolveAsCountries() {
    List<Mention> linked = link("دعم من إيران وروسيا لسوريا", "COUNTRY", "إيران", "روسيا", "لسوريا");
    assertThat(linked).extracting(m -> m.resolution().id()).containsExactly("place:ir", "place:ru", "place:sy");
  }

  @Test
  void leavesNonPlaceMentionsAndUnknownNamesAlone() {
    List<Mention> linked = link("قال جيش الإسلام إن بلدة زززلاندة سقطت", "TOWN", "زززلاندة");
    assertThat(linked.get(0).resolution()).isNull();
    String text = "جيش الإسلام";
    AnnotatedDocument doc =
        new AnnotatedDocument(
            Article.ofText("t", text, "test"),
            List.of(),
            List.of(),
            List.of(new Mention(0, text.length(), text, "ARMED_GROUP", 0.9, "test", null)));
    assertThat(geocoder.link(doc).mentions().get(0).resolution()).isNull();
  }
}
