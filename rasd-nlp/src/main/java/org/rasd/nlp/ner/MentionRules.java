package org.rasd.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Mentions the 2007-era tagger cannot know, found by patterns over normalised words:
 *
 * <ul>
 *   <li>a quoted name after a head noun: ميليشيا “أسد الله الغالب” → ARMED_GROUP, بلدة “دير العصافير”
 *       → TOWN, الملقب بـ “أبو فاطمة” → PERSON; also in parentheses;
 *   <li>a quoted name that starts with its own head noun: “كتائب أنصار الدين” → ARMED_GROUP;
 *   <li>a quoted name joined by و to a typed quoted name: فصيلي “…” و”سيوف النصر” → both ARMED_GROUP;
 *   <li>a quoted kunya: “أبو شهد الجبوري” → PERSON;
 *   <li>names listed after a place head noun: قرى الزيتونة والجميلة → TOWN, TOWN;
 *   <li>a place of the general gazetteer joined by و to a city or town: حماة والطيبة → LOCATION;
 *   <li>a generic toponym word and a name: حوش الفارة → TOWN;
 *   <li>a numbered military unit: اللواء 39, الفرقة 17 → STATE_FORCES;
 *   <li>a city and a qualifier that belongs to its name: حمص القديمة, درعا البلد → NEIGHBOURHOOD;
 *   <li>a road named by its two ends, and the next one coordinated with it: أتوستراد ديرالزور
 *       الميادين والميادين البوكمال → ROAD, ROAD;
 *   <li>known names (names.tsv) and Syrian cities and towns (place gazetteer).
 * </ul>
 */
final class MentionRules {

  private static final int MAX_QUOTED_WORDS = 8;
  private static final Set<String> PLACE_TYPES = Set.of("CITY", "TOWN", "NEIGHBOURHOOD", "REGION");
  /** Normalised words that end a list of place names: prepositions, directions, relative pronouns… */
  private static final Set<String> NOT_NAMES = Set.of(
      "جديده", "عديده", "اخري", "كثيره", "مجاوره", "محاصره", "محرره", "واسعه", "كبيره", "صغيره",
      "في", "من", "الي", "علي", "عن", "مع", "بين", "خلال", "بعد", "قبل", "عند", "حتي", "منذ", "ضد", "نحو",
      "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "قرب", "محيط", "اطراف",
      "التي", "الذي", "الذين", "اللتين", "هذه", "هذا", "تلك", "ذلك", "اضافه", "كما", "حيث", "ثم",
      "او", "ان", "انه", "قد", "لم", "لا", "ما", "كل", "بعض", "جميع", "كامل", "عدد", "عده", "احد", "المحيطه",
      "المجاوره", "القريبه", "الخاضعه", "المحاصره", "التابعه");
  private static final String[] UNIT_WORDS = {"اللواء", "الفرقه", "الفوج", "الكتيبه"};

  private final TypeLexicon lexicon;
  private final Gazetteer places;
  private final Set<String> commonWords;

  MentionRules(TypeLexicon lexicon, Gazetteer places, Set<String> commonWords) {
    this.lexicon = lexicon;
    this.places = places;
    this.commonWords = commonWords;
  }

  List<Candidate> find(String[] norms) {
    List<Candidate> out = new ArrayList<>();
    List<Gazetteer.Match> known = places.find(norms);
    List<Gazetteer.Match> settlements = known.stream().filter(m -> EntityTyper.placeType(places, m) != null).toList();
    quotedNames(norms, out);
    qualifiedPlaces(norms, settlements, out);
    routes(norms, settlements, out);
    coordinatedPlaces(norms, known, out);
    placeLists(norms, out);
    toponymCompounds(norms, out);
    for (int i = 0; i + 1 < norms.length; i++) {
      if (isUnitWord(norms[i]) && isNumber(norms[i + 1])) {
        out.add(new Candidate(i, i + 2, "STATE_FORCES", 0.9, Candidate.RULE, 3));
      }
    }
    for (Gazetteer.Match m : lexicon.names().find(norms)) {
      out.add(new Candidate(m.start(), m.end(), lexicon.names().types().get(m.firstType()), 0.85, Candidate.GAZETTEER, 2));
    }
    for (Gazetteer.Match m : settlements) {
      out.add(new Candidate(m.start(), m.end(), EntityTyper.placeType(places, m), 0.6, Candidate.GAZETTEER, 1));
    }
    return out;
  }

