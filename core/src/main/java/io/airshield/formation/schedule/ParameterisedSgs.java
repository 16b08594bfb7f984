package io.airshield.formation.schedule;

/**
 * Parameterised active schedules, the decoder of Gonçalves, Mendes and Resende's random-key genetic
 * algorithms for project scheduling (Mendes, Gonçalves and Resende, "A random key based genetic
 * algorithm for the resource constrained project scheduling problem", Computers &amp; OR 36 (2009)
 * 92-109; Gonçalves, Resende and Mendes, J Heuristics 17 (2011) 467-486): at each step every
 * activity whose predecessors are all scheduled has an earliest feasible start (precedences,
 * release date, the capacity left); of those that can start within {@code delay} periods of the
 * earliest of these starts, the one with the smallest key is scheduled at its start. A delay of 0
 * gives non-delay schedules (the parallel scheme's), a delay at least the horizon gives the serial
 * scheme over the activities in key order (active schedules); in between, the schedules between the
 * two.
 *
 * <p>Each call of {@link #decode} is one schedule of the literature's count and is counted in
 * {@link #runs}.
 */
final class ParameterisedSgs {
  private final Model m;
  private final Profile profile;
  private final int[] finish;
  private final int[] left;
  private final int[] eligible;

  /** Earliest feasible start of each eligible activity, valid while the profile only grows. */
  private final int[] es;

  private long runs;

  ParameterisedSgs(final Model m) {
    this.m = m;
    this.profile = new Profile(m);
    this.finish = new int[m.n];
    this.left = new int[m.n];
    this.eligible = new int[m.n];
    this.es = new int[m.n];
  }

  /**
   * @param key the priority of each activity, smaller first; ties to the lower topological rank
   * @param delay how many periods after the earliest eligible start an activity may still start
   * @param mode the mode of each activity
   * @param start receives the start of each activity
   * @param list receives the activities in the order they were scheduled (precedence-feasible)
   * @return false if some activity found no start within the horizon
   */
  boolean decode(
      final double[] key, final int delay, final int[] mode, final int[] start, final int[] list) {
    runs++;
    profile.clear();
    final int n = m.n;
    int ne = 0;
    for (int j = 0; j < n; j++) {
      left[j] = m.pred[j].length;
      if (left[j] == 0) {
        eligible[ne++] = j;
        es[j] = m.release[j];
      }
    }
    for (int k = 0; k < n; k++) {
      // the profile only fills up, so each earliest start moves forward from where it was
      int tmin = Integer.MAX_VALUE;
      for (int e = 0; e < ne; e++) {
        final int j = eligible[e];
        final int s = profile.earliest(j, mode[j], es[j]);
        if (s < 0) {
          return false;
        }
        es[j] = s;
        tmin = Math.min(tmin, s);
      }
      final long limit = (long) tmin + delay;
      int pick = -1;
      for (int e = 0; e < ne; e++) {
        final int j = eligible[e];
        if (es[j] <= limit
            && (pick < 0
                || key[j] < key[eligible[pick]]
                || key[j] == key[eligible[pick]] && m.rank[j] < m.rank[eligible[pick]])) {
          pick = e;
        }
      }
      final int j = eligible[pick];
      eligible[pick] = eligible[--ne];
      final int s = es[j];
      start[j] = s;
      finish[j] = s + m.dur[j][mode[j]];
      list[k] = j;
      profile.addRange(j, mode[j], s, finish[j], 1);
      for (final int q : m.succ[j]) {
        if (--left[q] == 0) {
          int t = m.release[q];
          for (final int p : m.pred[q]) {
            t = Math.max(t, finish[p]);
          }
          es[q] = t;
          eligible[ne++] = q;
        }
      }
    }
    return true;
  }

  /**
   * @return how many times {@link #decode} ran
   */
  long runs() {
    return runs;
  }

  /**
   * @return the usage of the last schedule decoded
   */
  Profile profile() {
    return profile;
  }
}
