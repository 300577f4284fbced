package org.rasd.nlp.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.rasd.nlp.facts.ExtractionResult;
import org.rasd.nlp.facts.MentionRef;
import org.rasd.nlp.facts.PredictedEvent;
import org.rasd.nlp.facts.PredictedRelation;
import org.rasd.nlp.model.Mention;

/**
 * Scores an extraction result against a gold annotation.
 *
 * <ul>
 *   <li>Entities: distinct predicted (text, class) pairs against gold entities; a prediction
 *       matches when its {@link MatchKey} equals that of the entity's text or one of its aliases
 *       and the {@link EntityClass} agrees. A second name for an already found entity is neither
 *       rewarded nor penalised.
 *   <li>Events: same ACLED event type, at least one actor in common (or none on both sides), and a
 *       location in common (any of the gold locations; or none on both sides). Each gold event
 *       matches one prediction at most; a second prediction of it is a false positive.
 *   <li>Relations: same type, and same ends (either order for the symmetric types MERGED_WITH,
 *       ALLIED_WITH, FIGHTS).
 * </ul>
 *
 * Slot texts are compared by {@link MatchKey}, and a gold entity's aliases stand for it. Optional
 * gold items never count for recall, and predictions matching them are neither rewarded nor
 * penalised.
 */
public final class GoldScorer {

  private static final Set<String> SYMMETRIC = Set.of("MERGED_WITH", "ALLIED_WITH", "FIGHTS");
  private static final int FALSE_POSITIVE = -1;
  private static final int IGNORED = -2;

  private GoldScorer() {}

  public static DocumentScore score(GoldDocument gold, ExtractionResult predicted) {
    Aliases aliases = new Aliases(gold.entities());
    return new DocumentScore(
        gold.id(),
        scoreEntities(gold, predicted.mentions()),
        scoreEvents(gold, predicted.events(), aliases),
        scoreRelations(gold, predicted.relations(), aliases));
  }

  static Counts scoreEntities(GoldDocument gold, List<Mention> mentions) {
    record Predicted(String key, EntityClass type) {}
    Set<Predicted> distinct = new LinkedHashSet<>();
    for (Mention m : mentions) {
      distinct.add(new Predicted(MatchKey.of(m.text()), EntityClass.of(m.type())));
    }
    return match(
        new ArrayList<>(distinct),
        gold.entities(),
        GoldEntity::optional,
        (p, g) ->
            p.type() == EntityClass.of(g.type())
                && g.surfaceForms().stream().anyMatch(s -> MatchKey.of(s).equals(p.key())),
        true);
  }

  static Counts scoreEvents(GoldDocument gold, List<PredictedEvent> events, Aliases aliases) {
    return match(events, gold.events(), GoldEvent::optional, eventMatch(aliases), false);
  }

  private static BiPredicate<PredictedEvent, GoldEvent> eventMatch(Aliases aliases) {
    return (p, g) ->
        p.type().acledType().equals(g.acledType())
            && slotMatches(p.actors(), g.actors(), aliases)
            && slotMatches(p.locations(), g.locations(), aliases);
  }

  static Counts scoreRelations(GoldDocument gold, List<PredictedRelation> relations, Aliases aliases) {
    return match(
        relations,
        gold.relations(),
        GoldRelation::optional,
        (p, g) -> relationMatches(p, g, aliases),
        true);
  }

  static boolean relationMatches(PredictedRelation p, GoldRelation g, Aliases aliases) {
    return p.type().equals(g.type())
        && ((aliases.same(p.from().text(), g.from()) && aliases.same(p.to().text(), g.to()))
            || (SYMMETRIC.contains(g.type())
                && aliases.same(p.from().text(), g.to())
                && aliases.same(p.to().text(), g.from())));
  }

  /** Both empty, or at least one predicted text names one of the gold texts. */
  private static boolean slotMatches(List<MentionRef> predicted, List<String> gold, Aliases aliases) {
    if (predicted.isEmpty() || gold.isEmpty()) {
      return predicted.isEmpty() && gold.isEmpty();
    }
    return predicted.stream().anyMatch(p -> gold.stream().anyMatch(g -> aliases.same(p.text(), g)));
  }

