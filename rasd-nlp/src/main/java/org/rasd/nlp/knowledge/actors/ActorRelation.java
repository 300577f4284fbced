package org.rasd.nlp.knowledge.actors;

import java.util.Set;

/**
 * A directed link from one actor to another, e.g. "part-of:syrian-arab-army" (a division of the
 * army) or "renamed-to:fatah-al-sham-front".
 */
public record ActorRelation(String kind, String target) {

  public static final String PART_OF = "part-of";

  /** The kinds a data file may use. */
  public static final Set<String> KINDS =
      Set.of(PART_OF, "renamed-from", "renamed-to", "merged-into", "merged-from", "split-from", "backed-by");

  /** Parses "kind:target"; throws IllegalArgumentException naming the bad part. */
  public static ActorRelation parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("relation must be kind:id, got '" + text + "'");
    }
    String kind = text.substring(0, colon).trim();
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown relation kind '" + kind + "' (known: " + KINDS + ")");
    }
    return new ActorRelation(kind, text.substring(colon + 1).trim());
  }

  @Override
  public String toString() {
    return kind + ":" + target;
  }
}
