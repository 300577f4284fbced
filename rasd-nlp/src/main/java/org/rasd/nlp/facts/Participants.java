package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds who acted and who was acted on for a trigger, by the sentence's word order and
 * prepositions (all cue words in cues.tsv):
 *
 * <ul>
 *   <li>verb trigger: the subject right after it (VSO: اقتحمت قوات الأمن), or after "كل من", or
 *       the group a relative clause describes (الحركة التي انفصلت), or else before it;
 *   <li>noun trigger: "بين صفوف X و Y" / "من قبل X" / a genitive (هجوم الميليشيا; for object nouns
 *       such as استهداف, and after a pronoun suffix as in اقتحامهم X, the name is the target), "بين X … و Y" (X acts on Y), an adjective of
 *       origin (قصف تركي → Turkey), else the subject of the verb governing it (شاركت الميليشيا في
 *       الهجوم) or the nearest actor before it, else the actors after it in its clause;
 *   <li>targets: actors after على، ضد، بحق in the clause, and after عن for leaving a group (انفصلت X
 *       عن Y); مع adds a party (a second actor for mergers and agreements, a target otherwise).
 * </ul>
 *
 * Coordinated actors (X و Y، Z) are taken together.
 */
final class Participants {

  record Found(List<Arg> actors, List<Arg> targets) {}

  private final Cues cues;

  Participants(Cues cues) {
    this.cues = cues;
  }

  /**
   * The parties of a trigger. Named parties come first: the generic actors of the sentence
   * (المسلحين، برصاص الأمن) are read only when no named one acts in the trigger's own clause
   * (a named party of an earlier clause yields to the new verb's own subject: قصفت قوات النظام
   * …، كذلك قصف الطيران المروحي …), and then only where the syntax makes them the actor (subject,
   * genitive, agent, "بين"), never as merely the nearest party.
   */
  Found of(SentenceView view, SentenceView.Located trigger, boolean cooperative, Arg originActor) {
    Found named = find(view.withoutGenerics(), trigger, cooperative, originActor, true);
    if (view.generics.isEmpty() || !named.actors().isEmpty() && !allInEarlierClause(view, named.actors(), trigger)) {
      return named;
    }
    Found described = find(view, trigger, cooperative, originActor, false);
    boolean ownSubject = !described.actors().isEmpty() && described.actors().stream().allMatch(a -> isDefinite(view, a));
    return described.actors().isEmpty() || !named.actors().isEmpty() && !ownSubject ? named : described;
  }

  /**
   * Whether a party is definite (الطيران المروحي، للطيران الحربي): after a verb whose subject is
   * left out, an indefinite descriptor is its object (وأسس جماعات مسلحة، أنه استهدف مسلحين).
   */
  private static boolean isDefinite(SentenceView view, Arg party) {
    return Shapes.matches("^[وفبلك]?(?:ال|لل).*", view.words.get(party.first()));
  }

  /** Whether every actor stands before the trigger with a clause break between them. */
  private static boolean allInEarlierClause(SentenceView view, List<Arg> actors, SentenceView.Located trigger) {
    return actors.stream().allMatch(a -> a.last() < trigger.first() && view.anyBetween(a.last() + 1, trigger.first(), view::isClauseBreak));
  }

