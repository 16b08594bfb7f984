package io.airshield.study;

import io.airshield.engine.Rng;
import java.util.Arrays;

/**
 * First- and total-order Sobol indices from a {@link Design.Kind#SOBOL} design, with bootstrap 95%
 * intervals. The first-order index S_i is the share of the measure's variance that factor i
 * explains alone, the total index ST_i the share it has a hand in (alone or with others).
 * Estimators: S_i = mean(f(B) (f(A_B^i) - f(A))) / V (Saltelli et al., Comput. Phys. Commun. 181,
 * 2010, table 2 (b)); ST_i = mean((f(A) - f(A_B^i))^2) / (2 V) (Jansen, Comput. Phys. Commun. 117,
 * 1999); V the variance of f over A and B together. The intervals are percentile intervals over
 * bootstrap resamples of the n base rows (Archer, Saltelli and Sobol, J. Stat. Comput. Simul. 58,
 * 1997).
 */
public final class Sobol {
  private Sobol() {}

  /**
   * One factor's indices.
   *
   * @param first first-order index
   * @param firstLow its 95% interval's low end
   * @param firstHigh its high end
   * @param total total-order index
   * @param totalLow its 95% interval's low end
   * @param totalHigh its high end
   */
  public record Index(
      double first,
      double firstLow,
      double firstHigh,
      double total,
      double totalLow,
      double totalHigh) {}

  /**
   * @param n base samples (the design's {@link Design#size})
   * @param k factors
   * @param y the measure at each of the n (k + 2) design points, in the design's order
   * @param resamples bootstrap resamples (0 for none: the intervals are then the estimate)
   * @param seed master seed of the resampling
   * @return the indices of each factor
   */
  public static Index[] analyse(
      final int n, final int k, final double[] y, final int resamples, final long seed) {
    if (y.length != n * (k + 2)) {
      throw new IllegalArgumentException(
          "a Sobol design of " + n + " x (" + k + " + 2) points, not " + y.length);
    }
    final int[] all = new int[n];
    for (int j = 0; j < n; j++) {
      all[j] = j;
    }
    final double[][] est = estimate(n, k, y, all);
    final double[][][] boot = new double[2][k][resamples];
    final Rng rng = new Rng(seed, 0, Design.PURPOSE_BOOTSTRAP);
    final int[] rows = new int[n];
    for (int b = 0; b < resamples; b++) {
      for (int j = 0; j < n; j++) {
        rows[j] = rng.nextInt(n);
      }
      final double[][] e = estimate(n, k, y, rows);
      for (int i = 0; i < k; i++) {
        boot[0][i][b] = e[0][i];
        boot[1][i][b] = e[1][i];
      }
    }
    final Index[] out = new Index[k];
    for (int i = 0; i < k; i++) {
      if (resamples == 0) {
        out[i] = new Index(est[0][i], est[0][i], est[0][i], est[1][i], est[1][i], est[1][i]);
        continue;
      }
      Arrays.sort(boot[0][i]);
      Arrays.sort(boot[1][i]);
      out[i] =
          new Index(
              est[0][i],
              percentile(boot[0][i], 0.025),
              percentile(boot[0][i], 0.975),
              est[1][i],
              percentile(boot[1][i], 0.025),
              percentile(boot[1][i], 0.975));
    }
    return out;
  }

  /** The estimates over the given base rows: [0] first order, [1] total. */
  private static double[][] estimate(final int n, final int k, final double[] y, final int[] rows) {
    double mean = 0;
    for (int j : rows) {
      mean += y[j] + y[n + j];
    }
    mean /= 2.0 * rows.length;
    double v = 0;
    for (int j : rows) {
      v += (y[j] - mean) * (y[j] - mean) + (y[n + j] - mean) * (y[n + j] - mean);
    }
    v /= 2.0 * rows.length - 1;
    final double[][] out = new double[2][k];
    for (int i = 0; i < k; i++) {
      double s = 0;
      double t = 0;
      for (int j : rows) {
        final double fa = y[j];
        final double fb = y[n + j];
        final double fab = y[(2 + i) * n + j];
        s += fb * (fab - fa);
        t += (fa - fab) * (fa - fab);
      }
      out[0][i] = v > 0 ? s / rows.length / v : 0;
      out[1][i] = v > 0 ? t / (2.0 * rows.length) / v : 0;
    }
    return out;
  }

  /** The q-quantile of sorted values (linear between order statistics). */
  static double percentile(final double[] sorted, final double q) {
    final double pos = q * (sorted.length - 1);
    final int lo = (int) Math.floor(pos);
    final int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
