package io.airshield.study;

import io.airshield.engine.Rng;
import java.util.Locale;

/**
 * A designed experiment in the unit cube: rows are design points, columns factors, entries in [0,
 * 1] mapped to each factor's range by {@link Factor#at}. The layouts the analyses rely on:
 *
 * <ul>
 *   <li>{@link Kind#MORRIS}: r trajectories of k + 1 points each, consecutive points of a
 *       trajectory differing in one factor by +-delta (Morris, Technometrics 33(2), 1991; the
 *       levels and delta = p / (2 (p - 1)) of Campolongo, Cariboni and Saltelli, Environ. Model.
 *       Softw. 22, 2007);
 *   <li>{@link Kind#NOLH}: a nearly orthogonal Latin hypercube of Cioppa and Lucas (Technometrics
 *       49(1), 2007) or the NPS SEED Center ({@link Nolh}), stacked for more points;
 *   <li>{@link Kind#LHS}: a random Latin hypercube (McKay, Beckman and Conover, Technometrics 21,
 *       1979);
 *   <li>{@link Kind#SOBOL}: Saltelli's sampling for Sobol indices: matrices A and B of n rows, then
 *       for each factor i the matrix A with column i from B (Saltelli et al., Comput. Phys. Commun.
 *       181, 2010): n (k + 2) points, A first, then B, then each A_B^i.
 * </ul>
 *
 * @param kind the design
 * @param points the points, rows of k coordinates in [0, 1]
 * @param size r for Morris, n for Sobol, the table's rows for NOLH, the points for LHS
 * @param delta Morris's step in the unit cube (0 for the others)
 */
public record Design(Kind kind, double[][] points, int size, double delta) {

  /** The designs. */
  public enum Kind {
    /** Morris elementary effects (screening). */
    MORRIS,
    /** Nearly orthogonal Latin hypercube. */
    NOLH,
    /** Random Latin hypercube. */
    LHS,
    /** Saltelli's sampling for first- and total-order Sobol indices. */
    SOBOL;

    /**
     * @return the name in files and options
     */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Random-stream purpose of design sampling (the campaign's purposes are small numbers). */
  static final long PURPOSE_DESIGN = 0x5354_5544_5900L;

  /** Random-stream purpose of the bootstrap. */
  static final long PURPOSE_BOOTSTRAP = 0x5354_5544_5901L;

  /**
   * @return the number of points
   */
  public int count() {
    return points.length;
  }

  /**
   * Morris trajectories: each starts at a random point of the p-level grid from which a step of
   * delta stays inside [0, 1], then moves each factor once, in a random order, by +delta or -delta
   * (a random direction, turned round where it would leave the cube).
   *
   * @param k factors
   * @param r trajectories
   * @param levels p, an even number of grid levels (4 is usual)
   * @param seed master seed
   * @return the design, r (k + 1) points
   */
  public static Design morris(final int k, final int r, final int levels, final long seed) {
    final Rng rng = new Rng(seed, 0, PURPOSE_DESIGN);
    final double delta = levels / (2.0 * (levels - 1));
    final double[][] pts = new double[r * (k + 1)][];
    for (int t = 0; t < r; t++) {
      final double[] x = new double[k];
      for (int i = 0; i < k; i++) {
        x[i] = rng.nextInt(levels) / (double) (levels - 1);
      }
      final int[] order = permutation(k, rng);
      pts[t * (k + 1)] = x.clone();
      for (int s = 0; s < k; s++) {
        final int i = order[s];
        double step = rng.nextDouble() < 0.5 ? delta : -delta;
        if (x[i] + step > 1 + 1e-12 || x[i] + step < -1e-12) {
          step = -step;
        }
        x[i] = Math.min(1, Math.max(0, x[i] + step));
        pts[t * (k + 1) + s + 1] = x.clone();
      }
    }
    return new Design(Kind.MORRIS, pts, r, delta);
  }

  /**
   * A random Latin hypercube: each factor's range cut into n equal strata, each stratum used once,
   * a uniform point within it.
   *
   * @param k factors
   * @param n points
   * @param seed master seed
   * @return the design
   */
  public static Design lhs(final int k, final int n, final long seed) {
    final Rng rng = new Rng(seed, 1, PURPOSE_DESIGN);
    return new Design(Kind.LHS, latin(k, n, rng), n, 0);
  }

  private static double[][] latin(final int k, final int n, final Rng rng) {
    final double[][] pts = new double[n][k];
    for (int i = 0; i < k; i++) {
      final int[] perm = permutation(n, rng);
      for (int j = 0; j < n; j++) {
        pts[j][i] = (perm[j] + rng.nextDouble()) / n;
      }
    }
    return pts;
  }

  /**
   * Saltelli's sampling: A and B are independent Latin hypercubes of n points (stratified, so the
   * variance estimate settles sooner than with plain random points).
   *
   * @param k factors
   * @param n base samples
   * @param seed master seed
   * @return the design, n (k + 2) points
   */
  public static Design sobol(final int k, final int n, final long seed) {
    final Rng rng = new Rng(seed, 2, PURPOSE_DESIGN);
    final double[][] a = latin(k, n, rng);
    final double[][] b = latin(k, n, rng);
    final double[][] pts = new double[n * (k + 2)][];
    for (int j = 0; j < n; j++) {
      pts[j] = a[j].clone();
      pts[n + j] = b[j].clone();
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < n; j++) {
        final double[] x = a[j].clone();
        x[i] = b[j][i];
        pts[(2 + i) * n + j] = x;
      }
    }
    return new Design(Kind.SOBOL, pts, n, 0);
  }

  /**
   * A nearly orthogonal Latin hypercube for k factors with at least {@code minPoints} points: the
   * smallest table with k columns, stacked ({@link Nolh#stack}) until it has enough.
   *
   * @param k factors (at most {@link Nolh#MAX_FACTORS})
   * @param minPoints the fewest points wanted (0: one table)
   * @return the design
   */
  public static Design nolh(final int k, final int minPoints) {
    final int[][] table = Nolh.table(k);
    final int n = table.length;
    final int copies = Math.max(1, (minPoints + n - 1) / n);
    return new Design(Kind.NOLH, Nolh.stack(table, k, copies), n, 0);
  }

  /** A random permutation of 0..n-1 (Fisher-Yates). */
  static int[] permutation(final int n, final Rng rng) {
    final int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      final int j = rng.nextInt(i + 1);
      final int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  /**
   * The largest absolute Pearson correlation between two columns: how far from orthogonal a design
   * is (0 for an orthogonal one; Cioppa and Lucas ask at most 0.03).
   *
   * @param pts the points
   * @return the maximum over pairs of columns
   */
  public static double maxAbsCorrelation(final double[][] pts) {
    final int k = pts[0].length;
    final int n = pts.length;
    double worst = 0;
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        double ma = 0;
        double mb = 0;
        for (double[] p : pts) {
          ma += p[a];
          mb += p[b];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (double[] p : pts) {
          sab += (p[a] - ma) * (p[b] - mb);
          saa += (p[a] - ma) * (p[a] - ma);
          sbb += (p[b] - mb) * (p[b] - mb);
        }
        if (saa > 0 && sbb > 0) {
          worst = Math.max(worst, Math.abs(sab / Math.sqrt(saa * sbb)));
        }
      }
    }
    return worst;
  }
}
