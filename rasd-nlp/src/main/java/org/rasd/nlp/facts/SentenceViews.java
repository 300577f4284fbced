package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rasd.nlp.facts.Arg.EntityClass;
import org.rasd.nlp.model.AnnotatedDocument;
import org.rasd.nlp.model.Mention;
import org.rasd.nlp.model.Sentence;
import org.rasd.nlp.model.Token;
import org.rasd.nlp.model.TokenKind;

/**
 * Builds the {@link SentenceView}s of a document: places each mention on its tokens (outermost
 * mention first), resolves definite short forms of groups (الميليشيا، التنظيم) that the recogniser
 * left unmarked to a named group, adds the generic actors ({@link GenericActors}) and locates the
 * lexicon's triggers.
 */
final class SentenceViews {

  /** Pronoun suffixes that make a group word definite (قواتنا، قواته). */
  private static final List<String> POSSESSIVES = List.of("نا", "هم", "ها", "ه");

  private final TriggerLexicon lexicon;
  private final Cues cues;
  private final Nationalities nationalities;
  private final GenericActors genericActors;

  SentenceViews(TriggerLexicon lexicon, Cues cues, Nationalities nationalities) {
    this.lexicon = lexicon;
    this.cues = cues;
    this.nationalities = nationalities;
    this.genericActors = GenericActors.load(cues, nationalities);
  }

