package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.List;
import org.rasd.nlp.facts.time.PublicationDate;
import org.rasd.nlp.facts.time.TimeExpression;
import org.rasd.nlp.facts.time.TimeNormalizer;
import org.rasd.nlp.facts.time.TimeValue;

/**
 * Turns the triggers of each sentence into events: type from the lexicon (re-typed from context),
 * participants ({@link Participants}), places ({@link PlaceLists}), time ({@link TimeNormalizer}),
 * modality (cue words before the trigger, negation, future prefix, the lexicon's hint, the
 * reporting verb) and source ({@link Attribution}).
 */
final class EventExtractor {

  private static final String TERRITORY_STATE = "Government regains territory";
  private static final String TERRITORY_NON_STATE = "Non-state actor overtakes territory";

  private final Cues cues;
  private final Nationalities nationalities;
  private final Participants participants;
  private final TriggerLexicon lexicon;
  private final TimeNormalizer times = new TimeNormalizer();

  EventExtractor(TriggerLexicon lexicon, Cues cues, Nationalities nationalities) {
    this.lexicon = lexicon;
    this.cues = cues;
    this.nationalities = nationalities;
    this.participants = new Participants(cues);
  }

  /** The events of a document, one list per sentence view given. */
  List<PredictedEvent> extract(
      List<SentenceView> views,
      List<PlaceLists.Parsed> places,
      List<List<Attribution.Scope>> scopes,
      String published,
      List<Arg> countries) {
    List<PredictedEvent> events = new ArrayList<>();
    PublicationDate anchor = PublicationDate.parse(published);
    for (int v = 0; v < views.size(); v++) {
      SentenceView view = views.get(v);
      if (view.triggers.isEmpty()) {
        continue;
      }
      List<TimeExpression> sentenceTimes = times.find(view.text.substring(view.sentence.start(), view.sentence.end()), published);
      boolean plannedSeen = false;
      for (SentenceView.Located trigger : view.triggers) {
        TriggerEntry entry = trigger.match().entry();
        if (isState(view, trigger) || plannedSeen && isPurpose(view, trigger)) {
          continue;
        }
        String modality = modality(view, trigger, Attribution.at(scopes.get(v), trigger.first()));
        plannedSeen |= "planned".equals(entry.modalityHint());
        EventType type = entry.type();
        boolean cooperative = type.acledSubtype().equals("Change to group/activity") || type.acledSubtype().equals("Agreement");
        Participants.Found found = participants.of(view, trigger, cooperative, originActor(view, trigger, countries));
        List<Arg> locations = locations(view, places.get(v), trigger, type);
        type = retyped(type, found.actors(), view);
        TimeExpression when = nearest(sentenceTimes, view.sentence.start(), trigger.match());
        TimeValue time = when != null ? when.time() : anchor != null ? anchor.itself() : null;
        Attribution.Scope scope = Attribution.at(scopes.get(v), trigger.first());
        PredictedEvent event =
            new PredictedEvent(
                type,
                new MentionRef(trigger.match().start(), trigger.match().end(), trigger.match().text()),
                refs(found.actors()),
                refs(found.targets()),
                refs(locations),
                time,
                when == null && time != null,
                modality,
                scope.source(),
                view.sentence.start(),
                view.sentence.end());
        if (!repeats(event, events)) {
          events.add(event);
        }
      }
    }
    return events;
  }

  /** A trigger right after الخاضع/تحت/مناطق names a state of control, not an event. */
  private boolean isState(SentenceView view, SentenceView.Located trigger) {
    for (int i = trigger.first() - 1; i >= Math.max(0, trigger.first() - 2); i--) {
      Cues.Hit hit = cues.at("state-word", view.words, i);
      if (hit != null && i + hit.length() == trigger.first()) {
        return true;
      }
    }
    return false;
  }

  /** "لاقتحام" after a planned trigger (استعدادات … لاقتحام X) is that plan's purpose. */
  private static boolean isPurpose(SentenceView view, SentenceView.Located trigger) {
    return trigger.match().entry().partOfSpeech().equals("NOUN") && view.words.get(trigger.first()).matches("^[وف]?ل[^ل].*");
  }

  /** A country named by an adjective right after a noun trigger: قصف مدفعي تركي → Turkey. */
  private Arg originActor(SentenceView view, SentenceView.Located trigger, List<Arg> countries) {
    if (trigger.match().entry().partOfSpeech().equals("VERB")) {
      return null;
    }
    for (int i = trigger.last() + 1; i < Math.min(view.size(), trigger.last() + 3); i++) {
      if (view.covering(i) != null) {
        return null;
      }
      Nationalities.Origin origin = nationalities.of(view.words.get(i));
      if (origin != null && origin.kind().equals("COUNTRY")) {
        String key = NameKey.of(origin.place());
        for (Arg c : countries) {
          if (NameKey.of(c.ref().text()).equals(key)) {
            return new Arg(c.ref(), c.kind(), c.type(), i, i, view.tokens.get(i).start());
          }
        }
        return new Arg(view.span(i, i), Arg.EntityClass.COUNTRY, "COUNTRY", i, i, view.tokens.get(i).start());
      }
    }
    return null;
  }