  /**
   * A place of the general gazetteer (not known as a Syrian city or town) joined by و right after a
   * city or town is a place of the same list: حماة والطيبة بدرعا → الطيبة, LOCATION.
   */
  private void coordinatedPlaces(String[] norms, List<Gazetteer.Match> known, List<Candidate> out) {
    int loc = places.types().indexOf("LOC");
    for (int k = 1; loc >= 0 && k < known.size(); k++) {
      Gazetteer.Match m = known.get(k);
      Gazetteer.Match before = known.get(k - 1);
      if (before.end() == m.start() && EntityTyper.placeType(places, before) != null && EntityTyper.placeType(places, m) == null
          && (m.typeMask() & (1 << loc)) != 0 && norms[m.start()].startsWith("و")) {
        out.add(new Candidate(m.start(), m.end(), "LOCATION", 0.6, Candidate.GAZETTEER, 1, true));
      }
    }
  }

  /** A city or town and a qualifier that makes it the name of a part (حمص القديمة → NEIGHBOURHOOD). */
  private void qualifiedPlaces(String[] norms, List<Gazetteer.Match> settlements, List<Candidate> out) {
    for (Gazetteer.Match m : settlements) {
      String type = m.end() < norms.length ? lexicon.qualifier(norms[m.end()]) : null;
      if (type != null) {
        out.add(new Candidate(m.start(), m.end() + 1, type, 0.6, Candidate.RULE, 2));
      }
    }
  }

  /**
   * A road head noun (أتوستراد، طريق) and two settlements, maybe with a dash between: the road
   * between them, named with its head (أتوستراد ديرالزور الميادين); a pair of settlements after و
   * right behind it is the next road of the list (والميادين البوكمال).
   */
  private void routes(String[] norms, List<Gazetteer.Match> settlements, List<Candidate> out) {
    for (int i = 0; i + 2 < norms.length; i++) {
      TypeLexicon.Head head = lexicon.head(norms[i]);
      if (head == null || !head.inside() || !head.type().equals("ROAD")) {
        continue;
      }
      int end = routeEnd(norms, settlements, i + 1);
      if (end < 0) {
        continue;
      }
      out.add(new Candidate(i, end, "ROAD", 0.6, Candidate.RULE, 3));
      for (int next; end < norms.length && norms[end].startsWith("و") && (next = routeEnd(norms, settlements, end)) > 0; end = next) {
        out.add(new Candidate(end, next, "ROAD", 0.6, Candidate.RULE, 3, true));
      }
      i = end - 1;
    }
  }

  /**
   * The kept candidates with the cities and towns a road of {@link #routes} is named by, which are
   * places of their own inside it (أتوستراد ديرالزور الميادين → ديرالزور, الميادين).
   */
  List<Candidate> withEndsOfRoads(String[] norms, List<Candidate> kept) {
    List<Candidate> out = new ArrayList<>(kept.size());
    for (Candidate c : kept) {
      out.add(c);
      if (c.type().equals("ROAD") && c.source().equals(Candidate.RULE)) {
        for (Gazetteer.Match m : places.find(Arrays.copyOfRange(norms, c.start(), c.end()))) {
          String type = EntityTyper.placeType(places, m);
          if (type != null) {
            out.add(new Candidate(c.start() + m.start(), c.start() + m.end(), type, 0.6, Candidate.GAZETTEER, 1,
                m.start() == 0 && c.afterConjunction()));
          }
        }
      }
    }
    return out;
  }

  /** Where a pair of settlements starting at word {@code from} ends, or -1. */
  private static int routeEnd(String[] norms, List<Gazetteer.Match> settlements, int from) {
    Gazetteer.Match first = startingAt(settlements, from);
    if (first == null) {
      return -1;
    }
    int second = first.end() < norms.length && isDash(norms[first.end()]) ? first.end() + 1 : first.end();
    Gazetteer.Match other = startingAt(settlements, second);
    return other == null ? -1 : other.end();
  }

  private static Gazetteer.Match startingAt(List<Gazetteer.Match> matches, int start) {
    for (Gazetteer.Match m : matches) {
      if (m.start() == start) {
        return m;
      }
    }
    return null;
  }

  private static boolean isDash(String norm) {
    return norm.equals("-") || norm.equals("–") || norm.equals("—");
  }

