package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.nlp.facts.time.TimeExpression;
import org.rasd.nlp.facts.time.TimeValue;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Finds relations with their provenance (sentence offsets):
 *
 * <ul>
 *   <li>cue words between two mentions of a sentence (relation-cues.tsv: التي يتزعمها، الملقب بـ،
 *       التابع لـ، الخاضع لسيطرة…);
 *   <li>an adjective of origin after a group (ميليشيا "…" العراقية → NATIONALITY العراق) or of a city
 *       after a place (حي جوبر الدمشقي → LOCATED_IN دمشق);
 *   <li>place containment chains ({@link PlaceLists}) and what names state ({@link NameRelations});
 *   <li>statements of control ({@link ControlStatements}) give CONTROLS;
 *   <li>the events: battles give FIGHTS between actor and target and ALLIED_WITH between
 *       coordinated actors, a facility taken in a territory event CONTROLS, mergers MERGED_WITH
 *       (unless one of the two left the other), joinings MEMBER_OF, leaving a group (انفصلت X عن Y)
 *       FORMER_MEMBER_OF.
 * </ul>
 */
final class RelationExtractor {

  private final RelationCues relationCues;
  private final Cues cues;
  private final Nationalities nationalities;
  private final ControlStatements controlStatements;
  private final Participants participants;

  RelationExtractor(RelationCues relationCues, Cues cues, Nationalities nationalities, ControlStatements controlStatements) {
    this.relationCues = relationCues;
    this.cues = cues;
    this.participants = new Participants(cues);
    this.nationalities = nationalities;
    this.controlStatements = controlStatements;
  }

  List<PredictedRelation> extract(
      List<SentenceView> views,
      List<PlaceLists.Parsed> places,
      List<PredictedEvent> events,
      List<Arg> named,
      List<TimeExpression> documentTimes) {
    RelationCollector out = new RelationCollector();
    NameRelations names = new NameRelations(named);
    List<List<ControlStatements.Statement>> controls = controlStatements.find(views);
    for (int v = 0; v < views.size(); v++) {
      SentenceView view = views.get(v);
      cueRelations(view, view.timesIn(documentTimes), out);
      for (ControlStatements.Statement statement : controls.get(v)) {
        for (Arg controller : statement.controllers()) {
          for (Arg place : statement.places()) {
            out.add("CONTROLS", controller.ref(), place.ref(), null, "asserted", null, view);
          }
        }
      }
      originRelations(view, named, out);
      for (PlaceLists.Containment c : places.get(v).containments) {
        if (c.inner().kind() == Arg.EntityClass.COUNTRY) {
          continue; // المدعومين من السعودية في سوريا: a country is in no other place
        }
        out.add("LOCATED_IN", c.inner().ref(), c.outer().ref(), null, "asserted", null, view);
      }
      names.facilityPlaces(view, out);
      NameRelations.namedAfterLeader(view, out);
    }
    Set<MentionRef> facilities = new HashSet<>();
    for (Arg a : named) {
      if (a.type().equals("FACILITY")) {
        facilities.add(a.ref());
      }
    }
    Set<MentionRef> generic = new HashSet<>();
    views.forEach(v -> v.generics.forEach(g -> generic.add(g.ref())));
    eventRelations(events, facilities, generic, out);
    return out.relations;
  }

