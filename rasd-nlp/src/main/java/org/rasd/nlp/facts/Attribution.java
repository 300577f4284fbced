package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.List;
import org.rasd.nlp.facts.Arg.EntityClass;

/**
 * Who the text attributes each statement to. A reporting verb (أعلن، أفاد، قال…) or an
 * "according to" word (بحسب، وفق) names a source: a mention (an outlet, a group), an unnamed source
 * phrase (مصادر لـ"أورينت نت"، مصدر عسكري، ناشطون) or a platform ("في صفحتها على الفيس بوك"). The
 * first named source of a sentence governs what follows it in the sentence; an "according to"
 * source governs the whole sentence; a sentence that opens with a continuing verb without a named
 * subject (وأضاف الموقع، وتابع) keeps the previous sentence's source. Elsewhere the outlet speaks:
 * its byline mention when the article has one (the gold convention), else null.
 */
final class Attribution {

  /** A source from a token position onward, with the modality its verb implies (زعم → claimed). */
  record Scope(int from, MentionRef source, String modality) {}

  private final Cues cues;

  Attribution(Cues cues) {
    this.cues = cues;
  }

  /** The reporting scopes of every sentence, in order; the outlet is the fallback source. */
  List<List<Scope>> scopes(List<SentenceView> views, MentionRef outlet) {
    List<List<Scope>> all = new ArrayList<>();
    MentionRef previous = null;
    for (SentenceView view : views) {
      List<Scope> scopes = new ArrayList<>();
      MentionRef inherited = continues(view) ? previous : null;
      scopes.add(new Scope(0, inherited != null ? inherited : outlet, null));
      MentionRef named = null;
      for (int i = 0; i < view.size(); i++) {
        Cues.Hit prep = cues.at("report-prep", view.words, i);
        if (prep != null) {
          MentionRef source = sourceAfter(view, i + prep.length(), true);
          if (source != null && named == null) {
            named = source;
            scopes.set(0, new Scope(0, source, null));
          }
          continue;
        }
        Cues.Hit verb = cues.at("report", view.words, i);
        if (verb == null) {
          continue;
        }
        MentionRef source = sourceAfter(view, i + verb.length(), false);
        if (source == null && verb.pos().equals("VERB")) {
          source = sourceBefore(view, i);
        }
        MentionRef platform = platform(view, i + verb.length());
        if (platform != null) {
          source = platform;
        }
        if (named == null && source != null) {
          named = source;
        }
        MentionRef governing = named != null ? named : scopes.get(scopes.size() - 1).source();
        scopes.add(new Scope(i, governing, verb.value()));
      }
      previous = named != null ? named : inherited;
      all.add(scopes);
    }
    return all;
  }

  /** The scope governing token {@code i} of a sentence. */
  static Scope at(List<Scope> scopes, int i) {
    Scope found = scopes.get(0);
    for (Scope s : scopes) {
      if (s.from() <= i) {
        found = s;
      }
    }
    return found;
  }

  /** A sentence opening with a continuing verb whose subject is absent or a back-reference. */
  private boolean continues(SentenceView view) {
    for (int i = 0; i < Math.min(3, view.size()); i++) {
      Cues.Hit hit = cues.at("continuation", view.words, i);
      if (hit != null) {
        int next = i + hit.length();
        return next >= view.size() || view.startingAt(next) == null;
      }
    }
    return false;
  }

  /**
   * The source named after a reporting word: a mention (after at most two classifier words or
   * quotes: أعلن موقع "المصدر نيوز"), or an unnamed-source phrase; for "according to" also a bare
   * noun (بحسب البيان).
   */
  private MentionRef sourceAfter(SentenceView view, int from, boolean prep) {
    int i = from;
    int skipped = 0;
    while (i < view.size() && skipped <= 2) {
      Arg arg = view.startingAt(i);
      if (arg != null) {
        return arg.kind() == EntityClass.PLACE ? null : arg.ref();
      }
      if (view.isQuote(i)) {
        i++;
        continue;
      }
      if (view.isClauseBreak(i) || cues.is("clause-stop", view.words, i)) {
        return null;
      }
      if (cues.is("source-noun", view.words, i)) {
        return phrase(view, i);
      }
      if (prep && cues.is("source-generic", view.words, i) && !view.words.get(i).startsWith("تعبير")) {
        return phrase(view, i);
      }
      i++;
      skipped++;
    }
    return null;
  }

  /** The subject before a reporting verb (SVO order): the nearest mention within three words. */
  private static MentionRef sourceBefore(SentenceView view, int verb) {
    for (int i = verb - 1; i >= Math.max(0, verb - 3); i--) {
      Arg arg = view.covering(i);
      if (arg != null) {
        return arg.kind() == EntityClass.PLACE ? null : arg.ref();
      }
      if (view.isClauseBreak(i)) {
        return null;
      }
    }
    return null;
  }

  /** "في صفحتها على الفيس بوك" after a reporting verb: the platform is the source. */
  private MentionRef platform(SentenceView view, int from) {
    for (int i = from; i < Math.min(view.size(), from + 24); i++) {
      if (view.isClauseBreak(i)) {
        return null;
      }
      if (cues.is("page", view.words, i)) {
        for (int j = i + 1; j < Math.min(view.size(), i + 4); j++) {
          Cues.Hit p = cues.at("platform", view.words, j);
          if (p != null) {
            return span(view, j, j + p.length() - 1);
          }
        }
      }
    }
    return null;
  }

  /**
   * An unnamed source phrase from its head noun: the noun with up to two describing words, or
   * through "لـ" and an outlet (مصادر لـ"أورينت نت"), or through an outlet in construct (مصادر عنب بلدي).
   */
  private MentionRef phrase(SentenceView view, int head) {
    int end = head;
    for (int i = head + 1; i < view.size() && i <= head + 3; i++) {
      if (view.isQuote(i)) {
        continue;
      }
      Arg arg = view.startingAt(i);
      if (arg != null) {
        if (arg.kind() == EntityClass.MEDIA || i == head + 1) {
          end = arg.last();
          if (end + 1 < view.size() && view.isQuote(end + 1)) {
            end++;
          }
        }
        break;
      }
      String w = view.words.get(i);
      if (w.equals("ل") || w.equals("لـ")) {
        continue;
      }
      if (view.isPunct(i) || cues.is("clause-stop", view.words, i) || isFunctionWord(w) || cues.is("report", view.words, i)
          || view.triggerAt(i) != null) {
        break;
      }
      if (!agrees(view.words.get(head), w)) {
        break;
      }
      end = i;
    }
    return span(view, head, end);
  }

  /**
   * Whether a word can describe the head noun: an adjective-like ending (أمنية، عسكري، محلية) with
   * the same definiteness (مصادر أمنية; not المصادر رصد).
   */
  private static boolean agrees(String head, String word) {
    boolean definite = Shapes.matches("^[وف]?(?:ال|لل).*", head);
    return Shapes.matches("^(?:ال)?.+(?:ي|يه|يين|يون|يات)$", word) && word.startsWith("ال") == definite;
  }

  private static boolean isFunctionWord(String w) {
    return Shapes.matches("[وف]?(?:بان|بانه|بانها|ان|انه|انها|عن|في|علي|من|الي|ب|ل|مع|ما|قد|لقد|حول|اليوم|امس)|و|ف", w);
  }

  private static MentionRef span(SentenceView view, int first, int last) {
    return view.span(first, last);
  }
}