  /**
   * One-to-one greedy matching in prediction order. A prediction is a true positive when it takes
   * a still unmatched required gold item; it is ignored when it matches an optional item, or (with
   * {@code repeatsIgnored}) an already matched one; otherwise it is a false positive.
   */
  static <P, G> Counts match(
      List<P> predictions,
      List<G> gold,
      Predicate<G> optional,
      BiPredicate<P, G> matches,
      boolean repeatsIgnored) {
    int[] taken = align(predictions, gold, optional, matches, repeatsIgnored);
    int tp = 0;
    int fp = 0;
    boolean[] found = new boolean[gold.size()];
    for (int t : taken) {
      if (t >= 0) {
        tp++;
        found[t] = true;
      } else if (t == FALSE_POSITIVE) {
        fp++;
      }
    }
    int fn = 0;
    for (int i = 0; i < gold.size(); i++) {
      if (!found[i] && !optional.test(gold.get(i))) {
        fn++;
      }
    }
    return new Counts(tp, fp, fn);
  }

  /** For each prediction, the index of the gold item it took, or FALSE_POSITIVE, or IGNORED. */
  private static <P, G> int[] align(
      List<P> predictions,
      List<G> gold,
      Predicate<G> optional,
      BiPredicate<P, G> matches,
      boolean repeatsIgnored) {
    boolean[] taken = new boolean[gold.size()];
    int[] outcome = new int[predictions.size()];
    for (int k = 0; k < predictions.size(); k++) {
      P p = predictions.get(k);
      int hit = -1;
      boolean ignorable = false;
      for (int i = 0; i < gold.size(); i++) {
        G g = gold.get(i);
        if (!matches.test(p, g)) {
          continue;
        }
        if (optional.test(g) || (taken[i] && repeatsIgnored)) {
          ignorable = true;
        } else if (!taken[i] && hit < 0) {
          hit = i;
        }
      }
      if (hit >= 0) {
        taken[hit] = true;
      }
      outcome[k] = hit >= 0 ? hit : ignorable ? IGNORED : FALSE_POSITIVE;
    }
    return outcome;
  }

  /**
   * The event matching of one document spelled out for error analysis: which prediction found
   * which gold event, the false positives, and the required gold events nobody found.
   */
  public static EventAlignment alignEvents(GoldDocument gold, List<PredictedEvent> events) {
    Aliases aliases = new Aliases(gold.entities());
    int[] outcome = align(events, gold.events(), GoldEvent::optional, eventMatch(aliases), false);
    List<EventAlignment.Found> found = new ArrayList<>();
    List<PredictedEvent> falsePositives = new ArrayList<>();
    Set<GoldEvent> taken = new HashSet<>();
    for (int k = 0; k < outcome.length; k++) {
      if (outcome[k] >= 0) {
        found.add(new EventAlignment.Found(events.get(k), gold.events().get(outcome[k])));
        taken.add(gold.events().get(outcome[k]));
      } else if (outcome[k] == FALSE_POSITIVE) {
        falsePositives.add(events.get(k));
      }
    }
    List<GoldEvent> missed = new ArrayList<>();
    for (GoldEvent g : gold.events()) {
      if (!taken.contains(g) && !g.optional()) {
        missed.add(g);
      }
    }
    return new EventAlignment(found, falsePositives, missed);
  }

  /** See {@link #alignEvents}. */
  public record EventAlignment(List<Found> found, List<PredictedEvent> falsePositives, List<GoldEvent> missed) {

    /** A prediction and the gold event it matched. */
    public record Found(PredictedEvent predicted, GoldEvent gold) {}
  }

  /** The gold entities' names: two texts are the same entity when their keys share an entity. */
  static final class Aliases {
    private final Map<String, Set<String>> groups = new HashMap<>();

    Aliases(List<GoldEntity> entities) {
      for (GoldEntity e : entities) {
        Set<String> keys = new HashSet<>();
        e.surfaceForms().forEach(s -> keys.add(MatchKey.of(s)));
        for (String k : keys) {
          groups.computeIfAbsent(k, x -> new HashSet<>()).addAll(keys);
        }
      }
    }

    boolean same(String predicted, String gold) {
      String p = MatchKey.of(predicted);
      String g = MatchKey.of(gold);
      return p.equals(g) || groups.getOrDefault(g, Set.of()).contains(p);
    }
  }
}
