package io.airshield.allocate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 20, the weapon-target half: a search budget that grows with the instance (more Lagrangian
 * starts, in several runs sharing one pool), and a default solve that proves small problems optimal
 * when its bound leaves a gap.
 */
class Issue20Test {
  /**
   * The starts grow with the instance, never below the published sizes' budget, and are split into
   * runs of at most {@link WtaSolver#STARTS_PER_RUN}; a count from the size alone.
   */
  @Test
  void theBudgetGrowsWithTheInstance() {
    int previous = 0;
    for (int w = 50; w <= 500; w += 50) {
      int previousMu = 0;
      for (int mu = 1; mu <= 3; mu++) {
        final WtaProblem p = RandomProblems.family(w + mu, w, mu);
        final int starts = WtaSolver.autoLagrangianStarts(p);
        assertThat(starts).isGreaterThanOrEqualTo(WtaSolver.lagrangianStarts(p));
        assertThat(starts).isGreaterThanOrEqualTo(previousMu);
        final int runs = WtaSolver.lagrangianRuns(p);
        assertThat(runs).isGreaterThanOrEqualTo(1);
        assertThat((starts + runs - 1) / runs).isLessThanOrEqualTo(WtaSolver.STARTS_PER_RUN);
        assertThat(starts)
            .isEqualTo(WtaSolver.autoLagrangianStarts(RandomProblems.family(7, w, mu)));
        previousMu = starts;
        if (mu == 3) {
          assertThat(starts).isGreaterThanOrEqualTo(previous);
          previous = starts;
        }
      }
    }
    assertThat(WtaSolver.autoLagrangianStarts(RandomProblems.family(1, 150, 3))).isEqualTo(32);
    assertThat(WtaSolver.autoLagrangianStarts(RandomProblems.family(1, 200, 3))).isEqualTo(43);
    assertThat(WtaSolver.autoLagrangianStarts(RandomProblems.family(1, 500, 3))).isEqualTo(107);
    assertThat(WtaSolver.lagrangianRuns(RandomProblems.family(1, 500, 3))).isEqualTo(4);
    // the generated 500 x 1000 instances take the Lagrangian start too
    assertThat(WtaSolver.usesLagrangianStart(RandomProblems.family(1, 500, 3))).isTrue();
  }

  /**
   * The restarts from the best grow with the starts (one per {@link WtaSolver#STARTS_PER_RESTART}),
   * never below 4, a count from the size alone.
   */
  @Test
  void theRestartsGrowWithTheStarts() {
    int previous = 0;
    for (int w = 50; w <= 500; w += 50) {
      final WtaProblem p = RandomProblems.family(w, w, 3);
      final int restarts = WtaSolver.eliteRestarts(p);
      assertThat(restarts).isGreaterThanOrEqualTo(Math.max(4, previous));
      assertThat(restarts).isEqualTo(WtaSolver.eliteRestarts(RandomProblems.family(w + 1, w, 3)));
      previous = restarts;
    }
    assertThat(WtaSolver.eliteRestarts(RandomProblems.family(1, 150, 3))).isEqualTo(4);
    assertThat(WtaSolver.eliteRestarts(RandomProblems.family(1, 350, 2))).isEqualTo(8);
    assertThat(WtaSolver.eliteRestarts(RandomProblems.family(1, 500, 3))).isEqualTo(13);
  }

  /**
   * An instance large enough for two runs of the relaxation: the answer is complete, the same to
   * the bit on a second solve, and better than one local search from the greedy start.
   */
  @Test
  void severalRunsShareOnePoolDeterministically() {
    final WtaProblem p = RandomProblems.family(20, 200, 2);
    assertThat(WtaSolver.lagrangianRuns(p)).isEqualTo(2);
    final WtaSolver solver = new WtaSolver(WtaSolver.Options.DEFAULT.withBound(false));
    final WtaSolution a = solver.solve(p);
    final WtaSolution b = solver.solve(p);
    assertThat(WtaSolution.infeasibility(p, a.assignment())).isNull();
    assertThat(a.assignment()).isEqualTo(b.assignment());
    assertThat(Double.doubleToLongBits(a.objective()))
        .isEqualTo(Double.doubleToLongBits(b.objective()));
    final WtaSearch s = new WtaSearch(p);
    s.greedy();
    s.improve(new SplittableRandom(1));
    assertThat(a.objective()).isLessThan(s.objective());
  }

  /**
   * Small problems beyond enumeration: the default solve closes the gap its bound leaves by the
   * branch and bound of {@code --exact}, and agrees with it.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 2, 3})
  void theDefaultSolveProvesSmallProblemsOptimal(final int seed) {
    final WtaProblem p = RandomProblems.family(seed, 12, 2);
    assertThat(WtaSolver.searchSpace(p)).isGreaterThan(WtaSolver.Options.DEFAULT.exactLimit());
    assertThat(WtaSolver.provesCheaply(p)).isTrue();
    final WtaSolution s = new WtaSolver().solve(p);
    assertThat(s.lowerBound()).isGreaterThanOrEqualTo(s.objective() * (1 - 2e-9));
    final WtaSolver.Exact e = new WtaSolver().solveExact(p, 100_000);
    assertThat(e.proven()).isTrue();
    assertThat(s.objective()).isLessThanOrEqualTo(e.solution().objective() * (1 + 2e-9));
    assertThat(s.lowerBound()).isLessThanOrEqualTo(e.solution().objective());
  }
}
