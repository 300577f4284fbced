package org.rasd.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Mentions the 2007-era tagger cannot know, found by patterns over normalised words:
 *
 * <ul>
 *   <li>a quoted name after a head noun: ميليشيا “أسد الله الغالب” → ARMED_GROUP, بلدة “دير العصافير”
 *       → TOWN, الملقب بـ “أبو فاطمة” → PERSON; also in parentheses;
 *   <li>a quoted kunya: “أبو شهد الجبوري” → PERSON;
 *   <li>a numbered military unit: اللواء 39, الفرقة 17 → STATE_FORCES;
 *   <li>known names (names.tsv) and Syrian cities and towns (place gazetteer).
 * </ul>
 */
final class MentionRules {

  private static final int MAX_QUOTED_WORDS = 8;
  private static final String[] UNIT_WORDS = {"اللواء", "الفرقه", "الفوج", "الكتيبه"};

  private final TypeLexicon lexicon;
  private final Gazetteer places;

  MentionRules(TypeLexicon lexicon, Gazetteer places) {
    this.lexicon = lexicon;
    this.places = places;
  }

  List<Candidate> find(String[] norms) {
    List<Candidate> out = new ArrayList<>();
    quotedNames(norms, out);
    for (int i = 0; i + 1 < norms.length; i++) {
      if (isUnitWord(norms[i]) && isNumber(norms[i + 1])) {
        out.add(new Candidate(i, i + 2, "STATE_FORCES", 0.9, Candidate.RULE, 3));
      }
    }
    for (Gazetteer.Match m : lexicon.names().find(norms)) {
      out.add(new Candidate(m.start(), m.end(), lexicon.names().types().get(m.firstType()), 0.85, Candidate.GAZETTEER, 2));
    }
    for (Gazetteer.Match m : places.find(norms)) {
      String type = EntityTyper.placeType(places, m);
      if (type != null) {
        out.add(new Candidate(m.start(), m.end(), type, 0.6, Candidate.GAZETTEER, 1));
      }
    }
    return out;
  }

  private void quotedNames(String[] norms, List<Candidate> out) {
    for (int open = 0; open < norms.length; open++) {
      String closing = closingMark(norms[open]);
      if (closing == null) {
        continue;
      }
      int close = open + 1;
      while (close < norms.length && close - open <= MAX_QUOTED_WORDS && !norms[close].equals(closing)
          && !isSentenceEnd(norms[close])) {
        close++;
      }
      if (close >= norms.length || !norms[close].equals(closing) || close == open + 1 || close - open > MAX_QUOTED_WORDS) {
        continue;
      }
      TypeLexicon.Head head = headBefore(norms, open);
      if (head != null) {
        out.add(new Candidate(open + 1, close, head.type(), 0.9, Candidate.RULE, 3));
      } else if (norms[open + 1].equals("ابو") && close - open - 1 >= 2 && close - open - 1 <= 4) {
        out.add(new Candidate(open + 1, close, "PERSON", 0.8, Candidate.RULE, 3));
      }
      open = close;
    }
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
