package org.rasd.store.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/**
 * Publication dates as sortable day numbers (yyyymmdd) for range filters. Dates come as ISO-8601
 * text, sometimes partial ("2016-05", "2016"): a missing month or day counts as the first.
 */
final class PublishedDay {

  private PublishedDay() {}

  static OptionalLong of(String published) {
    if (published == null) {
      return OptionalLong.empty();
    }
    String p = published.strip();
    try {
      LocalDate day;
      if (p.length() >= 10) {
        day = LocalDate.parse(p.substring(0, 10));
      } else if (p.length() == 7) {
        day = LocalDate.parse(p + "-01");
      } else if (p.length() == 4) {
        day = LocalDate.parse(p + "-01-01");
      } else {
        return OptionalLong.empty();
      }
      return OptionalLong.of(number(day));
    } catch (DateTimeParseException e) {
      return OptionalLong.empty();
    }
  }

  static long number(LocalDate day) {
    return day.getYear() * 10000L + day.getMonthValue() * 100L + day.getDayOfMonth();
  }
}