  /**
   * Cue relations of a sentence, left to right. A nickname given by ALIAS_OF stands for its bearer
   * in later relations ("فلان الملقب بـ"أبو X" الذي كان أحد القادة بـ…": فلان was the member).
   */
  private void cueRelations(SentenceView view, List<TimeExpression> sentenceTimes, RelationCollector out) {
    List<Arg> args = view.args;
    Map<MentionRef, MentionRef> bearerOf = new HashMap<>();
    for (int b = 1; b < args.size(); b++) {
      Arg second = args.get(b);
      Map<Integer, List<String>> gaps = new HashMap<>(); // by the gap's first token
      Map<Integer, List<String>> titles = new HashMap<>(); // words before args[b - 1], by count
      for (RelationCues.Row row : relationCues.rows()) {
        if (!second.fits(row.classB())) {
          continue;
        }
        Arg first = row.lead() == RelationCues.ANY_LEAD ? nearestFitting(args, b, row.classA()) : args.get(b - 1);
        if (first == null || !first.fits(row.classA()) || first.ref().equals(second.ref())) {
          continue;
        }
        // a far first mention only needs the cue before the second: read the gap's tail only
        int gapStart = row.lead() == RelationCues.ANY_LEAD ? Math.max(first.last() + 1, second.first() - TAIL_TOKENS) : first.last() + 1;
        List<String> gap = gaps.computeIfAbsent(gapStart, f -> gapWords(view, f, second));
        boolean stated = row.lead() == RelationCues.TITLE
            ? gap.stream().allMatch(APPOSITION::contains)
                && isTitled(titles.computeIfAbsent(row.cue().size(), n -> wordsBefore(view, first, n)), row.cue())
            : endsWith(gap, row.cue()) && (row.lead() < 0 || gap.size() - row.cue().size() <= row.lead());
        if (stated) {
          MentionRef from = row.fromFirst() ? first.ref() : second.ref();
          MentionRef to = row.fromFirst() ? second.ref() : first.ref();
          if (row.type().equals("ALIAS_OF")) {
            bearerOf.put(from, to);
          } else {
            from = bearerOf.getOrDefault(from, from);
            to = bearerOf.getOrDefault(to, to);
          }
          TimeValue time = statedBetween(sentenceTimes, view, first, second);
          out.add(row.type(), from, to, time, "asserted", null, view);
          if (row.lead() == RelationCues.ANY_LEAD && row.fromFirst()) {
            for (Arg partner : coordinatedBefore(view, first, row.classA())) {
              out.add(row.type(), partner.ref(), to, time, "asserted", null, view);
            }
          }
          break;
        }
      }
    }
  }

  /**
   * The time a cue relation holds at: a time expression between its two mentions ("تشكلت عام
   * 2013، بزعامة فلان": led in 2013); none when the sentence dates nothing there (a present fact).
   */
  private static TimeValue statedBetween(List<TimeExpression> times, SentenceView view, Arg first, Arg second) {
    int from = view.tokens.get(first.last()).end();
    int to = view.tokens.get(second.first()).start();
    for (TimeExpression t : times) {
      if (t.start() >= from && t.end() <= to) {
        return t.time();
      }
    }
    return null;
  }

  /** Tokens before the second mention read for a cue whose first mention may be anywhere before. */
  private static final int TAIL_TOKENS = 16;

  /** What may stand between a title's group and the person in apposition to it (the comma is dropped). */
  private static final Set<String> APPOSITION = Set.of("المدعو", "المدعوه");

  /**
   * Up to n normalised words right before a filler, quotes dropped and a classifier of the filler
   * skipped, a ل fused with either kept as its own word: "القائد العام لميليشيا “X”" gives
   * "القائد العام ل", "قائد فصيل X" gives "قائد".
   */
  private List<String> wordsBefore(SentenceView view, Arg arg, int n) {
    String clitic = Participants.fusedPrefix(view, arg);
    int i = arg.first() - 1;
    while (i >= 0 && view.isQuote(i)) {
      i--;
    }
    if (i >= 0 && cues.isWord("generic-group", SentenceViews.stem(view.words.get(i)))) {
      String w = view.words.get(i);
      clitic = w.substring(0, w.length() - SentenceViews.stem(w).length());
      i--;
    }
    boolean fusedL = Shapes.matches("[وف]?لل?ـ?", Shapes.replaceFirst(clitic, "ال$", ""));
    List<String> words = new ArrayList<>();
    for (int limit = fusedL ? n - 1 : n; i >= 0 && words.size() < limit && !view.isPunct(i); i--) {
      String w = view.words.get(i);
      words.add(0, w.equals("لـ") ? "ل" : w);
    }
    if (fusedL) {
      words.add("ل");
    }
    return words;
  }

