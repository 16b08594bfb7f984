package io.airshield.allocate;

import java.util.Arrays;

/**
 * Minimum-cost perfect assignment on a dense square cost matrix by the shortest augmenting path
 * algorithm of Jonker and Volgenant, "A shortest augmenting path algorithm for dense and sparse
 * linear assignment problems", Computing 38 (1987) 325-340: column reduction, reduction transfer,
 * two rounds of augmenting row reduction, then a Dijkstra-like augmentation for each row still
 * free. On the random dense problems of the WTA neighbourhood it is several times faster than plain
 * successive shortest paths, because the reductions assign most rows without a search.
 *
 * <p>It solved the WTA search's assignment move until {@link TypeAssignment} took its place (one
 * row per weapon type); it stays here as the reference that class is tested against.
 *
 * <p>Package-private and reusable: the arrays grow to the largest size seen. Deterministic: ties go
 * to the lowest index. Exact for any finite costs; one guard departs from the published code: the
 * augmenting row reduction hands a row to the final augmentation after {@code 8n} immediate
 * re-tries, since with floating-point costs a row can otherwise be re-tried many times for
 * vanishing potential decrements.
 */
final class DenseAssignment {
  private int cap;
  private double[] v = new double[0];
  private double[] d = new double[0];
  private int[] colsol = new int[0];
  private int[] free = new int[0];
  private int[] collist = new int[0];
  private int[] matches = new int[0];
  private int[] pred = new int[0];

  /**
   * Solves {@code min sum_i c[i * n + rowsol[i]]} over permutations.
   *
   * @param n size
   * @param c row-major costs, at least {@code n * n}, finite
   * @param rowsol output: the column of each row, at least {@code n} long
   */
  void solve(final int n, final double[] c, final int[] rowsol) {
    ensure(n);
    int numfree = reduce(n, c, rowsol);
    numfree = rowReduction(n, c, rowsol, numfree);
    augment(n, c, rowsol, numfree);
  }

  /** Column reduction and reduction transfer; returns the number of free rows. */
  private int reduce(final int n, final double[] c, final int[] rowsol) {
    Arrays.fill(matches, 0, n, 0);
    // column reduction, last column first as in the published code
    for (int j = n - 1; j >= 0; j--) {
      double min = c[j];
      int imin = 0;
      for (int i = 1; i < n; i++) {
        final double h = c[i * n + j];
        if (h < min) {
          min = h;
          imin = i;
        }
      }
      v[j] = min;
      if (matches[imin]++ == 0) {
        rowsol[imin] = j;
        colsol[j] = imin;
      } else if (v[j] < v[rowsol[imin]]) {
        final int j1 = rowsol[imin];
        rowsol[imin] = j;
        colsol[j] = imin;
        colsol[j1] = -1;
      } else {
        colsol[j] = -1;
      }
    }
    // reduction transfer
    int numfree = 0;
    for (int i = 0; i < n; i++) {
      if (matches[i] == 0) {
        free[numfree++] = i;
      } else if (matches[i] == 1) {
        final int j1 = rowsol[i];
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
          if (j != j1) {
            min = Math.min(min, c[i * n + j] - v[j]);
          }
        }
        if (min != Double.POSITIVE_INFINITY) {
          v[j1] -= min;
        }
      }
    }
    return numfree;
  }

  /** Augmenting row reduction, twice; returns the number of rows still free. */
  private int rowReduction(final int n, final double[] c, final int[] rowsol, final int free0) {
    int numfree = free0;
    for (int loop = 0; loop < 2 && n > 1; loop++) {
      int k = 0;
      final int prvnumfree = numfree;
      numfree = 0;
      int retries = 0;
      while (k < prvnumfree) {
        final int i = free[k++];
        final int base = i * n;
        double umin = c[base] - v[0];
        int j1 = 0;
        int j2 = -1;
        double usubmin = Double.POSITIVE_INFINITY;
        for (int j = 1; j < n; j++) {
          final double h = c[base + j] - v[j];
          if (h < usubmin) {
            if (h >= umin) {
              usubmin = h;
              j2 = j;
            } else {
              usubmin = umin;
              umin = h;
              j2 = j1;
              j1 = j;
            }
          }
        }
        int i0 = colsol[j1];
        final boolean strict = umin < usubmin;
        if (strict) {
          v[j1] -= usubmin - umin;
        } else if (i0 >= 0) {
          j1 = j2;
          i0 = colsol[j2];
        }
        rowsol[i] = j1;
        colsol[j1] = i;
        if (i0 >= 0) {
          if (strict && retries++ < 8 * n) {
            free[--k] = i0;
          } else {
            free[numfree++] = i0;
          }
        }
      }
    }
    return numfree;
  }

  /** Shortest augmenting path from each row still free. */
  private void augment(final int n, final double[] c, final int[] rowsol, final int numfree) {
    for (int f = 0; f < numfree; f++) {
      final int freerow = free[f];
      final int fb = freerow * n;
      for (int j = 0; j < n; j++) {
        d[j] = c[fb + j] - v[j];
        pred[j] = freerow;
        collist[j] = j;
      }
      int low = 0;
      int up = 0;
      int last = 0;
      int endofpath = -1;
      double min = 0;
      while (endofpath < 0) {
        if (up == low) {
          last = low - 1;
          min = d[collist[up++]];
          for (int k = up; k < n; k++) {
            final int j = collist[k];
            final double h = d[j];
            if (h <= min) {
              if (h < min) {
                up = low;
                min = h;
              }
              collist[k] = collist[up];
              collist[up++] = j;
            }
          }
          for (int k = low; k < up; k++) {
            if (colsol[collist[k]] < 0) {
              endofpath = collist[k];
              break;
            }
          }
        }
        if (endofpath < 0) {
          final int j1 = collist[low++];
          final int i = colsol[j1];
          final int ib = i * n;
          final double h = c[ib + j1] - v[j1] - min;
          for (int k = up; k < n; k++) {
            final int j = collist[k];
            final double v2 = c[ib + j] - v[j] - h;
            if (v2 < d[j]) {
              pred[j] = i;
              if (v2 == min) {
                if (colsol[j] < 0) {
                  endofpath = j;
                  break;
                }
                collist[k] = collist[up];
                collist[up++] = j;
              }
              d[j] = v2;
            }
          }
        }
      }
      for (int k = 0; k <= last; k++) {
        final int j1 = collist[k];
        v[j1] += d[j1] - min;
      }
      int i;
      do {
        i = pred[endofpath];
        colsol[endofpath] = i;
        final int j1 = endofpath;
        endofpath = rowsol[i];
        rowsol[i] = j1;
      } while (i != freerow);
    }
  }

  private void ensure(final int n) {
    if (n > cap) {
      cap = n;
      v = new double[n];
      d = new double[n];
      colsol = new int[n];
      free = new int[n];
      collist = new int[n];
      matches = new int[n];
      pred = new int[n];
    }
  }
}
