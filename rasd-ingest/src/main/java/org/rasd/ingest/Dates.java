package org.rasd.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Publication dates as found in metadata, normalised to ISO-8601 text with the precision given. */
public final class Dates {

  /** Date, optional time (after 'T' or a space), optional offset in any of the usual spellings. */
  private static final DateTimeFormatter ISO_LIKE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private Dates() {}

  /** ISO-8601 form of {@code raw} (ISO-like or RFC 1123), or null when it is missing or not a date. */
  public static String normalize(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = raw.strip();
    try {
      TemporalAccessor parsed =
          ISO_LIKE.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof OffsetDateTime offset) {
        return offset.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      }
      if (parsed instanceof LocalDateTime local) {
        return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      }
      return ((LocalDate) parsed).format(DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException notIso) {
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException notRfc) {
        return null;
      }
    }
  }

  /** ISO-8601 UTC form of an instant, or null. */
  public static String of(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