  List<SentenceView> of(AnnotatedDocument doc) {
    List<Mention> mentions = new ArrayList<>(doc.mentions());
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.length()));
    List<SentenceView> views = new ArrayList<>();
    int next = 0;
    for (Sentence s : doc.sentences()) {
      SentenceView view = new SentenceView(s, doc.tokensOf(s), doc.text());
      while (next < mentions.size() && mentions.get(next).start() < s.end()) {
        Mention m = mentions.get(next++);
        int first = view.tokenAt(m.start());
        int last = view.tokenAt(m.end() - 1);
        if (first >= 0 && last >= first) {
          view.add(new Arg(new MentionRef(m.start(), m.end(), m.text()), EntityClass.of(m.type()), m.type(), first, last, m.start()));
        }
      }
      views.add(view);
    }
    for (int v = 0; v < views.size(); v++) {
      basesAsPlaces(views.get(v));
      resolveShortForms(views, v);
      genericActors.addTo(views.get(v));
      locateTriggers(views.get(v), doc.text());
    }
    return views;
  }

  private void locateTriggers(SentenceView view, String text) {
    Sentence s = view.sentence;
    List<Words.Word> words = new ArrayList<>();
    for (Token t : view.tokens) { // the document's tokens: no second tokenising of the sentence
      if (t.kind() == TokenKind.ARABIC) {
        words.add(new Words.Word(t.start() - s.start(), t.end() - s.start(), t.norm()));
      }
    }
    String sentence = text.substring(s.start(), s.end());
    for (TriggerMatch m : lexicon.find(sentence, words, w -> nationalities.of(w) != null)) {
      int first = view.tokenAt(s.start() + m.start());
      int last = view.tokenAt(s.start() + m.end() - 1);
      if (first < 0 || last < first) {
        continue;
      }
      boolean insideName = false;
      for (int i = first; i <= last; i++) {
        insideName |= view.covering(i) != null;
      }
      if (!insideName) {
        TriggerMatch shifted = new TriggerMatch(s.start() + m.start(), s.start() + m.end(), m.text(), m.entry());
        view.triggers.add(new SentenceView.Located(shifted, first, last));
      }
    }
  }

  /** A unit named after a base word (معسكر “الفرقة 17”، مطار “اللواء 93”) is the base: a place. */
  private void basesAsPlaces(SentenceView view) {
    for (Arg a : List.copyOf(view.args)) {
      int before = a.first() - 1;
      while (before >= 0 && view.isQuote(before)) {
        before--;
      }
      if (a.kind() == EntityClass.GROUP && before >= 0 && cues.is("base-word", view.words, before)) {
        view.replace(a, new Arg(a.ref(), EntityClass.PLACE, "FACILITY", a.first(), a.last(), a.textStart()));
      }
    }
  }

  /**
   * Gives each unmarked definite or possessed short form of a group in sentence v (الحركة، قواتنا)
   * the mention it stands for; not before an adjective of origin (الميليشيات العراقية are other
   * militias, described, not named before).
   */
  private void resolveShortForms(List<SentenceView> views, int v) {
    SentenceView view = views.get(v);
    for (int i = 0; i < view.size(); i++) {
      String word = view.words.get(i);
      String head = shortFormHead(word);
      if (view.covering(i) != null || head == null || namesNext(view, i)
          || i + 1 < view.size() && nationalities.of(view.words.get(i + 1)) != null) {
        continue;
      }
      Arg antecedent = antecedent(views, v, i, head);
      if (antecedent != null) {
        int own = view.tokens.get(i).end() - stem(word).length();
        view.add(new Arg(antecedent.ref(), antecedent.kind(), antecedent.type(), i, i, own));
      }
    }
  }

  /** Whether a named group follows (then the word is a classifier: ميليشيا “لواء…”). */
  private static boolean namesNext(SentenceView view, int i) {
    int j = i + 1;
    while (j < view.size() && view.isQuote(j)) {
      j++;
    }
    return view.startingAt(j) != null;
  }

  /**
   * The named group a short form refers to: in its own sentence the nearest one before it whose
   * classifier is the same word; otherwise the first such group of the nearest earlier sentence
   * (the topic); none without a classifier match.
   */
  private Arg antecedent(List<SentenceView> views, int v, int position, String stem) {
    SentenceView view = views.get(v);
    Arg nearest = null;
    for (Arg a : view.args) {
      if (a.first() < position && a.kind() == EntityClass.GROUP) {
        if (headMatches(view, a, stem)) {
          nearest = a;
        }
      }
    }
    if (nearest != null) {
      return nearest;
    }
    for (int p = v - 1; p >= 0 && p >= v - 6; p--) {
      for (Arg a : views.get(p).args) {
        if (a.kind() == EntityClass.GROUP && headMatches(views.get(p), a, stem)) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * The group's classifier (the word before it, or its own first word) has the short form's stem,
   * or its last word is the short form (قوات الأمن → الأمن).
   */
  private static boolean headMatches(SentenceView view, Arg a, String stem) {
    int before = a.first() - 1;
    while (before >= 0 && view.isQuote(before)) {
      before--;
    }
    return (before >= 0 && stem(view.words.get(before)).startsWith(stem))
        || stem(view.words.get(a.first())).startsWith(stem)
        || a.last() > a.first() && stem(view.words.get(a.last())).equals(stem); // الأمن for قوات الأمن
  }

  /**
   * The group word a short form repeats (الحركة → حركة، قواتنا → قوات), or null when the word is
   * none or is indefinite: a definite form, or one possessed by a pronoun (the speaker's forces).
   */
  private String shortFormHead(String word) {
    if (!cues.isWord("generic-group", word)) {
      return null;
    }
    String stem = stem(word);
    if (Shapes.matches("^[وف]?(?:[بكل]?ال|لل).+", word)) {
      return stem;
    }
    for (String pronoun : POSSESSIVES) {
      String head = stem.substring(0, Math.max(0, stem.length() - pronoun.length()));
      if (stem.endsWith(pronoun) && cues.isWord("generic-group", head)) {
        return head;
      }
    }
    return null;
  }

  /** The word without conjunction, preposition and article: وللميليشيا → ميليشيا. */
  static String stem(String word) {
    return word.substring(NameKey.cliticsEnd(word)); // ^[وف]?(?:لل|[بكل]?ال|[بكل])(?=..) removed
  }
}
