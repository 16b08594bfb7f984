package io.airshield.formation.schedule;

/**
 * Resource usage per period against the time-varying capacities of a {@link Model}: the
 * bookkeeping under every schedule generation scheme here.
 */
final class Profile {
  private final Model m;
  private final int[][] used;

  Profile(final Model m) {
    this.m = m;
    this.used = new int[m.resources][m.horizon + 1];
  }

  void clear() {
    for (final int[] u : used) {
      java.util.Arrays.fill(u, 0);
    }
  }

  /**
   * @return the first period in [s, s+d) where activity j in mode mo does not fit, or -1
   */
  int conflict(final int j, final int mo, final int s) {
    final int d = m.dur[j][mo];
    if (s + d > m.horizon + 1) {
      return s;
    }
    final int[] q = m.dem[j][mo];
    for (int r = 0; r < m.resources; r++) {
      final int need = q[r];
      if (need == 0) {
        continue;
      }
      final int[] u = used[r];
      final int[] c = m.cap[r];
      for (int t = s + d - 1; t >= s; t--) {
        if (u[t] + need > c[t]) {
          return t;
        }
      }
    }
    return -1;
  }

  /** @return the earliest start at or after es where j fits, or -1 if none within the horizon */
  int earliest(final int j, final int mo, final int es) {
    int s = es;
    final int d = m.dur[j][mo];
    while (s + d <= m.horizon + 1) {
      final int c = conflict(j, mo, s);
      if (c < 0) {
        return s;
      }
      s = c + 1;
    }
    return -1;
  }

  /**
   * @return the latest start in [lo, hi] where j fits, or -1 if none
   */
  int latest(final int j, final int mo, final int lo, final int hi) {
    int s = Math.min(hi, m.horizon + 1 - m.dur[j][mo]);
    while (s >= lo) {
      final int c = conflict(j, mo, s);
      if (c < 0) {
        return s;
      }
      // the conflicting period must leave the window: start before it minus the duration
      s = c - m.dur[j][mo];
    }
    return -1;
  }

  /** @return whether j in mode mo fits in every period of [from, to) */
  boolean fitsRange(final int j, final int mo, final int from, final int to) {
    if (to > m.horizon + 1) {
      return false;
    }
    final int[] q = m.dem[j][mo];
    for (int r = 0; r < m.resources; r++) {
      final int need = q[r];
      if (need == 0) {
        continue;
      }
      final int[] u = used[r];
      final int[] c = m.cap[r];
      for (int t = from; t < to; t++) {
        if (u[t] + need > c[t]) {
          return false;
        }
      }
    }
    return true;
  }

  /** Adds (sign 1) or removes (sign -1) the usage of j in mode mo over [from, to). */
  void addRange(final int j, final int mo, final int from, final int to, final int sign) {
    final int[] q = m.dem[j][mo];
    for (int r = 0; r < m.resources; r++) {
      final int need = q[r] * sign;
      if (need == 0) {
        continue;
      }
      final int[] u = used[r];
      for (int t = from; t < to; t++) {
        u[t] += need;
      }
    }
  }

  void add(final int j, final int mo, final int s, final int sign) {
    final int d = m.dur[j][mo];
    final int[] q = m.dem[j][mo];
    for (int r = 0; r < m.resources; r++) {
      final int need = q[r] * sign;
      if (need == 0) {
        continue;
      }
      final int[] u = used[r];
      for (int t = s; t < s + d; t++) {
        u[t] += need;
      }
    }
  }
}
