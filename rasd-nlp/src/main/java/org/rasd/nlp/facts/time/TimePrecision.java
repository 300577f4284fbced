package org.rasd.nlp.facts.time;

/** How finely a normalised time is known. */
public enum TimePrecision {
  DAY,
  /** A calendar week; the value is its Monday. */
  WEEK,
  /** A part (start, middle, end) of a month; the value is the month. */
  PART_OF_MONTH,
  MONTH,
  /** A part (start, middle, end) of a year; the value is the year. */
  PART_OF_YEAR,
  YEAR
}
