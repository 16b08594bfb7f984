package io.airshield.formation.schedule;

import java.util.Arrays;

/**
 * Double justification, also called forward-backward improvement: shift every activity as far
 * right as it goes without passing the makespan (latest finish first), then as far left as it
 * goes (earliest start first). Each shift keeps the schedule feasible, so the makespan never
 * grows and often shrinks. Valls, Ballestin and Quintanilla, "Justification and RCPSP: A
 * technique that pays", EJOR 165 (2005) 375-386; the forward-backward idea is Li and Willis,
 * "An iterative scheduling technique for resource-constrained project scheduling", EJOR 56
 * (1992) 370-379.
 *
 * <p>Shifting within the existing schedule (rather than decoding lists again from scratch)
 * is what guarantees no worsening; with step-function capacities the scans use the capacity of
 * each period.
 */
final class ForwardBackwardImprovement {
  private final Model m;
  private final long[] keys;

  ForwardBackwardImprovement(final Model m) {
    this.m = m;
    this.keys = new long[m.n];
  }

  /**
   * Justifies in place.
   *
   * @param profile the usage of exactly the schedule given by start and mode
   * @param start starts, updated
   * @param mode modes
   * @return the new makespan
   */
  int improve(final Profile profile, final int[] start, final int[] mode) {
    final int n = m.n;
    int makespan = 0;
    for (int j = 0; j < n; j++) {
      makespan = Math.max(makespan, start[j] + m.dur[j][mode[j]]);
    }
    // right justification: latest finish first, successors before predecessors on ties
    for (int j = 0; j < n; j++) {
      keys[j] = ((long) (start[j] + m.dur[j][mode[j]]) << 32) | ((long) m.rank[j] << 16) | j;
    }
    Arrays.sort(keys);
    for (int k = n - 1; k >= 0; k--) {
      final int j = (int) (keys[k] & 0xFFFF);
      final int d = m.dur[j][mode[j]];
      int hi = makespan - d;
      for (final int s : m.succ[j]) {
        hi = Math.min(hi, start[s] - d);
      }
      if (hi <= start[j]) {
        continue;
      }
      profile.add(j, mode[j], start[j], -1);
      final int s = profile.latest(j, mode[j], start[j], hi);
      start[j] = s;
      profile.add(j, mode[j], s, 1);
    }
    // left justification: earliest start first, predecessors before successors on ties
    int first = Integer.MAX_VALUE;
    for (int j = 0; j < n; j++) {
      keys[j] = ((long) start[j] << 32) | ((long) m.rank[j] << 16) | j;
      first = Math.min(first, start[j]);
    }
    Arrays.sort(keys);
    int newSpan = 0;
    for (int k = 0; k < n; k++) {
      final int j = (int) (keys[k] & 0xFFFF);
      int es = m.release[j];
      for (final int q : m.pred[j]) {
        es = Math.max(es, start[q] + m.dur[q][mode[q]]);
      }
      if (es < start[j]) {
        profile.add(j, mode[j], start[j], -1);
        final int s = profile.earliest(j, mode[j], es);
        start[j] = s;
        profile.add(j, mode[j], s, 1);
      }
      newSpan = Math.max(newSpan, start[j] + m.dur[j][mode[j]]);
    }
    return newSpan;
  }
}
