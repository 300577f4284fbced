package org.rasd.nlp.facts.time;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month, weekday and number words in normalised spelling ({@link org.rasd.nlp.text.ArabicNormalizer}),
 * with regex alternations for them (longest first, spaces as {@code \s+}).
 */
final class ArabicCalendarWords {

  private ArabicCalendarWords() {}

  /** Levantine/Iraqi (Syriac) and Egyptian/Gulf (Latin) month names. */
  static final Map<String, Integer> MONTHS = new LinkedHashMap<>();
  static final Map<String, DayOfWeek> WEEKDAYS = new LinkedHashMap<>();
  /** Cardinal number words up to ten, both genders. */
  static final Map<String, Integer> NUMBERS = new LinkedHashMap<>();

  static {
    String[][] levantine = {
      {"كانون الثاني"}, {"شباط"}, {"اذار"}, {"نيسان"}, {"ايار"}, {"حزيران"},
      {"تموز"}, {"اب"}, {"ايلول"}, {"تشرين الاول"}, {"تشرين الثاني"}, {"كانون الاول"}
    };
    String[][] latin = {
      {"يناير"}, {"فبراير"}, {"مارس"}, {"ابريل"}, {"مايو"}, {"يونيو", "يونيه"},
      {"يوليو", "يوليه"}, {"اغسطس"}, {"سبتمبر"}, {"اكتوبر"}, {"نوفمبر"}, {"ديسمبر"}
    };
    for (int m = 0; m < 12; m++) {
      for (String name : levantine[m]) {
        MONTHS.put(name, m + 1);
      }
      for (String name : latin[m]) {
        MONTHS.put(name, m + 1);
      }
    }
    WEEKDAYS.put("سبت", DayOfWeek.SATURDAY);
    WEEKDAYS.put("احد", DayOfWeek.SUNDAY);
    WEEKDAYS.put("اثنين", DayOfWeek.MONDAY);
    WEEKDAYS.put("ثلاثاء", DayOfWeek.TUESDAY);
    WEEKDAYS.put("اربعاء", DayOfWeek.WEDNESDAY);
    WEEKDAYS.put("خميس", DayOfWeek.THURSDAY);
    WEEKDAYS.put("جمعه", DayOfWeek.FRIDAY);
    String[][] numbers = {
      {"واحد", "واحده"}, {"اثنين", "اثنان", "اثنتين"}, {"ثلاث", "ثلاثه"}, {"اربع", "اربعه"},
      {"خمس", "خمسه"}, {"ست", "سته"}, {"سبع", "سبعه"}, {"ثمان", "ثماني", "ثمانيه"},
      {"تسع", "تسعه"}, {"عشر", "عشره"}
    };
    for (int n = 0; n < numbers.length; n++) {
      for (String word : numbers[n]) {
        NUMBERS.put(word, n + 1);
      }
    }
  }

  static String alternation(Map<String, ?> words) {
    return words.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> w.replace(" ", "\\s+"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** Looks a month name up after collapsing its inner spaces. */
  static int month(String name) {
    return MONTHS.get(name.replaceAll("\\s+", " "));
  }
}
