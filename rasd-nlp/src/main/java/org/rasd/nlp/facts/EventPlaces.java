package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where an event happened: the places its sentence attaches to the trigger ({@link #inSentence}),
 * or, where the sentence names none, the places of the event it refers back to ({@link #toldBefore})
 * or of the article's lead event ({@link #withLeadPlace}).
 */
final class EventPlaces {

  private final Cues cues;
  private final PlaceLists placeLists;

  EventPlaces(Cues cues, PlaceLists placeLists) {
    this.cues = cues;
    this.placeLists = placeLists;
  }

  /**
   * Places of the event: the place lists after the trigger in its clause (each at its innermost:
   * "النبك بالقلمون" gives النبك; a list goes on past "، ولا سيما"), else the nearest list before it
   * in the clause, else the place the sentence opens with, else for violent events the nearest place
   * of the sentence. A unit's base taken in a territory event is a place
   * ({@link #isGround}).
   */
  List<Arg> inSentence(SentenceView view, PlaceLists.Parsed places, SentenceView.Located trigger, EventType type) {
    List<Arg> out = new ArrayList<>();
    int words = 0;
    for (int i = trigger.last() + 1; i < view.size() && words <= 12; i++) {
      Cues.Hit more = view.isClauseBreak(i) && i + 1 < view.size() ? cues.at("list-more", view.words, i + 1) : null;
      if (more != null) { // "…، ولا سيما بلدتي X و Y": the places in particular
        i += more.length();
        continue;
      }
      if (view.isClauseBreak(i) && !isDash(view, i) || cues.is("clause-stop", view.words, i)) {
        break;
      }
      Arg arg = view.startingAt(i);
      if (arg != null && isGround(view, arg)) {
        out.add(arg);
      } else if (arg != null && arg.isPlace() && !placeLists.isGeneric(arg) && !holdsOneOf(places, arg, out)) {
        for (Arg a : places.innermost(arg)) {
          if (!out.contains(a)) {
            out.add(a);
          }
        }
      }
      if (arg != null) {
        i = arg.last();
      } else if (!view.isPunct(i)) {
        words++;
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    for (int i = trigger.first() - 1; i >= 0; i--) {
      if (view.isClauseBreak(i) || cues.is("strong-stop", view.words, i)) {
        break;
      }
      Arg arg = view.covering(i);
      if (arg != null && arg.isPlace() && !placeLists.isGeneric(arg)) {
        return new ArrayList<>(places.innermost(arg));
      }
    }
    Arg scene = scene(view);
    if (scene != null) {
      return new ArrayList<>(places.innermost(scene));
    }
    if (type.acledType().equals("Strategic developments")) {
      return out;
    }
    Arg nearest = null;
    int distance = Integer.MAX_VALUE;
    for (Arg a : view.args) {
      int d = Math.min(Math.abs(a.first() - trigger.last()), Math.abs(trigger.first() - a.last()));
      boolean place = a.kind() == Arg.EntityClass.PLACE && !placeLists.isGeneric(a) || isGround(view, a);
      if (place && d < distance && !strongStopBetween(view, a, trigger)) {
        nearest = a;
        distance = d;
      }
    }
    return nearest == null ? out : new ArrayList<>(places.innermost(nearest));
  }

  /**
   * The places of an event whose sentence names none, from what it refers back to: a definite
   * noun of violence (أعلن التنظيم مسؤوليته عن الهجوم) happened where the last violent event
   * did; a pronoun place right after the trigger (هجوما واسعا عليها) is the place of the event
   * told just before ({@code lastPlaces}); else none.
   */
  List<MentionRef> toldBefore(SentenceView view, SentenceView.Located trigger, List<PredictedEvent> earlier, List<MentionRef> lastPlaces) {
    List<MentionRef> places = List.of();
    if (refersBack(view, trigger)) {
      places = lastViolentPlaces(earlier);
    }
    if (places.isEmpty() && pointsBackToPlace(view, trigger)) {
      places = lastPlaces;
    }
    return places;
  }

  /**
   * The place a bare definite place head of the sentence stands for (وتعرّضت المدينة … لقصف): the
   * last place of the head's type (cues.tsv place-head) named before it in the article. The head
   * is the one nearest the trigger with no other trigger between them and no name right after it
   * (المدينة القديمة … is a head; مدينة القامشلي is a classifier).
   */
  List<MentionRef> namedBefore(List<SentenceView> views, int v, SentenceView.Located trigger) {
    SentenceView view = views.get(v);
    int head = -1;
    String type = null;
    for (int i = 0; i < view.size(); i++) {
      Cues.Hit hit = view.covering(i) == null ? cues.at("place-head", view.words, i) : null;
      boolean named = i + 1 < view.size() && view.covering(i + 1) != null;
      if (hit != null && !named && !triggerBetween(view, i, trigger)
          && (head < 0 || Math.abs(i - trigger.first()) < Math.abs(head - trigger.first()))) {
        head = i;
        type = hit.value();
      }
    }
    for (int k = v, before = head; head >= 0 && k >= 0; k--, before = Integer.MAX_VALUE) {
      Arg last = null;
      for (Arg a : views.get(k).args) {
        if (a.last() < before && a.type().equals(type) && (last == null || a.last() > last.last())) {
          last = a;
        }
      }
      if (last != null) {
        return List.of(last.ref());
      }
    }
    return List.of();
  }

  private static boolean triggerBetween(SentenceView view, int word, SentenceView.Located trigger) {
    return word < trigger.first()
        ? view.triggersBetween(word + 1, trigger.first()).findAny().isPresent()
        : view.triggersBetween(trigger.last() + 1, word).findAny().isPresent();
  }

  /**
   * A numbered unit taken by a territory trigger right before it (بعد اقتحامهم الفرقة 17) names
   * the unit's base, ground: where an event told with that takeover happened.
   */
  private boolean isGround(SentenceView view, Arg arg) {
    if (!PlaceLists.isUnit(view, arg)) {
      return false;
    }
    int before = arg.first() - 1;
    while (before >= 0 && view.isQuote(before)) {
      before--;
    }
    if (before >= 0 && Shapes.matches("[وف]?علي", view.words.get(before))) {
      before--;
    }
    SentenceView.Located taking = before >= 0 ? view.triggerAt(before) : null;
    return taking != null && taking.last() == before && EventExtractor.isTerritory(taking.match().entry().type());
  }

  /** Whether the text puts one of the places found in this one (الفرقة 17 بمحافظة الرقة). */
  private static boolean holdsOneOf(PlaceLists.Parsed places, Arg place, List<Arg> found) {
    return places.containments.stream().anyMatch(c -> c.outer() == place && found.contains(c.inner()));
  }

  /**
   * The place a sentence opens with (وفي مدينة درعا، اعتقلت قوات الأمن …؛ في ريف إدلب، قصفت …):
   * where everything the sentence tells happened, or null.
   */
  private Arg scene(SentenceView view) {
    return view.size() > 2 && Shapes.matches("[وف]?في", view.words.get(0)) ? placeFrom(view, 1) : null;
  }

  /**
   * Whether the trigger governs a place: a preposition of place right after it, then the place
   * (مساعدات إلى بلدتي نبل والزهراء).
   */
  boolean governsPlace(SentenceView view, SentenceView.Located trigger) {
    int next = trigger.last() + 1;
    return next < view.size() && cues.is("place-prep", view.words, next) && placeFrom(view, next + 1) != null;
  }

  /** The place named from token {@code i} on, classifiers aside (بلدتي، مدينة), or null. */
  private Arg placeFrom(SentenceView view, int i) {
    while (i < view.size() && view.covering(i) == null && cues.is("place-class", view.words, i)) {
      i++;
    }
    Arg place = view.startingAt(i);
    return place != null && place.isPlace() && !placeLists.isGeneric(place) ? place : null;
  }

  /**
   * Whether an event that found no place may take the article's lead place: its sentence names no
   * place at all (it goes on with the story: وبين المصدر أن عمليات الجيش أسفرت أيضا عن …) and it
   * is no change to a group (a merger or founding happens nowhere in particular).
   */
  boolean takesLeadPlace(SentenceView view, EventType type) {
    return !type.acledSubtype().equals("Change to group/activity")
        && view.args.stream().noneMatch(a -> a.isPlace() && !placeLists.isGeneric(a));
  }

  /**
   * The events, those in {@code unplaced} placed where the article's lead event happened: the
   * first event told before them with a place, unless their sentence dates them otherwise.
   */
  List<PredictedEvent> withLeadPlace(List<PredictedEvent> events, Set<PredictedEvent> unplaced) {
    PredictedEvent lead = null;
    List<PredictedEvent> out = new ArrayList<>(events.size());
    for (PredictedEvent e : events) {
      if (lead == null && !e.locations().isEmpty()) {
        lead = e;
      }
      boolean sameTime = e.timeFromPublication() || lead != null && Objects.equals(e.time(), lead.time());
      out.add(lead != null && unplaced.contains(e) && sameTime ? e.withLocations(lead.locations()) : e);
    }
    return out;
  }

  private boolean strongStopBetween(SentenceView view, Arg a, SentenceView.Located trigger) {
    int from = Math.min(a.last(), trigger.last());
    int to = Math.max(a.first(), trigger.first());
    return view.anyBetween(from, to, i -> cues.is("strong-stop", view.words, i));
  }

  private static boolean isDash(SentenceView view, int i) {
    return "-–—".indexOf(view.tokens.get(i).text().charAt(0)) >= 0;
  }

  /**
   * A definite noun trigger of violence that takes no object (مسؤوليته عن الهجوم، جراء القصف): it
   * names an event already told. With an object (عن القضاء على أعداد من المسلحين) it tells a new one.
   */
  private boolean refersBack(SentenceView view, SentenceView.Located trigger) {
    int next = trigger.last() + 1;
    return trigger.match().entry().partOfSpeech().equals("NOUN")
        && EventExtractor.isViolent(trigger.match().entry().type())
        && Shapes.matches("^[وف]?(?:[بل]?ال|لل).*", view.words.get(trigger.first()))
        && !cues.is("target-prep", view.words, trigger.last())
        && !(next < view.size() && cues.is("target-prep", view.words, next));
  }

  /** A place pronoun within three words after the trigger, before any name or clause break. */
  private boolean pointsBackToPlace(SentenceView view, SentenceView.Located trigger) {
    for (int i = trigger.last() + 1; i < Math.min(view.size(), trigger.last() + 4); i++) {
      if (view.isClauseBreak(i) || view.covering(i) != null) {
        return false;
      }
      if (cues.is("place-pronoun", view.words, i)) {
        return true;
      }
    }
    return false;
  }

  private static List<MentionRef> lastViolentPlaces(List<PredictedEvent> earlier) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      PredictedEvent e = earlier.get(k);
      if (EventExtractor.isViolent(e.type()) && !e.locations().isEmpty()) {
        return e.locations();
      }
    }
    return List.of();
  }
}
