package org.rasd.nlp.ner;

/** First-order Viterbi decoding over label scores, never producing an I-X that does not continue X. */
final class Viterbi {

  private static final float FORBIDDEN = Float.NEGATIVE_INFINITY;

  private Viterbi() {}

  /**
   * @param margins if not null, filled with max-marginals: {@code margins[i][l]} is the score of the
   *     best complete path that gives word i label l
   */
  static int[] decode(
      BioLabels labels, int[][] featureIds, float[] emission, float[] transition, float[][] margins) {
    int n = featureIds.length;
    int size = labels.size();
    int[] best = new int[n];
    if (n == 0) {
      return best;
    }
    float[][] local = new float[n][size];
    for (int i = 0; i < n; i++) {
      float[] row = local[i];
      for (int f : featureIds[i]) {
        int base = f * size;
        for (int l = 0; l < size; l++) {
          row[l] += emission[base + l];
        }
      }
    }
    float[][] forward = new float[n][size];
    int[][] back = new int[n][size];
    for (int l = 0; l < size; l++) {
      forward[0][l] = labels.allowed(-1, l) ? transition[l] + local[0][l] : FORBIDDEN;
    }
    for (int i = 1; i < n; i++) {
      for (int l = 0; l < size; l++) {
        float top = FORBIDDEN;
        int arg = 0;
        for (int p = 0; p < size; p++) {
          if (forward[i - 1][p] == FORBIDDEN || !labels.allowed(p, l)) {
            continue;
          }
          float s = forward[i - 1][p] + transition[(p + 1) * size + l];
          if (s > top) {
            top = s;
            arg = p;
          }
        }
        forward[i][l] = top == FORBIDDEN ? FORBIDDEN : top + local[i][l];
        back[i][l] = arg;
      }
    }
    int last = 0;
    for (int l = 1; l < size; l++) {
      if (forward[n - 1][l] > forward[n - 1][last]) {
        last = l;
      }
    }
    best[n - 1] = last;
    for (int i = n - 1; i > 0; i--) {
      best[i - 1] = back[i][best[i]];
    }
    if (margins != null) {
      fillMaxMarginals(labels, local, forward, transition, margins);
    }
    return best;
  }

  private static void fillMaxMarginals(
      BioLabels labels, float[][] local, float[][] forward, float[] transition, float[][] margins) {
    int n = local.length;
    int size = labels.size();
    float[] backward = new float[size];
    float[] previous = new float[size];
    for (int i = n - 1; i >= 0; i--) {
      for (int l = 0; l < size; l++) {
        float rest = 0f;
        if (i < n - 1) {
          rest = FORBIDDEN;
          for (int next = 0; next < size; next++) {
            if (previous[next] != FORBIDDEN && labels.allowed(l, next)) {
              rest = Math.max(rest, transition[(l + 1) * size + next] + local[i + 1][next] + previous[next]);
            }
          }
        }
        backward[l] = rest;
        margins[i][l] = forward[i][l] == FORBIDDEN || rest == FORBIDDEN ? FORBIDDEN : forward[i][l] + rest;
      }
      System.arraycopy(backward, 0, previous, 0, size);
    }
  }
}
