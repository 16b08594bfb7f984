package io.airshield.allocate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link DenseAssignment} against exhaustive search over all permutations. */
class DenseAssignmentTest {
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void optimalOnRandomMatricesWithAndWithoutTies(final long seed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final DenseAssignment lap = new DenseAssignment();
    for (int trial = 0; trial < 40; trial++) {
      final int n = 1 + rnd.nextInt(8);
      final double[] c = new double[n * n];
      final int kind = trial % 4;
      for (int x = 0; x < c.length; x++) {
        c[x] =
            switch (kind) {
              case 0 -> rnd.nextDouble();
              case 1 -> rnd.nextInt(3);
              case 2 -> -rnd.nextDouble() * 1e-6;
              default -> x >= (n / 2) * n ? 0.0 : -rnd.nextDouble() * 100;
            };
      }
      final int[] rowsol = new int[n];
      lap.solve(n, c, rowsol);
      final boolean[] used = new boolean[n];
      double total = 0;
      for (int i = 0; i < n; i++) {
        assertThat(used[rowsol[i]]).as("column %d given twice", rowsol[i]).isFalse();
        used[rowsol[i]] = true;
        total += c[i * n + rowsol[i]];
      }
      final double best = brute(n, c, 0, new boolean[n], 0.0);
      assertThat(total)
          .as("n %d kind %d", n, kind)
          .isCloseTo(best, org.assertj.core.data.Offset.offset(1e-12 * (1 + Math.abs(best))));
    }
  }

  /**
   * The least assignment cost of rows {@code row} to {@code n - 1} over the columns not yet used,
   * by trying every permutation: the exhaustive reference of this package's assignment tests.
   */
  static double brute(
      final int n, final double[] c, final int row, final boolean[] used, final double partial) {
    if (row == n) {
      return partial;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      if (!used[j]) {
        used[j] = true;
        best = Math.min(best, brute(n, c, row + 1, used, partial + c[row * n + j]));
        used[j] = false;
      }
    }
    return best;
  }
}
