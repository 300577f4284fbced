package org.rasd.nlp.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Name lists for the tagger's gazetteer from the Arabic PETRARCH actor dictionary (world leaders,
 * politicians, parties, armed groups and countries of the 2000s, machine-translated and noisy) in
 * {@code shared/data/universalpetrarch-arabic}. Each entry is typed by its codes and words: codes that
 * are only country codes make a place (ACTOR_LOC), an entry that starts with an organisation head word
 * or is coded as a party, rebel group, IGO, NGO, business or outlet makes ACTOR_ORG, and two or more
 * name words left after leading titles make a person (ACTOR_PERS). Generic words (the agent dictionary's
 * nouns such as وزير or قائد) never count as name words, and nationality adjectives are not places.
 */
public final class PetrarchActors {

  private static final Pattern CODE = Pattern.compile("\\[~?([A-Z0-9]*)");
  private static final Pattern COUNTRY_LINE = Pattern.compile("^[A-Z_]+\\s+\\[([A-Z]{3})\\]");

  /** Words that open an organisation's name in Arabic news. */
  private static final Set<String> ORG_HEADS = Set.of(
      "حركه", "حزب", "منظمه", "مجلس", "وزاره", "جيش", "اتحاد", "وكاله", "بنك", "جامعه", "شركه", "هيئه",
      "لجنه", "جبهه", "جماعه", "تنظيم", "كتائب", "الويه", "لواء", "تيار", "تجمع", "جمعيه", "مؤسسه",
      "صندوق", "محكمه", "برلمان", "حكومه", "قوات", "مكتب", "مركز", "صحيفه", "قناه", "اذاعه", "تلفزيون",
      "ائتلاف", "كتله", "مفوضيه", "منتدى", "رابطه", "نقابه", "فيلق", "سرايا", "انصار", "مجموعه");

  /** Roles of CAMEO codes that name a body rather than a person. */
  private static final List<String> ORG_ROLES = List.of("PTY", "REB", "IGO", "NGO", "BUS", "MED", "IMG", "UAF", "SPY");

  /** Titles and offices that precede a person's name in the dictionary's entries. */
  private static final Set<String> TITLES = Set.of(
      "رئيس", "وزير", "نائب", "سفير", "امين", "عام", "ملك", "امير", "شيخ", "شيخه", "جنرال", "لواء", "عقيد",
      "مقدم", "رائد", "عميد", "عاهل", "ولي", "عهد", "سابق", "مستشار", "قائد", "زعيم", "مرشد", "اعلى", "حاكم",
      "سيد", "سيده", "دكتور", "مبعوث", "ممثل", "متحدث", "باسم", "مدير", "رئيسه", "حجه", "اية", "ايه", "ل",
      "و", "خارجيه", "دفاع", "داخليه", "وزراء", "وزيره", "مساعد", "ركن", "طيار", "بابا", "الرئيس", "الوزير");

  private PetrarchActors() {}

  /** ACTOR_LOC, ACTOR_ORG and ACTOR_PERS, each sorted, in normalised spelling. */
  public static Map<String, List<String>> read(Path dataDir) {
    Path dir = dataDir.resolve("universalpetrarch-arabic/dictionaries_arabic");
    Set<String> countries = countryCodes(dataDir.resolve("petrarch2-dictionaries/Phoenix.Countries.actors.txt"));
    Set<String> generic = genericWords(readText(dir.resolve("agents.all.ar.txt")));
    TreeSet<String> places = new TreeSet<>();
    TreeSet<String> orgs = new TreeSet<>();
    TreeSet<String> persons = new TreeSet<>();
    for (Entry e : entries(readText(dir.resolve("actor_dict_ar_v4.txt")))) {
      List<String> words = e.words();
      if (words.isEmpty() || e.codes().isEmpty()) {
        continue;
      }
      String joined = String.join(" ", words);
      if (e.codes().stream().allMatch(countries::contains)) {
        if (!isNationality(words.get(words.size() - 1)) && !generic.contains(joined)) {
          places.add(joined);
        }
      } else if (ORG_HEADS.contains(stripArticle(words.get(0)))
          || (words.size() <= 2 && e.codes().stream().anyMatch(c -> ORG_ROLES.stream().anyMatch(c::endsWith)))) {
        if (!(words.size() == 1 && (generic.contains(joined) || ORG_HEADS.contains(stripArticle(joined))))) {
          orgs.add(joined);
        }
      } else {
        int from = 0;
        while (from < words.size() && (TITLES.contains(stripArticle(words.get(from))) || generic.contains(words.get(from))
            || (from > 0 && isNationality(words.get(from))))) {
          from++; // رئيس مصري محمد أنور سادات → محمد أنور سادات; a first name like نوري only counts after a title
        }
        List<String> name = words.subList(from, words.size());
        if (name.size() >= 2 && name.stream().noneMatch(w -> generic.contains(w) || TITLES.contains(w))) {
          persons.add(String.join(" ", name));
        }
      }
    }
    Map<String, List<String>> out = new TreeMap<>();
    out.put("ACTOR_LOC", new ArrayList<>(places));
    out.put("ACTOR_ORG", new ArrayList<>(orgs));
    out.put("ACTOR_PERS", new ArrayList<>(persons));
    return out;
  }

  /** A dictionary entry: its normalised words and all its codes (dated lines included). */
  private record Entry(List<String> words, List<String> codes) {}

  private static List<Entry> entries(String text) {
    List<Entry> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      List<String> codes = new ArrayList<>();
      int bracket = trimmed.indexOf('[');
      Matcher m = CODE.matcher(bracket < 0 ? "" : trimmed.substring(bracket));
      while (m.find()) {
        if (!m.group(1).isEmpty()) {
          codes.add(m.group(1));
        }
      }
      if (bracket == 0) {
        if (!out.isEmpty()) {
          out.get(out.size() - 1).codes().addAll(codes); // a dated code line belongs to the entry above
        }
        continue;
      }
      String name = bracket < 0 ? trimmed : trimmed.substring(0, bracket);
      List<String> words = new ArrayList<>();
      for (String w : ArabicNormalizer.normalize(name).split("[_\\s]+")) {
        if (isArabicWord(w)) {
          words.add(w);
        } else if (!w.isEmpty()) {
          words.clear(); // Latin letters or stray symbols: not a clean Arabic name
          break;
        }
      }
      out.add(new Entry(words, codes));
    }
    return out;
  }

  /** Normalised words of the agent dictionary's Arabic nouns (قائد, وزير, مقاتل …). */
  private static Set<String> genericWords(String agents) {
    Set<String> out = new HashSet<>();
    for (String w : ArabicNormalizer.normalize(agents).split("[^\\u0621-\\u064A]+")) {
      if (!w.isEmpty()) {
        out.add(w);
        out.add(stripArticle(w));
      }
    }
    return out;
  }

  private static Set<String> countryCodes(Path file) {
    Set<String> out = new HashSet<>();
    for (String line : readText(file).split("\n")) {
      Matcher m = COUNTRY_LINE.matcher(line);
      if (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** سوري, الإيرانيون, العراقية: nisba adjectives and plurals, which ANERcorp does not tag as places. */
  private static boolean isNationality(String word) {
    return word.endsWith("ي") || word.endsWith("يه") || word.endsWith("يون") || word.endsWith("يين") || word.endsWith("يان");
  }

  private static String stripArticle(String word) {
    return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
  }

  private static boolean isArabicWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < '\u0621' || c > '\u064A') {
        return false;
      }
    }
    return true;
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PETRARCH dictionary " + file, e);
    }
  }
}
