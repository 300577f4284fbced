package org.rasd.store.db;

import java.util.Locale;

/**
 * Which events an export or a query wants; every null field lets all through.
 *
 * @param from first day (ISO date, inclusive); partial event dates count from their first day
 * @param to last day (ISO date, inclusive)
 * @param type ACLED event type or sub-event type, any case
 * @param entity entity id that must take part (actor or target) or be the place
 */
public record EventFilter(String from, String to, String type, String entity) {

  public static final EventFilter ALL = new EventFilter(null, null, null, null);

  public boolean accepts(StoredEvent e) {
    if (type != null && !type.equalsIgnoreCase(e.acledType()) && !type.equalsIgnoreCase(e.acledSubType())) {
      return false;
    }
    if (entity != null && !e.actors().contains(entity) && !e.targets().contains(entity)
        && !entity.equals(e.locationEntity())) {
      return false;
    }
    return acceptsDay(e.timeValue());
  }

  /** Whether an ISO date (possibly partial, or null) lies in [from, to]; always when neither is set. */
  public boolean acceptsDay(String isoPrefix) {
    if (from == null && to == null) {
      return true;
    }
    String day = firstDay(isoPrefix);
    return day != null && (from == null || day.compareTo(from) >= 0) && (to == null || day.compareTo(to) <= 0);
  }

  /** "2016" → "2016-01-01", "2016-05" → "2016-05-01", a date or date-time → its date. */
  static String firstDay(String isoPrefix) {
    if (isoPrefix == null || isoPrefix.length() < 4) {
      return null;
    }
    String v = isoPrefix.toUpperCase(Locale.ROOT);
    return switch (v.length()) {
      case 4 -> v + "-01-01";
      case 7 -> v + "-01";
      default -> v.substring(0, Math.min(10, v.length()));
    };
  }
}