  /**
   * Places of the event: the place lists after the trigger in its clause (each at its innermost:
   * "النبك بالقلمون" gives النبك), else the nearest list before it in the clause, else for violent
   * events the nearest place of the sentence.
   */
  private List<Arg> locations(SentenceView view, PlaceLists.Parsed places, SentenceView.Located trigger, EventType type) {
    List<Arg> out = new ArrayList<>();
    int words = 0;
    for (int i = trigger.last() + 1; i < view.size() && words <= 12; i++) {
      if (view.isClauseBreak(i) && !isDash(view, i) || cues.is("clause-stop", view.words, i)) {
        break;
      }
      Arg arg = view.startingAt(i);
      if (arg != null && arg.isPlace()) {
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
      if (arg != null && arg.isPlace()) {
        return places.innermost(arg);
      }
    }
    if (type.acledType().equals("Strategic developments")) {
      return out;
    }
    Arg nearest = null;
    int distance = Integer.MAX_VALUE;
    for (Arg a : view.args) {
      int d = Math.min(Math.abs(a.first() - trigger.last()), Math.abs(trigger.first() - a.last()));
      if (a.isPlace() && d < distance) {
        nearest = a;
        distance = d;
      }
    }
    return nearest == null ? out : places.innermost(nearest);
  }

  private static boolean isDash(SentenceView view, int i) {
    return "-–—".indexOf(view.tokens.get(i).text().charAt(0)) >= 0;
  }

  /**
   * Territory changes are typed by who takes the ground: state forces regain it, others overtake
   * it. Shooting at protesters is excessive force when the sentence reports deaths.
   */
  private EventType retyped(EventType type, List<Arg> actors, SentenceView view) {
    String sub = type.acledSubtype();
    if (sub.equals(TERRITORY_NON_STATE) || sub.equals(TERRITORY_STATE)) {
      boolean state = actors.stream().anyMatch(Arg::isStateForces);
      boolean nonState = actors.stream().anyMatch(a -> a.type().equals("ARMED_GROUP"));
      if (state && !sub.equals(TERRITORY_STATE)) {
        return new EventType(type.acledType(), TERRITORY_STATE, type.plover());
      }
      if (nonState && !state && !sub.equals(TERRITORY_NON_STATE)) {
        return new EventType(type.acledType(), TERRITORY_NON_STATE, type.plover());
      }
    }
    if (sub.equals("Protest with intervention")) {
      for (int i = 0; i < view.size(); i++) {
        if (cues.is("deaths", view.words, i)) {
          return new EventType(type.acledType(), "Excessive force against protesters", "ASSAULT");
        }
      }
    }
    return type;
  }

  /**
   * How the text presents the event: a cue before the trigger in its clause (نية، تمهد، زعم، نفى،
   * لم يعترف), a negation right before it, a future prefix on it (ستستمر), the lexicon's hint, a
   * future cue after a noun trigger (الحملة … ستستمر), the reporting verb's lean; else asserted.
   */
  private String modality(SentenceView view, SentenceView.Located trigger, Attribution.Scope scope) {
    int t = trigger.first();
    for (int i = t - 1; i >= Math.max(0, t - 8); i--) {
      if (view.isClauseBreak(i)) {
        break;
      }
      Cues.Hit hit = cues.at("modality", view.words, i);
      if (hit != null && i + hit.length() <= t + 1) {
        return hit.value();
      }
      if (i == t - 1 && cues.is("negation", view.words, i)) {
        return "negated";
      }
    }
    String word = view.words.get(t);
    if (trigger.match().entry().partOfSpeech().equals("VERB") && word.matches("^[وف]?س[يتن].*")
        && !lexicon.lookup(word.replaceFirst("^([وف]?)س", "$1")).isEmpty()) {
      return "planned";
    }
    if (trigger.match().entry().modalityHint() != null) {
      return trigger.match().entry().modalityHint();
    }
    if (trigger.match().entry().partOfSpeech().equals("NOUN")) {
      for (int i = trigger.last() + 1; i < Math.min(view.size(), trigger.last() + 8); i++) {
        if (view.isClauseBreak(i) && !view.isQuote(i)) {
          break;
        }
        Cues.Hit hit = cues.at("modality", view.words, i);
        if (hit != null && "planned".equals(hit.value()) && view.words.get(i).matches("^[وف]?س.*")) {
          return "planned";
        }
      }
    }
    return scope.modality() != null ? scope.modality() : "asserted";
  }

  private static TimeExpression nearest(List<TimeExpression> found, int sentenceStart, TriggerMatch trigger) {
    TimeExpression best = null;
    int distance = Integer.MAX_VALUE;
    for (TimeExpression e : found) {
      int start = sentenceStart + e.start();
      int end = sentenceStart + e.end();
      int d = end <= trigger.start() ? trigger.start() - end : Math.max(0, start - trigger.end());
      if (d < distance) {
        best = e;
        distance = d;
      }
    }
    return best;
  }

  /**
   * Whether an event repeats one already found in an earlier sentence (a headline restated in the
   * body): same event type and modality, a shared actor or none on both, a shared place or none.
   */
  private static boolean repeats(PredictedEvent event, List<PredictedEvent> earlier) {
    for (PredictedEvent e : earlier) {
      if (e.sentenceStart() != event.sentenceStart()
          && e.type().acledType().equals(event.type().acledType())
          && e.modality().equals(event.modality())
          && shared(e.actors(), event.actors())
          && shared(e.locations(), event.locations())) {
        return true;
      }
    }
    return false;
  }

  private static boolean shared(List<MentionRef> a, List<MentionRef> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    for (MentionRef x : a) {
      for (MentionRef y : b) {
        if (NameKey.of(x.text()).equals(NameKey.of(y.text()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<MentionRef> refs(List<Arg> args) {
    List<MentionRef> out = new ArrayList<>();
    for (Arg a : args) {
      if (!out.contains(a.ref())) {
        out.add(a.ref());
      }
    }
    return out;
  }
}
