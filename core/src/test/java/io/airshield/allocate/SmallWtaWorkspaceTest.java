package io.airshield.allocate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reusable workspace must give the assignment {@link WtaSolver} gives under the campaign's
 * options, to the bit: the campaign's results depend on which flight goes where, and the two paths
 * are chosen by problem size.
 */
class SmallWtaWorkspaceTest {
  private static final long EXACT_LIMIT = 20_000;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void agreesWithTheSolverOnRandomProblems(final long seed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final SmallWtaWorkspace ws = new SmallWtaWorkspace();
    final WtaSolver solver = new WtaSolver(new WtaSolver.Options(8, 1, EXACT_LIMIT));
    int solved = 0;
    for (int trial = 0; trial < 400; trial++) {
      final int weapons = 2 + rnd.nextInt(9);
      final int targets = 2 + rnd.nextInt(4);
      final double[] value = new double[targets];
      for (int j = 0; j < targets; j++) {
        // some zero values and equal values, to exercise the ties and the idle drop
        value[j] = rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(3) == 0 ? 4.0 : rnd.nextDouble() * 10;
      }
      final double[] p = new double[weapons * targets];
      for (int k = 0; k < weapons; k++) {
        if (k > 0 && rnd.nextInt(3) == 0) {
          System.arraycopy(p, (k - 1) * targets, p, k * targets, targets); // same type
          continue;
        }
        for (int j = 0; j < targets; j++) {
          final int r = rnd.nextInt(8);
          p[k * targets + j] = r == 0 ? 0 : r == 1 ? 1.0 : r == 2 ? 0.5 : rnd.nextDouble();
        }
      }
      if (ws.load(weapons, targets, value, p) > EXACT_LIMIT) {
        continue;
      }
      final int[] mine = new int[weapons];
      ws.solve(mine);
      assertThat(mine)
          .as("trial %d", trial)
          .containsExactly(viaSolver(solver, weapons, targets, value, p));
      solved++;
    }
    assertThat(solved).isGreaterThan(300);
  }

  /**
   * The bound and the weapons that can kill nothing left out of the search must not change the
   * answer: it is the chain of strict improvements, in depth-first order from the greedy start,
   * that a search over every leaf finds. Most rows are zero, as in a campaign's decision, where
   * most flights offered cannot reach either raid.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void findsWhatASearchOfEveryLeafFinds(final long seed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final SmallWtaWorkspace ws = new SmallWtaWorkspace();
    int checked = 0;
    for (int trial = 0; trial < 300; trial++) {
      final int weapons = 1 + rnd.nextInt(12);
      final int targets = 1 + rnd.nextInt(3);
      final double[] value = new double[targets];
      for (int j = 0; j < targets; j++) {
        value[j] = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(3) == 0 ? 4.0 : rnd.nextDouble() * 10;
      }
      final double[] p = new double[weapons * targets];
      for (int k = 0; k < weapons; k++) {
        final int kind = rnd.nextInt(6);
        if (k > 0 && kind == 0) {
          System.arraycopy(p, (k - 1) * targets, p, k * targets, targets);
        } else if (kind >= 3) {
          continue; // a flight that can reach neither raid: a zero row
        } else {
          for (int j = 0; j < targets; j++) {
            final int r = rnd.nextInt(6);
            p[k * targets + j] = r == 0 ? 0 : r == 1 ? 0.5 : rnd.nextDouble();
          }
        }
      }
      if (ws.load(weapons, targets, value, p) > EXACT_LIMIT) {
        continue;
      }
      final int[] start = new int[weapons];
      ws.greedyStart(start);
      final int[] expected = everyLeaf(weapons, targets, value, p, start);
      final int[] mine = new int[weapons];
      ws.enumerate(mine);
      assertThat(mine).as("trial %d", trial).containsExactly(expected);
      checked++;
    }
    assertThat(checked).isGreaterThan(250);
  }

  /** Depth-first over every leaf, weapons of one type in non-decreasing target order, no bound. */
  private static int[] everyLeaf(
      final int weapons,
      final int targets,
      final double[] value,
      final double[] p,
      final int[] start) {
    final double[] q = new double[targets];
    java.util.Arrays.fill(q, 1.0);
    for (int w = 0; w < weapons; w++) {
      q[start[w]] *= 1.0 - p[w * targets + start[w]];
    }
    double sum = 0;
    double c = 0;
    for (int j = 0; j < targets; j++) {
      final double x = value[j] * q[j];
      final double s = sum + x;
      c += Math.abs(sum) >= Math.abs(x) ? (sum - s) + x : (x - s) + sum;
      sum = s;
    }
    final double[] bestObj = {sum + c};
    final int[] best = start.clone();
    java.util.Arrays.fill(q, 1.0);
    leaves(0, weapons, targets, value, p, q, new int[weapons], best, bestObj);
    return best;
  }

