package org.rasd.nlp.ner;

/**
 * Limited-memory BFGS (Nocedal 1980; Nocedal and Wright, Numerical Optimization, algorithm 7.4)
 * with a backtracking line search under the Armijo condition. Deterministic: the same function and
 * start point give the same iterates bit for bit.
 */
final class Lbfgs {

  /** A smooth function to minimise: returns f(x) and writes its gradient into {@code gradient}. */
  interface Objective {
    double valueAndGradient(double[] x, double[] gradient);
  }

  private static final int MEMORY = 6;
  private static final double ARMIJO = 1e-4;
  private static final int MAX_BACKTRACKS = 30;

  private final int maxIterations;
  private final double tolerance;

  /**
   * @param tolerance stop when the objective falls by less than this fraction of its value over
   *     five iterations
   */
  Lbfgs(int maxIterations, double tolerance) {
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  /** Minimises {@code f} from {@code x} (updated in place). */
  void minimise(Objective f, double[] x) {
    int n = x.length;
    double[][] s = new double[MEMORY][n];
    double[][] y = new double[MEMORY][n];
    double[] rho = new double[MEMORY];
    double[] alpha = new double[MEMORY];
    double[] gradient = new double[n];
    double[] nextGradient = new double[n];
    double[] direction = new double[n];
    double[] next = new double[n];
    double value = f.valueAndGradient(x, gradient);
    double[] history = new double[maxIterations + 1];
    history[0] = value;
    int stored = 0;
    int newest = -1;
    for (int iteration = 1; iteration <= maxIterations; iteration++) {
      // two-loop recursion: direction = -H * gradient
      for (int i = 0; i < n; i++) {
        direction[i] = -gradient[i];
      }
      for (int k = 0; k < stored; k++) {
        int j = Math.floorMod(newest - k, MEMORY);
        alpha[j] = rho[j] * dot(s[j], direction);
        axpy(-alpha[j], y[j], direction);
      }
      double scale = stored == 0 ? 1 / Math.sqrt(dot(gradient, gradient)) : dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
      for (int i = 0; i < n; i++) {
        direction[i] *= scale;
      }
      for (int k = stored - 1; k >= 0; k--) {
        int j = Math.floorMod(newest - k, MEMORY);
        double beta = rho[j] * dot(y[j], direction);
        axpy(alpha[j] - beta, s[j], direction);
      }
      double slope = dot(gradient, direction);
      if (!(slope < 0)) {
        return; // no descent direction left: at a minimum up to rounding
      }
      double step = 1;
      double nextValue = Double.POSITIVE_INFINITY;
      for (int b = 0; b < MAX_BACKTRACKS; b++) {
        for (int i = 0; i < n; i++) {
          next[i] = x[i] + step * direction[i];
        }
        nextValue = f.valueAndGradient(next, nextGradient);
        if (nextValue <= value + ARMIJO * step * slope) {
          break;
        }
        step *= 0.5;
      }
      if (!(nextValue <= value + ARMIJO * step * slope)) {
        return; // line search failed: no progress possible at this precision
      }
      double sy = 0;
      for (int i = 0; i < n; i++) {
        sy += (next[i] - x[i]) * (nextGradient[i] - gradient[i]);
      }
      if (sy > 0) { // else the curvature condition failed: keep the old pairs
        newest = (newest + 1) % MEMORY;
        for (int i = 0; i < n; i++) {
          s[newest][i] = next[i] - x[i];
          y[newest][i] = nextGradient[i] - gradient[i];
        }
        rho[newest] = 1 / sy;
        stored = Math.min(stored + 1, MEMORY);
      }
      System.arraycopy(next, 0, x, 0, n);
      System.arraycopy(nextGradient, 0, gradient, 0, n);
      value = nextValue;
      history[iteration] = value;
      if (iteration >= 5 && history[iteration - 5] - value < tolerance * Math.abs(value)) {
        return;
      }
    }
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }
}
