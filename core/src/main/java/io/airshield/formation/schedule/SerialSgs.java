package io.airshield.formation.schedule;

/**
 * The serial schedule generation scheme (Kelley 1963; Kolisch, "Serial and parallel
 * resource-constrained project scheduling methods revisited", EJOR 90 (1996) 320-333): take the
 * activities in list order and start each at the earliest period where its predecessors have
 * finished, its release date has passed and its mode fits the remaining capacity in every period it
 * runs. For constant capacities it generates exactly the active schedules, so the activity lists
 * span an optimal one; here it also honours the step-function capacities.
 */
final class SerialSgs {
  private final Model m;
  private final Profile profile;

  /** Finish of each activity decoded so far. */
  private final int[] finish;

  /** Schedules generated: calls of {@link #decode}, for checking a search's count. */
  private long runs;

  SerialSgs(final Model m) {
    this.m = m;
    this.profile = new Profile(m);
    this.finish = new int[m.n];
  }

  /**
   * @param list a precedence-feasible activity list
   * @param mode the mode of each activity
   * @param start receives the start of each activity
   * @return false if some activity found no start within the horizon (a mode that never fits)
   */
  boolean decode(final int[] list, final int[] mode, final int[] start) {
    runs++;
    profile.clear();
    final int[] fin = finish;
    for (final int j : list) {
      int es = m.release[j];
      for (final int q : m.pred[j]) {
        es = Math.max(es, fin[q]);
      }
      final int mo = mode[j];
      final int s = profile.earliest(j, mo, es);
      if (s < 0) {
        return false;
      }
      start[j] = s;
      fin[j] = s + m.dur[j][mo];
      profile.addRange(j, mo, s, fin[j], 1);
    }
    return true;
  }

  /**
   * @return how many times {@link #decode} ran
   */
  long runs() {
    return runs;
  }

  Profile profile() {
    return profile;
  }
}
