package org.rasd.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates query and path parameters; anything out of shape is a {@link BadRequest}. */
final class Params {

  /** Longest free text accepted in a parameter (a search, an entity id). */
  static final int MAX_TEXT = 500;

  private static final Pattern DOC_ID = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** Mention types of the ontology (docs/format.md). */
  static final Set<String> MENTION_TYPES = Set.of(
      "PERSON", "ARMED_GROUP", "STATE_FORCES", "GOVERNMENT", "MEDIA", "ORGANIZATION", "COUNTRY",
      "REGION", "CITY", "TOWN", "NEIGHBOURHOOD", "FACILITY", "ROAD", "LOCATION", "MISC");

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** A repeated text parameter (name=a&name=b): at least one and at most max values, each checked as {@link #text}. */
  List<String> texts(String name, int max) {
    List<String> values = ctx.queryParams(name).stream().filter(v -> !v.isBlank()).map(String::strip).distinct().toList();
    if (values.isEmpty()) {
      throw BadRequest.invalid("parameter '" + name + "' is required");
    }
    if (values.size() > max) {
      throw BadRequest.invalid("parameter '" + name + "' is given " + values.size() + " times; at most " + max + " are allowed");
    }
    for (String v : values) {
      if (v.length() > MAX_TEXT) {
        throw BadRequest.invalid("parameter '" + name + "' is longer than " + MAX_TEXT + " characters");
      }
    }
    return values;
  }

  /** An optional text parameter: null when absent or blank, at most {@value #MAX_TEXT} characters. */
  String text(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw BadRequest.invalid("parameter '" + name + "' is longer than " + MAX_TEXT + " characters");
    }
    return v.strip();
  }

  String requiredText(String name) {
    String v = text(name);
    if (v == null) {
      throw BadRequest.invalid("parameter '" + name + "' is required");
    }
    return v;
  }

  /** An integer in [min, max], or the default when absent. */
  int integer(String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw BadRequest.invalid("parameter '" + name + "' must be a whole number, not '" + shorten(v) + "'");
    }
    if (n < min || n > max) {
      throw BadRequest.invalid("parameter '" + name + "' must be between " + min + " and " + max + ", not " + n);
    }
    return n;
  }

  /** A mention type of the ontology, or null. */
  String mentionType(String name) {
    String v = text(name);
    if (v != null && !MENTION_TYPES.contains(v)) {
      throw BadRequest.invalid("parameter '" + name + "' must be one of " + MENTION_TYPES.stream().sorted().toList()
          + ", not '" + shorten(v) + "'");
    }
    return v;
  }

  /** The {@code from} and {@code to} days of a query (either may be null), from not after to. */
  record DayRange(LocalDate from, LocalDate to) {
    String fromText() {
      return from == null ? null : from.toString();
    }

    String toText() {
      return to == null ? null : to.toString();
    }
  }

  DayRange dayRange() {
    LocalDate from = day("from", true);
    LocalDate to = day("to", false);
    if (from != null && to != null && from.isAfter(to)) {
      throw BadRequest.invalid("parameter 'from' (" + from + ") is after 'to' (" + to + ")");
    }
    return new DayRange(from, to);
  }

  /**
   * A day as YYYY, YYYY-MM or YYYY-MM-DD, or null. A partial date means its first day ({@code
   * first}) or its last ({@code !first}), so from=2016&to=2016 covers the whole year.
   */
  LocalDate day(String name, boolean first) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    if (!YEAR_MONTH_DAY.matcher(v).matches()) {
      throw BadRequest.invalid("parameter '" + name + "' must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + shorten(v) + "'");
    }
    try {
      if (v.length() == 4) {
        LocalDate d = LocalDate.of(Integer.parseInt(v), 1, 1);
        return first ? d : d.withDayOfYear(d.lengthOfYear());
      }
      if (v.length() == 7) {
        LocalDate d = LocalDate.parse(v + "-01");
        return first ? d : d.withDayOfMonth(d.lengthOfMonth());
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw BadRequest.invalid("parameter '" + name + "' is not a real date: '" + v + "'");
    }
  }

  /** The {id} path parameter as a document id (64 lower-case hex digits). */
  String documentId() {
    String id = ctx.pathParam("id");
    if (!DOC_ID.matcher(id).matches()) {
      throw BadRequest.invalid("document id must be 64 lower-case hexadecimal digits, not '" + shorten(id) + "'");
    }
    return id;
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
