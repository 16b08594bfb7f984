package io.airshield.allocate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The certified lower bound is a true bound: checked against brute force on exhaustive tiny
 * instances, and each target's subproblem against enumeration of every bundle.
 */
class WtaBoundTest {
  static Stream<Long> seeds() {
    return IntStream.rangeClosed(1, 80).mapToObj(i -> (long) i);
  }

  /** Tiny typed problems, some with weapons that may stay unassigned. */
  static WtaProblem tiny(final long seed) {
    final WtaProblem p = WtaSolverTest.random(seed, seed % 3 != 0);
    return seed % 5 == 0 ? p.withAllowUnassigned(true) : p;
  }

  /** Brute force of the optimum, over every assignment including unassigned where allowed. */
  static double optimum(final WtaProblem p) {
    if (!p.allowUnassigned()) {
      return WtaSolverTest.bruteForce(p);
    }
    final int n = p.weaponCount();
    final int t = p.targetCount() + 1;
    final int[] a = new int[n];
    double best = Double.POSITIVE_INFINITY;
    final long total = (long) Math.pow(t, n);
    for (long code = 0; code < total; code++) {
      long c = code;
      for (int w = 0; w < n; w++) {
        a[w] = (int) (c % t) - 1;
        c /= t;
      }
      best = Math.min(best, WtaSolution.evaluate(p, a));
    }
    return best;
  }

  /** {@code L(lambda)} by enumerating every bundle of every target, independently of the search. */
  static double lagrangianByEnumeration(final WtaProblem p, final double[] lambda) {
    final int types = p.typeCount();
    double total = 0;
    final double[] l = lambda.clone();
    for (int i = 0; i < types; i++) {
      if (p.allowUnassigned()) {
        l[i] = Math.max(0, l[i]);
      }
      total -= l[i] * p.units(i);
    }
    for (int j = 0; j < p.targetCount(); j++) {
      final int[] x = new int[types];
      double best = Double.POSITIVE_INFINITY;
      while (true) {
        double s = p.value(j);
        double paid = 0;
        for (int i = 0; i < types; i++) {
          s *= Math.pow(1.0 - p.kill(i, j), x[i]);
          paid += l[i] * x[i];
        }
        best = Math.min(best, s + paid);
        int i = 0;
        while (i < types && x[i] == p.units(i)) {
          x[i++] = 0;
        }
        if (i == types) {
          break;
        }
        x[i]++;
      }
      total += best;
    }
    return total;
  }

