package io.airshield.formation.schedule;

/**
 * Resource usage per period against the time-varying capacities of a {@link Model}: the bookkeeping
 * under every schedule generation scheme here.
 *
 * <p>Kept as the remaining capacity per resource and period ({@code free[r][t]}, capacity minus
 * usage), so a fit test is one load and one compare; {@link #clear()} restores only the periods
 * touched since the last clear.
 */
final class Profile {
  private final Model m;

  /** Remaining capacity, free[r][t] = cap[r][t] - usage. */
  private final int[][] free;

  /** Periods at or after this one are untouched since the last clear. */
  private int touched;

  /**
   * Whether the packed form is used: at most {@link #LANES} resources, and every capacity and
   * demand below 2^15. Then period t holds all resources in one long, {@code pfree[t]}, a 16-bit
   * lane per resource with the remaining capacity plus a guard bit 2^15; subtracting the packed
   * demand clears the guard bit of exactly the lanes where the demand does not fit (no borrow
   * crosses lanes, as every lane stays at least 2^15 minus a demand below 2^15).
   */
  private final boolean packed;

  private final long[] pfree;
  private final long[] pcap;

  /** Packed demand per activity and mode. */
  private final long[][] pdem;

  private static final int LANES = 4;
  private static final long GUARD = 0x8000_8000_8000_8000L;

  Profile(final Model m) {
    this.m = m;
    boolean small = m.resources <= LANES;
    for (int r = 0; r < m.resources && small; r++) {
      for (final int c : m.cap[r]) {
        small &= c >= 0 && c < 0x8000;
      }
    }
    for (int j = 0; j < m.n && small; j++) {
      for (final int[] q : m.dem[j]) {
        for (final int x : q) {
          small &= x >= 0 && x < 0x8000;
        }
      }
    }
    this.packed = small;
    if (packed) {
      this.free = null;
      this.pcap = new long[m.horizon + 1];
      for (int t = 0; t <= m.horizon; t++) {
        long v = GUARD;
        for (int r = 0; r < m.resources; r++) {
          v |= (long) m.cap[r][t] << (16 * r);
        }
        pcap[t] = v;
      }
      this.pfree = pcap.clone();
      this.pdem = new long[m.n][];
      for (int j = 0; j < m.n; j++) {
        pdem[j] = new long[m.dem[j].length];
        for (int mo = 0; mo < m.dem[j].length; mo++) {
          long v = 0;
          for (int r = 0; r < m.resources; r++) {
            v |= (long) m.dem[j][mo][r] << (16 * r);
          }
          pdem[j][mo] = v;
        }
      }
    } else {
      this.pcap = null;
      this.pfree = null;
      this.pdem = null;
      this.free = new int[m.resources][];
      for (int r = 0; r < m.resources; r++) {
        free[r] = m.cap[r].clone();
      }
    }
  }

  void clear() {
    final int hw = touched;
    if (hw > 0) {
      if (packed) {
        System.arraycopy(pcap, 0, pfree, 0, hw);
      } else {
        for (int r = 0; r < free.length; r++) {
          System.arraycopy(m.cap[r], 0, free[r], 0, hw);
        }
      }
      touched = 0;
    }
  }

  /**
   * @return the latest period in [from, to) where packed demand q does not fit, or -1
   */
  private int conflictPacked(final long q, final int from, final int to) {
    final long[] f = pfree;
    for (int t = to - 1; t >= from; t--) {
      if (((f[t] - q) & GUARD) != GUARD) {
        return t;
      }
    }
    return -1;
  }

  /**
   * @return the earliest period in [from, to) where packed demand q does not fit, or -1
   */
  private int firstConflictPacked(final long q, final int from, final int to) {
    final long[] f = pfree;
    for (int t = from; t < to; t++) {
      if (((f[t] - q) & GUARD) != GUARD) {
        return t;
      }
    }
    return -1;
  }

