package org.rasd.nlp.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasd.nlp.text.ArabicNormalizer;

/**
 * Descriptors that analysts code as actors though they name no one group (المجموعات المسلحة،
 * برصاص الأمن، طائرات روسية، المتظاهرين), from {@code generic-actors.tsv}. They fill event slots
 * only: they are no entity mentions, are linked to nothing and state no relations.
 */
final class GenericActors {

  static final String RESOURCE = "/org/rasd/nlp/facts/generic-actors.tsv";
  static final Set<String> TYPES = Set.of("STATE_FORCES", "ARMED_GROUP", "PROTESTERS");

  private static final Pattern PROCLITICS = Pattern.compile("[وف]?[بكل]?(?=ال)");

  private enum Condition { ALWAYS, AGENT, ORIGIN }

  private record Row(List<String> rest, String type, Condition condition) {}

  /** First-word surface form → rows. */
  private final Map<String, List<Row>> byFirst = new HashMap<>();
  private final Cues cues;
  private final Nationalities nationalities;

  private GenericActors(Cues cues, Nationalities nationalities) {
    this.cues = cues;
    this.nationalities = nationalities;
  }

  static GenericActors load(Cues cues, Nationalities nationalities) {
    GenericActors g = new GenericActors(cues, nationalities);
    TsvRows.readResource(RESOURCE, 3, (cols, where) -> {
      if (!TYPES.contains(cols[1])) {
        throw new IllegalArgumentException(where + "type must be one of " + TYPES + ", not '" + cols[1] + "'");
      }
      Condition condition = switch (cols[2]) {
        case "-" -> Condition.ALWAYS;
        case "agent" -> Condition.AGENT;
        case "origin" -> Condition.ORIGIN;
        default -> throw new IllegalArgumentException(where + "condition must be -, agent or origin, not '" + cols[2] + "'");
      };
      String[] words = ArabicNormalizer.normalize(cols[0]).split(" ");
      List<String> rest = new ArrayList<>();
      for (int k = 1; k < words.length; k++) {
        rest.add(withoutArticle(words[k]));
      }
      Row row = new Row(rest, cols[1], condition);
      for (String form : ArabicInflection.nounForms(words[0])) {
        g.byFirst.computeIfAbsent(form, k -> new ArrayList<>()).add(row);
      }
    });
    return g;
  }

  /** Adds the sentence's generic actors on the words no mention or short form holds. */
  void addTo(SentenceView view) {
    for (int i = 0; i < view.size(); i++) {
      Arg arg = at(view, i);
      if (arg != null) {
        view.addGeneric(arg);
        i = arg.last();
      }
    }
  }

  /** The generic actor whose phrase starts at word i, or null. */
  private Arg at(SentenceView view, int i) {
    List<Row> rows = view.covering(i) == null ? byFirst.get(view.words.get(i)) : null;
    if (rows == null) {
      return null;
    }
    Row best = null;
    for (Row row : rows) {
      if (matchesRest(view, i + 1, row.rest()) && (best == null || row.rest().size() > best.rest().size())) {
        best = row;
      }
    }
    if (best == null) {
      return null;
    }
    int last = i + best.rest().size();
    while (last + 1 < view.size() && view.covering(last + 1) == null && nationalities.of(view.words.get(last + 1)) != null) {
      last++; // الأجهزة الأمنية السورية، طائرات روسية
    }
    if (best.condition() == Condition.ORIGIN && last == i + best.rest().size()
        || best.condition() == Condition.AGENT && !cues.endsBefore("agent-prep", view.words, i)
        || namesNext(view, last)) {
      return null;
    }
    int first = i;
    if (i > 0 && view.covering(i - 1) == null && nationalities.of(view.words.get(i - 1)) != null) {
      first = i - 1; // السوريين المعارضين
    }
    int start = view.tokens.get(first).start() + procliticLength(view.tokens.get(first).text());
    MentionRef ref = new MentionRef(start, view.tokens.get(last).end(), view.text.substring(start, view.tokens.get(last).end()));
    return new Arg(ref, Arg.EntityClass.GROUP, best.type(), first, last, start);
  }

  private static boolean matchesRest(SentenceView view, int from, List<String> rest) {
    if (from + rest.size() > view.size()) {
      return false;
    }
    for (int k = 0; k < rest.size(); k++) {
      if (view.covering(from + k) != null || !withoutArticle(view.words.get(from + k)).equals(rest.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** A descriptor right before a name is its classifier (فصائل "الحر"), no actor of its own. */
  private static boolean namesNext(SentenceView view, int last) {
    int j = last + 1;
    while (j < view.size() && view.isQuote(j)) {
      j++;
    }
    return view.startingAt(j) != null && view.startingAt(j).isActor();
  }

  /** The conjunction and preposition before an article, which a slot leaves out (والمسلحين → المسلحين). */
  private static int procliticLength(String token) {
    Matcher m = PROCLITICS.matcher(token);
    return m.lookingAt() ? m.end() : 0;
  }

  private static String withoutArticle(String word) {
    return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
  }
}