  /**
   * Names after a place head noun, and the names coordinated with them: قرى الزيتونة والجميلة وعرب
   * ويران → three TOWNs. An item is a word plus up to two more that carry no proclitic and are not
   * function words; the next item starts with و.
   */
  private void placeLists(String[] norms, List<Candidate> out) {
    for (int i = 0; i < norms.length; i++) {
      if (!isPlaceHead(norms[i])) {
        continue;
      }
      int j = i + 1;
      while (j < norms.length && isPlaceHead(norms[j])) {
        j++; // بلدات وقرى مدينة الجلاء
      }
      String listType = lexicon.head(norms[i]).type();
      boolean firstItem = true;
      while (j < norms.length) {
        int start = j;
        String word = norms[j];
        if (!firstItem) {
          if (word.length() < 3 || word.charAt(0) != 'و' || commonWords.contains(word)) {
            break;
          }
          word = word.substring(1); // a common word after و still names a place in a list (وقصور)
        }
        TypeLexicon.Head itemHead = lexicon.head(word);
        boolean headed = itemHead != null && itemHead.inside() && !itemHead.type().equals("GOVERNMENT");
        if (!headed && (itemHead != null || !isNameWord(word) || firstItem && isAdjectiveOfHead(word))) {
          break;
        }
        j++;
        if (headed && j < norms.length && isNameWord(norms[j])) {
          j++; // the head's complement: تل بني
        }
        while (j < norms.length && j - start < 3 && isNameWord(norms[j]) && !commonWords.contains(norms[j])
            && !hasProclitic(norms[j]) && lexicon.head(norms[j]) == null && !isNisbaOfPlace(norms[j])
            && !isDualAdjective(norms[j])) {
          j++;
        }
        if (!headed || j - start > 1) {
          out.add(new Candidate(start, j, headed ? itemHead.type() : listType, 0.6, Candidate.RULE, 2, !firstItem));
        }
        firstItem = false;
      }
      i = Math.max(i, j - 1);
    }
  }

  /** A generic toponym word and the name after it: حوش الفارة, تل طوقان → TOWN. */
  private void toponymCompounds(String[] norms, List<Candidate> out) {
    for (int i = 0; i + 1 < norms.length; i++) {
      TypeLexicon.Head head = lexicon.head(norms[i]);
      if (head != null && head.inside() && head.type().equals("TOWN") && Proclitics.featurePrefix(norms[i]).isEmpty()
          && isNameWord(norms[i + 1]) && !commonWords.contains(norms[i + 1]) && lexicon.head(norms[i + 1]) == null) {
        out.add(new Candidate(i, i + 2, "TOWN", 0.55, Candidate.RULE, 2));
      }
    }
  }

  /** An indefinite place head noun (قرية, بلدات, مدينة but not المدينة): a name follows. */
  private boolean isPlaceHead(String norm) {
    TypeLexicon.Head head = lexicon.head(norm);
    String prefix = Proclitics.featurePrefix(norm);
    return head != null && !head.inside() && PLACE_TYPES.contains(head.type())
        && !prefix.endsWith("ال") && !prefix.endsWith("لل");
  }