  private static double[] randomPrices(final SplittableRandom rnd, final WtaProblem p) {
    final double[] lambda = new double[p.typeCount()];
    for (int i = 0; i < lambda.length; i++) {
      lambda[i] = rnd.nextDouble(-20, 60);
    }
    return lambda;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyPriceGivesABoundAtMostTheOptimumAndTheExactSubproblemValue(final long seed) {
    final WtaProblem p = tiny(seed);
    final double opt = optimum(p);
    final WtaBound b = new WtaBound(p);
    final SplittableRandom rnd = new SplittableRandom(seed * 31);
    for (int k = 0; k < 20; k++) {
      final double[] lambda = randomPrices(rnd, p);
      final double l = b.evaluate(lambda);
      assertThat(l).isLessThanOrEqualTo(opt + 1e-9);
      assertThat(l).isCloseTo(lagrangianByEnumeration(p, lambda), within(1e-9));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void certifiedBoundLiesBetweenTheTrivialBoundAndTheOptimum(final long seed) {
    final WtaProblem p = tiny(seed);
    final double opt = optimum(p);
    final WtaSolution s =
        new WtaSolver(WtaSolver.Options.DEFAULT.withExactLimit(0).withSeed(seed)).solve(p);
    final double trivial = new WtaBound(p).trivial();
    assertThat(s.lowerBound()).isLessThanOrEqualTo(opt + 1e-9);
    assertThat(s.lowerBound()).isGreaterThanOrEqualTo(Math.min(trivial, s.objective()));
    assertThat(s.lowerBound()).isLessThanOrEqualTo(s.objective());
    assertThat(s.gap()).isBetween(0.0, 1.0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void exactAgreesWithBruteForce(final long seed) {
    final WtaProblem p = tiny(seed);
    final double opt = optimum(p);
    final WtaSolver.Exact e =
        new WtaSolver(WtaSolver.Options.DEFAULT.withExactLimit(0).withSeed(seed))
            .solveExact(p, 100_000);
    assertThat(e.proven()).isTrue();
    assertThat(e.solution().objective()).isCloseTo(opt, within(1e-9 * Math.max(1, opt)));
    assertThat(e.solution().lowerBound()).isLessThanOrEqualTo(opt + 1e-9);
  }

  @Test
  void exactBranchesWhenTheRootBoundLeavesAGapAndSaysWhenItGivesUp() {
    final WtaProblem p = RandomProblems.typed(new SplittableRandom(3), 8, 4);
    final double[] zero = new double[p.typeCount()];
    final WtaExact.Result full =
        new WtaExact(p).solve(WtaSolver.greedy(p).assignment(), zero, 1_000_000);
    assertThat(full.proven()).isTrue();
    assertThat(full.objective())
        .isCloseTo(new WtaSolver().solve(p).objective(), within(1e-9 * full.objective()));
    final WtaExact.Result cut = new WtaExact(p).solve(WtaSolver.greedy(p).assignment(), zero, 1);
    if (full.nodes() > 1) {
      assertThat(cut.proven()).isFalse();
      assertThat(cut.lowerBound()).isLessThanOrEqualTo(full.objective() + 1e-9);
    }
  }

  @Test
  void trivialBoundPutsEveryWeaponOnEveryTarget() {
    final WtaProblem p =
        WtaProblem.ofTypes(
            new double[] {10, 20}, new double[][] {{0.5, 0.1}, {0.2, 0.4}}, new int[] {1, 2});
    final double expected = 10 * 0.5 * 0.8 * 0.8 + 20 * 0.9 * 0.6 * 0.6;
    assertThat(new WtaBound(p).trivial()).isCloseTo(expected, within(1e-9));
  }

  @Test
  void boundIsTightOnAProblemWhoseRelaxationIsIntegral() {
    // two weapons, two targets, each weapon best on its own target: the relaxation's bundles
    // at the right prices are the optimum itself
    final WtaProblem p =
        WtaProblem.ofWeapons(new double[] {50, 50}, new double[][] {{0.9, 0.1}, {0.1, 0.9}});
    final WtaSolution s = new WtaSolver(WtaSolver.Options.DEFAULT.withExactLimit(0)).solve(p);
    assertThat(s.objective()).isCloseTo(10.0, within(1e-12));
    assertThat(s.lowerBound()).isCloseTo(10.0, within(1e-6));
  }

  @Test
  void enumeratedProblemsAreCertifiedOptimal() {
    final WtaProblem p = WtaSolverTest.random(7, true);
    final WtaSolution s = new WtaSolver().solve(p);
    assertThat(s.lowerBound()).isEqualTo(s.objective());
    assertThat(s.gap()).isZero();
  }

  @Test
  void boundIsDeterministicBitForBit() {
    final SplittableRandom rnd = new SplittableRandom(5);
    final WtaProblem p = RandomProblems.typed(rnd, 30, 15);
    final WtaSolver solver = new WtaSolver(WtaSolver.Options.DEFAULT.withExactLimit(0));
    final WtaSolution a = solver.solve(p);
    final WtaSolution b = solver.solve(p);
    assertThat(Double.doubleToRawLongBits(a.lowerBound()))
        .isEqualTo(Double.doubleToRawLongBits(b.lowerBound()));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void withoutTheBoundOptionTheBoundIsZero() {
    final SplittableRandom rnd = new SplittableRandom(9);
    final WtaProblem p = RandomProblems.typed(rnd, 30, 15);
    final WtaSolution s =
        new WtaSolver(new WtaSolver.Options(WtaSolver.Options.AUTO, 1, 0)).solve(p);
    assertThat(s.lowerBound()).isZero();
  }
}
