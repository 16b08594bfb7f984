package io.airshield.allocate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WtaSolverTest {
  private static final WtaSolver.Options HEURISTIC_ONLY =
      WtaSolver.Options.DEFAULT.withExactLimit(0);

  /** Independent brute force over every weapon-to-target function (T^n of them). */
  static double bruteForce(final WtaProblem p) {
    final int n = p.weaponCount();
    final int t = p.targetCount();
    final int[] a = new int[n];
    double best = Double.POSITIVE_INFINITY;
    final long total = (long) Math.pow(t, n);
    for (long code = 0; code < total; code++) {
      long c = code;
      for (int w = 0; w < n; w++) {
        a[w] = (int) (c % t);
        c /= t;
      }
      best = Math.min(best, WtaSolution.evaluate(p, a));
    }
    return best;
  }

  static WtaProblem random(final long seed, final boolean typed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final int t = 2 + rnd.nextInt(3);
    final int types = 2 + rnd.nextInt(typed ? 2 : 4);
    final double[] v = new double[t];
    for (int j = 0; j < t; j++) {
      v[j] = 1 + rnd.nextInt(100);
    }
    final double[][] k = new double[types][t];
    for (int i = 0; i < types; i++) {
      for (int j = 0; j < t; j++) {
        // some impossible engagements, some certain kills
        final double u = rnd.nextDouble();
        k[i][j] = u < 0.1 ? 0.0 : u > 0.95 ? 1.0 : rnd.nextDouble();
      }
    }
    if (!typed) {
      return WtaProblem.ofWeapons(v, k);
    }
    final int[] units = new int[types];
    for (int i = 0; i < types; i++) {
      units[i] = 1 + rnd.nextInt(3);
    }
    return WtaProblem.ofTypes(v, k, units);
  }

  static Stream<Long> seeds() {
    return IntStream.rangeClosed(1, 60).mapToObj(i -> (long) i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void heuristicFindsTheOptimumOfSmallWeaponProblems(final long seed) {
    final WtaProblem p = random(seed, false);
    final double opt = bruteForce(p);
    final WtaSolution s = new WtaSolver(HEURISTIC_ONLY.withSeed(seed)).solve(p);
    assertThat(s.objective()).isCloseTo(opt, within(1e-9 * (1 + opt)));
    final WtaSolution e = new WtaSolver().solve(p);
    assertThat(e.objective()).isCloseTo(opt, within(1e-9 * (1 + opt)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bothMethodsFindTheOptimumOfSmallTypedProblems(final long seed) {
    final WtaProblem p = random(1000 + seed, true);
    final double opt = bruteForce(p);
    final WtaSolution exact = new WtaSolver().solve(p);
    assertThat(WtaSolver.searchSpace(p))
        .isLessThanOrEqualTo(WtaSolver.Options.DEFAULT.exactLimit());
    assertThat(exact.objective()).isCloseTo(opt, within(1e-9 * (1 + opt)));
    final WtaSolution heur = new WtaSolver(HEURISTIC_ONLY.withSeed(seed)).solve(p);
    assertThat(heur.objective()).isCloseTo(opt, within(1e-9 * (1 + opt)));
    // the typed structure is respected: every type uses exactly its units
    final int[][] x = heur.countsPerType();
    for (int i = 0; i < p.typeCount(); i++) {
      assertThat(IntStream.of(x[i]).sum()).isEqualTo(p.units(i));
    }
  }

  /**
   * Greedy takes the single best shot first (A on target 0, p 0.9) and is left with a poor second
   * shot; the optimum crosses over: A on 1 and B on 0, 0.2 + 0.2.
   */
  @Test
  void findsTheOptimumWhereGreedyFails() {
    final WtaProblem p =
        WtaProblem.ofWeapons(new double[] {1, 1}, new double[][] {{0.9, 0.8}, {0.8, 0.1}});
    final WtaSolution g = WtaSolver.greedy(p);
    assertThat(g.assignment()).containsExactly(0, 1);
    assertThat(g.objective()).isCloseTo(1.0, within(1e-12));
    for (WtaSolver.Options o :
        new WtaSolver.Options[] {WtaSolver.Options.DEFAULT, HEURISTIC_ONLY}) {
      final WtaSolution s = new WtaSolver(o).solve(p);
      assertThat(s.assignment()).containsExactly(1, 0);
      assertThat(s.objective()).isCloseTo(0.4, within(1e-12));
    }
  }

  /** A larger crafted case beyond enumeration: 6 copies of the trap above. */
  @Test
  void escapesTheGreedyTrapAtScale() {
    final int copies = 6;
    final double[] v = new double[2 * copies];
    final double[][] k = new double[2 * copies][2 * copies];
    for (int c = 0; c < copies; c++) {
      v[2 * c] = 1;
      v[2 * c + 1] = 1;
      k[2 * c][2 * c] = 0.9;
      k[2 * c][2 * c + 1] = 0.8;
      k[2 * c + 1][2 * c] = 0.8;
      k[2 * c + 1][2 * c + 1] = 0.1;
    }
    final WtaProblem p = WtaProblem.ofWeapons(v, k);
    assertThat(WtaSolver.searchSpace(p)).isGreaterThan(WtaSolver.Options.DEFAULT.exactLimit());
    assertThat(WtaSolver.greedy(p).objective()).isCloseTo(copies * 1.0, within(1e-9));
    assertThat(new WtaSolver().solve(p).objective()).isCloseTo(copies * 0.4, within(1e-9));
  }

  @Test
  void problemsBeyondTheDenseAndSwapLimitsAreSearchedWithoutThoseMoves() {
    // more targets than the dense assignment takes, and more weapons than the swap pass takes:
    // both are solved (without those two moves), feasibly, and no worse than greedy
    final java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
    final int manyTargets = WtaSearch.DENSE_LIMIT + 500;
    final double[] v1 = new double[manyTargets];
    final double[][] k1 = new double[30][manyTargets];
    for (int j = 0; j < manyTargets; j++) {
      v1[j] = 1 + rnd.nextInt(100);
      for (int i = 0; i < 30; i++) {
        k1[i][j] = rnd.nextDouble();
      }
    }
    final int manyWeapons = WtaSearch.SWAP_LIMIT + 1000;
    final double[] v2 = {50, 80, 30};
    final double[][] k2 = new double[manyWeapons][3];
    for (double[] row : k2) {
      for (int j = 0; j < 3; j++) {
        row[j] = rnd.nextDouble() * 0.01;
      }
    }
    for (WtaProblem p :
        new WtaProblem[] {
          WtaProblem.ofTypes(v1, k1, filled(30, 2)), WtaProblem.ofWeapons(v2, k2)
        }) {
      final WtaSolution s = new WtaSolver().solve(p);
      assertThat(WtaSolution.infeasibility(p, s.assignment())).isNull();
      assertThat(s.objective()).isLessThanOrEqualTo(WtaSolver.greedy(p).objective());
    }
  }

  private static int[] filled(final int n, final int value) {
    final int[] a = new int[n];
    java.util.Arrays.fill(a, value);
    return a;
  }

  /**
   * A benchmark-sized problem takes the Lagrangian start: the answer is complete, the same on every
   * run, and better than the greedy start's local optimum.
   */
  @Test
  void largeProblemsStartFromTheLagrangianAssignmentsDeterministically() {
    final WtaProblem p = WtaLagrangianTest.benchmarkLike(11, 80, 160);
    assertThat(WtaSolver.usesLagrangianStart(p)).isTrue();
    assertThat(WtaSolver.usesLagrangianStart(random(1, true))).isFalse();
    final WtaSolver solver = new WtaSolver(WtaSolver.Options.DEFAULT.withIterations(5));
    final WtaSolution a = solver.solve(p);
    final WtaSolution b = solver.solve(p);
    assertThat(a.assignment()).isEqualTo(b.assignment());
    assertThat(Double.doubleToLongBits(a.objective()))
        .isEqualTo(Double.doubleToLongBits(b.objective()));
    final WtaSearch s = new WtaSearch(p);
    s.greedy();
    s.improve(new SplittableRandom(1));
    assertThat(a.objective()).isLessThan(s.objective());
  }

  /**
   * The Lagrangian start on hostile large problems: certain kills and impossible ones, targets of
   * no value, types with no units. The answer is complete and its objective exact.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fewSeeds")
  void lagrangianStartCopesWithCertainAndImpossibleKillsAndEmptyTypes(final int seed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final int t = 150;
    final int types = 70;
    final double[] v = new double[t];
    for (int j = 0; j < t; j++) {
      v[j] = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(99);
    }
    final double[][] k = new double[types][t];
    final int[] units = new int[types];
    for (int i = 0; i < types; i++) {
      units[i] = rnd.nextInt(3);
      for (int j = 0; j < t; j++) {
        final double u = rnd.nextDouble();
        k[i][j] = u < 0.3 ? 0.0 : u > 0.8 ? 1.0 : rnd.nextDouble();
      }
    }
    final WtaProblem p = WtaProblem.ofTypes(v, k, units);
    assertThat(WtaSolver.usesLagrangianStart(p)).isTrue();
    final WtaSolution sol = new WtaSolver(WtaSolver.Options.DEFAULT.withIterations(2)).solve(p);
    assertThat(sol.assignment()).hasSize(p.weaponCount());
    assertThat(IntStream.of(sol.assignment()).allMatch(j -> j >= 0 && j < t)).isTrue();
    assertThat(sol.objective())
        .isEqualTo(WtaSolution.evaluate(p, sol.assignment()))
        .isBetween(0.0, java.util.Arrays.stream(v).sum());
  }

  static IntStream fewSeeds() {
    return IntStream.range(0, 5);
  }

  @Test
  void aProblemWithTooManyWeaponTargetPairsIsRefused() {
    final int t = 1000;
    final double[][] kill = new double[1][t];
    assertThatThrownBy(
            () ->
                WtaProblem.ofTypes(
                    new double[t], kill, new int[] {(int) (WtaProblem.MAX_WEAPON_TARGETS / t) + 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too many weapon-target pairs");
  }

  @Test
  void objectiveMatchesAHandComputedValue() {
    // targets worth 10 and 5; weapons: type 0 (2 units) p = (0.5, 0.2), type 1 (1 unit) p =
    // (0.3, 0.6). Both type-0 units on target 0, the type-1 unit on target 1:
    // 10 * 0.5 * 0.5 + 5 * 0.4 = 2.5 + 2.0 = 4.5
    final WtaProblem p =
        WtaProblem.ofTypes(
            new double[] {10, 5}, new double[][] {{0.5, 0.2}, {0.3, 0.6}}, new int[] {2, 1});
    final WtaSolution s = WtaSolution.of(p, new int[] {0, 0, 1});
    assertThat(s.objective()).isEqualTo(4.5);
    assertThat(s.countsPerType()).isEqualTo(new int[][] {{2, 0}, {0, 1}});
    assertThat(s.survival()).containsExactly(0.25, 0.4);
    // all three on target 0: 10 * 0.5 * 0.5 * 0.7 + 5 = 6.75
    assertThat(WtaSolution.evaluate(p, new int[] {0, 0, 0})).isEqualTo(6.75);
    assertThat(new WtaSolver().solve(p).objective()).isEqualTo(4.5);
  }

  @Test
  void certainKillsAreHandledExactly() {
    // p = 1: survival products must not divide by zero; the second weapon belongs elsewhere
    final WtaProblem p =
        WtaProblem.ofWeapons(
            new double[] {100, 1}, new double[][] {{1.0, 0.5}, {1.0, 0.5}, {0.0, 0.0}});
    final WtaSolution s = new WtaSolver(HEURISTIC_ONLY).solve(p);
    assertThat(s.objective()).isEqualTo(0.5);
    final WtaSolution u = new WtaSolver().solve(p.withAllowUnassigned(true));
    assertThat(u.objective()).isEqualTo(0.5);
    assertThat(u.targetOf(2)).isEqualTo(WtaSolution.UNASSIGNED);
  }

  @Test
  void redundantCertainKillerIsLeftUnassignedWhenAllowed() {
    final WtaProblem p =
        new WtaProblem(new double[] {5}, new double[][] {{1.0}}, new int[] {3}, true);
    final WtaSolution s = new WtaSolver().solve(p);
    assertThat(s.objective()).isEqualTo(0.0);
    assertThat(s.assignment()).containsExactly(0, WtaSolution.UNASSIGNED, WtaSolution.UNASSIGNED);
    assertThat(new WtaSolver().solve(p.withAllowUnassigned(false)).assignment())
        .containsExactly(0, 0, 0);
  }

  @Test
  void unassignedOnlyWhenAllowed() {
    final WtaProblem p =
        WtaProblem.ofWeapons(new double[] {3, 4}, new double[][] {{0.0, 0.0}, {0.5, 0.5}});
    final WtaSolution s = new WtaSolver().solve(p);
    assertThat(s.assignment()).doesNotContain(WtaSolution.UNASSIGNED);
    assertThat(s.objective()).isEqualTo(5.0);
    final WtaSolution u = new WtaSolver().solve(p.withAllowUnassigned(true));
    assertThat(u.assignment()).containsExactly(WtaSolution.UNASSIGNED, 1);
    assertThat(u.objective()).isEqualTo(5.0);
    assertThatThrownBy(() -> WtaSolution.of(p, new int[] {-1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weapon 0");
    assertThatThrownBy(() -> WtaSolution.of(p, new int[] {0, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("target 2");
  }

  @Test
  void deterministicBitForBit() {
    final SplittableRandom rnd = new SplittableRandom(42);
    final int types = 30;
    final int t = 40;
    final double[] v = new double[t];
    final double[][] k = new double[types][t];
    for (int j = 0; j < t; j++) {
      v[j] = 1 + rnd.nextInt(100);
    }
    for (int i = 0; i < types; i++) {
      for (int j = 0; j < t; j++) {
        k[i][j] = rnd.nextDouble();
      }
    }
    final WtaProblem p = WtaProblem.ofTypes(v, k, 2);
    final WtaSolver.Options o = WtaSolver.Options.DEFAULT.withIterations(15).withSeed(7);
    final WtaSolution a = new WtaSolver(o).solve(p);
    final WtaSolution b = new WtaSolver(o).solve(WtaProblem.ofTypes(v, k, 2));
    assertThat(b.assignment()).isEqualTo(a.assignment());
    assertThat(Double.doubleToRawLongBits(b.objective()))
        .isEqualTo(Double.doubleToRawLongBits(a.objective()));
    assertThat(a).isEqualTo(b);
    // and it beats greedy here
    assertThat(a.objective()).isLessThan(WtaSolver.greedy(p).objective());
  }

  @Test
  void problemIsImmutableAndValidated() {
    final double[] v = {1, 2};
    final double[][] k = {{0.5, 0.5}};
    final WtaProblem p = WtaProblem.ofWeapons(v, k);
    v[0] = 99;
    k[0][0] = 0.9;
    p.values()[1] = 77;
    p.kill()[0][1] = 0.7;
    assertThat(p.value(0)).isEqualTo(1);
    assertThat(p.value(1)).isEqualTo(2);
    assertThat(p.kill(0, 0)).isEqualTo(0.5);
    assertThat(p.kill(0, 1)).isEqualTo(0.5);
    assertThat(p).isEqualTo(WtaProblem.ofWeapons(new double[] {1, 2}, new double[][] {{0.5, 0.5}}));
    assertThatThrownBy(() -> WtaProblem.ofWeapons(new double[] {1}, new double[][] {{1.5}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kill[0][0]");
    assertThatThrownBy(
            () -> WtaProblem.ofWeapons(new double[] {Double.NaN}, new double[][] {{0.5}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("values[0]");
    assertThatThrownBy(() -> WtaProblem.ofWeapons(new double[] {1, 2}, new double[][] {{0.5}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kill[0]");
    assertThatThrownBy(() -> WtaProblem.ofWeapons(new double[0], new double[][] {{}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no target");
    assertThat(
            new WtaSolver()
                .solve(new WtaProblem(new double[0], new double[][] {{}}, new int[] {1}, true))
                .assignment())
        .containsExactly(WtaSolution.UNASSIGNED);
  }
}
