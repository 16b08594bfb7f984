package io.airshield.formation.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchedulerTest {
  private static final SolveOptions OPTS = new SolveOptions(3_000, 7);

  private static long objective(final Project p, final Schedule s) {
    return (s.totalLateness(p) << 31) | s.makespan();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void singleModeOptimumEqualsExhaustiveSearch(final long seed) {
    final Project p = RandomProjects.generate(seed, 7, 2, 1, false, false, false);
    final Schedule s = new DefaultScheduler().solve(p, OPTS);
    assertThat(ScheduleChecker.check(p, s)).isEmpty();
    assertThat((long) s.makespan()).isEqualTo(new Exhaustive(p).solve());
    assertThat(s.provenOptimal()).isTrue();
    assertThat(s.lowerBound()).isEqualTo(s.makespan());
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
  void exactSearchAloneMatchesExhaustiveWithVaryingCapacityAndReleases(final long seed) {
    // a GA budget of 1 schedule leaves the proof and improvement to the branch and bound
    final Project p = RandomProjects.generate(seed, 7, 2, 1, true, true, false);
    final Schedule s = new DefaultScheduler().solve(p, new SolveOptions(1, 3));
    assertThat(ScheduleChecker.check(p, s)).isEmpty();
    assertThat((long) s.makespan()).isEqualTo(new Exhaustive(p).solve());
    assertThat(s.provenOptimal()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(longs = {31, 32, 33, 34, 35, 36})
  void multiModeDeadlinesMatchExhaustiveObjective(final long seed) {
    final Project p = RandomProjects.generate(seed, 6, 2, 2, true, true, true);
    final Schedule s = new DefaultScheduler().solve(p, new SolveOptions(20_000, 5));
    assertThat(ScheduleChecker.check(p, s)).isEmpty();
    assertThat(objective(p, s)).isEqualTo(new Exhaustive(p).solve());
  }

  @Test
  void randomProjectsWithEveryFeatureGiveFeasibleSchedules() {
    for (long seed = 100; seed < 140; seed++) {
      final Project p = RandomProjects.generate(seed, 25, 3, 3, true, true, seed % 2 == 0);
      final Schedule s = new DefaultScheduler(20_000).solve(p, new SolveOptions(2_000, seed));
      assertThat(ScheduleChecker.check(p, s)).as("seed %d", seed).isEmpty();
      assertThat(s.lowerBound()).isLessThanOrEqualTo(s.makespan());
      assertThat(s.makespan()).isGreaterThanOrEqualTo(Bounds.lowerBound(p));
    }
  }

  @Test
  void sameInputSameScheduleBitForBit() {
    final Project p = RandomProjects.generate(77, 30, 3, 2, true, true, true);
    final Schedule a = new DefaultScheduler().solve(p, new SolveOptions(5_000, 11));
    final Schedule b = new DefaultScheduler().solve(p, new SolveOptions(5_000, 11));
    assertThat(a.start()).isEqualTo(b.start());
    assertThat(a.mode()).isEqualTo(b.mode());
    assertThat(a.makespan()).isEqualTo(b.makespan());
    final Project q = RandomProjects.generate(78, 30, 3, 1, false, false, false);
    final Schedule c = new DefaultScheduler(50_000).solve(q, new SolveOptions(500, 11));
    final Schedule d = new DefaultScheduler(50_000).solve(q, new SolveOptions(500, 11));
    assertThat(c.start()).isEqualTo(d.start());
  }

  /** Two chains competing for one resource; the deadline of the second chain is achievable. */
  @Test
  void achievableDeadlineIsMet() {
    final Resource r = Resource.constant("crew", 1);
    final Mode one = new Mode(3, new int[] {1});
    final List<Activity> acts =
        List.of(
            new Activity("a", List.of(one), List.of(1), 0, Activity.NO_DEADLINE),
            new Activity("b", List.of(one), List.of(), 0, Activity.NO_DEADLINE),
            new Activity("c", List.of(one), List.of(3), 0, Activity.NO_DEADLINE),
            new Activity("d", List.of(one), List.of(), 0, 6));
    final Project p = new Project("deadline", acts, List.of(r));
    final Schedule s = new DefaultScheduler().solve(p, OPTS);
    assertThat(ScheduleChecker.check(p, s)).isEmpty();
    assertThat(s.lateness(p)).containsExactly(0, 0, 0, 0);
    assertThat(s.start()[3] + 3).isLessThanOrEqualTo(6);
    assertThat(s.makespan()).isEqualTo(12);
  }

  @Test
  void unavoidableLatenessIsMinimisedAndReported() {
    final Resource r = Resource.constant("crew", 1);
    final Mode one = new Mode(4, new int[] {1});
    final List<Activity> acts =
        List.of(
            new Activity("a", List.of(one), List.of(), 0, 4),
            new Activity("b", List.of(one), List.of(), 0, 4));
    final Project p = new Project("late", acts, List.of(r));
    final Schedule s = new DefaultScheduler().solve(p, OPTS);
    assertThat(s.totalLateness(p)).isEqualTo(4);
    assertThat(s.lateness(p)).containsExactlyInAnyOrder(0, 4);
  }

  @Test
  void capacityStepsAndReleasesAreRespected() {
    // nothing available until period 5, then 2 units
    final Resource r = new Resource("slots", new int[] {0, 5}, new int[] {0, 2});
    final Mode m = new Mode(2, new int[] {2});
    final List<Activity> acts =
        List.of(
            new Activity("x", List.of(m), List.of(), 0, Activity.NO_DEADLINE),
            new Activity("y", List.of(m), List.of(), 8, Activity.NO_DEADLINE));
    final Project p = new Project("steps", acts, List.of(r));
    final Schedule s = new DefaultScheduler().solve(p, OPTS);
    assertThat(ScheduleChecker.check(p, s)).isEmpty();
    assertThat(s.start()).containsExactly(5, 8);
    assertThat(s.makespan()).isEqualTo(10);
    assertThat(s.provenOptimal()).isTrue();
  }

  @Test
  void checkerFindsEveryKindOfViolation() {
    final Resource r = new Resource("R", new int[] {0, 3}, new int[] {1, 2});
    final Mode m = new Mode(2, new int[] {1});
    final List<Activity> acts =
        List.of(
            new Activity("a", List.of(m), List.of(1), 0, Activity.NO_DEADLINE),
            new Activity("b", List.of(m), List.of(), 0, Activity.NO_DEADLINE),
            new Activity("c", List.of(m), List.of(), 4, Activity.NO_DEADLINE));
    final Project p = new Project("bad", acts, List.of(r));
    final Schedule s = new Schedule(new int[] {0, 1, 1}, new int[] {0, 0, 0}, 3, false, 0);
    assertThat(ScheduleChecker.check(p, s))
        .containsExactly(
            "activity c: starts at 1 before its release 4",
            "precedence a -> b: successor starts at 1 before the finish 2",
            "resource R: period 1 uses 3 of capacity 1",
            "resource R: period 2 uses 2 of capacity 1");
    final Schedule wrongMode = new Schedule(new int[] {0, 2, 4}, new int[] {0, 1, 0}, 6, false, 0);
    assertThat(ScheduleChecker.check(p, wrongMode)).containsExactly("activity b: invalid mode 1");
    final Schedule ok = new Schedule(new int[] {0, 2, 4}, new int[] {0, 0, 0}, 6, false, 0);
    assertThat(ScheduleChecker.check(p, ok)).isEmpty();
  }

  @Test
  void malformedProjectsAreRejected() {
    final Mode m = new Mode(1, new int[] {1});
    final Project cyclic =
        new Project(
            "cyc",
            List.of(
                new Activity("a", List.of(m), List.of(1), 0, Activity.NO_DEADLINE),
                new Activity("b", List.of(m), List.of(0), 0, Activity.NO_DEADLINE)),
            List.of(Resource.constant("R", 1)));
    assertThatThrownBy(() -> new DefaultScheduler().solve(cyclic, OPTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cycle");
    final Project tooBig =
        new Project(
            "big",
            List.of(
                new Activity(
                    "a", List.of(new Mode(1, new int[] {3})), List.of(), 0, Activity.NO_DEADLINE)),
            List.of(Resource.constant("R", 2)));
    assertThatThrownBy(() -> new DefaultScheduler().solve(tooBig, OPTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("every mode");
  }

  @Test
  void psplibStyleInstanceFromResourcesIsSolvedToOptimality() throws Exception {
    final Project p;
    try (var in = getClass().getResourceAsStream("/psplib/tiny.sm")) {
      p =
          PsplibFormat.parse(
              "tiny.sm",
              new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    final Schedule s = new DefaultScheduler().solve(p, OPTS);
    assertThat(ScheduleChecker.check(p, s)).isEmpty();
    assertThat((long) s.makespan()).isEqualTo(new Exhaustive(p).solve());
    assertThat(s.provenOptimal()).isTrue();
  }
}
