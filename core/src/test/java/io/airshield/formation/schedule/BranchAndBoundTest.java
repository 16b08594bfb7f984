package io.airshield.formation.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The exact search alone (a genetic budget of one schedule) against brute force, on many small
 * single-mode projects with constant and with time-varying capacity: exercises the dominance rules
 * (cutset, single activity, left shift) and the bounds (head-tail energy, cliques, time-tabling)
 * that are only valid when they keep an optimal schedule reachable.
 */
class BranchAndBoundTest {
  @Test
  void exactSearchMatchesExhaustiveOnManySmallProjects() {
    for (long seed = 200; seed < 260; seed++) {
      final boolean varying = seed % 3 == 0;
      final Project p = RandomProjects.generate(seed, 8, 2, 1, varying, varying, false);
      final Schedule s = new DefaultScheduler().solve(p, new SolveOptions(1, seed));
      assertThat(ScheduleChecker.check(p, s)).as("seed %d", seed).isEmpty();
      assertThat((long) s.makespan()).as("seed %d", seed).isEqualTo(new Exhaustive(p).solve());
      assertThat(s.provenOptimal()).as("seed %d", seed).isTrue();
    }
  }

  @Test
  void rootBoundsNeverExceedTheOptimum() {
    for (long seed = 300; seed < 330; seed++) {
      final Project p = RandomProjects.generate(seed, 8, 3, 1, false, false, false);
      final Model m = new Model(p);
      final BranchAndBound bb = new BranchAndBound(m);
      final long opt = new Exhaustive(p).solve();
      final int root = bb.rootBound();
      assertThat((long) root).as("seed %d", seed).isLessThanOrEqualTo(opt);
      assertThat((long) bb.destructiveBound(root, m.horizon))
          .as("seed %d", seed)
          .isLessThanOrEqualTo(opt);
    }
  }
}
