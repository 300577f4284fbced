package org.rasd.nlp.facts.time;

import java.util.Objects;

/**
 * A normalised time.
 *
 * @param value ISO-8601 calendar-date prefix: "2013", "2013-06" or "2016-05-12"
 * @param precision how finely the time is known
 * @param qualifier the part of the period meant, or null for the whole period
 * @param relative true when the value was computed from the publication date (أمس، الشهر الماضي،
 *     or a day and month whose year the text leaves out)
 */
public record TimeValue(String value, TimePrecision precision, TimeQualifier qualifier, boolean relative) {

  public TimeValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
  }
}
