package org.rasd.nlp.ner;

import java.util.Arrays;
import java.util.List;

/**
 * The negative conditional log-likelihood of a linear-chain CRF over hashed features, plus an L2
 * penalty, and its gradient. The parametrisation is the one {@link Viterbi} decodes: one weight per
 * (feature bucket, label) and one per (previous label or sentence start, label); paths that break the
 * BIO constraints get no probability mass. Only buckets that occur in training get parameters
 * ({@link #bucketOf} maps them back). Forward-backward is scaled per position (Rabiner 1989), so it
 * needs exponentials per position and label only, not per transition.
 */
final class CrfObjective implements Lbfgs.Objective {

  private final BioLabels labels;
  private final List<int[][]> features;
  private final List<int[]> gold;
  private final double l2;
  /** Feature bucket → parameter row, -1 for buckets never seen in training. */
  private final int[] rowOf;
  private final int[] bucketOf;
  private final int size;
  private final int transitionOffset;

  CrfObjective(BioLabels labels, TrainingSet data, int hashBits, double l2) {
    this.labels = labels;
    this.size = labels.size();
    this.l2 = l2;
    this.gold = data.gold().stream().map(this::wellFormed).toList();
    boolean[] seen = new boolean[1 << hashBits];
    for (int[][] sentence : data.features()) {
      for (int[] word : sentence) {
        for (int f : word) {
          seen[f] = true;
        }
      }
    }
    rowOf = new int[1 << hashBits];
    Arrays.fill(rowOf, -1);
    int rows = 0;
    for (int f = 0; f < seen.length; f++) {
      if (seen[f]) {
        rowOf[f] = rows++;
      }
    }
    bucketOf = new int[rows];
    for (int f = 0; f < seen.length; f++) {
      if (seen[f]) {
        bucketOf[rowOf[f]] = f;
      }
    }
    this.features = data.features().stream().map(this::toRows).toList();
    transitionOffset = rows * size;
  }

  /** Number of parameters: feature rows times labels, then the transition weights. */
  int dimension() {
    return transitionOffset + (size + 1) * size;
  }

  /** Emission weights over all {@code 2^hashBits} buckets, for {@link PerceptronModel}. */
  float[] emission(double[] theta, int hashBits) {
    float[] out = new float[(1 << hashBits) * size];
    for (int row = 0; row < bucketOf.length; row++) {
      for (int l = 0; l < size; l++) {
        out[bucketOf[row] * size + l] = (float) theta[row * size + l];
      }
    }
    return out;
  }

