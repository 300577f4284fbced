package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * CONTROLS from statements of control (cue words in control-cues.tsv): "سيطرت فصائل X على قرى A وB
 * وC في ناحية D" gives X controls A, B and C, not D, which only locates them.
 *
 * <ul>
 *   <li>the places: those named right after the cue (after على for سيطر، استولى), with the places
 *       coordinated with them; a place after a containment word (في، بريف، شمال، التابعة لـ) holds
 *       the list and is skipped, until و + classifier (وبلدة) or ولا سيما makes the next ones
 *       objects again; the object ends at a preposition such as من، إلى، بعد, at an actor or at the
 *       clause's end;
 *   <li>the controller: the armed actors between a verb and its على (VSO: سيطرت قوات النظام على),
 *       else the nearest armed actor or country before the cue that is not a partner (مع X) or an
 *       opponent (ضد X), else the controller of the previous statement of control when it is at
 *       most two sentences back (the report goes on about the same force);
 *   <li>no statement: a cue fused with the ل of purpose (للسيطرة على) or after a blocker (محاولة،
 *       فقدان، لم).
 * </ul>
 */
final class ControlStatements {

  static final String RESOURCE = "/org/rasd/nlp/facts/control-cues.tsv";
  /** How far a verb may stand from its على (a subject and a time word between). */
  private static final int MAX_TO_ON = 10;
  /** How many other words the places may be preceded or interrupted by (جديدة، واسعة، المحيطة بها). */
  private static final int MAX_OTHER_WORDS = 3;

  /** One statement: who controls which places. */
  record Statement(List<Arg> controllers, List<Arg> places) {}

  private final Cues controlCues;
  private final Cues cues;
  private final PlaceLists placeLists;

  ControlStatements(Cues controlCues, Cues cues, PlaceLists placeLists) {
    this.controlCues = controlCues;
    this.cues = cues;
    this.placeLists = placeLists;
  }

  /** The statements of each sentence, in order (the controller of one may carry over to the next). */
  List<List<Statement>> find(List<SentenceView> views) {
    List<List<Statement>> all = new ArrayList<>();
    List<Arg> lastControllers = List.of();
    int lastSentence = -10;
    for (int v = 0; v < views.size(); v++) {
      SentenceView view = views.get(v);
      List<Statement> found = new ArrayList<>();
      List<Integer> at = unquoted(view);
      List<String> words = new ArrayList<>(at.size());
      at.forEach(i -> words.add(view.words.get(i)));
      for (int k = 0; k < words.size(); k++) {
        Cues.Hit on = controlCues.at("control-on", words, k);
        Cues.Hit direct = on == null ? controlCues.at("control-direct", words, k) : null;
        if (on == null && direct == null || view.covering(at.get(k)) != null || blocked(words, k)) {
          continue;
        }
        if (direct != null && k + 1 < words.size() && controlCues.is("control-on", words, k + 1)) {
          continue; // استعادة السيطرة على: the على cue that follows states it
        }
        Hit hit = on != null
            ? onObject(view, at, words, k, on.length(), on.pos().equals("VERB"))
            : directObject(view, at, k, direct.length(), direct.pos().equals("VERB"));
        if (hit == null) {
          continue;
        }
        List<Arg> places = places(view, hit.objectStart());
        if (places.isEmpty()) {
          continue;
        }
        List<Arg> controllers = hit.subject();
        if (controllers.isEmpty()) {
          Arg before = controllerBefore(view, at.get(k));
          controllers = before != null ? List.of(before) : v - lastSentence <= 2 ? lastControllers : List.of();
        }
        if (controllers.isEmpty()) {
          continue;
        }
        found.add(new Statement(controllers, places));
        lastControllers = controllers;
        lastSentence = v;
      }
      all.add(found);
    }
    return all;
  }

  /** Where the object starts (token position) and the controllers named between cue and object. */
  private record Hit(int objectStart, List<Arg> subject) {}

  /** After a verb its subject may stand before على (VSO); a noun (سيطرتها على) has it before. */
  private Hit onObject(SentenceView view, List<Integer> at, List<String> words, int k, int length, boolean verb) {
    List<Arg> subject = new ArrayList<>();
    for (int j = k + length; j < words.size() && j <= k + length + MAX_TO_ON; j++) {
      int i = at.get(j);
      if (words.get(j).equals("علي")) {
        return new Hit(i + 1, subject);
      }
      Arg arg = view.covering(i);
      if (arg != null && isController(arg)) {
        if (verb && !subject.contains(arg) && !introducedBy(view, arg, PARTNER_WORDS)) {
          subject.add(arg);
        }
      } else if (arg == null && (view.isClauseBreak(i) && !isComma(view, i) || cues.is("clause-stop", words, j))) {
        return null;
      }
    }
    return null;
  }

  /** After a verb its subject may come first (حررت قوات النظام بلدة X); after a noun the object does (تحرير الفرقة 17). */
  private Hit directObject(SentenceView view, List<Integer> at, int k, int length, boolean verb) {
    if (k + length >= at.size()) {
      return null;
    }
    int i = at.get(k + length);
    List<Arg> subject = new ArrayList<>();
    for (Arg arg = verb ? view.startingAt(i) : null; arg != null && isController(arg); arg = view.startingAt(next(view, arg.last() + 1))) {
      subject.add(arg);
      i = next(view, arg.last() + 1);
    }
    return new Hit(i, subject);
  }

