package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * The place phrases of a sentence: coordinated lists of places ("حي جوبر والمليحة وداريا") and the
 * containment chains between them ("النبك بالقلمون في ريف دمشق": النبك in القلمون in ريف دمشق).
 * Two neighbouring places are coordinated when only و، commas and classifiers (مدينة، قرى) stand
 * between them, and the second contains the first when a containment word stands there too (في، ب،
 * ريف، شمال…). A fused ب (بالقلمون) attaches to the last place only; a separate في or a comma to the
 * whole list before it. A numbered unit (اللواء 39) or a group "العاملة في" a place is also located.
 */
final class PlaceLists {

  /** A containment found in the text: {@code inner} is in {@code outer}. */
  record Containment(Arg inner, Arg outer, int gapStart, int gapEnd) {}

  private final Cues cues;

  PlaceLists(Cues cues) {
    this.cues = cues;
  }

  /** The place structure of one sentence. */
  final class Parsed {
    final List<List<Arg>> lists = new ArrayList<>();
    /** For each list, the index of the first list of its containment chain. */
    final List<Integer> chainStart = new ArrayList<>();
    final List<Containment> containments = new ArrayList<>();
    private final Map<Arg, Integer> listOf = new HashMap<>();

    /** The innermost list of the chain the place belongs to: where an event near it happened. */
    List<Arg> innermost(Arg place) {
      Integer list = listOf.get(place);
      return list == null ? List.of(place) : lists.get(chainStart.get(list));
    }

    /** The list the place is coordinated in. */
    List<Arg> listOf(Arg place) {
      Integer list = listOf.get(place);
      return list == null ? List.of(place) : lists.get(list);
    }
  }

  Parsed parse(SentenceView view) {
    Parsed parsed = new Parsed();
    Arg previous = null;
    boolean previousHolds = false; // previous was reached as the place holding a list
    for (Arg arg : view.args) {
      if (isGeneric(arg)) {
        continue; // الريف، مناطق: a classifier, read as part of the words between two places
      }
      boolean place = arg.isPlace();
      boolean unit = isUnit(view, arg);
      if (previous != null && (place || unit)) {
        Link link = link(view, previous, arg);
        if (link == Link.COORDINATED && place && previous.isPlace() && !newItem(view, previous, previousHolds, arg)) {
          int list = parsed.listOf.get(previous);
          parsed.lists.get(list).add(arg);
          parsed.listOf.put(arg, list);
          previous = arg;
          previousHolds = false;
          continue;
        }
        if ((link == Link.CONTAINED_LOOSE || link == Link.CONTAINED_TIGHT) && place) {
          int list = open(parsed, arg);
          Integer inner = parsed.listOf.get(previous);
          List<Arg> contained =
              inner == null || link == Link.CONTAINED_TIGHT ? List.of(previous) : parsed.lists.get(inner);
          for (Arg a : contained) {
            parsed.containments.add(new Containment(a, arg, view.tokens.get(previous.last()).end(), arg.textStart()));
          }
          parsed.chainStart.set(list, inner == null ? list : parsed.chainStart.get(inner));
          previous = arg;
          previousHolds = true;
          continue;
        }
        if (link == Link.GROUP_PLACE && place) {
          parsed.containments.add(new Containment(previous, arg, view.tokens.get(previous.last()).end(), arg.textStart()));
        }
      }
      if (place) {
        open(parsed, arg);
      }
      previous = place || unit || arg.isActor() ? arg : null;
      previousHolds = false;
    }
    return parsed;
  }

  private static int open(Parsed parsed, Arg arg) {
    int list = parsed.lists.size();
    parsed.lists.add(new ArrayList<>(List.of(arg)));
    parsed.chainStart.add(list);
    parsed.listOf.put(arg, list);
    return list;
  }

  private enum Link {
    NONE,
    COORDINATED,
    CONTAINED_LOOSE,
    CONTAINED_TIGHT,
    GROUP_PLACE
  }

