package org.rasd.nlp.facts.time;

import static org.rasd.nlp.facts.time.ArabicCalendarWords.NUMBERS;
import static org.rasd.nlp.facts.time.ArabicCalendarWords.WEEKDAYS;
import static org.rasd.nlp.facts.time.ArabicCalendarWords.alternation;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasd.nlp.text.NormalizedText;

/**
 * Finds time expressions in Arabic text and normalises them to ISO-8601 prefixes: absolute dates
 * (١٥ آذار ٢٠١٣، 2013/3/15), months with a year (حزيران 2013، شباط/فبراير 2018), years (عام 2013),
 * parts of periods (بنهاية 2013، مطلع 2014، منتصف حزيران 2013) and expressions relative to the
 * publication date (أمس، قبل يومين، منذ ثلاثة أشهر، الأسبوع الماضي، يوم الجمعة، كانون الأول الماضي).
 *
 * <p>Patterns run on the normalised text ({@link NormalizedText}); offsets point into the original.
 * Where patterns overlap the longest expression wins. Relative expressions are only reported when a
 * publication date is given. Pure Java, independent of the other pipeline stages.
 */
public final class TimeNormalizer {

  private static final String L = "(?<![\\p{L}\\p{Nd}])";
  private static final String R = "(?![\\p{L}\\p{Nd}])";
  /** Boundaries of a number that must not be part of a longer code or date (2D08-4257, 31/2/2013). */
  private static final String NL = "(?<![\\p{L}\\p{Nd}/.\\-])";
  private static final String NR = "(?![\\p{L}\\p{Nd}/\\-]|\\.\\d)";
  /** Proclitics that may stick to a time word: و ف ب ل and their combinations. */
  private static final String CL = "(?:[وف]?[بل]?)";
  private static final String MONTH = alternation(ArabicCalendarWords.MONTHS);
  /** One month name, optionally glossed by the other calendar: شباط/فبراير، أيار (مايو). */
  private static final String MONTH_PAIR =
      "(" + MONTH + ")(?:\\s*[/\\\\-]\\s*" + MONTH + "|\\s*\\(\\s*" + MONTH + "\\s*\\))?";
  private static final String WEEKDAY = "(?:ال)?(" + alternation(WEEKDAYS) + ")";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String PAST = "(?:الماضي|الماضيه|الفائت|الفائته|المنصرم|المنصرمه|السابق)";
  private static final String FUTURE = "(?:المقبل|المقبله|القادم|القادمه)";
  private static final String CURRENT = "(?:الجاري|الجاريه|الحالي|الحاليه)";
  private static final String DIRECTION = "(" + PAST + "|" + FUTURE + "|" + CURRENT + ")";
  private static final String SEP = "\\s*[،,]?\\s*";
  private static final String PART_OF_DAY = "(?:(?:صباح|مساء|ظهر|فجر|ليل|ليله|عصر|منتصف\\s+ليل)\\s+)?";
  private static final String WEEKDAY_LEAD = "(?:(?:يوم\\s+)?" + WEEKDAY + SEP + ")?";

  private static final String QUALIFIER_WORD = "(?:نهايه|اواخر|اخر|مطلع|بدايه|بدايات|اوائل|مستهل|منتصف|اواسط)";
  private static final Pattern QUALIFIER_BEFORE = Pattern.compile(L + CL + "(" + QUALIFIER_WORD + ")\\s+$");

  /**
   * A rule, with the characters and the pairs of characters its match may start with among the
   * probed ones; at other offsets it is skipped without running its long alternations.
   */
  private record Rule(
      Pattern pattern, BitSet startChars, BitSet startPairs, BiFunction<Matcher, PublicationDate, TimeValue> resolve) {

    boolean mayStartAt(String text, int at) {
      char c = text.charAt(at);
      if (c >= PROBED_CHARS) {
        return true;
      }
      if (!startChars.get(c)) {
        return false;
      }
      int second = at + 1 < text.length() ? SECOND_CHARS.indexOf(text.charAt(at + 1)) : -1;
      return second < 0 || startPairs.get(c * SECOND_CHARS.length() + second);
    }
  }

