package io.airshield.formation.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parallel portfolio of {@link DefaultScheduler}: valid, deterministic across threads. */
class PortfolioTest {
  @ParameterizedTest
  @ValueSource(longs = {201, 202, 203, 204})
  void sameScheduleOnOneTwoAndFourThreads(final long seed) {
    final Project p = RandomProjects.generate(seed, 30, 3, 1, false, false, false);
    final SolveOptions o = new SolveOptions(2_000, seed);
    final Schedule one = new DefaultScheduler(0, 4, 1).solve(p, o);
    final Schedule two = new DefaultScheduler(0, 4, 2).solve(p, o);
    final Schedule four = new DefaultScheduler(0, 4, 4).solve(p, o);
    assertThat(ScheduleChecker.check(p, one)).isEmpty();
    assertThat(two.start()).isEqualTo(one.start());
    assertThat(four.start()).isEqualTo(one.start());
    assertThat(two.makespan()).isEqualTo(one.makespan());
    assertThat(two.lowerBound()).isEqualTo(one.lowerBound());
  }

  @Test
  void multiModeWithDeadlinesSameOnEveryThreadCount() {
    final Project p = RandomProjects.generate(77, 25, 3, 3, true, true, true);
    final SolveOptions o = new SolveOptions(3_000, 5);
    final Schedule one = new DefaultScheduler(20_000, 3, 1).solve(p, o);
    final Schedule three = new DefaultScheduler(20_000, 3, 3).solve(p, o);
    assertThat(ScheduleChecker.check(p, three)).isEmpty();
    assertThat(three.start()).isEqualTo(one.start());
    assertThat(three.mode()).isEqualTo(one.mode());
  }

  @Test
  void oneWorkerIsThePlainSearch() {
    final Project p = RandomProjects.generate(88, 30, 3, 1, false, false, false);
    final SolveOptions o = new SolveOptions(1_500, 9);
    assertThat(new DefaultScheduler(0, 1, 2).solve(p, o).start())
        .isEqualTo(new DefaultScheduler(0).solve(p, o).start());
  }

  @Test
  void moreWorkersNeverWorseThanWorkerZero() {
    // worker 0 runs the plain search's seed and budget, and the merge keeps the best
    for (long seed = 300; seed < 310; seed++) {
      final Project p = RandomProjects.generate(seed, 30, 2, 1, false, false, false);
      final SolveOptions o = new SolveOptions(500, seed);
      final Schedule plain = new DefaultScheduler(0).solve(p, o);
      final Schedule port = new DefaultScheduler(0, 3, 2).solve(p, o);
      assertThat(ScheduleChecker.check(p, port)).isEmpty();
      assertThat(port.makespan()).as("seed %d", seed).isLessThanOrEqualTo(plain.makespan());
    }
  }

  @Test
  void workerSeedsDiffer() {
    assertThat(DefaultScheduler.workerSeed(1, 0)).isEqualTo(1);
    assertThat(DefaultScheduler.workerSeed(1, 1)).isNotEqualTo(DefaultScheduler.workerSeed(1, 2));
    assertThat(DefaultScheduler.workerSeed(1, 1)).isNotEqualTo(DefaultScheduler.workerSeed(2, 1));
  }

  @Test
  void interruptStopsEarlyWithAValidSchedule() {
    final Project p = RandomProjects.generate(91, 40, 3, 1, false, false, false);
    final DefaultScheduler.Interrupt now = new DefaultScheduler.Interrupt(() -> true, () -> true);
    final Schedule s =
        new DefaultScheduler(1_000_000).solve(p, new SolveOptions(Long.MAX_VALUE, 1), now);
    assertThat(ScheduleChecker.check(p, s)).isEmpty();
    assertThat(s.lowerBound()).isLessThanOrEqualTo(s.makespan());
  }

  @Test
  void badPortfolioSizesAreRejected() {
    assertThatThrownBy(() -> new DefaultScheduler(0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workers");
    assertThatThrownBy(() -> new DefaultScheduler(0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads");
  }
}
