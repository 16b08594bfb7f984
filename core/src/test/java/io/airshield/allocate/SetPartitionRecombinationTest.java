package io.airshield.allocate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Set-partitioning recombination: on small problems its child is checked against the optimum over
 * the pool found by trying every combination of the pooled columns, and it is never worse than the
 * incumbent, uses only pooled columns and is the same on a second run.
 */
class SetPartitionRecombinationTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static WtaProblem random(final SplittableRandom rnd) {
    return RandomProblems.typed(rnd, 4, 4);
  }

  /** Random assignments, some of them small changes of an earlier one (as local optima are). */
  private static List<int[]> pool(final WtaProblem p, final SplittableRandom rnd) {
    final List<int[]> pool = new ArrayList<>();
    final int size = 2 + rnd.nextInt(4);
    for (int s = 0; s < size; s++) {
      final int[] a;
      if (s > 0 && rnd.nextBoolean()) {
        a = pool.get(rnd.nextInt(s)).clone();
        final int moves = 1 + rnd.nextInt(3);
        for (int m = 0; m < moves; m++) {
          a[rnd.nextInt(a.length)] = rnd.nextInt(p.targetCount());
        }
      } else {
        a = new int[p.weaponCount()];
        for (int w = 0; w < a.length; w++) {
          a[w] = rnd.nextInt(p.targetCount());
        }
      }
      pool.add(a);
    }
    return pool;
  }

  /** Per target, the sorted types of the weapons on it. */
  private static int[][] bundles(final WtaProblem p, final int[] a) {
    final int[] type = p.weaponTypes();
    final List<List<Integer>> b = new ArrayList<>();
    for (int j = 0; j < p.targetCount(); j++) {
      b.add(new ArrayList<>());
    }
    for (int w = 0; w < a.length; w++) {
      b.get(a[w]).add(type[w]);
    }
    final int[][] out = new int[p.targetCount()][];
    for (int j = 0; j < out.length; j++) {
      out[j] = b.get(j).stream().mapToInt(Integer::intValue).sorted().toArray();
    }
    return out;
  }

  /** Per target, the distinct bundles the pool gives it. */
  private static List<List<int[]>> columns(final WtaProblem p, final List<int[]> pool) {
    final List<List<int[]>> cols = new ArrayList<>();
    for (int j = 0; j < p.targetCount(); j++) {
      cols.add(new ArrayList<>());
    }
    for (int[] a : pool) {
      final int[][] b = bundles(p, a);
      for (int j = 0; j < b.length; j++) {
        final int[] bj = b[j];
        if (cols.get(j).stream().noneMatch(c -> Arrays.equals(c, bj))) {
          cols.get(j).add(bj);
        }
      }
    }
    return cols;
  }

  private static double cost(final WtaProblem p, final int j, final int[] bundle) {
    double v = p.value(j);
    for (int i : bundle) {
      v *= 1.0 - p.kill(i, j);
    }
    return v;
  }

  /**
   * The least objective over every choice of one pooled column per target that uses each type's
   * units exactly, by trying them all.
   */
  private static double bruteForce(final WtaProblem p, final List<List<int[]>> cols) {
    final int t = p.targetCount();
    final int[] pick = new int[t];
    double best = Double.POSITIVE_INFINITY;
    while (true) {
      final int[] used = new int[p.typeCount()];
      double total = 0;
      for (int j = 0; j < t; j++) {
        final int[] b = cols.get(j).get(pick[j]);
        for (int i : b) {
          used[i]++;
        }
        total += cost(p, j, b);
      }
      if (Arrays.equals(used, p.units())) {
        best = Math.min(best, total);
      }
      int j = 0;
      while (j < t && ++pick[j] == cols.get(j).size()) {
        pick[j++] = 0;
      }
      if (j == t) {
        return best;
      }
    }
  }

  private static SetPartitionRecombination recombination(
      final WtaProblem p, final List<int[]> pool) {
    final SetPartitionRecombination spr = new SetPartitionRecombination(p);
    pool.forEach(spr::add);
    return spr;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void childIsTheOptimumOverThePool(final long seed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final WtaProblem p = random(rnd);
    final List<int[]> pool = pool(p, rnd);
    final int[] incumbent = pool.get(rnd.nextInt(pool.size()));
    final int[] child = recombination(p, pool).solve(incumbent, 10_000_000);

    final double optimum = bruteForce(p, columns(p, pool));
    final double inc = WtaSolution.evaluate(p, incumbent);
    final double tol = 1e-9 * Math.max(1.0, Math.abs(optimum));
    if (child == null) {
      assertThat(inc).as("no child: the incumbent is the pool's optimum").isLessThan(optimum + tol);
      return;
    }
    assertThat(child).hasSize(p.weaponCount());
    final double fc = WtaSolution.evaluate(p, child);
    assertThat(fc).as("better than the incumbent").isLessThan(inc);
    assertThat(fc)
        .as("the optimum over the pool")
        .isCloseTo(optimum, org.assertj.core.data.Offset.offset(tol));
    final List<List<int[]>> cols = columns(p, pool);
    final int[][] b = bundles(p, child);
    for (int j = 0; j < b.length; j++) {
      final int[] bj = b[j];
      assertThat(cols.get(j).stream().anyMatch(c -> Arrays.equals(c, bj)))
          .as("target %d takes a pooled column", j)
          .isTrue();
    }
    // deterministic: a second recombination of the same pool gives the same child
    assertThat(recombination(p, pool).solve(incumbent, 10_000_000)).isEqualTo(child);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSmallBudgetNeverMakesItWorse(final long seed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final WtaProblem p = random(rnd);
    final List<int[]> pool = pool(p, rnd);
    final int[] incumbent = pool.get(0);
    final SetPartitionRecombination spr = recombination(p, pool);
    final int[] child = spr.solve(incumbent, 3);
    assertThat(spr.nodes()).isLessThanOrEqualTo(3);
    if (child != null) {
      assertThat(WtaSolution.evaluate(p, child)).isLessThan(WtaSolution.evaluate(p, incumbent));
    }
  }
}