  private Found find(SentenceView view, SentenceView.Located trigger, boolean cooperative, Arg originActor, boolean byProximity) {
    TriggerEntry entry = trigger.match().entry();
    boolean verb = entry.partOfSpeech().equals("VERB");
    boolean objectNoun = !verb && cues.isWord("object-noun", SentenceViews.stem(view.words.get(trigger.first())))
        || !verb && cues.isWord("object-noun", view.words.get(trigger.first()));
    List<Arg> actors = new ArrayList<>();
    List<Arg> targets = new ArrayList<>();
    int after = trigger.last() + 1;
    if (verb) {
      Arg subject = subjectAfter(view, after);
      if (subject == null) {
        subject = listedSubject(view, after);
      }
      if (subject == null) {
        subject = beforeRelative(view, trigger.first());
      }
      if (subject != null) {
        actors.addAll(coordinated(view, subject));
        after = Math.max(after, actors.get(actors.size() - 1).last() + 1); // a relative clause's group stands before
        Arg object = actorAfter(view, after, 0);
        if (object != null) {
          targets.addAll(coordinated(view, object));
        }
      }
    } else {
      int next = skipQuotes(view, after);
      Cues.Hit agent = next < view.size() ? cues.at("agent-prep", view.words, next) : null;
      Arg genitive = actorAfter(view, after, 1);
      if (agent != null) {
        Arg first = actorAfter(view, next + agent.length(), 1);
        if (first != null) {
          actors.addAll(coordinated(view, first));
        }
      } else if (betweenAt(view, next) >= 0) {
        Arg first = actorAfter(view, betweenAt(view, next) + 1, 1);
        if (first != null) {
          actors.add(first);
          Arg second = actorAfter(view, first.last() + 1, 4);
          if (second != null) {
            targets.addAll(coordinated(view, second));
          }
        }
      } else if (genitive != null && view.partyAt(next) == genitive || genitive != null && genitive.first() == next + 1) {
        (objectNoun || hasPronounSuffix(view, trigger.last()) ? targets : actors).addAll(coordinated(view, genitive));
      }
      if (actors.isEmpty() && isDual(view, trigger.last())) {
        actors.addAll(lastTwoBefore(view, trigger.first()));
      }
    }
    if (actors.isEmpty() && originActor != null) {
      actors.add(originActor);
    }
    if (actors.isEmpty()) {
      actors.addAll(actorBefore(view, trigger.first(), entry.type().acledType().equals("Strategic developments"), byProximity));
    }
    if (actors.isEmpty() && !verb && !objectNoun && byProximity) {
      actors.addAll(actorsLaterInClause(view, after, targets));
    }
    List<Arg> agents = new ArrayList<>();
    boolean leaving = cues.is("leaves", view.words, trigger.first());
    for (int i = after; i < view.size() && !endsClause(view, i); i++) {
      Cues.Hit ally = cues.at("ally-prep", view.words, i);
      Cues.Hit prep = ally != null ? null : leaving && cues.is("left-prep", view.words, i)
          ? cues.at("left-prep", view.words, i) : cues.at("target-prep", view.words, i);
      Cues.Hit with = ally != null ? ally : prep == null ? cues.at("co-actor-prep", view.words, i) : null;
      Cues.Hit agent = prep == null && with == null ? cues.at("agent-prep", view.words, i) : null;
      Cues.Hit hit = prep != null ? prep : with != null ? with : agent;
      if (hit == null) {
        continue;
      }
      // a second party stands right after مع (اندماج X مع Y), not further (تتزامن الانضمامات مع استمرار تركيا)
      Arg arg = actorAfter(view, i + hit.length(), with != null ? 0 : 1);
      if (arg == null) {
        continue;
      }
      List<Arg> party = coordinated(view, arg);
      if (agent != null) {
        if ((actors.isEmpty() || verb) && !triggerBetween(view, trigger.last() + 1, i)) {
          actors.clear();
          actors.addAll(party);
          agents.addAll(party);
        }
      } else if (with != null && (cooperative || ally != null)) {
        addNew(actors, party);
      } else if (!actors.contains(arg)) {
        addNew(targets, party);
      }
      i = party.get(party.size() - 1).last();
    }
    if (cues.is("deaths", view.words, trigger.first())) { // قتل X، مقتل X: X died (برصاص Y: Y killed)
      List<Arg> victims = new ArrayList<>(actors);
      victims.addAll(targets);
      victims.removeAll(agents);
      return protestersActed(entry, new Found(agents, victims));
    }
    targets.removeAll(actors);
    return protestersActed(entry, new Found(actors, targets));
  }

  /** Protesters act in protests and riots; in any other event they are the ones acted on. */
  private static Found protestersActed(TriggerEntry entry, Found found) {
    String type = entry.type().acledType();
    if (type.equals("Protests") || type.equals("Riots")) {
      return found;
    }
    List<Arg> actors = new ArrayList<>();
    List<Arg> targets = new ArrayList<>(found.targets());
    for (Arg a : found.actors()) {
      (a.type().equals("PROTESTERS") ? targets : actors).add(a);
    }
    return new Found(actors, targets);
  }

