package org.rasd.store.db;

import java.util.List;

/**
 * One document's statement of an event, with its participants and place already resolved to
 * entity ids: the row the store writes. {@link EventStore} merges it into an event already reported
 * by other documents when they describe the same happening (see {@link SameEvent}, {@link MergedEvent}).
 *
 * @param acledType ACLED event type (Battles, Explosions/Remote violence, …)
 * @param acledSubType ACLED sub-event type, or null
 * @param plover PLOVER type, or null
 * @param modality asserted, claimed, denied, planned, threatened, hypothetical or negated
 * @param timeValue ISO-8601 date prefix ("2024-03-05", "2024-03", "2024"), or null
 * @param timePrecision DAY, WEEK, MONTH, YEAR…, or null with a null time
 * @param locationEntity entity id of the place, or null
 * @param actors entity ids of who acted
 * @param targets entity ids of who or what was acted on
 * @param accordingTo entity id of whom the document attributes the report to, or null
 * @param accordingToText the attribution as written, or null
 * @param docId content id of the stating document
 * @param sentenceStart offset of the stating sentence
 * @param sentenceEnd offset just past it
 * @param triggerStart offset of the trigger word
 * @param triggerEnd offset just past it
 */
public record EventClaim(
    String acledType,
    String acledSubType,
    String plover,
    String modality,
    String timeValue,
    String timePrecision,
    String locationEntity,
    List<String> actors,
    List<String> targets,
    String accordingTo,
    String accordingToText,
    String docId,
    int sentenceStart,
    int sentenceEnd,
    int triggerStart,
    int triggerEnd) {

  public EventClaim {
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
  }

  /**
   * Why the store refuses this claim for its shape alone (no type or modality, a trigger outside
   * its sentence, a date that is not ISO-8601), or null; whether its entities and document exist is
   * checked against the database.
   */
  public String shapeProblem() {
    if (ClaimReferences.blank(acledType) || ClaimReferences.blank(modality)) {
      return "ACLED type and modality are required";
    }
    if (triggerStart < 0 || triggerStart >= triggerEnd || sentenceStart > triggerStart || sentenceEnd < triggerEnd) {
      return "trigger [" + triggerStart + ", " + triggerEnd + ") is empty or outside its sentence [" + sentenceStart
          + ", " + sentenceEnd + ")";
    }
    if (timeValue != null && EventFilter.firstDay(timeValue) == null) {
      return "time '" + timeValue + "' is not an ISO-8601 date";
    }
    return null;
  }
}
