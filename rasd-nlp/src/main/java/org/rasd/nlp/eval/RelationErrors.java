package org.rasd.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import org.rasd.nlp.facts.PredictedRelation;

/**
 * The relation errors of one article, for error analysis: each false positive with the sentence it
 * was read from, and each missed required gold relation with the first sentence naming both ends
 * (or "(ends not in one sentence)"). Matching as in {@link GoldScorer}.
 */
public final class RelationErrors {

  private RelationErrors() {}

  public static List<String> list(GoldDocument gold, List<PredictedRelation> predicted, String text) {
    GoldScorer.Aliases aliases = new GoldScorer.Aliases(gold.entities());
    List<GoldRelation> golds = gold.relations();
    boolean[] taken = new boolean[golds.size()];
    List<String> lines = new ArrayList<>();
    for (PredictedRelation p : predicted) {
      int hit = -1;
      boolean ignorable = false;
      for (int i = 0; i < golds.size(); i++) {
        if (GoldScorer.relationMatches(p, golds.get(i), aliases)) {
          if (golds.get(i).optional() || taken[i]) {
            ignorable = true;
          } else if (hit < 0) {
            hit = i;
          }
        }
      }
      if (hit >= 0) {
        taken[hit] = true;
      } else if (!ignorable) {
        lines.add(String.format("FP %s %s -> %s | %s", p.type(), p.from().text(), p.to().text(),
            oneLine(text.substring(p.sentenceStart(), p.sentenceEnd()))));
      }
    }
    for (int i = 0; i < golds.size(); i++) {
      GoldRelation g = golds.get(i);
      if (!taken[i] && !g.optional()) {
        lines.add(String.format("FN %s %s -> %s | %s", g.type(), g.from(), g.to(), sentenceWithBoth(text, g)));
      }
    }
    return lines;
  }

  private static String sentenceWithBoth(String text, GoldRelation g) {
    for (String sentence : text.split("(?<=[.!؟?\\n])")) {
      if (sentence.contains(g.from()) && sentence.contains(g.to())) {
        return oneLine(sentence);
      }
    }
    return "(ends not in one sentence)";
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
