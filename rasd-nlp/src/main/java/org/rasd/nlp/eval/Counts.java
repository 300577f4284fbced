package org.rasd.nlp.eval;

/**
 * True positives, false positives and false negatives, with precision, recall and F1 (0 where
 * undefined, so that an extractor that finds nothing scores 0, not NaN).
 */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts plus(Counts o) {
    return new Counts(
        truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
  }

  public int predicted() {
    return truePositives + falsePositives;
  }

  public int gold() {
    return truePositives + falseNegatives;
  }

  public double precision() {
    return predicted() == 0 ? 0 : (double) truePositives / predicted();
  }

  public double recall() {
    return gold() == 0 ? 0 : (double) truePositives / gold();
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