  /** Characters below this are probed for each rule's start set; all others are always tried. */
  private static final int PROBED_CHARS = 0x0700;
  /**
   * Text before a probed character that satisfies every rule's look-behind: no letter or digit
   * right before (L, NL) and a qualifier word before the period word of the مطلع العام rule.
   */
  private static final String PROBE_CONTEXT = "اخر ";
  /**
   * Second characters probed after each possible first one (the folded Arabic letters, digits and
   * spaces): the first letter alone lets most rules through (ال، و، ب…), the first two far fewer, which
   * halves the time normaliser's cost. After any other character the rule is tried.
   */
  private static final String SECOND_CHARS = secondChars();

  private static String secondChars() {
    StringBuilder chars = new StringBuilder(" \n0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669");
    for (char c = '\u0621'; c <= '\u064A'; c++) {
      chars.append(c);
    }
    return chars.toString();
  }

  /** Compiled and probed once per JVM: rules hold no state. */
  private static final List<Rule> RULES = compileRules();

  private static List<Rule> compileRules() {
    List<Rule> rules = new ArrayList<>();
    rule(rules, L + "(\\d{1,2})([/.\\-])(\\d{1,2})\\2" + YEAR + R,
        (m, p) -> date(m.group(4), m.group(3), m.group(1)));
    rule(rules, L + YEAR + "([/.\\-])(\\d{1,2})\\2(\\d{1,2})" + R,
        (m, p) -> date(m.group(1), m.group(3), m.group(4)));
    // 15 آذار 2013 / السبت 10 شباط / 22 أيار/مايو الفائت / 20 فبراير، 2018
    rule(rules, L + WEEKDAY_LEAD + "(\\d{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?" + MONTH_PAIR
            + "(?:" + SEP + "(?:من\\s+)?(?:(?:عام|العام|سنه)\\s+)?" + YEAR + ")?"
            + "(?:\\s+" + DIRECTION + ")?" + R,
        TimeNormalizer::dayMonthYear);
    // 28 الجاري / 28 من الشهر الماضي
    rule(rules, L + WEEKDAY_LEAD + "(\\d{1,2})\\s+(?:من\\s+)?(?:الشهر\\s+)?" + DIRECTION + R,
        TimeNormalizer::dayOfNamedMonth);
    // حزيران 2013 / شهر شباط/فبراير 2018
    rule(rules, L + "(?:" + CL + "شهر\\s+)?" + MONTH_PAIR + SEP + "(?:من\\s+)?(?:(?:عام|العام)\\s+)?" + YEAR + R,
        (m, p) -> PublicationDate.monthValue(Integer.parseInt(m.group(2)), month(m.group(1)), false));
    // شهر حزيران / كانون الأول الماضي
    rule(rules, L + "(?:" + CL + "شهر\\s+" + MONTH_PAIR + "(?:\\s+" + DIRECTION + ")?|" + MONTH_PAIR + "\\s+" + DIRECTION + ")" + R,
        TimeNormalizer::monthWithoutYear);
    // عام 2013 / 2014 / 2016 الماضي
    rule(rules, NL + "(?:" + CL + "(?:عام|العام|سنه|السنه)\\s+)?" + YEAR + "(?:\\s+" + PAST + ")?" + NR,
        (m, p) -> new TimeValue(m.group(1), TimePrecision.YEAR, null, false));
    // العام الماضي / الشهر المقبل / الأسبوع الجاري / هذا العام
    rule(rules, L + CL + "(?:(العام|السنه|الشهر|الاسبوع)\\s+" + DIRECTION + "|(?:هذا|هذه)\\s+(العام|السنه|الشهر|الاسبوع))" + R,
        TimeNormalizer::namedPeriod);
    // مطلع العام / منتصف الشهر: the current period, the qualifier is added below
    rule(rules, L + "(?<=" + QUALIFIER_WORD + "\\s)(العام|السنه|الشهر)(?!\\s+(?:" + PAST + "|" + FUTURE + "|" + CURRENT + "|\\d))" + R,
        (m, p) -> m.group(1).equals("الشهر") ? require(p).plusMonths(0) : require(p).plusYears(0));
    // اليوم / أمس / يوم أمس الخميس / صباح اليوم الأربعاء / أول من أمس
    rule(rules, L + PART_OF_DAY + "(?:" + CL + "يوم\\s+)?" + CL + "(اليوم|امس|البارحه|اول\\s+(?:من\\s+)?امس)"
            + "(?:" + SEP + WEEKDAY + ")?" + R,
        TimeNormalizer::todayYesterday);
    // يوم الجمعة / الأربعاء الماضي
    rule(rules, L + PART_OF_DAY + "(?:" + CL + "يوم\\s+" + WEEKDAY + "(?:\\s+" + DIRECTION + ")?|" + WEEKDAY + "\\s+" + DIRECTION + ")" + R,
        TimeNormalizer::weekday);
    // "أعلنت الفصائل الثلاثاء، …": a bare weekday as a comma-set adverb (not صلاة الجمعة في …)
    rule(rules, L + "ال(" + alternation(WEEKDAYS) + ")(?=\\s*[،,])",
        (m, p) -> require(p).weekday(WEEKDAYS.get(m.group(1)), 0));
    // قبل يومين / منذ ثلاثة أشهر / قبل 5 سنوات / قبل أيام
    rule(rules, L + CL + "(قبل|منذ)\\s+(?:(?:نحو|حوالي|اكثر\\s+من|اقل\\s+من)\\s+)?(?:(\\d{1,3}|" + alternation(NUMBERS) + ")\\s+)?"
            + "(يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|سنه|سنتين|سنوات|عام|عامين|اعوام)" + R,
        TimeNormalizer::ago);
    return List.copyOf(rules);
  }