  /**
   * Whether another trigger stands between two words: an agent (من قبل X) belongs to the nearest
   * trigger before it. A noun for the people held (الأسرى المختطفين من قبل X) names the object of
   * the trigger before it and does not count.
   */
  private boolean triggerBetween(SentenceView view, int from, int to) {
    return view.triggersBetween(from, to).anyMatch(t -> !cues.is("held-people", view.words, t.first()));
  }

  /**
   * A verbal noun carrying a pronoun (اقتحامهم، سيطرتها) has its doer in the pronoun: the name after
   * it is what was acted on, not a genitive.
   */
  private static boolean hasPronounSuffix(SentenceView view, int token) {
    return !view.tokens.get(token).segmentation().suffixes().isEmpty();
  }

  /** A verbal noun with the dual pronoun (اندماجهما، اتفاقهما): its doers are the two just named. */
  private static boolean isDual(SentenceView view, int token) {
    return view.tokens.get(token).segmentation().suffixes().contains("هما");
  }

  /** The last two groups or persons named before a word in its sentence, prepositions or not, in text order. */
  private static List<Arg> lastTwoBefore(SentenceView view, int trigger) {
    List<Arg> two = new ArrayList<>();
    for (int i = trigger - 1; i >= 0 && two.size() < 2; i--) {
      Arg arg = view.partyAt(i);
      if (arg != null && (arg.kind() == Arg.EntityClass.GROUP || arg.kind() == Arg.EntityClass.PERSON) && !two.contains(arg)) {
        two.add(0, arg);
      }
    }
    return two.size() == 2 ? two : List.of();
  }

  /** Where "بين" follows a noun trigger, right after it or after one verb (اشتباكات اندلعت بين), or -1. */
  private int betweenAt(SentenceView view, int next) {
    for (int i = next; i < Math.min(view.size(), next + 2); i++) {
      if (cues.is("between", view.words, i)) {
        return i;
      }
      if (view.partyAt(i) != null || view.isPunct(i)) {
        return -1;
      }
    }
    return -1;
  }

  private static void addNew(List<Arg> to, List<Arg> more) {
    for (Arg a : more) {
      if (!to.contains(a)) {
        to.add(a);
      }
    }
  }

  private static int skipQuotes(SentenceView view, int i) {
    while (i < view.size() && view.isQuote(i)) {
      i++;
    }
    return i;
  }

  /**
   * The first actor starting within {@code maxWords} words after position {@code from} (quotes
   * and classifier words such as ميليشيا، فصائل، مقاتلو are not counted), or null when a clause
   * boundary or a place comes first.
   */
  private Arg actorAfter(SentenceView view, int from, int maxWords) {
    int words = 0;
    for (int i = from; i < view.size(); i++) {
      Arg arg = view.partyStartingAt(i);
      if (arg != null) {
        return arg.isActor() ? arg : null;
      }
      if (view.isQuote(i)) {
        continue;
      }
      if (isPartitive(view, i)) { // أول دفعة من المجموعات المسلحة، وحدة من قواتنا
        i++;
        continue;
      }
      if (view.isClauseBreak(i) || cues.is("clause-stop", view.words, i) || isPreposition(view.words.get(i))
          || view.triggerAt(i) != null || cues.is("source-noun", view.words, i)) {
        return null;
      }
      if (++words > maxWords + (isClassifier(view.words.get(i)) ? 1 : 0)) {
        return null;
      }
    }
    return null;
  }

  /** A part or number of a group followed by من (دفعة من، وحدة من، العديد من): the group is the party. */
  private boolean isPartitive(SentenceView view, int i) {
    return i + 1 < view.size() && cues.is("partitive", view.words, i) && view.words.get(i + 1).equals("من");
  }

  /**
   * The subject after a verb: the first actor within two words that carries no preposition
   * ("وانضم لـ“الزنكي” كل من X و Y": X, not الزنكي).
   */
  private Arg subjectAfter(SentenceView view, int from) {
    int i = from;
    while (i < view.size()) {
      Arg arg = actorAfter(view, i, 2);
      if (arg != null && fusedPrefix(view, arg).startsWith("و")) {
        return null;
      }
      if (arg == null || !prepositional(view, arg)) {
        return arg;
      }
      i = arg.last() + 1;
    }
    return null;
  }

