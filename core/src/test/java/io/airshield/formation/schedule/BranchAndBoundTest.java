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

  /**
   * The destructive bound with energetic reasoning off and on, from the same start, detectable
   * precedences and shaving off (they find some of what it finds; each is tested on its own).
   */
  private static int[] destructive(final Project p) {
    final Model m = new Model(p);
    final int[] out = new int[2];
    for (int k = 0; k < 2; k++) {
      final BranchAndBound bb = new BranchAndBound(m);
      bb.disjunctive = false;
      bb.shaving = false;
      bb.energetic = k == 1;
      out[k] = bb.destructiveBound(Math.max(Bounds.lowerBound(m), bb.rootBound()), m.horizon);
    }
    return out;
  }

  @Test
  void energeticReasoningIsAValidLowerBound() {
    int raised = 0;
    // seeds 1 to 199, and the four larger seeds below 3,000 where the reasoning raises the bound
    final long[] seeds = new long[203];
    for (int k = 0; k < 199; k++) {
      seeds[k] = k + 1;
    }
    seeds[199] = 427;
    seeds[200] = 1391;
    seeds[201] = 1859;
    seeds[202] = 2659;
    for (final long seed : seeds) {
      final int n = 6 + (int) (seed % 4);
      final Project p = RandomProjects.generate(seed, n, 2, 1, seed % 5 == 0, false, false);
      final int[] lb = destructive(p);
      final long opt = new Exhaustive(p).solve();
      assertThat((long) lb[1]).as("seed %d", seed).isLessThanOrEqualTo(opt);
      assertThat(lb[1]).as("seed %d", seed).isGreaterThanOrEqualTo(lb[0]);
      if (lb[1] > lb[0]) {
        raised++;
      }
    }
    // seed 10 and the four larger ones: without them the test would pass with the reasoning off
    assertThat(raised).isGreaterThanOrEqualTo(5);
  }

  /** The destructive bound with detectable precedences off and on, the other reasoning off. */
  private static int[] disjunctive(final Project p) {
    final Model m = new Model(p);
    final int[] out = new int[2];
    for (int k = 0; k < 2; k++) {
      final BranchAndBound bb = new BranchAndBound(m);
      bb.energetic = false;
      bb.shaving = false;
      bb.disjunctive = k == 1;
      out[k] = bb.destructiveBound(Math.max(Bounds.lowerBound(m), bb.rootBound()), m.horizon);
    }
    return out;
  }

  @Test
  void detectablePrecedencesAreAValidLowerBound() {
    int raised = 0;
    for (long seed = 1; seed < 140; seed++) {
      final int n = 6 + (int) (seed % 4);
      final Project p = RandomProjects.generate(seed, n, 3, 1, seed % 5 == 0, false, false);
      final int[] lb = disjunctive(p);
      final long opt = new Exhaustive(p).solve();
      assertThat((long) lb[1]).as("seed %d", seed).isLessThanOrEqualTo(opt);
      assertThat(lb[1]).as("seed %d", seed).isGreaterThanOrEqualTo(lb[0]);
      if (lb[1] > lb[0]) {
        raised++;
      }
    }
    // seeds 65 and 134: without them the test would pass with the propagation off
    assertThat(raised).isGreaterThanOrEqualTo(2);
  }

  @Test
  void detectablePrecedencesCloseAGapTheOtherBoundsLeave() {
    // found by the search above: time-tabling, head-tail energy and cliques prove 12, brute force
    // gives 14, detectable precedences prove 14
    final Project p = RandomProjects.generate(65, 7, 3, 1, true, false, false);
    assertThat(new Exhaustive(p).solve()).isEqualTo(14L);
    assertThat(disjunctive(p)).containsExactly(12, 14);
  }

  @Test
  void searchWithAndWithoutDetectablePrecedencesAgreesWithBruteForce() {
    for (long seed = 500; seed < 550; seed++) {
      final boolean varying = seed % 4 == 0;
      final Project p = RandomProjects.generate(seed, 8, 3, 1, varying, false, false);
      final Model m = new Model(p);
      final long opt = new Exhaustive(p).solve();
      for (int k = 0; k < 2; k++) {
        final BranchAndBound bb = new BranchAndBound(m);
        bb.disjunctive = k == 1;
        final int[] start = new int[m.n];
        assertThat(new SerialSgs(m).decode(m.topo, new int[m.n], start)).isTrue();
        int span = 0;
        for (int j = 0; j < m.n; j++) {
          span = Math.max(span, start[j] + m.dur[j][0]);
        }
        assertThat(bb.solve(start, span, Bounds.lowerBound(m), 10_000_000L))
            .as("seed %d", seed)
            .isTrue();
        assertThat((long) bb.makespan()).as("seed %d, disjunctive %d", seed, k).isEqualTo(opt);
      }
    }
  }

  /**
   * The search through the {@link CutsetStore} memo, from the topological serial schedule, on
   * projects with constant and time-varying capacities and with release dates: the optimum of brute
   * force, proven, and a second search on a fresh instance repeats the first bit for bit (nodes,
   * starts). (The memo's table growth is tested in {@link CutsetStoreTest}.)
   */
  @Test
  void searchThroughTheCutsetStoreMatchesBruteForceAndRepeats() {
    long searched = 0;
    for (long seed = 700; seed < 760; seed++) {
      final boolean varying = seed % 3 == 0;
      final boolean releases = seed % 5 == 0;
      final Project p = RandomProjects.generate(seed, 9, 2, 1, varying, releases, false);
      final Model m = new Model(p);
      final long opt = new Exhaustive(p).solve();
      final int[] start = new int[m.n];
      assertThat(new SerialSgs(m).decode(m.topo, new int[m.n], start)).isTrue();
      int span = 0;
      for (int j = 0; j < m.n; j++) {
        span = Math.max(span, start[j] + m.dur[j][0]);
      }
      final BranchAndBound first = new BranchAndBound(m);
      assertThat(first.solve(start, span, Bounds.lowerBound(m), 10_000_000L))
          .as("seed %d", seed)
          .isTrue();
      assertThat((long) first.makespan()).as("seed %d", seed).isEqualTo(opt);
      final BranchAndBound again = new BranchAndBound(m);
      assertThat(again.solve(start, span, Bounds.lowerBound(m), 10_000_000L)).isTrue();
      assertThat(again.nodes()).as("seed %d", seed).isEqualTo(first.nodes());
      assertThat(again.best()).as("seed %d", seed).containsExactly(first.best());
      searched += first.storedSets();
    }
    assertThat(searched).isGreaterThan(1000);
  }

  /**
   * The search from the topological serial schedule with {@link BranchAndBound#supersets} as given:
   * makespan, nodes, and whether it completed.
   */
  private static long[] searchSupersets(final Project p, final boolean supersets) {
    return search(p, supersets, true);
  }

  /**
   * The search from the topological serial schedule with {@link BranchAndBound#supersets} and
   * {@link BranchAndBound#nextStarts} as given: makespan, nodes, and whether it completed.
   */
  private static long[] search(final Project p, final boolean supersets, final boolean next) {
    final Model m = new Model(p);
    final BranchAndBound bb = new BranchAndBound(m);
    bb.supersets = supersets;
    bb.nextStarts = next;
    final int[] start = new int[m.n];
    assertThat(new SerialSgs(m).decode(m.topo, new int[m.n], start)).isTrue();
    int span = 0;
    for (int j = 0; j < m.n; j++) {
      span = Math.max(span, start[j] + m.dur[j][0]);
    }
    final boolean complete = bb.solve(start, span, Bounds.lowerBound(m), 10_000_000L);
    return new long[] {bb.makespan(), bb.nodes(), complete ? 1 : 0};
  }

  /**
   * The cutset rule across sets that differ by one activity never loses the optimum: with and
   * without it, the search proves the brute-force optimum on 600 generated projects (6 to 8
   * activities, 2 or 3 resources, constant and stepped capacities, release dates), and it prunes:
   * fewer nodes in all, and on several projects (without them the test would pass with the rule
   * off).
   */
  @Test
  void supersetCutsetRuleAgreesWithBruteForce() {
    agreesWithBruteForceAndPrunes(1, (p, seed, on) -> searchSupersets(p, on));
  }

  /**
   * The cutset rule at a node's earliest next start instead of its last start never loses the
   * optimum: with and without it (and with the rule across sets on and off), the search proves the
   * brute-force optimum on 600 generated projects (6 to 8 activities, 2 or 3 resources, constant
   * and stepped capacities, release dates), with fewer nodes in all and on several projects.
   */
  @Test
  void cutsetRuleAtTheEarliestNextStartAgreesWithBruteForce() {
    agreesWithBruteForceAndPrunes(401, (p, seed, on) -> search(p, seed % 2 == 0, on));
  }

  /** A search with a rule on or off: {makespan, nodes, 1 if complete}. */
  private interface RuleSearch {
    long[] run(Project p, long seed, boolean on);
  }

  /**
   * On 600 generated projects (6 to 8 activities, 200 seeds from {@code firstSeed}), the search
   * with the rule and without it proves the brute-force optimum, and the rule prunes: fewer nodes
   * in all, and on at least five projects.
   */
  private static void agreesWithBruteForceAndPrunes(final long firstSeed, final RuleSearch search) {
    int fewer = 0;
    long withRule = 0;
    long without = 0;
    for (int n = 6; n <= 8; n++) {
      for (long seed = firstSeed; seed < firstSeed + 200; seed++) {
        final Project p =
            RandomProjects.generate(
                seed, n, 2 + (int) (seed % 2), 1, seed % 3 == 0, seed % 5 == 0, false);
        final long opt = new Exhaustive(p).solve();
        final long[] on = search.run(p, seed, true);
        final long[] off = search.run(p, seed, false);
        assertThat(on[2]).as("n %d seed %d", n, seed).isEqualTo(1L);
        assertThat(on[0]).as("n %d seed %d", n, seed).isEqualTo(opt);
        assertThat(off[0]).as("n %d seed %d", n, seed).isEqualTo(opt);
        withRule += on[1];
        without += off[1];
        if (on[1] < off[1]) {
          fewer++;
        }
      }
    }
    assertThat(withRule).isLessThan(without);
    assertThat(fewer).isGreaterThanOrEqualTo(5);
  }

  @Test
  void supersetCutsetRuleOnATracedCase() {
    // a0 (2 periods, 3 of R1) precedes a3; a1 (4 periods, 6 of R0) and a2 (3 periods, 6 of R1)
    // cannot start before 5, when R0 steps from 3 to 9 and R1 from 4 to 8. The search first
    // takes a0 at 0, then a1 and a2 at 5, and stores that node (time 5, a0 over). Later it starts
    // a1 at 5 and a2 at 5 with a0 not yet started: every completion of that node, less a0, also
    // completes the stored one (a0 already done, nothing running longer), so the rule prunes it
    // and the search expands 7 nodes instead of 8, proving the brute-force optimum 17 either way
    final Project p = RandomProjects.generate(63, 6, 2, 1, true, false, false);
    assertThat(new Exhaustive(p).solve()).isEqualTo(17L);
    assertThat(searchSupersets(p, false)).containsExactly(17L, 8L, 1L);
    assertThat(searchSupersets(p, true)).containsExactly(17L, 7L, 1L);
  }

  /** The destructive bound with start-time shaving off and on, the other reasoning on. */
  private static int[] shaved(final Project p) {
    final Model m = new Model(p);
    final int[] out = new int[2];
    for (int k = 0; k < 2; k++) {
      final BranchAndBound bb = new BranchAndBound(m);
      bb.shaving = k == 1;
      out[k] = bb.destructiveBound(Math.max(Bounds.lowerBound(m), bb.rootBound()), m.horizon);
    }
    return out;
  }

  @Test
  void shavingIsAValidLowerBound() {
    int raised = 0;
    for (long seed = 1000; seed < 1150; seed++) {
      final int n = 6 + (int) (seed % 4);
      final Project p = RandomProjects.generate(seed, n, 2, 1, seed % 5 == 0, false, false);
      final int[] lb = shaved(p);
      final long opt = new Exhaustive(p).solve();
      assertThat((long) lb[1]).as("seed %d", seed).isLessThanOrEqualTo(opt);
      assertThat(lb[1]).as("seed %d", seed).isGreaterThanOrEqualTo(lb[0]);
      if (lb[1] > lb[0]) {
        raised++;
      }
    }
    // 12 of these 150 (seeds 1031, 1045, ... 1147), each raised to the optimum: without them the
    // test would pass with shaving off
    assertThat(raised).isGreaterThanOrEqualTo(12);
  }

  @Test
  void shavingClosesAGapTheOtherBoundsLeave() {
    // found by the search above: the other bounds prove 25, brute force and shaving 28
    final Project p = RandomProjects.generate(1130, 8, 2, 1, true, false, false);
    assertThat(new Exhaustive(p).solve()).isEqualTo(28L);
    assertThat(shaved(p)).containsExactly(25, 28);
  }

  @Test
  void shavingOnAClosedForm() {
    // one unit resource shared by a (3 periods, then z, 3 periods) and b (3 periods, then w, 4
    // periods). b first ends at 3 + 4 = 7 with a at [3, 6) and z at [6, 9): 9; a first gives 3 +
    // 3 + 4 = 10. The critical path says 7; the bounds, with shaving, prove 9
    final Resource r = Resource.constant("R", 1);
    final Project p =
        new Project(
            "closed-form-shaving",
            java.util.List.of(act("a", 3, 1, 2), act("b", 3, 1, 3), act("z", 3, 0), act("w", 4, 0)),
            java.util.List.of(r));
    assertThat(new Exhaustive(p).solve()).isEqualTo(9L);
    assertThat(Bounds.criticalPath(p)).isEqualTo(7);
    assertThat(shaved(p)[1]).isEqualTo(9);
  }

  @Test
  void energeticReasoningClosesAGapTheOtherBoundsLeave() {
    // found by the search above: time-tabling, head-tail energy and cliques prove 9, brute force
    // gives 10, energetic reasoning proves 10
    final Project p = RandomProjects.generate(10, 8, 2, 1, true, false, false);
    assertThat(new Exhaustive(p).solve()).isEqualTo(10L);
    assertThat(destructive(p)).containsExactly(9, 10);
  }

  @Test
  void energeticReasoningOnAClosedForm() {
    // one resource of capacity 2. a (2 periods, demand 1) precedes b (2 periods, demand 1); c (4
    // periods, demand 1) and d (1 period, demand 2) are free. Makespan 4 would need a in [0, 2),
    // b in [2, 4) and c in [0, 4), filling all 8 units of [0, 4) with d (demand 2) still to run:
    // the energetic test on [0, 4) refutes 4 (the total energy, 10 units on capacity 2, says the
    // same), and d first then the rest gives 5
    final Resource r = Resource.constant("R", 2);
    final Project p =
        new Project(
            "closed-form",
            java.util.List.of(act("a", 2, 1, 1), act("b", 2, 1), act("c", 4, 1), act("d", 1, 2)),
            java.util.List.of(r));
    assertThat(new Exhaustive(p).solve()).isEqualTo(5L);
    assertThat(destructive(p)[1]).isEqualTo(5);
  }

  private static Activity act(final String name, final int d, final int q, final int... succ) {
    final java.util.List<Integer> s = new java.util.ArrayList<>();
    for (final int x : succ) {
      s.add(x);
    }
    return new Activity(
        name, java.util.List.of(new Mode(d, new int[] {q})), s, 0, Activity.NO_DEADLINE);
  }
}
