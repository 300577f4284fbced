package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasd.store.db.EventClaim;
import org.rasd.store.db.MergedEvent;

/** An event built from its claims is the same whatever order they come in. */
class MergedEventTest {

  private static EventClaim claim(String doc, String day, int trigger, List<String> actors, List<String> targets) {
    return new EventClaim("Battles", "Armed clash", null, "asserted", day, "DAY", "place:kafranbel", actors, targets,
        null, null, doc, 0, 100, trigger, trigger + 5);
  }

  private static final EventClaim LATER = claim("doc-a", "2024-03-07", 10, List.of("actor:nour"), List.of());
  private static final EventClaim EARLIEST = claim("doc-b", "2024-03-05", 40, List.of("actor:regime"),
      List.of("actor:nour"));
  private static final EventClaim SAME_DAY_OTHER_DOC = claim("doc-c", "2024-03-05", 3, List.of("actor:nour"),
      List.of("actor:regime", "actor:civilians"));

  @Test
  void theEarliestClaimNamesTheEventAndParticipantsFollowTheCanonicalOrder() {
    MergedEvent event = MergedEvent.of(List.of(LATER, SAME_DAY_OTHER_DOC, EARLIEST));

    assertThat(event.first()).isEqualTo(EARLIEST);
    assertThat(event.id()).isEqualTo(MergedEvent.eventId(EARLIEST));
    assertThat(event.claims()).containsExactly(EARLIEST, SAME_DAY_OTHER_DOC, LATER);
    assertThat(event.actors()).containsExactly("actor:regime", "actor:nour");
    assertThat(event.targets()).containsExactly("actor:nour", "actor:regime", "actor:civilians");
  }

  @Test
  void anyOrderOfTheClaimsGivesTheSameEvent() {
    List<EventClaim> claims = new ArrayList<>(List.of(LATER, SAME_DAY_OTHER_DOC, EARLIEST));
    MergedEvent expected = MergedEvent.of(claims);
    Random random = new Random(7);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(claims, random);
      assertThat(MergedEvent.of(claims)).isEqualTo(expected);
    }
  }
}
