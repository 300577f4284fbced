package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.rasd.nlp.facts.time.PublicationDate;
import org.rasd.nlp.facts.time.TimeExpression;
import org.rasd.nlp.facts.time.TimeNormalizer;
import org.rasd.nlp.facts.time.TimeValue;

/**
 * Turns the triggers of each sentence into events: type from the lexicon (re-typed from context),
 * participants ({@link Participants}), places ({@link EventPlaces}), time ({@link TimeNormalizer}),
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
  private final EventPlaces eventPlaces;

  EventExtractor(TriggerLexicon lexicon, Cues cues, Nationalities nationalities, PlaceLists placeLists) {
    this.lexicon = lexicon;
    this.eventPlaces = new EventPlaces(cues, placeLists);
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
      List<TimeExpression> documentTimes,
      List<Arg> countries) {
    List<PredictedEvent> events = new ArrayList<>();
    List<TriggerEntry> entries = new ArrayList<>();
    Set<PredictedEvent> unplaced = Collections.newSetFromMap(new IdentityHashMap<>()); // to take the lead place
    List<MentionRef> lastPlaces = List.of(); // of the last event told, a repeat included
    PublicationDate anchor = PublicationDate.parse(published);
    for (int v = 0; v < views.size(); v++) {
      SentenceView view = views.get(v);
      if (view.triggers.isEmpty()) {
        continue;
      }
      List<TimeExpression> sentenceTimes = view.timesIn(documentTimes);
      List<SentenceView.Located> kept = new ArrayList<>();
      for (SentenceView.Located trigger : view.triggers) {
        if (!isState(view, trigger) && !isConsequence(view, trigger) && !isPurpose(view, trigger, kept)
            && !isCasualtyCount(view, trigger) && !continuesPrevious(view, trigger, kept)
            && !isBackground(view, trigger, kept)) {
          kept.add(trigger);
        }
      }
      for (SentenceView.Located trigger : kept) {
        TriggerEntry entry = trigger.match().entry();
        String modality = modality(view, trigger, Attribution.at(scopes.get(v), trigger.first()));
        EventType type = entry.type();
        boolean cooperative = type.acledSubtype().equals("Change to group/activity") || type.acledSubtype().equals("Agreement");
        Participants.Found found = participants.of(view, trigger, cooperative, originActor(view, trigger, countries));
        if (cues.is("custody", view.words, trigger.first())) {
          found = personsHeld(found);
        }
        List<Arg> groundTaken = isTerritory(type) ? groundTaken(view, trigger, found) : List.of();
        found = withoutTargets(found, groundTaken);
        List<Arg> locations = eventPlaces.inSentence(view, places.get(v), trigger, type);
        locations.removeAll(found.actors());
        locations.removeAll(found.targets());
        locations.addAll(0, groundTaken);
        List<MentionRef> placeRefs = refs(locations);
        if (placeRefs.isEmpty()) {
          placeRefs = eventPlaces.namedBefore(views, v, trigger);
        }
        if (placeRefs.isEmpty()) {
          placeRefs = eventPlaces.toldBefore(view, trigger, events, lastPlaces);
        }
        if (!informative(type, found, placeRefs, eventPlaces.governsPlace(view, trigger)) || isBareDeathReport(view, trigger, found, placeRefs)
            || isPeopleHeld(view, trigger, found)) {
          continue;
        }
        type = retyped(type, found.actors(), view, trigger);
        TimeExpression when = nearest(sentenceTimes, trigger.match());
        TimeValue time = when != null ? when.time() : anchor != null ? anchor.itself() : null;
        Attribution.Scope scope = Attribution.at(scopes.get(v), trigger.first());
        PredictedEvent event =
            new PredictedEvent(
                type,
                new MentionRef(trigger.match().start(), trigger.match().end(), trigger.match().text()),
                refs(found.actors()),
                refs(found.targets()),
                placeRefs,
                time,
                when == null && time != null,
                modality,
                scope.source(),
                view.sentence.start(),
                view.sentence.end());
        if (!placeRefs.isEmpty()) {
          lastPlaces = placeRefs;
        }
        int repeated = repeated(event, entry, events, entries);
        if (repeated < 0) {
          events.add(event);
          entries.add(entry);
          if (placeRefs.isEmpty() && eventPlaces.takesLeadPlace(view, type)) {
            unplaced.add(event);
          }
        } else if (events.get(repeated).sentenceStart() == event.sentenceStart()) {
          events.set(repeated, withPlacesOf(events.get(repeated), event));
        }
      }
    }
    return eventPlaces.withLeadPlace(withoutVagueRepeats(events, views.isEmpty() ? "" : views.get(0).text), unplaced);
  }

  static boolean isTerritory(EventType type) {
    return type.acledSubtype().equals(TERRITORY_STATE) || type.acledSubtype().equals(TERRITORY_NON_STATE);
  }

  /**
   * What a territory change takes is ground: a unit's name as its object (سيطرة التنظيم على الفرقة
   * 17، اقتحامهم اللواء 93) stands for the unit's base.
   */
  private static List<Arg> groundTaken(SentenceView view, SentenceView.Located trigger, Participants.Found found) {
    return found.targets().stream()
        .filter(a -> a.kind() == Arg.EntityClass.GROUP && isObject(view, trigger, a))
        .toList();
  }

  /** Whether a name is the trigger's object: right after it, or after على (quotes aside). */
  private static boolean isObject(SentenceView view, SentenceView.Located trigger, Arg a) {
    int before = a.first() - 1;
    while (before > trigger.last() && view.isQuote(before)) {
      before--;
    }
    return before == trigger.last() || before > trigger.last() && Shapes.matches("[وف]?علي", view.words.get(before));
  }

  private static Participants.Found withoutTargets(Participants.Found found, List<Arg> moved) {
    if (moved.isEmpty()) {
      return found;
    }
    List<Arg> targets = new ArrayList<>(found.targets());
    targets.removeAll(moved);
    return new Participants.Found(found.actors(), targets);
  }

  /** Arrests, abductions and releases hold a person: a person among the parties is the one held. */
  private static Participants.Found personsHeld(Participants.Found found) {
    List<Arg> actors = new ArrayList<>();
    List<Arg> targets = new ArrayList<>(found.targets());
    for (Arg a : found.actors()) {
      (a.type().equals("PERSON") ? targets : actors).add(a);
    }
    return new Participants.Found(actors, targets);
  }

  /**
   * A trigger right after بعد، عقب، إثر with an event of the same type told before it in the
   * sentence is how that event came about (سيطرت على القرى بعد معارك مع الوحدات), not another one.
   */
  private boolean isBackground(SentenceView view, SentenceView.Located trigger, List<SentenceView.Located> before) {
    int t = trigger.first();
    if (t == 0 || !cues.is("after-prep", view.words, t - 1)) {
      return false;
    }
    String type = trigger.match().entry().type().acledType();
    return before.stream().anyMatch(b -> b.match().entry().type().acledType().equals(type));
  }

  /** The earlier event with the later one's places added (one event told with more places). */
  private static PredictedEvent withPlacesOf(PredictedEvent earlier, PredictedEvent later) {
    List<MentionRef> places = new ArrayList<>(earlier.locations());
    for (MentionRef r : later.locations()) {
      if (!places.contains(r)) {
        places.add(r);
      }
    }
    return earlier.withLocations(places);
  }

  /**
   * Without the events that name no party where an event of the same sub-type in the same place
   * (or in a place its sentence puts there) names one: a headline's "الاقتتال بالغوطة" is the clash
   * the body tells with its sides.
   */
  private static List<PredictedEvent> withoutVagueRepeats(List<PredictedEvent> events, String text) {
    List<PredictedEvent> out = new ArrayList<>();
    for (PredictedEvent e : events) {
      boolean vague = e.actors().isEmpty() && e.targets().isEmpty() && !e.locations().isEmpty();
      if (!vague || events.stream().noneMatch(o -> o != e && (!o.actors().isEmpty() || !o.targets().isEmpty())
          && o.type().acledSubtype().equals(e.type().acledSubtype()) && placedWithin(e, o, text))) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Whether the vague event's place is the other's, or named in the other's sentence as the
   * region around it (غارة على ريف دمشق / غارة على بلدة أوتايا … بريف دمشق).
   */
  private static boolean placedWithin(PredictedEvent vague, PredictedEvent other, String text) {
    if (shared(other.locations(), vague.locations())) {
      return true;
    }
    String sentence = NameKey.of(text.substring(other.sentenceStart(), other.sentenceEnd()));
    return !other.locations().isEmpty()
        && vague.locations().stream().anyMatch(p -> (" " + sentence + " ").contains(" " + NameKey.of(p.text()) + " "));
  }

  /**
   * A trigger right after الخاضع/تحت/مناطق names a state of control, not an event; so does one in
   * a relative clause on a place (القرى التي سيطر عليها), but not a past verb on a group (الحركة
   * التي انفصلت).
   */
  private boolean isState(SentenceView view, SentenceView.Located trigger) {
    for (int i = trigger.first() - 1; i >= Math.max(0, trigger.first() - 2); i--) {
      Cues.Hit hit = cues.at("state-word", view.words, i);
      if (hit != null && i + hit.length() == trigger.first()) {
        return !(cues.is("clause-stop", view.words, i) && describesGroup(view, i) && isPastTense(view, trigger));
      }
    }
    return false;
  }

  /**
   * A verb with the past-tense ending of a feminine or plural subject (انفصلت، انسحبوا), the
   * agreement a group name takes; the bare form may be a present tense (التي تشكل: which forms).
   */
  private static boolean isPastTense(SentenceView view, SentenceView.Located trigger) {
    return trigger.match().entry().partOfSpeech().equals("VERB")
        && Shapes.matches(".*(?:ت|وا)$", view.words.get(trigger.first()));
  }

  /** Whether the word before a relative pronoun (a comma and quotes aside) names a group. */
  private static boolean describesGroup(SentenceView view, int pronoun) {
    int i = pronoun - 1;
    while (i >= 0 && (view.isPunct(i))) {
      i--;
    }
    Arg before = i >= 0 ? view.covering(i) : null;
    return before != null && before.kind() == Arg.EntityClass.GROUP;
  }

  /**
   * "لاقتحام" or "لتفريق" after a trigger of the same clause that is a plan (استعدادات … لاقتحام X) or
   * of the same event type (إطلاق النار لتفريق المتظاهرين) states that event's purpose; so does an
   * adverb of purpose after any earlier trigger (استعدادا لـ).
   */
  private boolean isPurpose(SentenceView view, SentenceView.Located trigger, List<SentenceView.Located> before) {
    if (!trigger.match().entry().partOfSpeech().equals("NOUN")) {
      return false;
    }
    if (!before.isEmpty() && isAdverbOfPurpose(view, trigger)) {
      return true;
    }
    if (!Shapes.matches("^[وف]?ل[^ل].*", view.words.get(trigger.first()))) {
      return false;
    }
    for (SentenceView.Located b : before) {
      TriggerEntry e = b.match().entry();
      Cues.Hit cue = cues.at("modality", view.words, b.first());
      boolean plan = "planned".equals(e.modalityHint()) || cue != null && "planned".equals(cue.value());
      if (plan || e.type().acledType().equals(trigger.match().entry().type().acledType())) {
        return !breakBetween(view, b.last() + 1, trigger.first());
      }
    }
    return false;
  }

  /**
   * An indefinite accusative verbal noun followed by لـ (… إعادة تجميع، استعدادا لمواجهة …؛ تمهيدا
   * لـ) tells why the event before it was done.
   */
  private static boolean isAdverbOfPurpose(SentenceView view, SentenceView.Located trigger) {
    int next = trigger.last() + 1;
    return trigger.first() == trigger.last() && Shapes.matches("^[^وفبل].*[^ا]ا$", view.words.get(trigger.first()))
        && next < view.size() && Shapes.matches("^ل.+", view.words.get(next));
  }

  private boolean breakBetween(SentenceView view, int from, int to) {
    return view.anyBetween(from, to, i -> view.isClauseBreak(i) || cues.is("strong-stop", view.words, i));
  }

  /**
   * A death word after أدى إلى، أسفر عن، جراء… reports the casualties of the event told before it.
   * (Other triggers there are events of their own: عمليات الجيش أسفرت عن تفكيك مفخخات.)
   */
  private boolean isConsequence(SentenceView view, SentenceView.Located trigger) {
    if (!cues.is("deaths", view.words, trigger.first())) {
      return false;
    }
    for (int i = trigger.first() - 1; i >= Math.max(0, trigger.first() - 4); i--) {
      if (cues.is("consequence", view.words, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A trigger that goes on telling the event of an earlier trigger of its clause: the same event
   * type with no new statement between (غارة … استهدفت … بعشرة صواريخ), or a noun close behind
   * any other trigger without a conjunction, which names what that one acted on (تفكيك خمس
   * مفخخات، القضاء على آخر تجمعات).
   */
  private boolean continuesPrevious(SentenceView view, SentenceView.Located trigger, List<SentenceView.Located> kept) {
    for (SentenceView.Located b : kept) {
      if (sameKind(b.match().entry().type(), trigger.match().entry().type()) && joined(view, b, trigger)) {
        return true;
      }
    }
    if (!trigger.match().entry().partOfSpeech().equals("NOUN")) {
      return false;
    }
    for (SentenceView.Located b : view.triggers) { // also a trigger itself left out: القضاء على آخر تجمعات
      if (b.last() < trigger.first() && trigger.first() - b.last() <= 3 && joined(view, b, trigger)
          && !nameBetween(view, b.last() + 1, trigger.first())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same kind of event: the same ACLED type, and for strategic developments (a type of unlike
   * things: mergers, bases, arrests) the same sub-type.
   */
  private static boolean sameKind(EventType a, EventType b) {
    return a.acledType().equals(b.acledType())
        && (!a.acledType().equals("Strategic developments") || a.acledSubtype().equals(b.acledSubtype()));
  }

  /** Whether no clause break and no conjunction separate an earlier trigger from a later one. */
  private boolean joined(SentenceView view, SentenceView.Located earlier, SentenceView.Located later) {
    return !breakBetween(view, earlier.last() + 1, later.first()) && !conjoined(view, earlier.last() + 1, later.first());
  }

  /** Whether a conjunction (و، إضافة إلى…) stands between two triggers or fuses to the second. */
  private boolean conjoined(SentenceView view, int from, int trigger) {
    if (view.words.get(trigger).startsWith("و")) {
      return true;
    }
    for (int i = from; i < trigger; i++) {
      if (cues.is("conjunction", view.words, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameBetween(SentenceView view, int from, int to) {
    for (int i = from; i < to; i++) {
      if (view.covering(i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A death word (قتل، مقتل، مصرع) in a sentence that also tells a violent event (or shooting at
   * protesters) reports that event's casualties, not an event of its own.
   */
  private boolean isCasualtyCount(SentenceView view, SentenceView.Located trigger) {
    if (!cues.is("deaths", view.words, trigger.first())) {
      return false;
    }
    for (SentenceView.Located other : view.triggers) {
      EventType type = other.match().entry().type();
      boolean violent = isViolent(type) || type.acledSubtype().equals("Protest with intervention");
      if (other != trigger && !cues.is("deaths", view.words, other.first()) && violent) {
        return true;
      }
    }
    return false;
  }

  static boolean isViolent(EventType type) {
    return !type.acledType().equals("Strategic developments") && !type.acledType().equals("Protests");
  }

  /**
   * An event needs a participant or a place; a development or a territory change needs a party
   * (an agreement or a merger of nobody in particular is a topic, not an event), unless a
   * development's trigger itself governs its place (إيصال مساعدات إلى بلدتي X وY: aid that reached
   * somewhere).
   */
  private static boolean informative(EventType type, Participants.Found found, List<MentionRef> locations, boolean governed) {
    boolean party = !found.actors().isEmpty() || !found.targets().isEmpty();
    boolean development = type.acledType().equals("Strategic developments");
    if (development && governed && !locations.isEmpty()) {
      return true;
    }
    return development || isTerritory(type) ? party : party || !locations.isEmpty();
  }

  /**
   * A death word with no one who killed and no place (أكد مسؤول مقتل القائد) reports a death, not
   * an event that could be coded: the event that caused it is told elsewhere, or not at all.
   */
  private boolean isBareDeathReport(SentenceView view, SentenceView.Located trigger, Participants.Found found, List<MentionRef> places) {
    return found.actors().isEmpty() && places.isEmpty() && cues.is("deaths", view.words, trigger.first());
  }

  /** A word for the people held (المخطوفين، المعتقلين) tells an abduction only with who holds them. */
  private boolean isPeopleHeld(SentenceView view, SentenceView.Located trigger, Participants.Found found) {
    return found.actors().isEmpty() && cues.is("held-people", view.words, trigger.first());
  }

  /**
   * A country named by an adjective inside or right after a noun trigger: قصف مدفعي تركي → Turkey,
   * الحملة الروسية الجوية → Russia; not one that describes a group after it (اندماج الميليشيات
   * العراقية: Iraqi militias merged, not Iraq).
   */
  private Arg originActor(SentenceView view, SentenceView.Located trigger, List<Arg> countries) {
    if (trigger.match().entry().partOfSpeech().equals("VERB")) {
      return null;
    }
    for (int i = trigger.first() + 1; i < Math.min(view.size(), trigger.last() + 3); i++) {
      if (view.covering(i) != null || cues.isWord("generic-group", view.words.get(i))) {
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
   * Territory changes are typed by who takes the ground: state forces regain it, others overtake
   * it; security forces (قوات الأمن) storming a town is a crackdown, a strategic development. Shooting at protesters is excessive force when the sentence reports deaths.
   * Shelling by aircraft (قصف الطيران المروحي) or with what they drop (بالبراميل المتفجرة) is an air strike.
   */
  private EventType retyped(EventType type, List<Arg> actors, SentenceView view, SentenceView.Located trigger) {
    String sub = type.acledSubtype();
    if (isTerritory(type) && !actors.isEmpty() && actors.stream().allMatch(a -> isSecurity(view, a))) {
      return new EventType("Strategic developments", "Other", type.plover());
    }
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
    if (sub.equals("Shelling/artillery/missile attack") && (actors.stream().anyMatch(a -> isAircraft(view, a)) || aerialInstrument(view, trigger))) {
      return new EventType(type.acledType(), "Air/drone strike", type.plover());
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

  /** Whether an actor is aircraft by its own words (الطيران الحربي، طائرات روسية). */
  private boolean isAircraft(SentenceView view, Arg actor) {
    for (int i = actor.first(); i <= actor.last(); i++) {
      if (cues.is("aerial", view.words, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause after the trigger says it was done with aircraft or barrels (بالبراميل المتفجرة، بغارات). */
  private boolean aerialInstrument(SentenceView view, SentenceView.Located trigger) {
    for (int i = trigger.last() + 1; i < Math.min(view.size(), trigger.last() + 9) && !view.isClauseBreak(i); i++) {
      if (view.words.get(i).startsWith("ب") && cues.is("aerial", view.words, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an actor is a police or security service by its own words (قوات الأمن، الأجهزة الأمنية). */
  private boolean isSecurity(SentenceView view, Arg actor) {
    for (int i = actor.first(); i <= actor.last(); i++) {
      if (cues.is("security", view.words, i)) {
        return true;
      }
    }
    return false;
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
    if (trigger.match().entry().partOfSpeech().equals("VERB") && Shapes.matches("^[وف]?س[يتن].*", word)
        && !lexicon.lookup(Shapes.replaceFirst(word, "^([وف]?)س", "$1")).isEmpty()) {
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
        if (hit != null && "planned".equals(hit.value()) && Shapes.matches("^[وف]?س.*", view.words.get(i))) {
          return "planned";
        }
      }
    }
    return scope.modality() != null ? scope.modality() : "asserted";
  }

  private static TimeExpression nearest(List<TimeExpression> found, TriggerMatch trigger) {
    TimeExpression best = null;
    int distance = Integer.MAX_VALUE;
    for (TimeExpression e : found) {
      int start = e.start();
      int end = e.end();
      int d = end <= trigger.start() ? trigger.start() - end : Math.max(0, start - trigger.end());
      if (d < distance) {
        best = e;
        distance = d;
      }
    }
    return best;
  }

  /**
   * The index of the earlier event this one repeats, or -1: same event type, modality and a shared
   * actor (or none on both sides), and told in an earlier sentence with the same sub-type and a
   * shared place (or none; a headline restated in the body) or no place at all (the same actors'
   * preparations mentioned again), or by the same trigger word again in the same sentence with a
   * shared place, or by a verb of the same sub-type that the same actors do again in the sentence
   * (أعلنت سيطرتها على قرى …، كما سيطرت على قلعة …).
   */
  private static int repeated(PredictedEvent event, TriggerEntry entry, List<PredictedEvent> earlier, List<TriggerEntry> entries) {
    for (int k = 0; k < earlier.size(); k++) {
      PredictedEvent e = earlier.get(k);
      if (!e.type().acledType().equals(event.type().acledType()) || !e.modality().equals(event.modality())
          || !shared(e.actors(), event.actors())) {
        continue;
      }
      boolean samePlace = shared(e.locations(), event.locations());
      if (e.sentenceStart() != event.sentenceStart()) {
        boolean addsNothing = event.locations().isEmpty() && !event.actors().isEmpty(); // استعدادات في صفوف تلك الميليشيات
        if ((samePlace || addsNothing) && e.type().acledSubtype().equals(event.type().acledSubtype())) {
          return k;
        }
      } else if (entries.get(k) == entry && samePlace
          || entry.partOfSpeech().equals("VERB") && !e.actors().isEmpty()
              && e.type().acledSubtype().equals(event.type().acledSubtype())) {
        return k;
      }
    }
    return -1;
  }

  private static boolean shared(List<MentionRef> a, List<MentionRef> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    for (MentionRef x : a) {
      for (MentionRef y : b) {
        String kx = NameKey.of(x.text());
        String ky = NameKey.of(y.text());
        if (kx.equals(ky) || kx.startsWith(ky + " ") || ky.startsWith(kx + " ")) {
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
