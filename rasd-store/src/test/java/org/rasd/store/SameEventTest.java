package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rasd.store.db.SameEvent;
import org.rasd.store.db.SameEvent.Key;

/** The merge rule on its own: each condition can keep two reports apart. */
class SameEventTest {

  // Kafr Nabl and Hass are neighbours (~3 km); Saraqib is ~35 km away.
  private static final Key KAFRANBEL = new Key("Battles", "asserted", "2024-03-05", "DAY", "place:kafranbel",
      35.6137, 36.5614, Set.of("actor:regime", "actor:nour"));

  private static Key with(String time, String precision, String place, double lat, double lon, Set<String> who) {
    return new Key("Battles", "asserted", time, precision, place, lat, lon, who);
  }

  @Test
  void aNeighbouringVillageTwoDaysLaterWithOneSharedSideIsTheSameEvent() {
    assertThat(SameEvent.test(KAFRANBEL, with("2024-03-07", "DAY", "place:hass", 35.6020, 36.5930,
        Set.of("actor:nour")))).isTrue();
  }

  @Test
  void eachConditionAloneKeepsReportsApart() {
    Set<String> nour = Set.of("actor:nour");
    assertThat(SameEvent.test(KAFRANBEL, with("2024-03-08", "DAY", "place:kafranbel", 35.6137, 36.5614, nour)))
        .as("three days apart").isFalse();
    assertThat(SameEvent.test(KAFRANBEL, with("2024-03", "MONTH", "place:kafranbel", 35.6137, 36.5614, nour)))
        .as("month precision").isFalse();
    assertThat(SameEvent.test(KAFRANBEL, with("2024-03-05", "DAY", "place:saraqib", 35.8644, 36.8006, nour)))
        .as("35 km away").isFalse();
    assertThat(SameEvent.test(KAFRANBEL, with("2024-03-05", "DAY", "place:kafranbel", 35.6137, 36.5614,
        Set.of("actor:other")))).as("no shared participant").isFalse();
    Key denial = new Key("Battles", "denied", "2024-03-05", "DAY", "place:kafranbel", 35.6137, 36.5614, nour);
    assertThat(SameEvent.test(KAFRANBEL, denial)).as("denied").isFalse();
    Key shelling = new Key("Explosions/Remote violence", "asserted", "2024-03-05", "DAY", "place:kafranbel",
        35.6137, 36.5614, nour);
    assertThat(SameEvent.test(KAFRANBEL, shelling)).as("other type").isFalse();
  }
}