  /**
   * A subject announced by "كل من" a few words after the verb, past its prepositional object
   * (وانضم لـ“الزنكي” كل من X و Y): X.
   */
  private Arg listedSubject(SentenceView view, int from) {
    for (int i = from; i < Math.min(view.size(), from + 6); i++) {
      if (endsClause(view, i)) {
        return null;
      }
      Cues.Hit hit = cues.at("subject-list", view.words, i);
      if (hit != null) {
        return actorAfter(view, i + hit.length(), 1);
      }
    }
    return null;
  }

  private static boolean isPreposition(String word) {
    return Shapes.matches("[وف]?(?:ل|لـ|الي|عن|في|علي|مع|ب|بـ|ضد|بحق|قرب|عند|داخل|حول)", word);
  }

  private boolean prepositional(SentenceView view, Arg arg) {
    if (Shapes.matches("[وف]?[بلك].*", fusedPrefix(view, arg))) {
      return true;
    }
    int before = arg.first() - 1;
    while (before >= 0 && view.isQuote(before)) {
      before--;
    }
    if (before > 0 && view.partyAt(before) == null && isTitle(view.words.get(before))
        && view.partyAt(before - 1) == null && isPrepositionalConstruct(view.words.get(before - 1))) {
      return true; // المعارضين لنظام الرئيس بشار الأسد
    }
    return before >= 0 && (isPreposition(view.words.get(before)) || cues.endsBefore("agent-prep", view.words, before + 1));
  }

  /**
   * A noun with a fused ل and no article heading a genitive: a titled person after it (لنظام الرئيس
   * X، لحكومة الرئيس X) is inside a prepositional phrase. (لكن، لواء، لجنة begin with a ل of their own.)
   */
  private static boolean isPrepositionalConstruct(String word) {
    return Shapes.matches("[وف]?ل(?!ل|كن|واء|جن)\\S{3,}", word);
  }

  /** A title in apposition before a person's name (الرئيس، القائد), from cues.tsv. */
  private boolean isTitle(String word) {
    return cues.isWord("title", word);
  }


  /** Words that introduce a name without being part of it: ميليشيا، فصائل، مقاتلو، عناصر. */
  private boolean isClassifier(String word) {
    return cues.isWord("generic-group", word) || Shapes.matches("[وف]?(?:مقاتل\\S*|مسلح\\S*|عناصر|فصائل|فصيل\\S*|قوات|وحدات|شبيحه)", word);
  }

  /** The actor with its coordinated partners: X و Y، Z (a classifier may precede each partner). */
  List<Arg> coordinated(SentenceView view, Arg first) {
    List<Arg> out = new ArrayList<>(List.of(first));
    Arg last = first;
    while (true) {
      int i = skipQuotes(view, last.last() + 1);
      if (i >= view.size()) {
        return out;
      }
      Arg next = null;
      Arg at = view.partyStartingAt(i);
      String word = view.words.get(i);
      if (at != null) {
        next = fusedPrefix(view, at).startsWith("و") ? at : null;
      } else if (word.equals("و") || word.equals("،") || word.equals(",") || word.startsWith("و") && isClassifier(word)) {
        int j = skipQuotes(view, i + 1);
        if (j < view.size() && view.partyStartingAt(j) == null && isClassifier(view.words.get(j))) {
          j = skipQuotes(view, j + 1);
        }
        next = j < view.size() ? view.partyStartingAt(j) : null;
      }
      if (next == null || !next.isActor() || out.contains(next)) {
        return out;
      }
      out.add(next);
      last = next;
    }
  }

  /** The proclitics a mention's first token carries before the mention itself (و in وجيش…). */
  static String fusedPrefix(SentenceView view, Arg arg) {
    int tokenStart = view.tokens.get(arg.first()).start();
    return view.text.substring(tokenStart, Math.max(tokenStart, arg.textStart()));
  }

