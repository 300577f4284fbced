package org.rasd.nlp.eval;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.rasd.nlp.facts.TriggerMatch;
import org.rasd.nlp.model.Span;

/**
 * Scores found triggers against the triggers of a gold file. Gold triggers are strings copied from
 * the text, so every occurrence of the string counts as a place where the gold trigger may be;
 * matching is one-to-one, optional events neither count nor penalise.
 */
public final class TriggerScorer {

  private TriggerScorer() {}

  public static TriggerScore score(GoldDocument gold, String text, List<TriggerMatch> found) {
    Map<GoldEvent, List<Span>> occurrences = new IdentityHashMap<>();
    for (GoldEvent e : gold.events()) {
      occurrences.put(e, occurrences(text, e.trigger()));
    }
    Counts spans =
        GoldScorer.match(
            found, gold.events(), GoldEvent::optional, (t, g) -> overlapsAny(t, occurrences.get(g)), false);
    Counts typed =
        GoldScorer.match(
            found,
            gold.events(),
            GoldEvent::optional,
            (t, g) ->
                t.entry().type().acledType().equals(g.acledType()) && overlapsAny(t, occurrences.get(g)),
            false);
    return new TriggerScore(spans, typed);
  }

  private static boolean overlapsAny(TriggerMatch t, List<Span> occurrences) {
    return occurrences.stream().anyMatch(t::overlaps);
  }

  private static List<Span> occurrences(String text, String trigger) {
    record Occurrence(int start, int end) implements Span {}
    List<Span> out = new ArrayList<>();
    for (int i = text.indexOf(trigger); i >= 0; i = text.indexOf(trigger, i + 1)) {
      out.add(new Occurrence(i, i + trigger.length()));
    }
    return out;
  }
}
