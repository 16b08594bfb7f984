package io.airshield.formation.schedule;

import java.util.List;

/**
 * Brute force for tiny projects, independent of the scheduler's code: tries every mode and every
 * start period (in index order, precedences point forward) and checks capacity per period. Returns
 * the best total lateness and makespan, packed as lateness * 2^31 + makespan.
 */
final class Exhaustive {
  private final Project p;
  private final int n;
  private final int horizon;
  private final int[][] used;
  private final int[] start;
  private final int[] mode;
  private long best = Long.MAX_VALUE;

  Exhaustive(final Project p) {
    this.p = p;
    this.n = p.activities().size();
    int h = 0;
    for (final Resource r : p.resources()) {
      final int[] f = r.from();
      h = Math.max(h, f[f.length - 1]);
    }
    for (final Activity a : p.activities()) {
      h += a.modes().stream().mapToInt(Mode::duration).max().orElse(0) + a.release();
    }
    this.horizon = h + 1;
    this.used = new int[p.resources().size()][horizon + 10];
    this.start = new int[n];
    this.mode = new int[n];
  }

  long solve() {
    go(0, 0, 0);
    return best;
  }

  private void go(final int j, final long late, final int span) {
    if (((late << 31) | span) >= best) {
      return;
    }
    if (j == n) {
      best = (late << 31) | span;
      return;
    }
    final Activity a = p.activities().get(j);
    int es = a.release();
    for (int i = 0; i < j; i++) {
      if (p.activities().get(i).successors().contains(j)) {
        es = Math.max(es, start[i] + p.activities().get(i).modes().get(mode[i]).duration());
      }
    }
    for (int m = 0; m < a.modes().size(); m++) {
      final Mode md = a.modes().get(m);
      for (int s = es; s + md.duration() <= horizon; s++) {
        if (!fits(md, s)) {
          continue;
        }
        final int f = s + md.duration();
        final long l =
            late
                + (a.deadline() != Activity.NO_DEADLINE && f > a.deadline() ? f - a.deadline() : 0);
        start[j] = s;
        mode[j] = m;
        add(md, s, 1);
        go(j + 1, l, Math.max(span, f));
        add(md, s, -1);
      }
    }
  }

  private boolean fits(final Mode md, final int s) {
    final List<Resource> res = p.resources();
    for (int r = 0; r < res.size(); r++) {
      for (int t = s; t < s + md.duration(); t++) {
        if (used[r][t] + md.demandOf(r) > res.get(r).capacityAt(t)) {
          return false;
        }
      }
    }
    return true;
  }

  private void add(final Mode md, final int s, final int sign) {
    for (int r = 0; r < used.length; r++) {
      for (int t = s; t < s + md.duration(); t++) {
        used[r][t] += sign * md.demandOf(r);
      }
    }
  }
}
