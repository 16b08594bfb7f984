package io.airshield.formation.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link Project} compiled into flat arrays for the search: durations and demands per activity
 * and mode, predecessor and successor lists, a topological order, capacity per period up to a
 * horizon, and static critical-path heads and tails.
 *
 * <p>Validation lives here so every algorithm may assume a well-formed project: successor indices
 * in range, no precedence cycle, equal demand vector lengths, and every activity has at least one
 * mode whose demand fits the largest capacity the resource ever offers.
 */
final class Model {
  final int n;
  final int resources;
  final int[][] dur;

  /** demand[j][m][r]. */
  final int[][][] dem;

  final int[][] succ;
  final int[][] pred;
  final int[] release;
  final int[] deadline;
  final boolean hasDeadlines;
  final boolean singleMode;

  /** Activities in a topological order. */
  final int[] topo;

  /** Position of each activity in {@link #topo}. */
  final int[] rank;

  /** Shortest duration over the modes of each activity. */
  final int[] minDur;

  /** Capacity per period, cap[r][t], for t below {@link #horizon}; constant from there on. */
  final int[][] cap;

  final int[] maxCap;
  final boolean constantCapacity;

  /** A period count no feasible serial schedule exceeds (when each demand fits the tail). */
  final int horizon;

  /** Earliest start using shortest modes, precedences and release dates. */
  final int[] head;

  /** Longest path from the start of each activity to the end, shortest modes (incl. own). */
  final int[] tail;

  Model(final Project p) {
    final List<Activity> acts = p.activities();
    n = acts.size();
    resources = p.resources().size();
    dur = new int[n][];
    dem = new int[n][][];
    succ = new int[n][];
    release = new int[n];
    deadline = new int[n];
    minDur = new int[n];
    boolean dl = false;
    boolean sm = true;
    final List<List<Integer>> preds = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      preds.add(new ArrayList<>());
    }
    for (int j = 0; j < n; j++) {
      final Activity a = acts.get(j);
      final int modes = a.modes().size();
      sm &= modes == 1;
      dur[j] = new int[modes];
      dem[j] = new int[modes][];
      minDur[j] = Integer.MAX_VALUE;
      for (int m = 0; m < modes; m++) {
        final Mode mode = a.modes().get(m);
        dur[j][m] = mode.duration();
        dem[j][m] = mode.demand();
        if (dem[j][m].length != resources) {
          throw new IllegalArgumentException(
              "activity "
                  + a.name()
                  + " mode "
                  + (m + 1)
                  + " has "
                  + dem[j][m].length
                  + " demands for "
                  + resources
                  + " resources");
        }
        minDur[j] = Math.min(minDur[j], mode.duration());
      }
      succ[j] = new int[a.successors().size()];
      for (int k = 0; k < succ[j].length; k++) {
        final int s = a.successors().get(k);
        if (s < 0 || s >= n || s == j) {
          throw new IllegalArgumentException(
              "activity " + a.name() + " has an invalid successor index " + s);
        }
        succ[j][k] = s;
        preds.get(s).add(j);
      }
      release[j] = a.release();
      deadline[j] = a.deadline();
      dl |= a.deadline() != Activity.NO_DEADLINE;
    }
    hasDeadlines = dl;
    singleMode = sm;
    pred = new int[n][];
    for (int j = 0; j < n; j++) {
      pred[j] = preds.get(j).stream().mapToInt(Integer::intValue).toArray();
    }
    topo = topologicalOrder();
    rank = new int[n];
    for (int k = 0; k < n; k++) {
      rank[topo[k]] = k;
    }
    // horizon: after the last capacity step everything is constant; a serial SGS never starts
    // an activity later than the last step plus the sum of the longest durations.
    int lastStep = 0;
    maxCap = new int[resources];
    boolean constant = true;
    for (int r = 0; r < resources; r++) {
      final Resource res = p.resources().get(r);
      final int[] from = res.from();
      lastStep = Math.max(lastStep, from[from.length - 1]);
      constant &= Arrays.stream(res.capacity()).distinct().count() == 1;
      maxCap[r] = Arrays.stream(res.capacity()).max().orElse(0);
    }
    constantCapacity = constant;
    long h = lastStep;
    int maxRelease = 0;
    for (int j = 0; j < n; j++) {
      h += Arrays.stream(dur[j]).max().orElse(0);
      maxRelease = Math.max(maxRelease, release[j]);
    }
    h += maxRelease + 1;
    if (h > 50_000_000L) {
      throw new IllegalArgumentException("project horizon too long: " + h + " periods");
    }
    horizon = (int) h;
    cap = new int[resources][horizon + 1];
    for (int r = 0; r < resources; r++) {
      final Resource res = p.resources().get(r);
      final int[] from = res.from();
      final int[] c = res.capacity();
      for (int k = 0; k < from.length; k++) {
        final int end = k + 1 < from.length ? Math.min(from[k + 1], horizon + 1) : horizon + 1;
        if (from[k] <= horizon) {
          Arrays.fill(cap[r], from[k], end, c[k]);
        }
      }
    }
    for (int j = 0; j < n; j++) {
      boolean fits = false;
      for (int m = 0; m < dur[j].length && !fits; m++) {
        boolean ok = true;
        for (int r = 0; r < resources; r++) {
          ok &= dem[j][m][r] <= maxCap[r];
        }
        fits = ok;
      }
      if (!fits) {
        throw new IllegalArgumentException(
            "activity "
                + acts.get(j).name()
                + ": every mode demands more than some resource ever offers");
      }
    }
    head = new int[n];
    for (final int j : topo) {
      int h0 = release[j];
      for (final int q : pred[j]) {
        h0 = Math.max(h0, head[q] + minDur[q]);
      }
      head[j] = h0;
    }
    tail = new int[n];
    for (int k = n - 1; k >= 0; k--) {
      final int j = topo[k];
      int t = 0;
      for (final int s : succ[j]) {
        t = Math.max(t, tail[s]);
      }
      tail[j] = t + minDur[j];
    }
  }

  private int[] topologicalOrder() {
    final int[] indeg = new int[n];
    for (int j = 0; j < n; j++) {
      indeg[j] = pred[j].length;
    }
    final int[] order = new int[n];
    int end = 0;
    // smallest index first among ready activities: deterministic and keeps PSPLIB numbering
    final java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
    for (int j = 0; j < n; j++) {
      if (indeg[j] == 0) {
        ready.add(j);
      }
    }
    while (!ready.isEmpty()) {
      final int j = ready.poll();
      order[end++] = j;
      for (final int s : succ[j]) {
        if (--indeg[s] == 0) {
          ready.add(s);
        }
      }
    }
    if (end != n) {
      throw new IllegalArgumentException("the precedences contain a cycle");
    }
    return order;
  }

  /**
   * @return capacity of resource r at period t, for any t >= 0
   */
  int capAt(final int r, final int t) {
    return cap[r][Math.min(t, horizon)];
  }

  /**
   * @return the critical-path lower bound on the makespan (shortest modes, release dates)
   */
  int criticalPathBound() {
    int lb = 0;
    for (int j = 0; j < n; j++) {
      lb = Math.max(lb, head[j] + tail[j]);
    }
    return lb;
  }
}
