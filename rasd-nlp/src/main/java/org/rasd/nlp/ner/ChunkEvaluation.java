package org.rasd.nlp.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** CoNLL-style scoring: a predicted entity counts only when its span and type both match exactly. */
public final class ChunkEvaluation {

  /** Counts for one type (or overall). */
  public static final class Counts {
    int truePositives;
    int predicted;
    int gold;

    void add(Counts other) {
      truePositives += other.truePositives;
      predicted += other.predicted;
      gold += other.gold;
    }

    public double precision() {
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int gold() {
      return gold;
    }

    public int predicted() {
      return predicted;
    }
  }

  private final Map<String, Counts> byType = new TreeMap<>();
  private final Counts overall = new Counts();

  /** Adds one sentence's gold and predicted entity spans. */
  public void add(List<BioLabels.Chunk> gold, List<BioLabels.Chunk> predicted) {
    Set<BioLabels.Chunk> goldSet = new HashSet<>(gold);
    for (BioLabels.Chunk g : gold) {
      counts(g.type()).gold++;
      overall.gold++;
    }
    for (BioLabels.Chunk p : predicted) {
      counts(p.type()).predicted++;
      overall.predicted++;
      if (goldSet.contains(p)) {
        counts(p.type()).truePositives++;
        overall.truePositives++;
      }
    }
  }

  /** Adds another evaluation's counts (pooling cross-validation folds). */
  public void addAll(ChunkEvaluation other) {
    other.byType.forEach((type, c) -> counts(type).add(c));
    overall.add(other.overall);
  }

  private Counts counts(String type) {
    return byType.computeIfAbsent(type, t -> new Counts());
  }

  public Counts overall() {
    return overall;
  }

  public Map<String, Counts> byType() {
    return byType;
  }

  /** Scores a model on labelled sentences. */
  public static ChunkEvaluation of(PerceptronModel model, List<LabeledSentence> sentences) {
    ChunkEvaluation eval = new ChunkEvaluation();
    BioLabels labels = model.labels();
    for (LabeledSentence s : sentences) {
      int[] gold = s.labels().stream().mapToInt(labels::indexOf).toArray();
      int[] predicted = model.tag(s.words().toArray(String[]::new));
      eval.add(labels.chunks(gold), labels.chunks(predicted));
    }
    return eval;
  }

  /** A CoNLL-style table: one line per type and an overall line. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %7s %7s%n", "type", "precision", "recall", "F1", "gold", "found"));
    byType.forEach((type, c) -> out.append(line(type, c)));
    out.append(line("overall", overall));
    return out.toString();
  }

  private static String line(String name, Counts c) {
    return String.format(
        Locale.ROOT, "%-10s %9.4f %9.4f %9.4f %7d %7d%n", name, c.precision(), c.recall(), c.f1(), c.gold, c.predicted);
  }
}