  /** The words are the title, its first word possibly with a proclitic (بالقائد العام ل، وقائد). */
  private static boolean isTitled(List<String> words, List<String> title) {
    if (words.size() != title.size() || words.isEmpty()) {
      return false;
    }
    String w = words.get(0);
    String t = title.get(0);
    boolean head = w.equals(t) || w.endsWith(t) && Shapes.matches("[وف]?[بلك]?", w.substring(0, w.length() - t.length()));
    return head && words.subList(1, words.size()).equals(title.subList(1, title.size()));
  }

  /** The mentions coordinated with an argument before it ("X والجيش التركي … ضد Y": X too). */
  private List<Arg> coordinatedBefore(SentenceView view, Arg arg, String cls) {
    List<Arg> partners = new ArrayList<>();
    int at = view.args.indexOf(arg);
    for (int e = at - 1; e >= 0; e--) {
      Arg earlier = view.args.get(e);
      if (!earlier.fits(cls) || !participants.coordinated(view, earlier).contains(arg)) {
        break;
      }
      partners.add(earlier);
    }
    return partners;
  }

  private static Arg nearestFitting(List<Arg> args, int b, String cls) {
    for (int a = b - 1; a >= 0; a--) {
      if (args.get(a).fits(cls)) {
        return args.get(a);
      }
    }
    return null;
  }

