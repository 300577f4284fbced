package org.rasd.nlp.knowledge.places;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * The readings of a place mention's text: as written, without a proclitic (و ف ب ل ك, "لل" → "ال"),
 * without a trailing relative adjective ("ريف حلب الشمالي", "حي جوبر الدمشقي"), and without a
 * generic head word ("مدينة", "حي", "مطار", "ريف"…), which then constrains the type.
 */
final class PlaceMention {

  private PlaceMention() {}

  /** What a head word says about the place it introduces. */
  enum Head {
    NONE(EnumSet.noneOf(FeatureType.class)),
    CITY(EnumSet.of(FeatureType.CITY, FeatureType.TOWN)),
    TOWN(EnumSet.of(FeatureType.TOWN, FeatureType.VILLAGE, FeatureType.CITY)),
    VILLAGE(EnumSet.of(FeatureType.VILLAGE, FeatureType.TOWN)),
    NEIGHBOURHOOD(EnumSet.of(FeatureType.NEIGHBOURHOOD)),
    AREA(EnumSet.of(FeatureType.REGION, FeatureType.DISTRICT, FeatureType.SUBDISTRICT, FeatureType.NEIGHBOURHOOD)),
    SUBDISTRICT(EnumSet.of(FeatureType.SUBDISTRICT)),
    GOVERNORATE(EnumSet.of(FeatureType.GOVERNORATE)),
    FACILITY(EnumSet.of(FeatureType.FACILITY)),
    CAMP(EnumSet.of(FeatureType.NEIGHBOURHOOD, FeatureType.FACILITY, FeatureType.TOWN)),
    /** "ريف X": the countryside of X, resolved to X's governorate at region precision. */
    COUNTRYSIDE(EnumSet.allOf(FeatureType.class));

    final Set<FeatureType> types;

    Head(Set<FeatureType> types) {
      this.types = types;
    }
  }

  private static final Map<String, Head> HEADS =
      Map.ofEntries(
          Map.entry("مدينه", Head.CITY),
          Map.entry("العاصمه", Head.CITY),
          Map.entry("بلده", Head.TOWN),
          Map.entry("قريه", Head.VILLAGE),
          Map.entry("حي", Head.NEIGHBOURHOOD),
          Map.entry("منطقه", Head.AREA),
          Map.entry("ناحيه", Head.SUBDISTRICT),
          Map.entry("محافظه", Head.GOVERNORATE),
          Map.entry("مطار", Head.FACILITY),
          Map.entry("قاعده", Head.FACILITY),
          Map.entry("معسكر", Head.FACILITY),
          Map.entry("مخيم", Head.CAMP),
          Map.entry("ريف", Head.COUNTRYSIDE));

  /**
   * One way to read the mention.
   *
   * @param name the name to look up
   * @param head the head word removed from the front, or NONE
   * @param reduced true when a proclitic or a trailing adjective was removed to get the name
   */
  record Reading(String name, Head head, boolean reduced) {}

  /** Punctuation and quotes around a mention, compiled once (String.replaceAll compiled it per mention). */
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}«»“”\"'،]+|[\\p{Punct}«»“”\"'،]+$");

  /** Readings from the most to the least literal. */
  static List<Reading> readings(String text) {
    String written = EDGE_PUNCTUATION.matcher(text.strip()).replaceAll("").strip();
    List<Reading> result = new ArrayList<>();
    addWithHead(result, written, false);
    String stripped = withoutProclitic(written);
    if (!stripped.equals(written)) {
      addWithHead(result, stripped, true);
    }
    String trimmed = withoutTrailingAdjective(stripped);
    if (!trimmed.equals(stripped)) {
      addWithHead(result, trimmed, true);
    }
    return result;
  }

  private static final Set<String> DIRECTIONS =
      Set.of("الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه");

  /**
   * Drops a last word that orients or qualifies a place name: a direction ("ريف حلب الشمالي"), or a
   * relative adjective after a name of two words or more ("حي جوبر الدمشقي"; not "حي المفتي").
   */
  static String withoutTrailingAdjective(String name) {
    int space = name.lastIndexOf(' ');
    if (space <= 0) {
      return name;
    }
    String rest = name.substring(0, space).strip();
    String last = ArabicNormalizer.normalize(name.substring(space + 1));
    boolean relative =
        rest.indexOf(' ') > 0 && last.startsWith("ال") && last.length() > 4 && (last.endsWith("ي") || last.endsWith("يه"));
    return DIRECTIONS.contains(last) || relative ? rest : name;
  }

  private static void addWithHead(List<Reading> result, String name, boolean reduced) {
    result.add(new Reading(name, Head.NONE, reduced));
    int space = name.indexOf(' ');
    if (space > 0) {
      String first = ArabicNormalizer.normalize(name.substring(0, space));
      Head head = HEADS.get(first);
      if (head == null && first.length() > 2 && "وبلف".indexOf(first.charAt(0)) >= 0) {
        head = HEADS.get(first.substring(1)); // "بمدينة", "لبلدة", "وريف"
      }
      if (head != null) {
        result.add(new Reading(name.substring(space + 1).strip(), head, reduced));
      }
    }
  }

  /** Removes one conjunction (و ف) and/or one preposition (ب ل ك) from the front of the first word. */
  static String withoutProclitic(String name) {
    String s = name;
    if (s.length() > 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
      s = s.substring(1);
    }
    if (s.startsWith("لل") && s.length() > 4) {
      return "ال" + s.substring(2);
    }
    if (s.length() > 3 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل' || s.charAt(0) == 'ك')) {
      s = s.substring(1);
    }
    return s;
  }
}
