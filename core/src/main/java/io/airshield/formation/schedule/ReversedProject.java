package io.airshield.formation.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * The reversed project: every precedence arc turned around, the same activities, durations, demands
 * and capacities. For a single-mode project with constant capacities and no release dates or
 * deadlines, a schedule of the reversed project of makespan T mapped back (start T - finish) is a
 * schedule of the project of the same makespan, and the other way round, so both have the same
 * optimum; the forward-backward view of the RCPSP (Li and Willis, "An iterative scheduling
 * technique for resource-constrained project scheduling", EJOR 56 (1992) 370-379; Klein,
 * "Bidirectional planning: improving priority rule-based heuristics for scheduling
 * resource-constrained projects", EJOR 127 (2000) 619-638, who finds that neither direction is
 * better in general and that their best is better than either).
 *
 * <p>Why: {@link DefaultScheduler} uses it twice before a proof. Its genetic search runs on the
 * reversed project as well, since a search in the other direction sometimes reaches a shorter
 * schedule: on j3013_5 the forward search ends at 68 and the reversed one at the optimum 67, which
 * spares the branch and bound a quarter of its nodes. And the reversed project's destructive lower
 * bound holds for the project, so the higher of the two is kept (j3013_1: 50 against 49; j6030_3:
 * 82 against 81, the optimum). See docs/scheduler.md, "Seventh round of issue 20".
 */
final class ReversedProject {
  private ReversedProject() {}

  /**
   * Whether reversal keeps the problem: one mode, constant capacities, no release dates or
   * deadlines.
   *
   * @param m the project's model
   * @return whether {@link #of} and {@link #forwardStarts} apply
   */
  static boolean applies(final Model m) {
    if (!m.singleMode || m.hasDeadlines || !m.constantCapacity) {
      return false;
    }
    for (int j = 0; j < m.n; j++) {
      if (m.release[j] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param p a project for which {@link #applies} holds
   * @return the same activities in reverse order (activity j becomes n - 1 - j) with every
   *     precedence reversed
   */
  static Project of(final Project p) {
    final int n = p.activities().size();
    // reversed activity k is activity n - 1 - k, so that a project numbered in topological order
    // (PSPLIB's: the source first) stays so
    final List<List<Integer>> succ = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      succ.add(new ArrayList<>());
    }
    for (int j = 0; j < n; j++) {
      for (final int s : p.activities().get(j).successors()) {
        succ.get(n - 1 - s).add(n - 1 - j);
      }
    }
    final List<Activity> acts = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      final Activity a = p.activities().get(n - 1 - k);
      succ.get(k).sort(null);
      acts.add(new Activity(a.name(), a.modes(), succ.get(k), 0, Activity.NO_DEADLINE));
    }
    return new Project(p.name(), acts, p.resources());
  }

  /**
   * Maps a schedule of the reversed project back: activity j starts at span minus the finish of its
   * counterpart n - 1 - j in the reversed schedule.
   *
   * @param m the (forward) project's model
   * @param reversedStart starts in the reversed project
   * @param span the reversed schedule's makespan
   * @return starts in the project, of the same makespan
   */
  static int[] forwardStarts(final Model m, final int[] reversedStart, final int span) {
    final int[] start = new int[m.n];
    for (int j = 0; j < m.n; j++) {
      start[j] = span - reversedStart[m.n - 1 - j] - m.dur[j][0];
    }
    return start;
  }
}