  /** Subtracts packed demand q over [from, to) (q negative adds). */
  private void takePacked(final long q, final int from, final int to) {
    final long[] f = pfree;
    for (int t = from; t < to; t++) {
      f[t] -= q;
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
    if (packed) {
      return conflictPacked(pdem[j][mo], s, s + d);
    }
    final int[] q = m.dem[j][mo];
    final int e = s + d - 1;
    for (int r = 0; r < q.length; r++) {
      final int need = q[r];
      if (need == 0) {
        continue;
      }
      final int[] f = free[r];
      for (int t = e; t >= s; t--) {
        if (f[t] < need) {
          return t;
        }
      }
    }
    return -1;
  }

  /**
   * @return the earliest start at or after es where j fits, or -1 if none within the horizon
   */
  int earliest(final int j, final int mo, final int es) {
    int s = es;
    final int d = m.dur[j][mo];
    if (packed) {
      // the scan finds the latest conflict c of the window, so (c, end) fits: each period is
      // tested once
      final long q = pdem[j][mo];
      int lo = s;
      while (s + d <= m.horizon + 1) {
        final int c = conflictPacked(q, lo, s + d);
        if (c < 0) {
          return s;
        }
        lo = s + d;
        s = c + 1;
      }
      return -1;
    }
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
    if (packed) {
      // the forward scan finds the earliest conflict c of the window, so [s, c) fits
      final long q = pdem[j][mo];
      final int d = m.dur[j][mo];
      int top = s + d;
      while (s >= lo) {
        final int c = firstConflictPacked(q, s, top);
        if (c < 0) {
          return s;
        }
        top = s;
        s = c - d;
      }
      return -1;
    }
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

  /** A period in [from, to) where j in mode mo does not fit (found scanning backwards), or -1. */
  private int conflictIn(final int j, final int mo, final int from, final int to) {
    if (packed) {
      return conflictPacked(pdem[j][mo], from, to);
    }
    final int[] q = m.dem[j][mo];
    for (int r = 0; r < q.length; r++) {
      final int need = q[r];
      if (need == 0) {
        continue;
      }
      final int[] f = free[r];
      for (int t = to - 1; t >= from; t--) {
        if (f[t] < need) {
          return t;
        }
      }
    }
    return -1;
  }

  /**
   * Moves j (in mode mo, now at s0 and part of this profile, which must hold a feasible schedule)
   * to the latest start in [s0, hi] where it fits once taken out of its own place, the same start
   * {@code add(-1); latest(lo = s0); add(+1)} gives; only the periods that change are updated.
   *
   * @return the new start
   */
  int shiftRight(final int j, final int mo, final int s0, final int hi) {
    final int d = m.dur[j][mo];
    final int e0 = s0 + d;
    int s = Math.min(hi, m.horizon + 1 - d);
    if (packed) {
      final long q = pdem[j][mo];
      int top = s + d;
      while (s > s0) {
        final int c = firstConflictPacked(q, Math.max(s, e0), top);
        if (c < 0) {
          break;
        }
        top = s;
        s = c - d;
      }
      if (s <= s0) {
        return s0;
      }
      move(j, mo, s0, s, d);
      return s;
    }
    while (s > s0) {
      // j always fits where it runs now, so only [max(s, e0), s + d) can conflict
      final int c = conflictIn(j, mo, Math.max(s, e0), s + d);
      if (c < 0) {
        break;
      }
      s = c - d;
    }
    if (s <= s0) {
      return s0;
    }
    move(j, mo, s0, s, d);
    return s;
  }

  /**
   * Moves j (in mode mo, now at s0 and part of this profile, which must hold a feasible schedule)
   * to the earliest start at or after es (es at most s0) where it fits once taken out of its own
   * place, the start {@code add(-1); earliest(es); add(+1)} gives.
   *
   * @return the new start
   */
  int shiftLeft(final int j, final int mo, final int s0, final int es) {
    final int d = m.dur[j][mo];
    int s = es;
    if (packed) {
      final long q = pdem[j][mo];
      int lo = s;
      while (s < s0) {
        final int c = conflictPacked(q, lo, Math.min(s + d, s0));
        if (c < 0) {
          break;
        }
        lo = s + d;
        s = c + 1;
      }
      if (s >= s0) {
        return s0;
      }
      move(j, mo, s0, s, d);
      return s;
    }
    while (s < s0) {
      // only [s, min(s + d, s0)) can conflict
      final int c = conflictIn(j, mo, s, Math.min(s + d, s0));
      if (c < 0) {
        break;
      }
      s = c + 1;
    }
    if (s >= s0) {
      return s0;
    }
    move(j, mo, s0, s, d);
    return s;
  }

  /** Moves demand q running d periods from s0 to s1: updates the periods that differ. */
  private void move(final int j, final int mo, final int s0, final int s1, final int d) {
    final int e0 = s0 + d;
    final int e1 = s1 + d;
    // released: [s0, e0) minus [s1, e1); taken: [s1, e1) minus [s0, e0)
    final int relFrom;
    final int relTo;
    final int takeFrom;
    final int takeTo;
    if (s1 > s0) {
      relFrom = s0;
      relTo = Math.min(e0, s1);
      takeFrom = Math.max(s1, e0);
      takeTo = e1;
    } else {
      relFrom = Math.max(e1, s0);
      relTo = e0;
      takeFrom = s1;
      takeTo = Math.min(e1, s0);
    }
    if (e1 > touched) {
      touched = e1;
    }
    if (packed) {
      final long q = pdem[j][mo];
      takePacked(-q, relFrom, relTo);
      takePacked(q, takeFrom, takeTo);
      return;
    }
    final int[] q = m.dem[j][mo];
    for (int r = 0; r < q.length; r++) {
      final int need = q[r];
      if (need == 0) {
        continue;
      }
      final int[] f = free[r];
      for (int t = relFrom; t < relTo; t++) {
        f[t] += need;
      }
      for (int t = takeFrom; t < takeTo; t++) {
        f[t] -= need;
      }
    }
  }

  /**
   * @return whether j in mode mo fits in every period of [from, to)
   */
  boolean fitsRange(final int j, final int mo, final int from, final int to) {
    if (to > m.horizon + 1) {
      return false;
    }
    if (packed) {
      return conflictPacked(pdem[j][mo], from, to) < 0;
    }
    final int[] q = m.dem[j][mo];
    for (int r = 0; r < q.length; r++) {
      final int need = q[r];
      if (need == 0) {
        continue;
      }
      final int[] f = free[r];
      for (int t = from; t < to; t++) {
        if (f[t] < need) {
          return false;
        }
      }
    }
    return true;
  }

  /** Adds (sign 1) or removes (sign -1) the usage of j in mode mo over [from, to). */
  void addRange(final int j, final int mo, final int from, final int to, final int sign) {
    if (to > touched) {
      touched = to;
    }
    if (packed) {
      takePacked(sign > 0 ? pdem[j][mo] : -pdem[j][mo], from, to);
      return;
    }
    final int[] q = m.dem[j][mo];
    for (int r = 0; r < q.length; r++) {
      final int need = q[r] * sign;
      if (need == 0) {
        continue;
      }
      final int[] f = free[r];
      for (int t = from; t < to; t++) {
        f[t] -= need;
      }
    }
  }

  void add(final int j, final int mo, final int s, final int sign) {
    addRange(j, mo, s, s + m.dur[j][mo], sign);
  }
}
