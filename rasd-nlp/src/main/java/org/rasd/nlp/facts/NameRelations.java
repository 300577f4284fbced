package org.rasd.nlp.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Relations a name states by itself: a facility or city part named after its place, a regime after its head. */
final class NameRelations {

  /** The document's named places and cities by {@link NameKey}, the first of each name. */
  private final Map<String, Arg> places = new HashMap<>();
  private final Map<String, Arg> cities = new HashMap<>();

  NameRelations(List<Arg> named) {
    for (Arg p : named) {
      if (p.isPlace() && !p.type().equals("FACILITY")) {
        String key = NameKey.of(p.ref().text());
        places.putIfAbsent(key, p);
        if (p.type().equals("CITY")) {
          cities.putIfAbsent(key, p);
        }
      }
    }
  }

  /**
   * A facility named after its place (مشفى جسر الشغور) is located in it, and so is a part of a
   * city named by the city and a part adjective (حمص القديمة، حلب الشرقية).
   */
  void facilityPlaces(SentenceView view, RelationCollector out) {
    for (Arg arg : view.args) {
      boolean facility = arg.type().equals("FACILITY");
      if (!facility && !(arg.kind() == Arg.EntityClass.PLACE && arg.ref().start() == arg.textStart())) {
        continue;
      }
      String key = NameKey.of(arg.ref().text());
      for (int space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
        Arg namedAfter = facility ? places.get(key.substring(space + 1)) : null;
        Arg city = CITY_PARTS.contains(key.substring(space + 1)) ? cities.get(key.substring(0, space)) : null;
        Arg holder = namedAfter != null ? namedAfter : city;
        if (holder != null) {
          out.add("LOCATED_IN", arg.ref(), holder.ref(), null, "asserted", null, view);
          break;
        }
      }
    }
  }

  /** Adjectives that make a city's name the name of one of its parts (as {@link NameKey}s). */
  private static final Set<String> CITY_PARTS = Stream.of(
          "القديمة", "القديم", "الجديدة", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الشرقي", "الغربي", "الشمالي", "الجنوبي")
      .map(NameKey::of)
      .collect(Collectors.toUnmodifiableSet());

  /** Words naming a government after its head, and the titles between them and the name. */
  private static final Set<String> RULE_WORDS = Set.of("نظام", "حكومه", "اداره");
  private static final Set<String> TITLES = Set.of("الرئيس", "رئيس", "الوزراء", "الملك", "السلطان", "الامير");

  /**
   * "نظام الرئيس بشار الأسد": the person a government is named after with a title leads it, be the
   * whole a government mention or the person's mention after the words نظام الرئيس.
   */
  static void namedAfterLeader(SentenceView view, RelationCollector out) {
    for (Arg arg : view.args) {
      if (arg.ref().start() != arg.textStart()) {
        continue;
      }
      if (arg.type().equals("GOVERNMENT") && RULE_WORDS.contains(SentenceViews.stem(view.words.get(arg.first())))) {
        int name = afterTitles(view, arg.first() + 1);
        if (name > arg.first() + 1 && arg.last() - name >= 1) {
          out.add("LEADER_OF", view.span(name, arg.last()), arg.ref(), null, "asserted", null, view);
        }
      } else if (arg.kind() == Arg.EntityClass.PERSON) {
        int title = arg.first();
        while (title > 0 && TITLES.contains(view.words.get(title - 1))) {
          title--;
        }
        if (title < arg.first() && title > 0 && RULE_WORDS.contains(SentenceViews.stem(view.words.get(title - 1)))) {
          out.add("LEADER_OF", arg.ref(), view.span(title - 1, arg.last()), null, "asserted", null, view);
        }
      }
    }
  }

  private static int afterTitles(SentenceView view, int i) {
    while (i < view.size() && TITLES.contains(view.words.get(i))) {
      i++;
    }
    return i;
  }
}
