package io.airshield.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command post's allocator against an exhaustive search of every assignment (each flight to a
 * raid or kept on the ground) on small random decisions, and the greedy as a reference that is
 * never better.
 */
class AllocatorTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void wtaAllocatorFindsTheOptimum(final long seed) {
    final SplittableRandom r = new SplittableRandom(seed);
    final int w = r.nextInt(1, 7);
    final int t = r.nextInt(1, 5);
    final double[] v = new double[t];
    final double[] p = new double[w * t];
    for (int j = 0; j < t; j++) {
      v[j] = r.nextDouble(1, 100);
    }
    for (int k = 0; k < w; k++) {
      // flights of one unit come in runs with equal rows, as in the campaign
      final boolean copy = k > 0 && r.nextInt(3) == 0;
      for (int j = 0; j < t; j++) {
        p[k * t + j] = copy ? p[(k - 1) * t + j] : r.nextInt(4) == 0 ? 0 : r.nextDouble(0.05, 0.9);
      }
    }
    final int[] a = new int[w];
    new WtaAllocator().assign(w, t, v, p, a);
    final int[] g = new int[w];
    new GreedyAllocator().assign(w, t, v, p, g);
    final double best = exhaustive(w, t, v, p, new int[w], 0);
    assertThat(surviving(w, t, v, p, a)).isCloseTo(best, within(1e-9));
    assertThat(surviving(w, t, v, p, g)).isGreaterThanOrEqualTo(best - 1e-9);
  }

  /**
   * With fewer free channels than flights, no allocator sends more flights than channels; against a
   * single raid (and for a single flight) the allocator's choice is the optimum under that limit.
   */
  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28, 29, 30})
  void theChannelLimitIsKept(final long seed) {
    final SplittableRandom r = new SplittableRandom(seed);
    final int w = r.nextInt(2, 7);
    final int t = seed % 2 == 0 ? 1 : r.nextInt(2, 4);
    final int max = r.nextInt(0, w);
    final double[] v = new double[t];
    final double[] p = new double[w * t];
    for (int j = 0; j < t; j++) {
      v[j] = r.nextDouble(1, 100);
    }
    for (int k = 0; k < w * t; k++) {
      p[k] = r.nextDouble(0.05, 0.9);
    }
    final int[] a = new int[w];
    new WtaAllocator().assign(w, t, v, p, max, a);
    final int[] g = new int[w];
    new GreedyAllocator().assign(w, t, v, p, max, g);
    assertThat(java.util.Arrays.stream(a).filter(x -> x >= 0).count()).isLessThanOrEqualTo(max);
    assertThat(java.util.Arrays.stream(g).filter(x -> x >= 0).count()).isLessThanOrEqualTo(max);
    if (t == 1) {
      final double best = limited(w, t, v, p, new int[w], 0, max);
      assertThat(surviving(w, t, v, p, a)).isCloseTo(best, within(1e-9));
    }
  }

  private static double limited(
      final int w,
      final int t,
      final double[] v,
      final double[] p,
      final int[] a,
      final int k,
      final int max) {
    if (k == w) {
      return java.util.Arrays.stream(a).filter(x -> x >= 0).count() <= max
          ? surviving(w, t, v, p, a)
          : Double.MAX_VALUE;
    }
    double best = Double.MAX_VALUE;
    for (int j = -1; j < t; j++) {
      a[k] = j;
      best = Math.min(best, limited(w, t, v, p, a, k + 1, max));
    }
    return best;
  }

  private static double exhaustive(
      final int w, final int t, final double[] v, final double[] p, final int[] a, final int k) {
    if (k == w) {
      return surviving(w, t, v, p, a);
    }
    double best = Double.MAX_VALUE;
    for (int j = -1; j < t; j++) {
      a[k] = j;
      best = Math.min(best, exhaustive(w, t, v, p, a, k + 1));
    }
    return best;
  }

  private static double surviving(
      final int w, final int t, final double[] v, final double[] p, final int[] a) {
    double s = 0;
    for (int j = 0; j < t; j++) {
      double q = v[j];
      for (int k = 0; k < w; k++) {
        if (a[k] == j) {
          q *= 1 - p[k * t + j];
        }
      }
      s += q;
    }
    return s;
  }
}
