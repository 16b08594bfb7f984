package io.airshield.allocate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link TypeAssignment} against exhaustive search over all permutations of the expanded matrix
 * (each row repeated as many times as its supply) and against {@link DenseAssignment} on it.
 */
class TypeAssignmentTest {
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void optimalAgainstExhaustiveSearch(final long seed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final TypeAssignment lap = new TypeAssignment();
    for (int trial = 0; trial < 40; trial++) {
      final int n = 1 + rnd.nextInt(8);
      final int[] supply = supplies(rnd, n);
      final int rows = supply.length;
      final double[] c = costs(rnd, rows, n, trial % 4);
      final int[] colsol = new int[n];
      lap.solve(rows, n, c, supply, colsol, guess(rnd, rows, trial));
      final double total = checkedTotal(rows, n, c, supply, colsol);
      final double[] e = expand(rows, n, c, supply);
      final double best = DenseAssignmentTest.brute(n, e, 0, new boolean[n], 0.0);
      if (trial % 4 == 1) {
        // small integers: every sum is exact, so the optimum must be equal to the last bit
        assertThat(total).as("n %d rows %d", n, rows).isEqualTo(best);
      } else {
        assertThat(total)
            .as("n %d rows %d kind %d", n, rows, trial % 4)
            .isCloseTo(best, Offset.offset(1e-12 * (1 + Math.abs(best))));
      }
    }
  }

  /**
   * Larger matrices of the assignment move's shape (costs {@code -v_j q_j p_ij}, rows repeated up
   * to three times, a zero row of "no weapon") and integer ones, against the expanded
   * Jonker-Volgenant solve, and the same object reused across sizes.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void equalsDenseAssignmentOnLargerMatrices(final long seed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final TypeAssignment lap = new TypeAssignment();
    final DenseAssignment dense = new DenseAssignment();
    for (int trial = 0; trial < 12; trial++) {
      final int n = 20 + rnd.nextInt(180);
      final int[] supply = supplies(rnd, n);
      final int rows = supply.length;
      final int kind = trial % 3;
      final double[] c = new double[rows * n];
      final double[] stake = new double[n];
      for (int j = 0; j < n; j++) {
        stake[j] = rnd.nextDouble() * 100;
      }
      for (int k = 0; k < rows; k++) {
        final boolean none = kind == 2 && k == rows - 1;
        for (int j = 0; j < n; j++) {
          c[k * n + j] = none ? 0.0 : kind == 1 ? -rnd.nextInt(20) : -stake[j] * rnd.nextDouble();
        }
      }
      final int[] colsol = new int[n];
      final double[] prices = guess(rnd, rows, trial);
      lap.solve(rows, n, c, supply, colsol, prices);
      final double total = checkedTotal(rows, n, c, supply, colsol);
      // started again from its own optimal prices, it finds an optimum at once, and the same cost
      final int[] again = new int[n];
      lap.solve(rows, n, c, supply, again, prices);
      assertThat(checkedTotal(rows, n, c, supply, again))
          .isCloseTo(total, Offset.offset(1e-12 * (1 + Math.abs(total))));
      final double[] e = expand(rows, n, c, supply);
      final int[] rowsol = new int[n];
      dense.solve(n, e, rowsol);
      double reference = 0;
      for (int i = 0; i < n; i++) {
        reference += e[i * n + rowsol[i]];
      }
      if (kind == 1) {
        assertThat(total).as("n %d rows %d", n, rows).isEqualTo(reference);
      } else {
        assertThat(total)
            .as("n %d rows %d kind %d", n, rows, kind)
            .isCloseTo(reference, Offset.offset(1e-12 * (1 + Math.abs(reference))));
      }
    }
  }

  /**
   * The starting row prices: none (0) on every other trial, else random guesses, large or small, so
   * that the answer is checked not to depend on them.
   */
  private static double[] guess(final SplittableRandom rnd, final int rows, final int trial) {
    final double[] u = new double[rows];
    if (trial % 2 == 1) {
      final double scale = trial % 4 == 1 ? 1e-3 : 100;
      for (int k = 0; k < rows; k++) {
        u[k] = (rnd.nextDouble() - 0.5) * scale;
      }
    }
    return u;
  }

  /** Supplies of 1 to 3 (some 0) summing to {@code n}. */
  private static int[] supplies(final SplittableRandom rnd, final int n) {
    final int[] s = new int[n + 1];
    int rows = 0;
    int left = n;
    while (left > 0) {
      final int take = rnd.nextInt(8) == 0 ? 0 : Math.min(left, 1 + rnd.nextInt(3));
      s[rows++] = take;
      left -= take;
      if (rows == s.length) {
        break;
      }
    }
    if (left > 0) {
      s[rows - 1] += left;
    }
    return java.util.Arrays.copyOf(s, rows);
  }

  private static double[] costs(
      final SplittableRandom rnd, final int rows, final int n, final int kind) {
    final double[] c = new double[rows * n];
    for (int x = 0; x < c.length; x++) {
      c[x] =
          switch (kind) {
            case 0 -> rnd.nextDouble();
            case 1 -> rnd.nextInt(3);
            case 2 -> -rnd.nextDouble() * 1e-6;
            default -> x >= (rows / 2) * n ? 0.0 : -rnd.nextDouble() * 100;
          };
    }
    return c;
  }

  /** Checks that row k took exactly supply[k] columns; returns the total cost. */
  private static double checkedTotal(
      final int rows, final int n, final double[] c, final int[] supply, final int[] colsol) {
    final int[] taken = new int[rows];
    double total = 0;
    for (int j = 0; j < n; j++) {
      assertThat(colsol[j]).as("row of column %d", j).isBetween(0, rows - 1);
      taken[colsol[j]]++;
      total += c[colsol[j] * n + j];
    }
    assertThat(taken).as("columns per row").containsExactly(supply);
    return total;
  }

  /** The square matrix with row k repeated supply[k] times. */
  private static double[] expand(
      final int rows, final int n, final double[] c, final int[] supply) {
    final double[] e = new double[n * n];
    int r = 0;
    for (int k = 0; k < rows; k++) {
      for (int u = 0; u < supply[k]; u++) {
        System.arraycopy(c, k * n, e, r++ * n, n);
      }
    }
    return e;
  }
}
