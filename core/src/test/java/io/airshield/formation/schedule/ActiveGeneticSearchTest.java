package io.airshield.formation.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link GeneticSearch} with a delay gene decoded by {@link ParameterisedSgs} ({@link
 * DefaultScheduler.Search#ACTIVE} and {@link DefaultScheduler.Search#TWO_PHASE_ACTIVE}): the count
 * never passes the budget and equals the decoders' own, runs repeat exactly, every schedule is
 * feasible and the closed-form makespans are reached.
 */
class ActiveGeneticSearchTest {
  private static final long[] BUDGETS = {1, 2, 3, 4, 5, 7, 31, 100, 1_001, 5_000};

  @ParameterizedTest
  @ValueSource(longs = {601, 602, 603})
  void countNeverPassesTheBudget(final long seed) {
    // every feature: modes, capacity steps, releases, deadlines
    final Model m = new Model(RandomProjects.generate(seed, 25, 3, 3, true, true, seed % 2 == 0));
    for (final boolean twoPhase : new boolean[] {false, true}) {
      for (final long budget : BUDGETS) {
        final GeneticSearch s = new GeneticSearch(m, seed, twoPhase, true);
        s.run(budget, -1);
        assertThat(s.used()).as("budget %d", budget).isEqualTo(budget);
        assertThat(s.generated()).as("budget %d", budget).isEqualTo(budget);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {611, 612, 613, 614})
  void everyScheduleItGeneratesIsFeasible(final long seed) {
    // one mode (the checking observer's), with capacity steps and release dates for half
    final Project p = RandomProjects.generate(seed, 30, 3, 1, seed % 2 == 0, true, false);
    final Model m = new Model(p);
    final GeneticSearch s = new GeneticSearch(m, seed, seed > 612, true);
    // every schedule checked, the best too; one call per decode and per justification pass
    final long seen = ScheduleSearchTest.checkedRun(p, m, s, s::observe);
    assertThat(seen).isBetween(1_000L, 3_000L);
  }

  @Test
  void multiModeSchedulesAreFeasibleAndRunsRepeat() {
    final Project p = RandomProjects.generate(621, 30, 3, 3, true, true, false);
    final SolveOptions o = new SolveOptions(3_000, 4);
    for (final DefaultScheduler.Search search :
        List.of(DefaultScheduler.Search.ACTIVE, DefaultScheduler.Search.TWO_PHASE_ACTIVE)) {
      final Schedule one = new DefaultScheduler(0, 3, 1, search).solve(p, o);
      final Schedule three = new DefaultScheduler(0, 3, 3, search).solve(p, o);
      assertThat(ScheduleChecker.check(p, one)).isEmpty();
      assertThat(three.start()).isEqualTo(one.start());
      assertThat(three.mode()).isEqualTo(one.mode());
    }
    final Model m = new Model(p);
    final GeneticSearch a = new GeneticSearch(m, 9, false, true);
    final GeneticSearch b = new GeneticSearch(m, 9, false, true);
    a.run(4_000, -1);
    b.run(4_000, -1);
    assertThat(b.bestStart()).isEqualTo(a.bestStart());
    assertThat(b.bestFitness()).isEqualTo(a.bestFitness());
  }

  /** Closed form as in {@link ScheduleSearchTest#closedFormMakespans}. */
  @ParameterizedTest
  @ValueSource(ints = {3, 6, 11})
  void closedFormMakespans(final int k) {
    for (final int chainDur : new int[] {1, 2}) {
      final Project p = ScheduleSearchTest.closedFormProject(k, chainDur);
      final Model m = new Model(p);
      for (final boolean twoPhase : new boolean[] {false, true}) {
        final GeneticSearch s = new GeneticSearch(m, 1, twoPhase, true);
        s.run(500, -1);
        assertThat(s.bestFitness()).as("k=%d", k).isEqualTo(chainDur * k);
      }
    }
  }
}