  /** The next position from i that is no quote mark and no bare و. */
  private static int next(SentenceView view, int i) {
    while (i < view.size() && (view.isQuote(i) || view.words.get(i).equals("و"))) {
      i++;
    }
    return i;
  }

  /** The places the statement takes, from the object's first token on. */
  private List<Arg> places(SentenceView view, int from) {
    List<Arg> places = new ArrayList<>();
    boolean object = true;
    int other = 0;
    for (int i = from; i < view.size(); i++) {
      if (view.isQuote(i)) {
        continue;
      }
      Arg arg = view.covering(i);
      if (arg != null) {
        if (arg.isPlace() && placeLists.isGeneric(arg)) {
          object = false; // الريف: a containment word written as a place
        } else if (arg.isPlace() || isUnit(arg)) {
          String fused = Participants.fusedPrefix(view, arg);
          if (Shapes.matches("[وف]?[بلك].*", fused)) {
            object = false;
          } else if (object) {
            places.add(arg);
          }
          other = 0;
        } else {
          break; // an actor: معارك مع الوحدات
        }
        i = arg.last();
        continue;
      }
      if (view.isClauseBreak(i)) {
        if (!isComma(view, i)) {
          break;
        }
        continue;
      }
      String w = view.words.get(i);
      Cues.Hit resume = controlCues.at("list-resume", view.words, i);
      Cues.Hit conjunction = cues.at("conjunction", view.words, i);
      if (resume != null || conjunction != null && !w.equals("و")) {
        object = true;
        i += (resume != null ? resume.length() : conjunction.length()) - 1;
        continue;
      }
      if (controlCues.is("object-stop", view.words, i) || controlCues.is("control-on", view.words, i)
          || controlCues.is("control-direct", view.words, i)) {
        break;
      }
      if (w.equals("و")) {
        continue;
      }
      String bare = Shapes.replaceFirst(w, "^[وف](?=...)", "");
      if (cues.isWord("contain", w) || cues.isWord("contain", bare) || withPreposition(bare)) {
        object = false;
      } else if (cues.isWord("place-class", bare)) {
        object |= w.startsWith("و"); // وبلدة الربيعة: a new item of the object
      } else if (++other > MAX_OTHER_WORDS || places.isEmpty() && other > 1) {
        break;
      }
    }
    return places;
  }

  /** A classifier or containment word with a fused preposition: بريف، لناحية، بمحافظة. */
  private boolean withPreposition(String word) {
    if (word.length() < 4 || !(word.startsWith("ب") || word.startsWith("ل"))) {
      return false;
    }
    String rest = SentenceViews.stem(word);
    return cues.isWord("place-class", rest) || cues.isWord("contain", rest);
  }

  /** The nearest controller before position i that is neither partner nor opponent. */
  private Arg controllerBefore(SentenceView view, int i) {
    for (int a = view.args.size() - 1; a >= 0; a--) {
      Arg arg = view.args.get(a);
      if (arg.last() < i && isController(arg) && !introducedBy(view, arg, PARTNER_WORDS)) {
        return arg;
      }
    }
    return null;
  }

  /** Words before an actor that make it a partner or an opponent, not the controller. */
  private static final String[] PARTNER_WORDS = {"مع", "ضد", "علي", "بين"};

  /** Whether the word before the argument (past quotes and classifiers such as قوات) is one of these. */
  private boolean introducedBy(SentenceView view, Arg arg, String... words) {
    int b = arg.first() - 1;
    while (b >= 0 && (view.isQuote(b) || cues.isWord("generic-group", SentenceViews.stem(view.words.get(b)))
        || Shapes.matches("(?:ال)?(?:قوات|فصائل|وحدات|ميليشيات|عناصر|مقاتلي)", view.words.get(b)))) {
      b--;
    }
    if (b < 0) {
      return false;
    }
    String w = Shapes.replaceFirst(view.words.get(b), "^[وف]", "");
    for (String word : words) {
      if (w.equals(word)) {
        return true;
      }
    }
    return false;
  }

  private boolean blocked(List<String> words, int k) {
    String cue = words.get(k);
    return Shapes.matches("[وف]?ل.*", cue) // للسيطرة، ليسيطر: purpose
        || k > 0 && controlCues.is("control-blocker", words, k - 1);
  }

  private static boolean isController(Arg arg) {
    return arg.fits("ARMED") || arg.kind() == Arg.EntityClass.COUNTRY;
  }

  /** A numbered unit or base (الفرقة 17): taken like a place. */
  private static boolean isUnit(Arg arg) {
    return arg.kind() == Arg.EntityClass.GROUP && Shapes.matches(".*\\d.*", arg.ref().text());
  }

  private static boolean isComma(SentenceView view, int i) {
    String t = view.tokens.get(i).text();
    return t.equals(",") || t.equals("،");
  }

  private static List<Integer> unquoted(SentenceView view) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < view.size(); i++) {
      if (!view.isQuote(i)) {
        at.add(i);
      }
    }
    return at;
  }
}
