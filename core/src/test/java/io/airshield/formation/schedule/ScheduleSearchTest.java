package io.airshield.formation.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search behind {@link DefaultScheduler} at a schedule budget: the count the decoders keep
 * themselves never passes the budget and equals the search's own, and runs repeat exactly.
 */
class ScheduleSearchTest {
  private static final long[] BUDGETS = {1, 2, 3, 4, 5, 7, 31, 100, 1_001, 5_000};

  private static ScheduleSearch genetic(final Model m, final long seed) {
    return new GeneticSearch(m, seed);
  }

  @ParameterizedTest
  @ValueSource(longs = {301, 302, 303})
  void geneticCountNeverPassesTheBudget(final long seed) {
    // every feature: modes, capacity steps, releases, deadlines
    final Project p = RandomProjects.generate(seed, 25, 3, 3, true, true, seed % 2 == 0);
    final Model m = new Model(p);
    for (final long budget : BUDGETS) {
      final ScheduleSearch s = genetic(m, seed);
      s.run(budget, -1);
      assertThat(s.used()).as("budget %d", budget).isEqualTo(budget);
      assertThat(s.generated()).as("budget %d", budget).isEqualTo(s.used());
    }
  }

  @Test
  void searchStopsAtTheTarget() {
    final Model m = new Model(RandomProjects.generate(321, 30, 3, 1, false, false, false));
    final ScheduleSearch a = genetic(m, 1);
    a.run(1_000_000, Long.MAX_VALUE);
    assertThat(a.used()).isLessThanOrEqualTo(3).isEqualTo(a.generated());
  }

  @Test
  void sameSeedSameBits() {
    final Model m = new Model(RandomProjects.generate(341, 30, 3, 1, false, false, false));
    final ScheduleSearch c = genetic(m, 9);
    final ScheduleSearch d = genetic(m, 9);
    c.run(4_000, -1);
    d.run(4_000, -1);
    assertThat(d.bestStart()).isEqualTo(c.bestStart());
  }
}
