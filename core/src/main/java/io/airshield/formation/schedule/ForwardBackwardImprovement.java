package io.airshield.formation.schedule;

/**
 * Double justification, also called forward-backward improvement: shift every activity as far right
 * as it goes without passing the makespan (latest finish first), then as far left as it goes
 * (earliest start first). Each shift keeps the schedule feasible, so the makespan never grows and
 * often shrinks. Valls, Ballestin and Quintanilla, "Justification and RCPSP: A technique that
 * pays", EJOR 165 (2005) 375-386; the forward-backward idea is Li and Willis, "An iterative
 * scheduling technique for resource-constrained project scheduling", EJOR 56 (1992) 370-379.
 *
 * <p>Shifting within the existing schedule (rather than decoding lists again from scratch) is what
 * guarantees no worsening; with step-function capacities the scans use the capacity of each period.
 */
final class ForwardBackwardImprovement {
  private final Model m;

  /** Activities in the order of a pass. */
  private final int[] order;

  /** Counting-sort buckets, one per period. */
  private final int[] bucket;

  private final int[] finish;

  /** Justification passes made, two per {@link #improve}, for checking a search's count. */
  private long passes;

  ForwardBackwardImprovement(final Model m) {
    this.m = m;
    this.order = new int[m.n];
    this.bucket = new int[m.horizon + 3];
    this.finish = new int[m.n];
  }

  /**
   * Sorts the activities by time[j], then by topological rank ({@link Model#rank}), into {@link
   * #order}: a stable counting sort over the topological order.
   *
   * @param max the largest value in time
   */
  static void sortByTime(
      final Model m, final int[] time, final int max, final int[] bucket, final int[] order) {
    final int n = m.n;
    java.util.Arrays.fill(bucket, 0, max + 2, 0);
    for (int j = 0; j < n; j++) {
      bucket[time[j] + 1]++;
    }
    for (int t = 1; t <= max + 1; t++) {
      bucket[t] += bucket[t - 1];
    }
    final int[] topo = m.topo;
    for (int k = 0; k < n; k++) {
      final int j = topo[k];
      order[bucket[time[j]]++] = j;
    }
  }

  /**
   * @return justification passes made so far, two per {@link #improve}
   */
  long passes() {
    return passes;
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
    passes += 2;
    final int n = m.n;
    final int[] finish = this.finish;
    final int[][] durs = m.dur;
    int makespan = 0;
    for (int j = 0; j < n; j++) {
      finish[j] = start[j] + durs[j][mode[j]];
      makespan = Math.max(makespan, finish[j]);
    }
    // right justification: latest finish first, successors before predecessors on ties
    sortByTime(m, finish, makespan, bucket, order);
    for (int k = n - 1; k >= 0; k--) {
      final int j = order[k];
      final int d = durs[j][mode[j]];
      int hi = makespan - d;
      for (final int s : m.succ[j]) {
        hi = Math.min(hi, start[s] - d);
      }
      if (hi <= start[j]) {
        continue;
      }
      start[j] = profile.shiftRight(j, mode[j], start[j], hi);
    }
    // left justification: earliest start first, predecessors before successors on ties
    int last = 0;
    for (int j = 0; j < n; j++) {
      last = Math.max(last, start[j]);
    }
    sortByTime(m, start, last, bucket, order);
    int newSpan = 0;
    for (int k = 0; k < n; k++) {
      final int j = order[k];
      int es = m.release[j];
      for (final int q : m.pred[j]) {
        es = Math.max(es, start[q] + durs[q][mode[q]]);
      }
      if (es < start[j]) {
        start[j] = profile.shiftLeft(j, mode[j], start[j], es);
      }
      newSpan = Math.max(newSpan, start[j] + durs[j][mode[j]]);
    }
    return newSpan;
  }
}
