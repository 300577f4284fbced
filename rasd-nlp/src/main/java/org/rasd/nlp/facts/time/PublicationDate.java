package org.rasd.nlp.facts.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date an article was published, known to the year, the month or the day, against which
 * relative expressions are resolved. Results never claim more precision than the anchor has: with
 * "2017-12" as anchor, أمس resolves to the month 2017-12.
 */
public record PublicationDate(int year, int month, int day) {

  private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** Parses an ISO-8601 date or date-time prefix ("2016", "2016-05", "2016-05-12T…"); null if absent or unreadable. */
  public static PublicationDate parse(String iso) {
    if (iso == null) {
      return null;
    }
    Matcher m = ISO.matcher(iso.trim());
    if (!m.find()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (month > 12 || day > 31) {
      return null;
    }
    return new PublicationDate(year, month, day);
  }

  boolean knowsDay() {
    return day > 0;
  }

  boolean knowsMonth() {
    return month > 0;
  }

  private LocalDate date() {
    return LocalDate.of(year, month, day);
  }

  /** The publication date shifted by whole days, as precise as the anchor allows. */
  TimeValue plusDays(int days) {
    if (!knowsDay()) {
      return itself();
    }
    return dayValue(date().plusDays(days));
  }

  /** The week (its Monday) containing the publication date shifted by whole weeks. */
  TimeValue plusWeeks(int weeks) {
    if (!knowsDay()) {
      return itself();
    }
    LocalDate monday = date().plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new TimeValue(monday.toString(), TimePrecision.WEEK, null, true);
  }

  TimeValue plusMonths(int months) {
    if (!knowsMonth()) {
      return plusYears(0);
    }
    LocalDate first = LocalDate.of(year, month, 1).plusMonths(months);
    return monthValue(first.getYear(), first.getMonthValue(), true);
  }

  TimeValue plusYears(int years) {
    return new TimeValue(String.format("%04d", year + years), TimePrecision.YEAR, null, true);
  }

  /**
   * The given weekday nearest the publication date: for direction 0 on or before it (يوم الجمعة),
   * for -1 strictly before it (الجمعة الماضي), for +1 strictly after it (الجمعة المقبل).
   */
  TimeValue weekday(DayOfWeek dow, int direction) {
    if (!knowsDay()) {
      return itself();
    }
    LocalDate d =
        direction > 0
            ? date().with(TemporalAdjusters.next(dow))
            : direction < 0
                ? date().with(TemporalAdjusters.previous(dow))
                : date().with(TemporalAdjusters.previousOrSame(dow));
    return dayValue(d);
  }

  /**
   * The year of a month the text names without a year: for direction -1 (الماضي) the latest such
   * month before the publication month, for +1 (المقبل) the next one after it, for 0 the latest
   * one not after it.
   */
  int yearOfMonth(int m, int direction) {
    if (!knowsMonth()) {
      return year;
    }
    if (direction < 0) {
      return m < month ? year : year - 1;
    }
    if (direction > 0) {
      return m > month ? year : year + 1;
    }
    return m > month ? year - 1 : year;
  }

  /** The anchor itself as a relative value at its own precision. */
  public TimeValue itself() {
    if (knowsDay()) {
      return dayValue(date());
    }
    if (knowsMonth()) {
      return monthValue(year, month, true);
    }
    return plusYears(0);
  }

  private static TimeValue dayValue(LocalDate d) {
    return new TimeValue(d.toString(), TimePrecision.DAY, null, true);
  }

  static TimeValue monthValue(int y, int m, boolean relative) {
    return new TimeValue(String.format("%04d-%02d", y, m), TimePrecision.MONTH, null, relative);
  }
}