  /** How the words between two neighbouring fillers join them. */
  private Link link(SentenceView view, Arg a, Arg b) {
    boolean located = a.isPlace() || isUnit(view, a);
    List<String> gap = new ArrayList<>();
    for (int i = a.last() + 1; i < b.first(); i++) {
      if (!view.isQuote(i)) {
        gap.add(view.words.get(i));
      }
    }
    String fused = Participants.fusedPrefix(view, b);
    if (!located) {
      Cues.Hit hit = gap.isEmpty() ? null : cues.at("group-place", gap, 0);
      if (hit == null) {
        return Link.NONE;
      }
      for (int k = hit.length(); k < gap.size(); k++) {
        if (!isClassifier(gap.get(k))) {
          return Link.NONE;
        }
      }
      return Link.GROUP_PLACE;
    }
    boolean contain = false;
    boolean loose = false;
    int tail = unnamedItem(gap);
    for (int k = tail; k < gap.size(); k++) {
      String w = gap.get(k);
      if (w.equals(",") || w.equals("،")) {
        loose = true;
      } else if (withPreposition(w)) {
        contain = true;
      } else if (w.equals("و") || isClassifier(w) || w.equals("ل") || w.equals("لـ")) {
        // coordination, a classifier, or the لـ of a construct (بالريف الجنوبي لحماة)
      } else if (cues.isWord("contain", w)) {
        contain = true;
        // في and التابعة لـ (agreeing with قرى) hold the whole list before them
        loose |= Shapes.matches("[وف]?(?:في|التابعه|التابع)", w);
      } else {
        return Link.NONE;
      }
    }
    if (Shapes.matches("[وف]?ب.*", fused)) {
      contain = true;
    }
    if (!contain) {
      return located && a.isPlace() ? Link.COORDINATED : Link.NONE;
    }
    return loose ? Link.CONTAINED_LOOSE : Link.CONTAINED_TIGHT;
  }

  /**
   * After a place holding a list, a comma or a classifier starts a new item of the outer sentence
   * ("بلدتي X وY في جبل A، وبلدة Z في جبل B": Z is no place in A); after any place, a comma and a
   * classifier together do.
   */
  private boolean newItem(SentenceView view, Arg holder, boolean holds, Arg next) {
    boolean comma = false;
    boolean classifier = false;
    for (int i = holder.last() + 1; i < next.first(); i++) {
      comma |= view.isClauseBreak(i);
      classifier |= isClassifier(Shapes.replaceFirst(view.words.get(i), "^[وف](?=...)", ""));
    }
    return holds ? comma || classifier : comma && classifier;
  }

  /**
   * How many gap words a last unnamed item of the list takes ("X والتلال المحيطة بها، في ناحية
   * Z": Z holds X): up to three words opening with و and closed by a comma before في; else 0.
   */
  private static int unnamedItem(List<String> gap) {
    if (gap.isEmpty() || !gap.get(0).startsWith("و") || gap.get(0).length() < 3) {
      return 0;
    }
    for (int k = 1; k <= 3 && k + 1 < gap.size(); k++) {
      String w = gap.get(k);
      if ((w.equals(",") || w.equals("،")) && gap.get(k + 1).equals("في")) {
        return k;
      }
    }
    return 0;
  }

  /** A classifier or containment word with a fused ب or ل: بمحافظة، بريف، وبالريف، لناحية. */
  private boolean withPreposition(String word) {
    String w = Shapes.replaceFirst(word, "^[وف]", "");
    if (!(w.startsWith("ب") || w.startsWith("ل")) || w.length() < 3) {
      return false;
    }
    String rest = w.substring(1);
    return isClassifier(rest) || cues.isWord("contain", rest);
  }

  /** A place "name" that is only a classifier word (الريف، مناطق): it names no place by itself. */
  boolean isGeneric(Arg arg) {
    String key = ArabicNormalizer.normalize(arg.ref().text()).trim();
    return arg.isPlace() && key.indexOf(' ') < 0 && (isClassifier(key) || cues.isWord("contain", key));
  }

  private boolean isClassifier(String word) {
    return cues.isWord("place-class", word);
  }

  /** A numbered military unit or base (اللواء 39، الفرقة 17): it has a place. */
  static boolean isUnit(SentenceView view, Arg arg) {
    return arg.kind() == Arg.EntityClass.GROUP && Shapes.matches(".*\\d.*", arg.ref().text());
  }
}