  private static void rule(List<Rule> rules, String regex, BiFunction<Matcher, PublicationDate, TimeValue> resolve) {
    if (!regex.startsWith(L) && !regex.startsWith(NL)) {
      throw new IllegalArgumentException("a time rule must start at a word boundary (L or NL): " + regex);
    }
    Pattern pattern = Pattern.compile(regex);
    BitSet startChars = startChars(pattern);
    rules.add(new Rule(pattern, startChars, startPairs(pattern, startChars), resolve));
  }

  /**
   * The characters a match of {@code pattern} may start with: those after which the matcher either
   * matches or needs more text ({@link Matcher#hitEnd}) when it has the one character alone.
   */
  private static BitSet startChars(Pattern pattern) {
    BitSet chars = new BitSet(PROBED_CHARS);
    for (char c = 0; c < PROBED_CHARS; c++) {
      if (mayStartWith(pattern, String.valueOf(c))) {
        chars.set(c);
      }
    }
    return chars;
  }

  /** The same for two characters: a possible first character followed by one of SECOND_CHARS. */
  private static BitSet startPairs(Pattern pattern, BitSet startChars) {
    BitSet pairs = new BitSet(PROBED_CHARS * SECOND_CHARS.length());
    for (int c = startChars.nextSetBit(0); c >= 0; c = startChars.nextSetBit(c + 1)) {
      for (int i = 0; i < SECOND_CHARS.length(); i++) {
        if (mayStartWith(pattern, "" + (char) c + SECOND_CHARS.charAt(i))) {
          pairs.set(c * SECOND_CHARS.length() + i);
        }
      }
    }
    return pairs;
  }

  /** Whether a match may start with {@code start}: the matcher, given it alone, matches or needs more text. */
  private static boolean mayStartWith(Pattern pattern, String start) {
    int at = PROBE_CONTEXT.length();
    Matcher m = pattern.matcher(PROBE_CONTEXT + start).useTransparentBounds(true).region(at, at + start.length());
    return m.lookingAt() || m.hitEnd();
  }