  private static void leaves(
      final int w,
      final int weapons,
      final int targets,
      final double[] value,
      final double[] p,
      final double[] q,
      final int[] cur,
      final int[] best,
      final double[] bestObj) {
    if (w == weapons) {
      double s = 0;
      for (int j = 0; j < targets; j++) {
        s += value[j] * q[j];
      }
      if (s < bestObj[0]) {
        bestObj[0] = s;
        System.arraycopy(cur, 0, best, 0, weapons);
      }
      return;
    }
    boolean sameType = w > 0;
    for (int j = 0; sameType && j < targets; j++) {
      sameType = p[(w - 1) * targets + j] == p[w * targets + j];
    }
    for (int j = sameType ? cur[w - 1] : 0; j < targets; j++) {
      final double saved = q[j];
      q[j] = saved * (1.0 - p[w * targets + j]);
      cur[w] = j;
      leaves(w + 1, weapons, targets, value, p, q, cur, best, bestObj);
      q[j] = saved;
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void reportsTheSolversSearchSpace(final int seed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final int weapons = 3 + rnd.nextInt(20);
    final int targets = 2 + rnd.nextInt(5);
    final double[] value = new double[targets];
    final double[] p = new double[weapons * targets];
    for (int k = 0; k < weapons; k++) {
      final boolean same = k > 0 && rnd.nextBoolean();
      for (int j = 0; j < targets; j++) {
        p[k * targets + j] = same ? p[(k - 1) * targets + j] : rnd.nextDouble();
      }
    }
    final long space = new SmallWtaWorkspace().load(weapons, targets, value, p);
    assertThat(space).isEqualTo(WtaSolver.searchSpace(problem(weapons, targets, value, p)));
  }

  private static int[] viaSolver(
      final WtaSolver solver,
      final int weapons,
      final int targets,
      final double[] value,
      final double[] p) {
    return solver.solve(problem(weapons, targets, value, p)).assignment();
  }

  /** The problem as the campaign's allocator builds it: consecutive equal rows form a type. */
  private static WtaProblem problem(
      final int weapons, final int targets, final double[] value, final double[] p) {
    final int[] typeOf = new int[weapons];
    int types = 0;
    for (int k = 0; k < weapons; k++) {
      boolean same = k > 0;
      for (int j = 0; same && j < targets; j++) {
        same = p[(k - 1) * targets + j] == p[k * targets + j];
      }
      typeOf[k] = same ? types - 1 : types++;
    }
    final double[][] kill = new double[types][targets];
    final int[] units = new int[types];
    for (int k = 0; k < weapons; k++) {
      if (units[typeOf[k]]++ == 0) {
        for (int j = 0; j < targets; j++) {
          kill[typeOf[k]][j] = p[k * targets + j];
        }
      }
    }
    return WtaProblem.ofTypes(value.clone(), kill, units).withAllowUnassigned(true);
  }
}
