package io.airshield.allocate;

import java.util.Arrays;

/**
 * Minimum-cost assignment of columns to rows where row {@code k} takes exactly {@code supply[k]}
 * columns and every column is taken once (a transportation problem with unit demands), on a dense
 * row-major cost matrix. It is the assignment move's problem ({@link WtaSearch#assignmentMove})
 * with the weapons grouped by type: weapons of one type have identical cost rows, so the move only
 * decides which type goes where.
 *
 * <p>Why not Jonker and Volgenant's full algorithm on the expanded matrix (the move's solver
 * before, kept in the tests as {@code DenseAssignment}, the reference this class is checked
 * against): on the published 150 x 300 x 3 instance about half of the 300 rows of a move duplicate
 * another (about two selected units of each type), and identical rows defeat Jonker and Volgenant's
 * reductions: the column reduction gives a column to only one of the twins and their augmenting row
 * reduction passes the displaced twin back and forth, some 5,000 row scans a move. Grouping the
 * rows halves the matrix and the twins cannot compete.
 *
 * <p>The method is successive shortest paths with column prices, as in the augmentation phase of
 * Jonker and Volgenant, "A shortest augmenting path algorithm for dense and sparse linear
 * assignment problems", Computing 38 (1987) 325-340, extended to rows of several columns: a row is
 * reached through the first of its columns the search finalises and scanned once; an augmenting
 * path hands each row on it the column it was reached through in exchange for the next. It starts
 * from a column reduction at guessed row prices (each column priced at its least cost less the
 * row's price and given to that row while it has supply), which keeps every row's columns at equal
 * reduced cost, so one scan of the row prices them all. The assignment move passes the prices of
 * the previous move, whose neighbourhood differs in few targets and counts: most columns then go to
 * the right row at once, and the move's share of the search's samples on 150 x 300 x 3 fell from
 * 39% to 20% (JFR, seeds 1 to 12).
 *
 * <p>Package-private and reusable: the arrays grow to the largest size seen. Deterministic: ties go
 * to the lowest index. Exact for any finite costs (up to rounding in the sums).
 */
final class TypeAssignment {
  private int capRows;
  private int capCols;
  private double[] v = new double[0];
  private double[] d = new double[0];
  private int[] collist = new int[0];
  private int[] pred = new int[0];
  private int[] left = new int[0];
  private int[] entry = new int[0];
  private int[] mark = new int[0];
  private int stamp;

  /**
   * Solves {@code min sum_j c[colsol[j] * n + j]} subject to row {@code k} taking {@code supply[k]}
   * columns.
   *
   * @param rows the number of rows
   * @param n the number of columns
   * @param c row-major costs, at least {@code rows * n}, finite
   * @param supply columns each row takes, each {@code >= 0}, summing to {@code n}
   * @param colsol output: the row of each column, at least {@code n} long
   * @param u each row's price per column: on entry a guess (any finite values, e.g. 0 or the prices
   *     of a similar earlier problem), on return the optimal dual prices, {@code u[k] = c[k * n +
   *     j] - v[j]} on row k's columns
   */
  void solve(
      final int rows,
      final int n,
      final double[] c,
      final int[] supply,
      final int[] colsol,
      final double[] u) {
    ensure(rows, n);
    // column reduction at the rows' prices: each column priced at its least cost less the row's
    // price, given to that row (the first of ties) while the row has supply; every reduced cost
    // c - v of a row is then >= its price, and equal to it on the columns given, so each row's
    // columns share one reduced cost. Good prices leave few rows short of columns.
    Arrays.fill(v, 0, n, Double.POSITIVE_INFINITY);
    Arrays.fill(pred, 0, n, -1);
    for (int k = 0; k < rows; k++) {
      if (supply[k] > 0) {
        final int base = k * n;
        final double uk = u[k];
        for (int j = 0; j < n; j++) {
          final double h = c[base + j] - uk;
          if (h < v[j]) {
            v[j] = h;
            pred[j] = k;
          }
        }
      }
    }
    System.arraycopy(supply, 0, left, 0, rows);
    for (int j = 0; j < n; j++) {
      final int k = pred[j];
      if (left[k] > 0) {
        left[k]--;
        colsol[j] = k;
      } else {
        colsol[j] = -1;
      }
    }
    for (int k = 0; k < rows; k++) {
      for (; left[k] > 0; left[k]--) {
        augment(k, n, c, colsol);
      }
    }
    for (int j = 0; j < n; j++) {
      u[colsol[j]] = c[colsol[j] * n + j] - v[j];
    }
  }

  /** One more column for row {@code f}, by a shortest augmenting path from it. */
  private void augment(final int f, final int n, final double[] c, final int[] colsol) {
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(mark, 0);
      stamp = 1;
    }
    mark[f] = stamp;
    final int fb = f * n;
    for (int j = 0; j < n; j++) {
      d[j] = c[fb + j] - v[j];
      pred[j] = f;
      collist[j] = j;
    }
    int low = 0;
    int up = 0;
    int last = 0;
    int endofpath = -1;
    double min = 0;
    while (endofpath < 0) {
      if (up == low) {
        // the next columns at least distance, all final; stop at a free one
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
        if (mark[i] == stamp) {
          // the row was reached through another of its columns, at the same distance
          continue;
        }
        mark[i] = stamp;
        entry[i] = j1;
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
    // along the path each row takes the next column and gives up the one it was reached through
    int j = endofpath;
    while (true) {
      final int i = pred[j];
      colsol[j] = i;
      if (i == f) {
        return;
      }
      j = entry[i];
    }
  }

  private void ensure(final int rows, final int n) {
    if (n > capCols) {
      capCols = n;
      v = new double[n];
      d = new double[n];
      collist = new int[n];
      pred = new int[n];
    }
    if (rows > capRows) {
      capRows = rows;
      left = new int[rows];
      entry = new int[rows];
      mark = new int[rows];
      stamp = 0;
    }
  }
}
