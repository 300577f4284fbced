package org.rasd.store.db;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One happening as several claims report it: a connected component of {@link SameEvent} over claims
 * (a claim joins every event it matches a claim of, and so fuses them). The event takes its fields
 * from its first claim in {@link #ORDER}, its id from that claim ({@link #eventId}) and its
 * participants from all claims, in that order. Both the store ({@link EventStore}) and the Spark job
 * build their events here, so a batch gives the same events whatever order its claims arrive in.
 *
 * @param id the event id: {@link #eventId} of {@code first}
 * @param first the claim that stands for the event: the earliest date, then document id, then span
 * @param actors actor entity ids of all claims, first appearance first, without repeats
 * @param targets target entity ids, the same way
 * @param claims every claim, in {@link #ORDER}
 */
public record MergedEvent(String id, EventClaim first, List<String> actors, List<String> targets,
    List<EventClaim> claims) {

  /** The canonical order of claims: by {@link #orderKey}. */
  public static final Comparator<EventClaim> ORDER = Comparator.comparing(MergedEvent::orderKey);

  public MergedEvent {
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    claims = List.copyOf(claims);
  }

  /**
   * A string whose natural order is the canonical order of claims: date known to the day (earliest
   * first; claims without one sort before and are never merged anyway), document id, trigger span.
   * Unique per claim, since the store keeps one claim per (document, trigger span).
   */
  public static String orderKey(EventClaim c) {
    LocalDate day = SameEvent.day(c.timeValue(), c.timePrecision());
    return String.format("%s\u001f%s\u001f%010d\u001f%010d", day == null ? "" : day, c.docId(), c.triggerStart(),
        c.triggerEnd());
  }

  /** The id of the event a claim stands for: its document span and type, hashed. */
  public static String eventId(EventClaim first) {
    return Hashes.sha256Hex(first.docId() + "\u001f" + first.triggerStart() + "\u001f" + first.triggerEnd()
        + "\u001f" + first.acledType());
  }

  /** The event of claims that {@link SameEvent} links (one claim alone is an event too). */
  public static MergedEvent of(Collection<EventClaim> claims) {
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one claim");
    }
    List<EventClaim> ordered = new ArrayList<>(claims);
    ordered.sort(ORDER);
    Set<String> actors = new LinkedHashSet<>();
    Set<String> targets = new LinkedHashSet<>();
    for (EventClaim c : ordered) {
      actors.addAll(c.actors());
      targets.addAll(c.targets());
    }
    EventClaim first = ordered.get(0);
    return new MergedEvent(eventId(first), first, List.copyOf(actors), List.copyOf(targets), ordered);
  }
}
