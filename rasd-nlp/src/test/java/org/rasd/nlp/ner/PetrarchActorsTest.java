package org.rasd.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The name lists taken from the Arabic PETRARCH actor dictionary in shared/data. */
class PetrarchActorsTest {

  private static Map<String, List<String>> lists;

  @BeforeAll
  static void read() {
    lists = PetrarchActors.read(SharedData.data());
  }

  @Test
  void typesLeadersAsPersonsAfterDroppingTheirTitles() {
    assertThat(lists.get("ACTOR_PERS")).contains("نوري المالكي", "عمر البشير", "غوردون براون");
    assertThat(lists.get("ACTOR_PERS")).noneMatch(name -> name.startsWith("رئيس ") || name.startsWith("وزير "));
  }

  @Test
  void typesCountriesAndCitiesAsPlacesButNotNationalityAdjectives() {
    assertThat(lists.get("ACTOR_LOC")).contains("لبنان", "موسكو", "قبرص");
    assertThat(lists.get("ACTOR_LOC")).doesNotContain("سوري", "ايراني");
  }

  @Test
  void typesPartiesAndMovementsAsOrganisations() {
    assertThat(lists.get("ACTOR_ORG")).contains("حركه حماس", "حماس", "حركه فتح");
    assertThat(lists.get("ACTOR_PERS")).doesNotContain("حركه حماس");
  }

  @Test
  void keepsOnlyArabicWordsInNormalisedSpelling() {
    for (List<String> names : lists.values()) {
      assertThat(names).isNotEmpty().allMatch(name -> name.matches("[\\u0621-\\u064A]+( [\\u0621-\\u064A]+)*"));
      assertThat(names).noneMatch(name -> name.contains("ة") || name.contains("أ"));
    }
  }
}
