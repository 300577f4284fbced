package org.rasd.store.db;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whether two reports describe the same happening: the rule by which the store ({@link EventStore})
 * and the Spark job merge event claims across documents. All must hold:
 *
 * <ul>
 *   <li>the same ACLED event type and the same modality (a denial is not merged into the claim it
 *       denies: the two stay side by side);
 *   <li>dates known to the day and at most {@link #DAYS} days apart (outlets date a clash by the
 *       day they heard of it, or the day before);
 *   <li>the same place entity, or places at most {@link #KM} km apart (a village and the town
 *       next to it);
 *   <li>at least one participant (actor or target entity) in common.
 * </ul>
 *
 * Anything less certain (no date, a month, no place, no resolved participant) is not merged: two
 * separate events are a smaller error than two clashes fused into one.
 *
 * <p>The rule compares two claims, each with its own date, place and participants; an event is a
 * connected component of it ({@link MergedEvent}), so the result does not depend on the order the
 * claims arrive in.
 */
public final class SameEvent {

  public static final int DAYS = 2;
  public static final double KM = 10.0;
  private static final double EARTH_RADIUS_KM = 6371.0;

  /** What the rule looks at in an event or a claim. */
  public record Key(
      String acledType,
      String modality,
      String timeValue,
      String timePrecision,
      String locationEntity,
      Double lat,
      Double lon,
      Set<String> participants) {}

  private SameEvent() {}

  /** The key of a claim whose place has the given coordinates (null when unknown). */
  public static Key key(EventClaim claim, Double lat, Double lon) {
    Set<String> participants = new LinkedHashSet<>(claim.actors());
    participants.addAll(claim.targets());
    return new Key(claim.acledType(), claim.modality(), claim.timeValue(), claim.timePrecision(),
        claim.locationEntity(), lat, lon, participants);
  }

  public static boolean test(Key a, Key b) {
    return a.acledType().equals(b.acledType())
        && a.modality().equals(b.modality())
        && closeInTime(a, b)
        && samePlace(a, b)
        && a.participants().stream().anyMatch(b.participants()::contains);
  }

  private static boolean closeInTime(Key a, Key b) {
    LocalDate da = day(a);
    LocalDate db = day(b);
    return da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) <= DAYS;
  }

  /** The date of a key known to the day, else null. */
  static LocalDate day(Key k) {
    return day(k.timeValue(), k.timePrecision());
  }

  /** A date known to the day, else null: only such dates take part in merging. */
  public static LocalDate day(String timeValue, String timePrecision) {
    if (!"DAY".equals(timePrecision) || timeValue == null) {
      return null;
    }
    try {
      return LocalDate.parse(timeValue.substring(0, Math.min(10, timeValue.length())));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean samePlace(Key a, Key b) {
    if (a.locationEntity() == null || b.locationEntity() == null) {
      return false;
    }
    if (a.locationEntity().equals(b.locationEntity())) {
      return true;
    }
    return a.lat() != null && b.lat() != null && kilometres(a.lat(), a.lon(), b.lat(), b.lon()) <= KM;
  }

  /** Great-circle distance (haversine). */
  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
  }
}
