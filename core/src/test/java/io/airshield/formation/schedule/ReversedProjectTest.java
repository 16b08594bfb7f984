package io.airshield.formation.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The reversed project: same optimum as the project (brute force), its schedules mapped back are
 * schedules of the project of the same makespan, and it applies only where reversal keeps the
 * problem.
 */
class ReversedProjectTest {
  @Test
  void sameOptimumAndSchedulesMapBack() {
    int searched = 0;
    for (long seed = 900; seed < 960; seed++) {
      final Project p =
          RandomProjects.generate(seed, 8, 2 + (int) (seed % 2), 1, false, false, false);
      final Model m = new Model(p);
      assertThat(ReversedProject.applies(m)).isTrue();
      final Project r = ReversedProject.of(p);
      assertThat(new Exhaustive(r).solve())
          .as("seed %d", seed)
          .isEqualTo(new Exhaustive(p).solve());
      final Model rm = new Model(r);
      final GeneticSearch back = new GeneticSearch(rm, seed);
      back.run(200, 0);
      final int span = (int) (back.bestFitness() & 0x7FFFFFFFL);
      final int[] start = ReversedProject.forwardStarts(m, back.bestStart(), span);
      final Schedule s = new Schedule(start, new int[m.n], span, false, 0);
      assertThat(ScheduleChecker.check(p, s)).as("seed %d", seed).isEmpty();
      int max = 0;
      for (int j = 0; j < m.n; j++) {
        assertThat(start[j]).isGreaterThanOrEqualTo(0);
        max = Math.max(max, start[j] + m.dur[j][0]);
      }
      assertThat(max).as("seed %d", seed).isEqualTo(span);
      searched++;
    }
    assertThat(searched).isEqualTo(60);
  }

  /**
   * In the scheduler, before a proof: with a one-node branch and bound (so the incumbent is what
   * the searches found), the reversed search never makes the schedule longer, makes it shorter on
   * some projects, and the result is valid and the same on 1 and 2 threads.
   */
  @Test
  void theReversedSearchShortensTheIncumbentBeforeAProof() {
    int shorter = 0;
    for (long seed = 1; seed <= 40; seed++) {
      final Project p = RandomProjects.generate(seed, 30, 3, 1, false, false, false);
      final SolveOptions o = new SolveOptions(100, seed);
      final DefaultScheduler without = new DefaultScheduler(1, 2, 1);
      without.reversedSearch = false;
      final Schedule plain = without.solve(p, o);
      final Schedule with = new DefaultScheduler(1, 2, 1).solve(p, o);
      final Schedule two = new DefaultScheduler(1, 2, 2).solve(p, o);
      assertThat(ScheduleChecker.check(p, with)).as("seed %d", seed).isEmpty();
      assertThat(two.start()).as("seed %d", seed).isEqualTo(with.start());
      assertThat(with.makespan()).as("seed %d", seed).isLessThanOrEqualTo(plain.makespan());
      if (with.makespan() < plain.makespan()) {
        shorter++;
      }
    }
    assertThat(shorter).isGreaterThanOrEqualTo(3);
  }

  /**
   * The reversed project's destructive bound holds for the project (the same optimum): on 100
   * generated projects of 20 activities, where it is the higher (5 of them) the scheduler's lower
   * bound is the reversed one, never above the optimum the forward branch and bound proves, and
   * without the reversal it is the forward one.
   */
  @Test
  void theHigherBoundOfTheTwoDirectionsIsKept() {
    int higher = 0;
    for (long seed = 1000; seed < 1100; seed++) {
      final Project p =
          RandomProjects.generate(seed, 20, 2 + (int) (seed % 2), 1, false, false, false);
      final Model m = new Model(p);
      final Model rm = new Model(ReversedProject.of(p));
      final BranchAndBound fwd = new BranchAndBound(m);
      final BranchAndBound back = new BranchAndBound(rm);
      final int lb =
          fwd.destructiveBound(Math.max(Bounds.lowerBound(m), fwd.rootBound()), m.horizon);
      final int rlb =
          back.destructiveBound(Math.max(Bounds.lowerBound(rm), back.rootBound()), rm.horizon);
      final SolveOptions o = new SolveOptions(1, seed);
      // one node: the bounds as computed, before any search
      final Schedule with = new DefaultScheduler(1).solve(p, o);
      final DefaultScheduler plain = new DefaultScheduler(1);
      plain.reversedSearch = false;
      final Schedule without = plain.solve(p, o);
      assertThat(with.lowerBound())
          .as("seed %d", seed)
          .isEqualTo(Math.min(Math.max(lb, rlb), with.makespan()));
      assertThat(without.lowerBound())
          .as("seed %d", seed)
          .isEqualTo(Math.min(lb, without.makespan()));
      final Schedule opt = new DefaultScheduler(1_000_000).solve(p, new SolveOptions(200, seed));
      assertThat(opt.provenOptimal()).as("seed %d", seed).isTrue();
      assertThat(Math.max(lb, rlb)).as("seed %d", seed).isLessThanOrEqualTo(opt.makespan());
      if (rlb > lb) {
        higher++;
      }
    }
    assertThat(higher).isEqualTo(5);
  }

  @Test
  void appliesOnlyWithoutReleasesDeadlinesStepsOrModes() {
    assertThat(
            ReversedProject.applies(
                new Model(RandomProjects.generate(5, 8, 2, 1, false, false, false))))
        .isTrue();
    assertThat(
            ReversedProject.applies(
                new Model(RandomProjects.generate(5, 8, 2, 2, false, false, false))))
        .isFalse();
    assertThat(
            ReversedProject.applies(
                new Model(RandomProjects.generate(5, 8, 2, 1, true, false, false))))
        .isFalse();
    assertThat(
            ReversedProject.applies(
                new Model(RandomProjects.generate(5, 8, 2, 1, false, true, false))))
        .isFalse();
    assertThat(
            ReversedProject.applies(
                new Model(RandomProjects.generate(5, 8, 2, 1, false, false, true))))
        .isFalse();
  }
}
