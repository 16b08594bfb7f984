package io.airshield.formation.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The searches behind {@link DefaultScheduler} at a schedule budget: the count the decoders keep
 * themselves never passes the budget and equals the search's own, runs repeat exactly, and every
 * schedule is feasible.
 */
class ScheduleSearchTest {
  private static final long[] BUDGETS = {1, 2, 3, 4, 5, 7, 31, 100, 1_001, 5_000};

  private static ScheduleSearch genetic(final Model m, final long seed) {
    return new GeneticSearch(m, seed);
  }

  private static Project plain(final long seed) {
    return RandomProjects.generate(seed, 30, 3, 1, false, false, false);
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

  @ParameterizedTest
  @ValueSource(longs = {301, 302, 303})
  void twoPhaseCountNeverPassesTheBudget(final long seed) {
    // every feature: modes, capacity steps, releases, deadlines; the second phase starts at half
    final Project p = RandomProjects.generate(seed, 25, 3, 3, true, true, seed % 2 == 0);
    final Model m = new Model(p);
    countsExactlyTheBudget(() -> new GeneticSearch(m, seed, true));
  }

  @ParameterizedTest
  @ValueSource(longs = {401, 402, 403, 404})
  void everyScheduleTheTwoPhaseSearchGeneratesIsFeasible(final long seed) {
    // one mode (the checking observer's), with capacity steps and release dates for half
    final Project p = RandomProjects.generate(seed, 30, 3, 1, seed % 2 == 0, true, false);
    final Model m = new Model(p);
    final GeneticSearch s = new GeneticSearch(m, seed, true);
    // one call per decode and one per justification (two schedules in the count)
    assertThat(checkedRun(p, m, s, s::observe)).isBetween(1_000L, 3_000L);
  }

  @Test
  void twoPhaseIsDeterministic() {
    final Project p = RandomProjects.generate(405, 30, 3, 3, true, true, false);
    sameScheduleOnOneAndThreeThreads(p, DefaultScheduler.Search.TWO_PHASE);
    final Model m = new Model(p);
    final GeneticSearch a = new GeneticSearch(m, 9, true);
    final GeneticSearch b = new GeneticSearch(m, 9, true);
    a.run(4_000, -1);
    b.run(4_000, -1);
    assertThat(b.bestStart()).isEqualTo(a.bestStart());
    assertThat(b.bestFitness()).isEqualTo(a.bestFitness());
  }

  @ParameterizedTest
  @ValueSource(longs = {311, 312, 313})
  void biPopulationCountNeverPassesTheBudget(final long seed) {
    final Model m = new Model(plain(seed));
    assertThat(BiPopulationSearch.applies(m)).isTrue();
    countsExactlyTheBudget(() -> new BiPopulationSearch(m, seed));
  }

  @ParameterizedTest
  @ValueSource(longs = {371, 372, 373})
  void pathRelinkingCountNeverPassesTheBudget(final long seed) {
    // one mode, but capacity steps and release dates, which the serial SGS honours
    final Project p = RandomProjects.generate(seed, 30, 3, 1, true, true, false);
    final Model m = new Model(p);
    assertThat(PathRelinkingSearch.applies(m)).isTrue();
    countsExactlyTheBudget(() -> new PathRelinkingSearch(m, seed));
  }

  @ParameterizedTest
  @ValueSource(longs = {381, 382, 383, 384})
  void everySchedulePathRelinkingGeneratesIsFeasible(final long seed) {
    final Project p = RandomProjects.generate(seed, 30, 3, 1, seed % 2 == 0, true, false);
    final Model m = new Model(p);
    final PathRelinkingSearch s = new PathRelinkingSearch(m, seed);
    // one call per decode and one per justification (two schedules in the count)
    assertThat(checkedRun(p, m, s, s::observe)).isBetween(1_000L, 3_000L);
  }

  @Test
  void pathRelinkingRefusesModesAndDeadlines() {
    final Model multi = new Model(RandomProjects.generate(391, 20, 3, 3, false, false, false));
    final Model late = new Model(RandomProjects.generate(392, 20, 3, 1, false, false, true));
    assertThat(multi.singleMode).isFalse();
    assertThat(late.hasDeadlines).isTrue();
    assertThat(PathRelinkingSearch.applies(multi)).isFalse();
    assertThat(PathRelinkingSearch.applies(late)).isFalse();
    assertThatThrownBy(() -> new PathRelinkingSearch(late, 1))
        .isInstanceOf(IllegalArgumentException.class);
    final SolveOptions o = new SolveOptions(2_000, 5);
    final DefaultScheduler.Search pr = DefaultScheduler.Search.PATH_RELINKING;
    final Project p = RandomProjects.generate(393, 20, 3, 3, false, false, false);
    // a multi-mode project goes to the genetic search: the same schedule as asking for it
    assertThat(new DefaultScheduler(0, 1, 1, pr).solve(p, o).start())
        .isEqualTo(new DefaultScheduler(0, 1, 1).solve(p, o).start());
  }

  @Test
  void pathRelinkingThroughTheSchedulerIsDeterministicAcrossThreads() {
    final Project p = plain(352);
    sameScheduleOnOneAndThreeThreads(p, DefaultScheduler.Search.PATH_RELINKING);
    final PathRelinkingSearch a = new PathRelinkingSearch(new Model(p), 9);
    final PathRelinkingSearch b = new PathRelinkingSearch(new Model(p), 9);
    a.run(4_000, -1);
    b.run(4_000, -1);
    assertThat(b.bestStart()).isEqualTo(a.bestStart());
    assertThat(b.bestFitness()).isEqualTo(a.bestFitness());
  }

  @Test
  void searchesStopAtTheTargetWithinTheBudget() {
    final Model m = new Model(plain(321));
    final long lb = Bounds.lowerBound(m);
    final ScheduleSearch a = genetic(m, 1);
    a.run(1_000_000, Long.MAX_VALUE);
    assertThat(a.used()).isLessThanOrEqualTo(3);
    final BiPopulationSearch b = new BiPopulationSearch(m, 1);
    b.run(50_000, lb);
    assertThat(b.used()).isLessThanOrEqualTo(50_000).isEqualTo(b.generated());
    assertThat(b.bestFitness()).isGreaterThanOrEqualTo(lb);
    final PathRelinkingSearch r = new PathRelinkingSearch(m, 1);
    r.run(50_000, lb);
    assertThat(r.used()).isLessThanOrEqualTo(50_000).isEqualTo(r.generated());
    assertThat(r.bestFitness()).isGreaterThanOrEqualTo(lb);
    final PathRelinkingSearch first = new PathRelinkingSearch(m, 1);
    first.run(1_000_000, Long.MAX_VALUE);
    assertThat(first.used()).isLessThanOrEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(longs = {331, 332, 333, 334})
  void everyScheduleTheBiPopulationSearchGeneratesIsFeasible(final long seed) {
    final Project p = plain(seed);
    final Model m = new Model(p);
    final BiPopulationSearch s = new BiPopulationSearch(m, seed);
    assertThat(checkedRun(p, m, s, s::observe)).isEqualTo(3_000);
  }

  @ParameterizedTest
  @ValueSource(longs = {341, 342})
  void sameSeedSameBitsDifferentSeedOwnStream(final long seed) {
    final Model m = new Model(plain(seed));
    final BiPopulationSearch a = new BiPopulationSearch(m, 9);
    final BiPopulationSearch b = new BiPopulationSearch(m, 9);
    a.run(4_000, -1);
    b.run(4_000, -1);
    assertThat(b.bestStart()).isEqualTo(a.bestStart());
    assertThat(b.bestFitness()).isEqualTo(a.bestFitness());
    final ScheduleSearch c = genetic(m, 9);
    final ScheduleSearch d = genetic(m, 9);
    c.run(4_000, -1);
    d.run(4_000, -1);
    assertThat(d.bestStart()).isEqualTo(c.bestStart());
  }

  @Test
  void biPopulationThroughTheSchedulerIsDeterministicAcrossThreads() {
    sameScheduleOnOneAndThreeThreads(plain(351), DefaultScheduler.Search.BI_POPULATION);
  }

  /** The scheduler with this search gives a valid schedule, the same on one and three threads. */
  private static void sameScheduleOnOneAndThreeThreads(
      final Project p, final DefaultScheduler.Search search) {
    final SolveOptions o = new SolveOptions(3_000, 4);
    final Schedule one = new DefaultScheduler(0, 3, 1, search).solve(p, o);
    final Schedule three = new DefaultScheduler(0, 3, 3, search).solve(p, o);
    assertThat(ScheduleChecker.check(p, one)).isEmpty();
    assertThat(three.start()).isEqualTo(one.start());
  }

  /**
   * Closed form: 2k unit activities, each taking one unit of a resource of capacity 2, and a chain
   * of length k through half of them: the makespan is k (capacity bound and critical path), and
   * with the chain's activities of length 2 instead the chain alone gives 2k.
   */
  @ParameterizedTest
  @ValueSource(ints = {3, 6, 11})
  void closedFormMakespans(final int k) {
    for (final int chainDur : new int[] {1, 2}) {
      final Project p = closedFormProject(k, chainDur);
      final Model m = new Model(p);
      final int expected = chainDur * k;
      for (final ScheduleSearch s :
          List.of(
              genetic(m, 1),
              new GeneticSearch(m, 1, true),
              new BiPopulationSearch(m, 1),
              new PathRelinkingSearch(m, 1))) {
        s.run(500, -1);
        assertThat(s.bestFitness())
            .as("%s k=%d", s.getClass().getSimpleName(), k)
            .isEqualTo(expected);
      }
      final Schedule viaScheduler =
          new DefaultScheduler(0, 1, 1, DefaultScheduler.Search.BI_POPULATION)
              .solve(p, new SolveOptions(500, 1));
      assertThat(viaScheduler.makespan()).isEqualTo(expected);
      assertThat(ScheduleChecker.check(p, viaScheduler)).isEmpty();
      final Schedule viaRelinking =
          new DefaultScheduler(0, 1, 1, DefaultScheduler.Search.PATH_RELINKING)
              .solve(p, new SolveOptions(500, 1));
      assertThat(viaRelinking.makespan()).isEqualTo(expected);
      assertThat(ScheduleChecker.check(p, viaRelinking)).isEmpty();
    }
  }

  @Test
  void reversedProjectTurnsEveryPrecedenceRound() {
    final Model m = new Model(plain(361));
    final Model r = new Model(BiPopulationSearch.reversed(m));
    for (int j = 0; j < m.n; j++) {
      assertThat(r.pred[j]).containsExactlyInAnyOrder(m.succ[j]);
      assertThat(r.succ[j]).containsExactlyInAnyOrder(m.pred[j]);
    }
    assertThat(r.criticalPathBound()).isEqualTo(m.criticalPathBound());
  }

  /**
   * The closed form's project ({@link #closedFormMakespans}): 2k activities of one unit of a
   * resource of capacity 2, the first k a chain of activities of length {@code chainDur}, the rest
   * of length 1; its makespan is chainDur x k.
   */
  static Project closedFormProject(final int k, final int chainDur) {
    final List<Activity> acts = new ArrayList<>();
    for (int j = 0; j < 2 * k; j++) {
      final List<Integer> succ = j < k - 1 ? List.of(j + 1) : List.of();
      final int d = j < k ? chainDur : 1;
      acts.add(
          new Activity(
              "a" + j, List.of(new Mode(d, new int[] {1})), succ, 0, Activity.NO_DEADLINE));
    }
    return new Project("k" + k, acts, List.of(Resource.constant("R", 2)));
  }

  /**
   * Runs the search for 3,000 schedules with every schedule it generates checked ({@link
   * #checking}), checks its best as well, and returns how many schedules the observer saw.
   */
  static long checkedRun(
      final Project p,
      final Model m,
      final ScheduleSearch s,
      final Consumer<Consumer<int[]>> observe) {
    final List<String> problems = new ArrayList<>();
    final int[] mode = new int[m.n];
    final long[] seen = {0};
    observe.accept(checking(p, m, mode, problems, seen));
    s.run(3_000, -1);
    assertThat(problems).isEmpty();
    final Schedule best =
        new Schedule(s.bestStart(), s.bestMode(), (int) s.bestFitness(), false, 0);
    assertThat(ScheduleChecker.check(p, best)).isEmpty();
    return seen[0];
  }

  /** An observer that counts the schedules it is shown and checks each one's feasibility. */
  private static Consumer<int[]> checking(
      final Project p,
      final Model m,
      final int[] mode,
      final List<String> problems,
      final long[] seen) {
    return start -> {
      seen[0]++;
      int span = 0;
      for (int j = 0; j < m.n; j++) {
        span = Math.max(span, start[j] + m.dur[j][0]);
      }
      problems.addAll(ScheduleChecker.check(p, new Schedule(start, mode, span, false, 0)));
    };
  }

  /** A fresh search for each budget uses the whole budget, by its count and its decoders'. */
  private static void countsExactlyTheBudget(final Supplier<ScheduleSearch> search) {
    for (final long budget : BUDGETS) {
      final ScheduleSearch s = search.get();
      s.run(budget, -1);
      assertThat(s.used()).as("budget %d", budget).isEqualTo(budget);
      assertThat(s.generated()).as("budget %d", budget).isEqualTo(budget);
    }
  }
}