  /**
   * Offsets where a rule's match may start: the text's start and every offset not preceded by a
   * letter or digit, which every rule's leading L or NL requires. Trying the rules only there,
   * instead of letting each scan every offset, took a third of the facts stage's time off
   * (docs/decisions/0009).
   */
  private static int[] wordStarts(String s) {
    int[] starts = new int[s.length()];
    int n = 0;
    for (int p = 0; p < s.length(); p++) {
      char before = p == 0 ? ' ' : s.charAt(p - 1);
      if (!Character.isLetter(before) && !Character.isDigit(before) || Character.isSurrogate(before)) {
        starts[n++] = p;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** Time expressions in {@code text}, in text order, not overlapping. */
  public List<TimeExpression> find(String text, String publicationDate) {
    PublicationDate anchor = PublicationDate.parse(publicationDate);
    NormalizedText normalized = NormalizedText.of(text);
    String folded = normalized.text();
    record Found(int start, int end, TimeValue value) {}
    List<Found> candidates = new ArrayList<>();
    int[] starts = wordStarts(folded);
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
      int from = 0; // as Matcher.find goes on: after the end of the last match
      for (int s : starts) {
        if (s < from || !rule.mayStartAt(folded, s) || !m.region(s, folded.length()).lookingAt()) {
          continue;
        }
        from = m.end();
        TimeValue value = resolveSafely(rule, m, anchor);
        if (value != null) {
          int start = m.start();
          Matcher q = QUALIFIER_BEFORE.matcher(folded).region(Math.max(0, start - 16), start);
          q.useTransparentBounds(true);
          if (q.find() && isPeriod(value)) {
            value = qualified(value, q.group(1));
            start = q.start();
          }
          candidates.add(new Found(start, m.end(), value));
        }
      }
    }
    candidates.sort(Comparator.comparingInt((Found f) -> f.start() - f.end()).thenComparingInt(Found::start));
    List<Found> kept = new ArrayList<>();
    for (Found f : candidates) {
      if (kept.stream().noneMatch(k -> k.start() < f.end() && f.start() < k.end())) {
        kept.add(f);
      }
    }
    kept.sort(Comparator.comparingInt(Found::start));
    List<TimeExpression> out = new ArrayList<>();
    for (Found f : kept) {
      int start = normalized.originalStart(f.start());
      int end = normalized.originalEnd(f.end());
      out.add(new TimeExpression(start, end, text.substring(start, end), f.value()));
    }
    return out;
  }

  /** A rule's value, or null when it does not apply (relative without anchor, impossible date). */
  private static TimeValue resolveSafely(Rule rule, Matcher m, PublicationDate anchor) {
    try {
      return rule.resolve().apply(m, anchor);
    } catch (DateTimeException | NeedsAnchor e) {
      return null;
    }
  }

  /** Thrown inside a rule when the expression is relative and no publication date is known. */
  private static final class NeedsAnchor extends RuntimeException {
    NeedsAnchor() {
      super(null, null, false, false);
    }
  }

  private static PublicationDate require(PublicationDate p) {
    if (p == null) {
      throw new NeedsAnchor();
    }
    return p;
  }

  private static boolean isPeriod(TimeValue v) {
    return v.precision() == TimePrecision.YEAR || v.precision() == TimePrecision.MONTH;
  }

  private static TimeValue qualified(TimeValue v, String word) {
    TimeQualifier q =
        switch (word) {
          case "نهايه", "اواخر", "اخر" -> TimeQualifier.END;
          case "منتصف", "اواسط" -> TimeQualifier.MID;
          default -> TimeQualifier.START;
        };
    TimePrecision p = v.precision() == TimePrecision.YEAR ? TimePrecision.PART_OF_YEAR : TimePrecision.PART_OF_MONTH;
    return new TimeValue(v.value(), p, q, v.relative());
  }

  private static int month(String name) {
    return ArabicCalendarWords.month(name);
  }

  private static int direction(String word) {
    if (word == null || word.matches(CURRENT)) {
      return 0;
    }
    return word.matches(PAST) ? -1 : 1;
  }

  private static TimeValue date(String year, String month, String day) {
    LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    return new TimeValue(d.toString(), TimePrecision.DAY, null, false);
  }

  private static TimeValue dayMonthYear(Matcher m, PublicationDate p) {
    int day = Integer.parseInt(m.group(2));
    int month = month(m.group(3));
    if (m.group(4) != null) {
      return date(m.group(4), String.valueOf(month), String.valueOf(day));
    }
    int year = require(p).yearOfMonth(month, direction(m.group(5)));
    LocalDate d = LocalDate.of(year, month, day);
    return new TimeValue(d.toString(), TimePrecision.DAY, null, true);
  }

  private static TimeValue dayOfNamedMonth(Matcher m, PublicationDate p) {
    int day = Integer.parseInt(m.group(2));
    TimeValue month = require(p).plusMonths(direction(m.group(3)) < 0 ? -1 : 0);
    if (month.precision() != TimePrecision.MONTH) {
      return month;
    }
    LocalDate d = LocalDate.parse(month.value() + "-01").withDayOfMonth(day);
    return new TimeValue(d.toString(), TimePrecision.DAY, null, true);
  }

  private static TimeValue monthWithoutYear(Matcher m, PublicationDate p) {
    String name = m.group(1) != null ? m.group(1) : m.group(3);
    String dir = m.group(1) != null ? m.group(2) : m.group(4);
    int month = month(name);
    return PublicationDate.monthValue(require(p).yearOfMonth(month, direction(dir)), month, true);
  }

  private static TimeValue namedPeriod(Matcher m, PublicationDate p) {
    String unit = m.group(1) != null ? m.group(1) : m.group(3);
    int dir = m.group(1) != null ? direction(m.group(2)) : 0;
    require(p);
    return switch (unit) {
      case "الشهر" -> p.plusMonths(dir);
      case "الاسبوع" -> p.plusWeeks(dir);
      default -> p.plusYears(dir);
    };
  }

  private static TimeValue todayYesterday(Matcher m, PublicationDate p) {
    String word = m.group(1).replaceAll("\\s+", " ");
    int offset =
        switch (word) {
          case "اليوم" -> 0;
          case "امس", "البارحه" -> -1;
          default -> -2;
        };
    return require(p).plusDays(offset);
  }

  private static TimeValue weekday(Matcher m, PublicationDate p) {
    String day = m.group(1) != null ? m.group(1) : m.group(3);
    String dir = m.group(1) != null ? m.group(2) : m.group(4);
    return require(p).weekday(WEEKDAYS.get(day), direction(dir));
  }

  private static TimeValue ago(Matcher m, PublicationDate p) {
    require(p);
    String unit = m.group(3);
    Integer count = m.group(2) == null ? null : number(m.group(2));
    if (unit.endsWith("ين")) { // dual: يومين، شهرين، عامين
      count = 2;
    }
    boolean fewOf = count == null && unit.matches("ايام|اسابيع|اشهر|شهور|سنوات|اعوام");
    int n = count == null ? 1 : count;
    if (fewOf) { // "a few": a coarser period around three units back
      return switch (unit) {
        case "ايام" -> p.knowsDay() ? weekOf(p, -3) : p.itself();
        case "اسابيع" -> p.plusMonths(0);
        default -> p.plusYears(0);
      };
    }
    return switch (unit) {
      case "يوم", "يومين" -> p.plusDays(-n);
      case "اسبوع", "اسبوعين" -> p.plusWeeks(-n);
      case "شهر", "شهرين", "اشهر", "شهور" -> p.plusMonths(-n);
      default -> p.plusYears(-n);
    };
  }

  private static TimeValue weekOf(PublicationDate p, int days) {
    TimeValue day = p.plusDays(days);
    LocalDate monday = LocalDate.parse(day.value()).with(DayOfWeek.MONDAY);
    return new TimeValue(monday.toString(), TimePrecision.WEEK, null, true);
  }

  private static int number(String s) {
    return Character.isDigit(s.charAt(0)) ? Integer.parseInt(s) : NUMBERS.get(s);
  }
}
