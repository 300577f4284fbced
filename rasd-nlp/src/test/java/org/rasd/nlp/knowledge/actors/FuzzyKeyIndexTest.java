package org.rasd.nlp.knowledge.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FuzzyKeyIndexTest {

  private static final List<String> NAMES =
      List.of("جيش الإسلام", "أحرار الشام", "هيئة تحرير الشام", "قوات سوريا الديمقراطية", "فيلق الرحمن", "حزب الله");

  private final FuzzyKeyIndex index = new FuzzyKeyIndex(NAMES.stream().map(ActorNameKeys::key).toList());

  @Test
  void findsTheNearestNameWithinTheRatio() {
    // One letter wrong in 9: ratio 0.11.
    FuzzyKeyIndex.Near near = index.nearest(ActorNameKeys.key("جيش الاسلان"), 0.2).orElseThrow();
    assertThat(near.key()).isEqualTo(ActorNameKeys.key("جيش الإسلام"));
    assertThat(near.ratio()).isCloseTo(1.0 / 9, Offset.offset(1e-9));
    // A letter missing: the key is one shorter than the indexed one, and still found.
    assertThat(index.nearest(ActorNameKeys.key("فيلق الرحم"), 0.2)).map(FuzzyKeyIndex.Near::key)
        .contains(ActorNameKeys.key("فيلق الرحمن"));
  }

  @Test
  void leavesFarAndShortKeysAlone() {
    assertThat(index.nearest(ActorNameKeys.key("جيش المجاهدين"), 0.2)).isEmpty();
    assertThat(index.nearest("حزب", 0.5)).isEmpty(); // shorter than MIN_LENGTH
    // Longer than every indexed key by more than the edits allowed.
    assertThat(index.nearest(ActorNameKeys.key("قوات سوريا الديمقراطية وحلفاؤها في الشمال"), 0.2)).isEmpty();
  }

  @Test
  void prefersTheCloserOfTwoCandidates() {
    FuzzyKeyIndex two = new FuzzyKeyIndex(List.of(ActorNameKeys.key("احرار الشام"), ActorNameKeys.key("ثوار الشام")));
    assertThat(two.nearest(ActorNameKeys.key("احرار الشم"), 0.3)).map(FuzzyKeyIndex.Near::key)
        .contains(ActorNameKeys.key("احرار الشام"));
  }
}