  /** Transition weights, (previous + 1) * labels + next, for {@link PerceptronModel}. */
  float[] transition(double[] theta) {
    float[] out = new float[(size + 1) * size];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) theta[transitionOffset + i];
    }
    return out;
  }

  @Override
  public double valueAndGradient(double[] theta, double[] gradient) {
    double value = 0;
    for (int i = 0; i < theta.length; i++) {
      value += 0.5 * l2 * theta[i] * theta[i];
      gradient[i] = l2 * theta[i];
    }
    double[] expTransition = new double[(size + 1) * size];
    double transitionMax = Double.NEGATIVE_INFINITY;
    for (int p = -1; p < size; p++) {
      for (int l = 0; l < size; l++) {
        if (labels.allowed(p, l)) {
          transitionMax = Math.max(transitionMax, theta[transitionOffset + (p + 1) * size + l]);
        }
      }
    }
    for (int p = -1; p < size; p++) {
      for (int l = 0; l < size; l++) {
        int t = (p + 1) * size + l;
        expTransition[t] = labels.allowed(p, l) ? Math.exp(theta[transitionOffset + t] - transitionMax) : 0;
      }
    }
    for (int s = 0; s < features.size(); s++) {
      value += sentence(features.get(s), gold.get(s), theta, expTransition, transitionMax, gradient);
      if (!Double.isFinite(value)) {
        return Double.POSITIVE_INFINITY; // weights so large the scaled sums underflow: the line search backs off
      }
    }
    return value;
  }

  /** −log p(gold | words) for one sentence; adds expected minus observed counts to {@code gradient}. */
  private double sentence(
      int[][] rows, int[] g, double[] theta, double[] expTransition, double transitionMax, double[] gradient) {
    int n = rows.length;
    if (n == 0) {
      return 0;
    }
    double[][] score = new double[n][size];
    double[][] potential = new double[n][size];
    double logZ = n * transitionMax;
    double goldScore = 0;
    for (int i = 0; i < n; i++) {
      for (int row : rows[i]) {
        int base = row * size;
        for (int l = 0; l < size; l++) {
          score[i][l] += theta[base + l];
        }
      }
      double max = Double.NEGATIVE_INFINITY;
      for (int l = 0; l < size; l++) {
        max = Math.max(max, score[i][l]);
      }
      for (int l = 0; l < size; l++) {
        potential[i][l] = Math.exp(score[i][l] - max);
      }
      logZ += max;
      goldScore += score[i][g[i]] + theta[transitionOffset + (i == 0 ? 0 : (g[i - 1] + 1) * size) + g[i]];
    }
    double[][] alpha = new double[n][size];
    double[] scale = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int l = 0; l < size; l++) {
        double in;
        if (i == 0) {
          in = expTransition[l];
        } else {
          in = 0;
          for (int p = 0; p < size; p++) {
            in += alpha[i - 1][p] * expTransition[(p + 1) * size + l];
          }
        }
        alpha[i][l] = in * potential[i][l];
        sum += alpha[i][l];
      }
      if (!(sum > 0) || !Double.isFinite(sum)) {
        return Double.POSITIVE_INFINITY;
      }
      for (int l = 0; l < size; l++) {
        alpha[i][l] /= sum;
      }
      scale[i] = sum;
      logZ += Math.log(sum);
    }
    double[] beta = new double[size];
    double[] nextBeta = new double[size];
    Arrays.fill(nextBeta, 1);
    for (int i = n - 1; i >= 0; i--) {
      if (i == n - 1) {
        Arrays.fill(beta, 1);
      } else {
        for (int p = 0; p < size; p++) {
          double sum = 0;
          for (int l = 0; l < size; l++) {
            sum += expTransition[(p + 1) * size + l] * potential[i + 1][l] * nextBeta[l];
          }
          beta[p] = sum / scale[i + 1];
        }
        // pair marginals between i and i + 1
        for (int p = 0; p < size; p++) {
          for (int l = 0; l < size; l++) {
            int t = (p + 1) * size + l;
            if (expTransition[t] != 0) {
              gradient[transitionOffset + t] += alpha[i][p] * expTransition[t] * potential[i + 1][l] * nextBeta[l] / scale[i + 1];
            }
          }
        }
      }
      for (int l = 0; l < size; l++) {
        double marginal = alpha[i][l] * beta[l];
        if (i == 0) {
          gradient[transitionOffset + l] += marginal;
        }
        for (int row : rows[i]) {
          gradient[row * size + l] += marginal;
        }
      }
      double[] t = nextBeta;
      nextBeta = beta;
      beta = t;
    }
    for (int i = 0; i < n; i++) {
      for (int row : rows[i]) {
        gradient[row * size + g[i]] -= 1;
      }
      gradient[transitionOffset + (i == 0 ? 0 : (g[i - 1] + 1) * size) + g[i]] -= 1;
    }
    return logZ - goldScore;
  }

  private int[][] toRows(int[][] sentence) {
    int[][] out = new int[sentence.length][];
    for (int i = 0; i < sentence.length; i++) {
      out[i] = Arrays.stream(sentence[i]).map(f -> rowOf[f]).toArray();
    }
    return out;
  }

  /** Gold labels with an I-X that does not continue X read as B-X, as {@link BioLabels#chunks} reads it. */
  private int[] wellFormed(int[] sequence) {
    int[] out = sequence.clone();
    for (int i = 0; i < out.length; i++) {
      if (!labels.allowed(i == 0 ? -1 : out[i - 1], out[i])) {
        out[i] -= 1;
      }
    }
    return out;
  }
}