  /**
   * The normalised words between two fillers, quotes and punctuation dropped, a classifier word
   * reduced to its proclitic (بميليشيا → ب), and the second filler's fused proclitic as a word.
   */
  private List<String> gapWords(SentenceView view, int from, Arg second) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < second.first(); i++) {
      if (view.isPunct(i)) {
        continue;
      }
      String w = view.words.get(i);
      String stem = SentenceViews.stem(w);
      if (!stem.equals(w) && (cues.isWord("generic-group", stem) || cues.isWord("place-class", stem))) {
        String clitic = Shapes.replaceFirst(Shapes.replaceFirst(w.substring(0, w.length() - stem.length()), "ال$", ""), "^[وف]", "");
        if (!clitic.isEmpty()) {
          words.add(clitic.equals("لل") ? "ل" : clitic);
        }
        continue;
      }
      words.add(w);
    }
    String fused = Shapes.replaceFirst(Participants.fusedPrefix(view, second), "^[وف]", "");
    fused = fused.replace("ـ", "");
    if (!fused.isEmpty()) {
      words.add(fused.startsWith("ل") ? "ل" : fused.substring(0, 1));
    }
    return words;
  }

  private static boolean endsWith(List<String> gap, List<String> cue) {
    if (gap.size() < cue.size()) {
      return false;
    }
    int offset = gap.size() - cue.size();
    for (int k = 0; k < cue.size(); k++) {
      if (!gap.get(offset + k).equals(cue.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** NATIONALITY from an adjective of origin after a group; LOCATED_IN from a city adjective after a place. */
  private void originRelations(SentenceView view, List<Arg> named, RelationCollector out) {
    for (Arg arg : view.args) {
      if (arg.ref().start() != arg.textStart()) {
        continue; // a short form: "والميليشيات العراقية" names other militias than its antecedent
      }
      int i = arg.last() + 1;
      while (i < view.size() && view.isQuote(i)) {
        i++;
      }
      if (i >= view.size() || view.covering(i) != null) {
        continue;
      }
      Nationalities.Origin origin = nationalities.of(view.words.get(i));
      if (origin == null) {
        continue;
      }
      // a state's own forces and government have its nationality trivially (جيش النظام السوري)
      boolean group = arg.kind() == Arg.EntityClass.GROUP && !arg.isStateForces();
      boolean place = arg.kind() == Arg.EntityClass.PLACE;
      if (group && origin.kind().equals("COUNTRY")) {
        MentionRef country = namedIn(named, origin.place());
        out.add("NATIONALITY", arg.ref(), country != null ? country : view.span(i, i), null, "asserted", null, view);
      } else if (place && origin.kind().equals("CITY")) {
        MentionRef city = namedIn(named, origin.place());
        if (city != null) {
          out.add("LOCATED_IN", arg.ref(), city, null, "asserted", null, view);
        }
      }
    }
  }

  private static MentionRef namedIn(List<Arg> named, String name) {
    String key = NameKey.of(name);
    for (Arg a : named) {
      if (NameKey.of(a.ref().text()).equals(key)) {
        return a.ref();
      }
    }
    return null;
  }

  private static String firstWord(PredictedEvent e) {
    return ArabicNormalizer.normalize(e.trigger().text().split("\\s+")[0]);
  }

  /** The slot fillers that name someone: a generic actor (المسلحين) is no end of a relation. */
  private static List<MentionRef> named(List<MentionRef> refs, Set<MentionRef> generic) {
    return refs.stream().filter(r -> !generic.contains(r)).toList();
  }

  private void eventRelations(List<PredictedEvent> events, Set<MentionRef> facilities, Set<MentionRef> generic, RelationCollector out) {
    Set<String> parted = new HashSet<>(); // pairs one of which left the other: a merger told of them is over
    for (PredictedEvent e : events) {
      if (cues.isWord("leaves", firstWord(e))) {
        for (MentionRef member : named(e.actors(), generic)) {
          for (MentionRef group : named(e.targets(), generic)) {
            out.add("FORMER_MEMBER_OF", member, group, e.time(), e.modality(), e.accordingTo(), e.sentenceStart(), e.sentenceEnd());
            parted.add(NameKey.of(member.text()) + "|" + NameKey.of(group.text()));
            parted.add(NameKey.of(group.text()) + "|" + NameKey.of(member.text()));
          }
        }
      }
    }
    for (PredictedEvent e : events) {
      if (!e.modality().equals("asserted") && !e.modality().equals("claimed")) {
        continue;
      }
      String type = e.type().acledType();
      String sub = e.type().acledSubtype();
      List<MentionRef> actors = named(e.actors(), generic);
      if (actors.isEmpty()) {
        continue;
      }
      MentionRef lead = actors.get(0);
      if (type.equals("Battles")) {
        for (MentionRef t : named(e.targets(), generic)) {
          out.add("FIGHTS", lead, t, e.time(), e.modality(), e.accordingTo(), e.sentenceStart(), e.sentenceEnd());
        }
        for (MentionRef ally : actors.subList(1, actors.size())) {
          out.add("ALLIED_WITH", lead, ally, e.time(), e.modality(), e.accordingTo(), e.sentenceStart(), e.sentenceEnd());
        }
        if (!sub.equals("Armed clash")) { // a base or hospital stormed is taken; a town stormed is raided
          for (MentionRef place : e.locations()) {
            if (facilities.contains(place)) {
              out.add("CONTROLS", lead, place, e.time(), e.modality(), e.accordingTo(), e.sentenceStart(), e.sentenceEnd());
            }
          }
        }
      }
      String trigger = firstWord(e);
      if (cues.isWord("merges", trigger)) {
        for (MentionRef other : actors.subList(1, actors.size())) {
          if (parted.contains(NameKey.of(lead.text()) + "|" + NameKey.of(other.text()))) {
            continue; // اندمجتا ثم انفصلت إحداهما: a former member, not merged
          }
          out.add("MERGED_WITH", lead, other, e.time(), e.modality(), e.accordingTo(), e.sentenceStart(), e.sentenceEnd());
        }
      }
      if (cues.isWord("joins", trigger)) { // انضمت X إلى Y: X is now part of Y
        for (MentionRef member : actors) {
          for (MentionRef group : named(e.targets(), generic)) {
            out.add("MEMBER_OF", member, group, e.time(), e.modality(), e.accordingTo(), e.sentenceStart(), e.sentenceEnd());
          }
        }
      }
    }
  }
}