  /**
   * The actor before a trigger: the subject of the nearest verb that governs it (a light or
   * reporting verb: شاركت الميليشيا في…، أعلنت الميليشيا عن…), else the nearest actor before it
   * (a country only as the doer right before a development: استمرار تركيا توزيع نقاط المراقبة),
   * with its coordinated partners; nothing across a statement boundary (فيما، حيث، في حين).
   */
  private List<Arg> actorBefore(SentenceView view, int trigger, boolean development, boolean byProximity) {
    Arg nearest = null;
    for (int i = trigger - 1; i >= 0; i--) {
      if (cues.is("strong-stop", view.words, i) || !byProximity && view.isClauseBreak(i)) {
        break; // a description is read in the trigger's own clause only
      }
      Arg arg = view.partyAt(i);
      if (arg != null) {
        boolean countryActs = development && trigger - arg.last() <= 2; // استمرار تركيا توزيع نقاط المراقبة
        if (arg.isActor() && (arg.kind() != Arg.EntityClass.COUNTRY || countryActs) && nearest == null
            && !prepositional(view, arg) && !actedOnBefore(view, arg)) {
          nearest = arg;
        }
        i = arg.first();
        continue;
      }
      if (cues.is("deaths", view.words, i)) {
        return List.of(); // who died is told before: not the actor
      }
      Cues.Hit verb = cues.at("light-verb", view.words, i);
      if (verb == null) {
        verb = cues.at("report", view.words, i);
      }
      if (verb != null && i + verb.length() <= trigger) {
        Arg subject = subjectAfter(view, i + verb.length());
        if (subject != null && subject.last() < trigger) {
          return coordinated(view, subject);
        }
        Arg antecedent = beforeRelative(view, i);
        if (antecedent != null) {
          return coordinated(view, antecedent);
        }
        if (nearest == null && namesOtherSubject(view, i + verb.length())) {
          return List.of();
        }
      }
    }
    return nearest == null || !byProximity ? List.of() : coordinated(view, nearest);
  }

  /**
   * Whether a party is what an earlier trigger of its clause acted on, after على، ضد، بحق (القضاء على
   * إرهابيي تنظيم داعش … وتفكيك مفخخات: داعش does not dismantle).
   */
  private boolean actedOnBefore(SentenceView view, Arg arg) {
    boolean object = false;
    for (int i = arg.first() - 1; i >= Math.max(0, arg.first() - 8); i--) {
      if (endsClause(view, i)) {
        return false;
      }
      object |= cues.is("target-prep", view.words, i);
      if (object && view.triggerAt(i) != null) {
        return true;
      }
    }
    return false;
  }

  /** A verb followed by a subject that is no entity (تؤكد المصادر): nothing before it acts. */
  private boolean namesOtherSubject(SentenceView view, int from) {
    int i = skipQuotes(view, from);
    if (i >= view.size() || view.partyAt(i) != null || view.isPunct(i)) {
      return false;
    }
    String w = view.words.get(i);
    return cues.is("source-noun", view.words, i) || w.startsWith("ال") && !isPreposition(w);
  }

  /** For a verb in a relative clause (الميليشيا "X" التي أعلنت…), the actor the clause describes. */
  private Arg beforeRelative(SentenceView view, int verb) {
    int i = verb - 1;
    if (i < 0 || !Shapes.matches("[وف]?(?:التي|الذي|الذين)", view.words.get(i))) {
      return null;
    }
    for (i = i - 1; i >= 0 && i >= verb - 4; i--) {
      Arg arg = view.partyAt(i);
      if (arg != null) {
        return arg.isActor() ? arg : null;
      }
    }
    return null;
  }

  /**
   * For a noun trigger with no actor before it: the actors that follow it in its clause, but not
   * those after a preposition (الدعوة عبر صفحة "الثورة ضد X": X does not call).
   */
  private List<Arg> actorsLaterInClause(SentenceView view, int from, List<Arg> targets) {
    List<Arg> out = new ArrayList<>();
    for (int i = from; i < view.size() && !endsClause(view, i) && !cues.is("clause-stop", view.words, i); i++) {
      Arg arg = view.partyStartingAt(i);
      if (arg != null && arg.isActor() && arg.kind() != Arg.EntityClass.COUNTRY && !targets.contains(arg)
          && !prepositional(view, arg)) {
        out.add(arg);
      }
    }
    return out;
  }

  private boolean endsClause(SentenceView view, int i) {
    return view.isClauseBreak(i) || cues.is("strong-stop", view.words, i);
  }
}