  /** An Arabic word that is not a function word or direction. */
  private boolean isNameWord(String norm) {
    if (norm.length() < 2 || NOT_NAMES.contains(norm) || pointsBack(norm)) {
      return false;
    }
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (c < '\u0621' || c > '\u064A') {
        return false;
      }
    }
    return true;
  }

  /**
   * A word with a pronoun suffix that refers to a place already named (ومحيطها، وريفها، وتلتيهما):
   * a dual or plural pronoun, or ها on a common word, a head noun or a noun in ة.
   */
  private boolean pointsBack(String norm) {
    if (norm.length() < 5) {
      return false;
    }
    if (norm.endsWith("هما") || norm.endsWith("هم")) {
      return true;
    }
    String stem = norm.substring(0, norm.length() - 2);
    return norm.endsWith("ها") && (NOT_NAMES.contains(stem) || commonWords.contains(stem) || lexicon.head(stem) != null
        || stem.endsWith("ت") || stem.endsWith("تي"));
  }

  /** An adjective of origin from a known place (الدمشقي ← دمشق): it describes the name, it is not part of it. */
  private boolean isNisbaOfPlace(String norm) {
    if (!norm.startsWith("ال") || !norm.endsWith("ي") || norm.length() < 6) {
      return false;
    }
    String base = norm.substring(2, norm.length() - 1);
    return places.startsEntry(base) || places.startsEntry("ال" + base) || lexicon.isKnownWord(base)
        || places.startsEntry(base + "ه");
  }

  /**
   * An indefinite feminine word right after a place head noun that is a common word or an
   * adjective of relation and no known place: it describes the head (منطقة مفتوحة، منطقة قبلية، من
   * ناحية ثانية), it does not name it (منطقة عفرين، مدينة سلمية).
   */
  private boolean isAdjectiveOfHead(String norm) {
    return !norm.startsWith("ال") && norm.endsWith("ه") && !places.startsEntry(norm)
        && (commonWords.contains(norm) || norm.endsWith("يه"));
  }

  /**
   * A definite adjective in the feminine dual (بلدتي نبل والزهراء المحاصرتين): it agrees with a
   * dual head noun and describes the list, it is not part of its last name.
   */
  private static boolean isDualAdjective(String norm) {
    return norm.length() >= 7 && norm.startsWith("ال") && norm.endsWith("تين");
  }

  private static boolean hasProclitic(String norm) {
    char c = norm.charAt(0);
    return c == 'و' || c == 'ب' || c == 'ل' || c == 'ك' || c == 'ف';
  }

  private void quotedNames(String[] norms, List<Candidate> out) {
    String previousType = null;
    int previousClose = -1;
    for (int[] quote : quotes(norms)) {
      int from = quote[0];
      int to = quote[1];
      TypeLexicon.Head head = headBefore(norms, from - 1);
      TypeLexicon.Head inner = lexicon.head(norms[from]);
      String type = null;
      if (head != null) {
        type = head.type();
      } else if (inner != null && inner.inside() && to - from >= 2) {
        type = inner.type(); // “كتائب أنصار الدين”
      } else if (previousType != null && from - 3 == previousClose && norms[from - 2].equals("و")) {
        type = previousType; // فصيلي “البراء بن مالك” و”سيوف النصر”
      } else if (norms[from].equals("ابو") && to - from >= 2 && to - from <= 4) {
        type = "PERSON";
      }
      if (type != null) {
        out.add(new Candidate(from, to, type, 0.85, Candidate.RULE, 3));
      }
      previousType = type;
      previousClose = to;
    }
  }

  /**
   * Word ranges [from, to) enclosed in quotes or parentheses, at most {@value #MAX_QUOTED_WORDS} words,
   * pairing marks left to right within the sentence.
   */
  static List<int[]> quotes(String[] norms) {
    List<int[]> out = new ArrayList<>();
    for (int open = 0; open < norms.length; open++) {
      String closing = closingMark(norms[open]);
      if (closing == null) {
        continue;
      }
      int close = open + 1;
      while (close < norms.length && !norms[close].equals(closing) && !isSentenceEnd(norms[close])) {
        close++;
      }
      if (close >= norms.length || !norms[close].equals(closing)) {
        continue;
      }
      if (close > open + 1 && close - open - 1 <= MAX_QUOTED_WORDS) {
        out.add(new int[] {open + 1, close});
      }
      open = close;
    }
    return out;
  }


  /** The head noun just before an opening mark, allowing one short preposition between (الملقب بـ “…”). */
  private TypeLexicon.Head headBefore(String[] norms, int open) {
    int h = open - 1;
    if (h >= 1 && norms[h].length() <= 2 && lexicon.head(norms[h]) == null) {
      h--;
    }
    return h >= 0 ? lexicon.head(norms[h]) : null;
  }

  private static String closingMark(String norm) {
    return switch (norm) {
      case "\"" -> "\"";
      case "(" -> ")";
      default -> null;
    };
  }

  private static boolean isSentenceEnd(String norm) {
    return norm.equals(".") || norm.equals("!") || norm.equals("?") || norm.equals("؟");
  }

  private static boolean isUnitWord(String norm) {
    for (String unit : UNIT_WORDS) {
      if (norm.equals(unit) || norm.endsWith(unit) && norm.length() <= unit.length() + 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String norm) {
    if (norm.isEmpty()) {
      return false;
    }
    for (int i = 0; i < norm.length(); i++) {
      if (norm.charAt(i) < '0' || norm.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
