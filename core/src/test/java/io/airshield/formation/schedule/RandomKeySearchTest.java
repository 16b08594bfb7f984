package io.airshield.formation.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link RandomKeySearch} and its decoder {@link ParameterisedSgs}: the count never passes the
 * budget and equals the decoders' own, runs repeat exactly, every schedule is feasible, the decoder
 * at the largest delay is the serial scheme and at delay 0 leaves no activity able to start
 * earlier, and the closed-form makespans are reached.
 */
class RandomKeySearchTest {
  private static final long[] BUDGETS = {1, 2, 3, 4, 5, 7, 31, 100, 1_001, 5_000};

  @ParameterizedTest
  @ValueSource(longs = {501, 502, 503})
  void countNeverPassesTheBudget(final long seed) {
    // one mode, with capacity steps and release dates, which both decoders honour
    final Model m = new Model(RandomProjects.generate(seed, 30, 3, 1, true, true, false));
    for (final long budget : BUDGETS) {
      final RandomKeySearch s = new RandomKeySearch(m, seed);
      s.run(budget, -1);
      assertThat(s.used()).as("budget %d", budget).isEqualTo(budget);
      assertThat(s.generated()).as("budget %d", budget).isEqualTo(budget);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {511, 512, 513, 514})
  void everyScheduleItGeneratesIsFeasible(final long seed) {
    final Project p = RandomProjects.generate(seed, 30, 3, 1, seed % 2 == 0, true, false);
    final Model m = new Model(p);
    final RandomKeySearch s = new RandomKeySearch(m, seed);
    // every schedule checked, the best too; one call per decode and per justification pass
    final long seen = ScheduleSearchTest.checkedRun(p, m, s, s::observe);
    assertThat(seen).isBetween(1_000L, 3_000L);
  }

  @Test
  void sameSeedSameBitsAndTheSameOnOneAndThreeThreads() {
    final Project p = RandomProjects.generate(521, 30, 3, 1, false, false, false);
    final Model m = new Model(p);
    final RandomKeySearch a = new RandomKeySearch(m, 9);
    final RandomKeySearch b = new RandomKeySearch(m, 9);
    a.run(4_000, -1);
    b.run(4_000, -1);
    assertThat(b.bestStart()).isEqualTo(a.bestStart());
    assertThat(b.bestFitness()).isEqualTo(a.bestFitness());
    final SolveOptions o = new SolveOptions(3_000, 4);
    final DefaultScheduler.Search rk = DefaultScheduler.Search.RANDOM_KEY;
    final Schedule one = new DefaultScheduler(0, 3, 1, rk).solve(p, o);
    final Schedule three = new DefaultScheduler(0, 3, 3, rk).solve(p, o);
    assertThat(ScheduleChecker.check(p, one)).isEmpty();
    assertThat(three.start()).isEqualTo(one.start());
  }

  @Test
  void refusesModesAndDeadlinesWhichGoToTheGeneticSearch() {
    final Model multi = new Model(RandomProjects.generate(531, 20, 3, 3, false, false, false));
    final Model late = new Model(RandomProjects.generate(532, 20, 3, 1, false, false, true));
    assertThat(RandomKeySearch.applies(multi)).isFalse();
    assertThat(RandomKeySearch.applies(late)).isFalse();
    assertThatThrownBy(() -> new RandomKeySearch(late, 1))
        .isInstanceOf(IllegalArgumentException.class);
    final SolveOptions o = new SolveOptions(2_000, 5);
    final Project p = RandomProjects.generate(533, 20, 3, 3, false, false, false);
    assertThat(
            new DefaultScheduler(0, 1, 1, DefaultScheduler.Search.RANDOM_KEY).solve(p, o).start())
        .isEqualTo(new DefaultScheduler(0, 1, 1).solve(p, o).start());
  }

  @Test
  void stopsAtTheTarget() {
    final Model m = new Model(RandomProjects.generate(541, 30, 3, 1, false, false, false));
    final RandomKeySearch first = new RandomKeySearch(m, 1);
    first.run(1_000_000, Long.MAX_VALUE);
    assertThat(first.used()).isLessThanOrEqualTo(3);
    final long lb = Bounds.lowerBound(m);
    final RandomKeySearch s = new RandomKeySearch(m, 1);
    s.run(50_000, lb);
    assertThat(s.used()).isLessThanOrEqualTo(50_000).isEqualTo(s.generated());
    assertThat(s.bestFitness()).isGreaterThanOrEqualTo(lb);
  }

  /** At a delay of the horizon the decoder is the serial scheme over the keys' activity list. */
  @ParameterizedTest
  @ValueSource(longs = {551, 552, 553})
  void largestDelayIsTheSerialScheme(final long seed) {
    final Model m = new Model(RandomProjects.generate(seed, 30, 3, 1, true, true, false));
    final SplittableRandom rnd = new SplittableRandom(seed);
    final ParameterisedSgs pad = new ParameterisedSgs(m);
    final SerialSgs serial = new SerialSgs(m);
    for (int trial = 0; trial < 20; trial++) {
      final double[] key = new double[m.n];
      for (int j = 0; j < m.n; j++) {
        key[j] = rnd.nextDouble();
      }
      final int[] start = new int[m.n];
      final int[] list = new int[m.n];
      assertThat(pad.decode(key, m.horizon, new int[m.n], start, list)).isTrue();
      final int[] serialStart = new int[m.n];
      assertThat(serial.decode(list, new int[m.n], serialStart)).isTrue();
      assertThat(start).isEqualTo(serialStart);
      // the list is the keys' order among the activities whose predecessors are listed
      final boolean[] listed = new boolean[m.n];
      for (final int j : list) {
        for (int q = 0; q < m.n; q++) {
          if (!listed[q] && q != j && ready(m, q, listed)) {
            assertThat(key[j]).isLessThanOrEqualTo(key[q]);
          }
        }
        assertThat(ready(m, j, listed)).isTrue();
        listed[j] = true;
      }
    }
    assertThat(pad.runs()).isEqualTo(20);
  }

  /**
   * At delay 0 the schedule is non-delay: when each activity starts, no activity that was eligible
   * then (predecessors listed before it) could have started earlier in the partial schedule.
   */
  @ParameterizedTest
  @ValueSource(longs = {561, 562})
  void delayZeroStartsTheEarliestEligibleActivity(final long seed) {
    final Project p = RandomProjects.generate(seed, 30, 3, 1, false, false, false);
    final Model m = new Model(p);
    final SplittableRandom rnd = new SplittableRandom(seed);
    final ParameterisedSgs pad = new ParameterisedSgs(m);
    final double[] key = new double[m.n];
    for (int j = 0; j < m.n; j++) {
      key[j] = rnd.nextDouble();
    }
    final int[] start = new int[m.n];
    final int[] list = new int[m.n];
    assertThat(pad.decode(key, 0, new int[m.n], start, list)).isTrue();
    final int[] mode = new int[m.n];
    int span = 0;
    for (int j = 0; j < m.n; j++) {
      span = Math.max(span, start[j] + m.dur[j][0]);
    }
    assertThat(ScheduleChecker.check(p, new Schedule(start, mode, span, false, 0))).isEmpty();
    // replay: each chosen activity starts no later than any other eligible one could
    final Profile profile = new Profile(m);
    final boolean[] listed = new boolean[m.n];
    for (final int j : list) {
      for (int q = 0; q < m.n; q++) {
        if (!listed[q] && ready(m, q, listed)) {
          int es = 0;
          for (final int r : m.pred[q]) {
            es = Math.max(es, start[r] + m.dur[r][0]);
          }
          assertThat(start[j]).isLessThanOrEqualTo(profile.earliest(q, 0, es));
        }
      }
      profile.addRange(j, 0, start[j], start[j] + m.dur[j][0], 1);
      listed[j] = true;
    }
  }

  private static boolean ready(final Model m, final int q, final boolean[] listed) {
    for (final int r : m.pred[q]) {
      if (!listed[r]) {
        return false;
      }
    }
    return true;
  }

  /** Closed form as in {@link ScheduleSearchTest#closedFormMakespans}. */
  @ParameterizedTest
  @ValueSource(ints = {3, 6, 11})
  void closedFormMakespans(final int k) {
    for (final int chainDur : new int[] {1, 2}) {
      final Project p = ScheduleSearchTest.closedFormProject(k, chainDur);
      final RandomKeySearch s = new RandomKeySearch(new Model(p), 1);
      s.run(500, -1);
      assertThat(s.bestFitness()).as("k=%d", k).isEqualTo(chainDur * k);
      final Schedule viaScheduler =
          new DefaultScheduler(0, 1, 1, DefaultScheduler.Search.RANDOM_KEY)
              .solve(p, new SolveOptions(500, 1));
      assertThat(viaScheduler.makespan()).isEqualTo(chainDur * k);
      assertThat(ScheduleChecker.check(p, viaScheduler)).isEmpty();
    }
  }
}
