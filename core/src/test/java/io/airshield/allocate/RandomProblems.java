package io.airshield.allocate;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Small random typed problems for the seeded property tests of this package. */
final class RandomProblems {
  private RandomProblems() {}

  /**
   * Values 1 to 100; kill probabilities with some impossible engagements (p = 0) and some certain
   * kills (p = 1); 1 to 3 units per type.
   *
   * @param rnd the random source
   * @param targetSpan targets are 3 to 2 + targetSpan
   * @param typeSpan types are 2 to 1 + typeSpan
   * @return the problem
   */
  static WtaProblem typed(final SplittableRandom rnd, final int targetSpan, final int typeSpan) {
    final int t = 3 + rnd.nextInt(targetSpan);
    final int types = 2 + rnd.nextInt(typeSpan);
    final double[] v = new double[t];
    for (int j = 0; j < t; j++) {
      v[j] = 1 + rnd.nextInt(100);
    }
    final double[][] k = new double[types][t];
    final int[] units = new int[types];
    for (int i = 0; i < types; i++) {
      units[i] = 1 + rnd.nextInt(3);
      for (int j = 0; j < t; j++) {
        final double u = rnd.nextDouble();
        k[i][j] = u < 0.1 ? 0.0 : u > 0.95 ? 1.0 : rnd.nextDouble();
      }
    }
    return WtaProblem.ofTypes(v, k, units);
  }

  /**
   * A problem of the published family's shape: {@code w} types of {@code mu} units each, {@code 2w}
   * targets of values 1 to 100, kill probabilities uniform on [0, 1).
   */
  static WtaProblem family(final long seed, final int w, final int mu) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final int t = 2 * w;
    final double[] v = new double[t];
    for (int j = 0; j < t; j++) {
      v[j] = 1 + rnd.nextInt(100);
    }
    final double[][] k = new double[w][t];
    for (double[] row : k) {
      for (int j = 0; j < t; j++) {
        row[j] = rnd.nextDouble();
      }
    }
    final int[] units = new int[w];
    Arrays.fill(units, mu);
    return WtaProblem.ofTypes(v, k, units);
  }
}
