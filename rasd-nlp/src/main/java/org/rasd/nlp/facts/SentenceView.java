package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.rasd.nlp.facts.time.TimeExpression;
import org.rasd.nlp.model.Sentence;
import org.rasd.nlp.model.Token;
import org.rasd.nlp.model.TokenKind;

/**
 * One sentence as the fact extractors see it: its tokens' normalised words, the slot fillers
 * ({@link Arg}) over them and the triggers found in it, all by token position in the sentence.
 */
final class SentenceView {

  final Sentence sentence;
  /** The whole article text (offsets are into it). */
  final String text;
  final List<Token> tokens;
  /** Normalised form of each token (the original text for punctuation and numbers). */
  final List<String> words;
  final List<Arg> args = new ArrayList<>();
  /** Generic actors ({@link GenericActors}) on words no mention holds: event parties, never relation ends. */
  final List<Arg> generics = new ArrayList<>();
  /** Triggers not inside a mention, with their first and last token position. */
  final List<Located> triggers = new ArrayList<>();
  private final Arg[] covering;
  private final Arg[] genericCovering;

  /** A trigger and the tokens it spans. */
  record Located(TriggerMatch match, int first, int last) {}

  SentenceView(Sentence sentence, List<Token> tokens, String text) {
    this.sentence = sentence;
    this.text = text;
    this.tokens = tokens;
    this.words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      words.add(t.kind() == TokenKind.ARABIC ? t.norm() : t.text());
    }
    this.covering = new Arg[tokens.size()];
    this.genericCovering = new Arg[tokens.size()];
  }

  private SentenceView named;

  /**
   * The same sentence with its generic actors hidden (its other fields shared); made once, when
   * the generic actors and triggers are all in place.
   */
  SentenceView withoutGenerics() {
    if (generics.isEmpty()) {
      return this;
    }
    if (named == null) {
      named = new SentenceView(this);
    }
    return named;
  }

  private SentenceView(SentenceView of) {
    this.sentence = of.sentence;
    this.text = of.text;
    this.tokens = of.tokens;
    this.words = of.words;
    this.args.addAll(of.args);
    this.triggers.addAll(of.triggers);
    this.covering = of.covering;
    this.genericCovering = new Arg[of.tokens.size()];
  }

  /** The time expressions of the document that lie inside this sentence. */
  List<TimeExpression> timesIn(List<TimeExpression> documentTimes) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression e : documentTimes) {
      if (e.start() >= sentence.start() && e.end() <= sentence.end()) {
        out.add(e);
      }
    }
    return out;
  }

  int size() {
    return tokens.size();
  }

  /** The token position holding a character offset, or -1. */
  int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  /** Adds a filler unless its tokens are already taken (the first, outermost filler wins). */
  void add(Arg arg) {
    for (int i = arg.first(); i <= arg.last(); i++) {
      if (covering[i] != null) {
        return;
      }
    }
    for (int i = arg.first(); i <= arg.last(); i++) {
      covering[i] = arg;
    }
    int at = 0;
    while (at < args.size() && args.get(at).first() < arg.first()) {
      at++;
    }
    args.add(at, arg);
  }

  /** Adds a generic actor over words that no filler holds. */
  void addGeneric(Arg arg) {
    for (int i = arg.first(); i <= arg.last(); i++) {
      if (covering[i] != null || genericCovering[i] != null) {
        return;
      }
    }
    for (int i = arg.first(); i <= arg.last(); i++) {
      genericCovering[i] = arg;
    }
    generics.add(arg);
  }

  /** The filler or, where there is none, the generic actor at token {@code i}: who may take part in an event. */
  Arg partyAt(int i) {
    Arg a = covering(i);
    return a != null || i < 0 || i >= genericCovering.length ? a : genericCovering[i];
  }

  /** The filler or generic actor starting at token {@code i}, or null. */
  Arg partyStartingAt(int i) {
    Arg a = partyAt(i);
    return a != null && a.first() == i ? a : null;
  }

  /** Puts a filler in place of another over the same tokens. */
  void replace(Arg old, Arg replacement) {
    for (int i = old.first(); i <= old.last(); i++) {
      covering[i] = replacement;
    }
    args.set(args.indexOf(old), replacement);
  }

  Arg covering(int i) {
    return i >= 0 && i < covering.length ? covering[i] : null;
  }

  /** The filler starting at token {@code i}, or null. */
  Arg startingAt(int i) {
    Arg a = covering(i);
    return a != null && a.first() == i ? a : null;
  }

  boolean isPunct(int i) {
    return tokens.get(i).kind() == TokenKind.PUNCT;
  }

  /** Quote marks and brackets, which wrap names without ending a phrase. */
  boolean isQuote(int i) {
    return isPunct(i) && "\"'“”«»‘’()[]".indexOf(tokens.get(i).text().charAt(0)) >= 0;
  }

  /** Punctuation that ends a clause: comma, semicolon, colon, full stop, dash. */
  boolean isClauseBreak(int i) {
    return isPunct(i) && !isQuote(i);
  }

  /** The original text of tokens {@code first}..{@code last} as a slot filler. */
  MentionRef span(int first, int last) {
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    return new MentionRef(start, end, text.substring(start, end));
  }

  /** Whether a token in {@code [from, to)} passes the test. */
  boolean anyBetween(int from, int to, IntPredicate test) {
    for (int i = from; i < to; i++) {
      if (test.test(i)) {
        return true;
      }
    }
    return false;
  }

  /** The triggers that lie wholly within tokens {@code [from, to)}. */
  Stream<Located> triggersBetween(int from, int to) {
    return triggers.stream().filter(t -> t.first() >= from && t.last() < to);
  }

  Located triggerAt(int i) {
    for (Located t : triggers) {
      if (t.first() <= i && i <= t.last()) {
        return t;
      }
    }
    return null;
  }
}
