package org.rasd.nlp.knowledge.actors;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Matches one mention's text to a knowledge-base actor: exact on keys (with clitics, head words
 * and trailing adjectives stripped, in that order of preference), then by edit distance. The
 * mention's type only rules out persons for groups and the other way round, and breaks ties.
 */
public final class ActorMatcher {

  /**
   * Largest edit distance, relative to key length, accepted as a spelling variant. Tuned on the
   * dev split of rasd-nlp/src/test/resources/org/rasd/nlp/knowledge/actors/link-eval.tsv
   * (docs/decisions/0004-actor-kb.md).
   */
  public static final double DEFAULT_FUZZY_THRESHOLD = 0.2;

  private static final Set<String> ORGANISATION_TYPES = Set.of("IGO", "NGO", "ORGANIZATION", "ORG");

  /** How a mention was matched: the actor, a confidence in [0, 1], and the method's name. */
  public record Match(ActorRecord record, double score, String method) {}

  private final ActorKnowledgeBase kb;
  private final double fuzzyThreshold;

  public ActorMatcher(ActorKnowledgeBase kb, double fuzzyThreshold) {
    this.kb = kb;
    this.fuzzyThreshold = fuzzyThreshold;
  }

  public ActorMatcher(ActorKnowledgeBase kb) {
    this(kb, DEFAULT_FUZZY_THRESHOLD);
  }

  public Optional<Match> match(String text, String mentionType) {
    return match(ActorNameKeys.searchKeys(text), mentionType);
  }

  /** The match for a mention already turned into its {@link ActorNameKeys#searchKeys}. */
  Optional<Match> match(List<String> keys, String mentionType) {
    for (int i = 0; i < keys.size(); i++) {
      Optional<ActorKnowledgeBase.NameEntry> best = best(kb.entries(keys.get(i)), mentionType);
      if (best.isPresent()) {
        double score = best.get().quality() * (i == 0 ? 1.0 : 0.95);
        return Optional.of(new Match(best.get().record(), score, i == 0 ? "exact" : "stripped"));
      }
    }
    Match fuzzyBest = null;
    for (String key : keys) {
      Optional<FuzzyKeyIndex.Near> near = kb.fuzzyIndex().nearest(key, fuzzyThreshold);
      if (near.isEmpty()) {
        continue;
      }
      Optional<ActorKnowledgeBase.NameEntry> best = best(kb.entries(near.get().key()), mentionType);
      if (best.isPresent()) {
        double score = best.get().quality() * (1 - near.get().ratio()) * 0.9;
        if (fuzzyBest == null || score > fuzzyBest.score()) {
          fuzzyBest = new Match(best.get().record(), score, "fuzzy");
        }
      }
    }
    return Optional.ofNullable(fuzzyBest);
  }

  private static Optional<ActorKnowledgeBase.NameEntry> best(
      List<ActorKnowledgeBase.NameEntry> entries, String mentionType) {
    return entries.stream()
        .filter(e -> compatible(mentionType, e.record().type()))
        .max(
            Comparator.comparingInt((ActorKnowledgeBase.NameEntry e) -> sameType(mentionType, e.record().type()) ? 1 : 0)
                .thenComparingDouble(ActorKnowledgeBase.NameEntry::quality));
  }

  /** Persons match persons; groups, forces, governments, media and organisations match each other. */
  static boolean compatible(String mentionType, String recordType) {
    if (mentionType == null || mentionType.equals("MISC")) {
      return true;
    }
    return mentionType.equals("PERSON") == recordType.equals("PERSON");
  }

  private static boolean sameType(String mentionType, String recordType) {
    if (mentionType == null) {
      return false;
    }
    return mentionType.equals(recordType)
        || (ORGANISATION_TYPES.contains(mentionType) && ORGANISATION_TYPES.contains(recordType));
  }
}
