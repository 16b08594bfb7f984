package io.airshield.allocate;

import java.util.Arrays;

/**
 * Exact weapon-target assignment for small problems, in a reusable workspace that allocates nothing
 * once it has grown to the largest problem seen. It is what a campaign's command post calls several
 * times per replication; {@link WtaSolver} answers the same problems identically but builds a
 * {@link WtaProblem}, a search state and a solution each time.
 *
 * <p>The problem comes as the campaign holds it: {@code weapons} rows of kill probabilities {@code
 * p[k * targets + j]}, where consecutive equal rows are identical units of one type. Weapons may be
 * left unassigned. The answer is the one {@link WtaSolver} gives with weapons allowed unassigned
 * and the same exact limit: the greedy start by maximal marginal return (Ahuja et al. 2007, section
 * 4.1), the branch and bound over weapons in type order whose bound subtracts, for each type, what
 * its remaining units could take off on their own, the first strict minimum found, then the idle
 * weapons dropped. Every product and sum is taken in the same order as there, so the two agree to
 * the last bit ({@code SmallWtaWorkspaceTest} checks this on random problems).
 *
 * <p>Not thread-safe: one workspace per caller.
 */
public final class SmallWtaWorkspace {
  private int n;
  private int t;
  private int types;
  private double[] value = new double[0];
  private double[] kill = new double[0]; // [weapon * t + target], clamped to [0, 1]
  private int[] type = new int[0];
  private int[] firstOfType = new int[0];
  private int[] unitsOfType = new int[0];
  private double[] q = new double[0];
  private double[] vq = new double[0];
  private double[] qt = new double[0];
  private int[] cur = new int[0];
  private int[] liveWeapon = new int[0];
  private boolean[] idleType = new boolean[0];
  private int live;
  private int[] best = new int[0];
  private double bestObj;
  // greedy state: per target the weapons sent there, newest last
  private int[] sentTo = new int[0]; // [target * n + slot]
  private int[] deg = new int[0];
  private int[] nextUnit = new int[0];
  private int[] bestK = new int[0];
  private double[] bestG = new double[0];
  private int[] certain = new int[0];

  /**
   * Loads a problem, grouping consecutive equal rows into types.
   *
   * @param weapons number of weapons ({@code >= 1})
   * @param targets number of targets ({@code >= 1})
   * @param values target values, the first {@code targets} read
   * @param p kill probabilities {@code p[k * targets + j]}, clamped to [0, 1]
   * @return the search-space size, as {@link WtaSolver#searchSpace}
   */
  public long load(final int weapons, final int targets, final double[] values, final double[] p) {
    n = weapons;
    t = targets;
    grow();
    System.arraycopy(values, 0, value, 0, t);
    types = 0;
    for (int k = 0; k < n; k++) {
      addWeapon(k, k > 0 && sameRow(p, k - 1, k));
      for (int j = 0; j < t; j++) {
        kill[k * t + j] = Math.min(1, Math.max(0, p[k * t + j]));
      }
    }
    return searchSpace();
  }

  /**
   * Loads a problem with its types as they are ({@link WtaSolver}'s exact path, which must keep the
   * problem's own types even where two have equal rows).
   *
   * @param problem the problem, with at least one weapon and one target
   * @return the search-space size, as {@link WtaSolver#searchSpace}
   */
  long load(final WtaProblem problem) {
    n = problem.weaponCount();
    t = problem.targetCount();
    grow();
    for (int j = 0; j < t; j++) {
      value[j] = problem.value(j);
    }
    final int[] of = problem.weaponTypes();
    types = 0;
    for (int k = 0; k < n; k++) {
      addWeapon(k, k > 0 && of[k] == of[k - 1]);
      for (int j = 0; j < t; j++) {
        kill[k * t + j] = problem.kill(of[k], j);
      }
    }
    return searchSpace();
  }

  /**
   * The loaded problem as the solver takes it, weapons allowed unassigned: for a decision too large
   * to enumerate, which the solver's search answers instead.
   *
   * @return a new problem with the loaded types, kill probabilities and values
   */
  public WtaProblem problem() {
    final double[][] k = new double[types][t];
    final int[] units = new int[types];
    for (int i = 0; i < types; i++) {
      units[i] = unitsOfType[i];
      System.arraycopy(kill, firstOfType[i] * t, k[i], 0, t);
    }
    return WtaProblem.ofTypes(Arrays.copyOf(value, t), k, units).withAllowUnassigned(true);
  }

  /**
   * Solves the loaded problem exactly and leaves idle weapons unassigned.
   *
   * @param assignment output: each weapon's target, or -1 to leave it unassigned
   */
  public void solve(final int[] assignment) {
    enumerate(assignment);
    dropIdle();
    System.arraycopy(best, 0, assignment, 0, n);
  }

  /**
   * The exact optimum of the loaded problem with every weapon assigned: the greedy answer as the
   * first incumbent, then the branch and bound; the first strict minimum found wins.
   *
   * @param assignment output: each weapon's target
   */
  void enumerate(final int[] assignment) {
    greedy();
    bestObj = evaluate(best);
    Arrays.fill(q, 0, t, 1.0);
    double total = 0;
    for (int j = 0; j < t; j++) {
      total += value[j];
    }
    // a weapon that can kill nothing changes no leaf's value, so the first leaf of each value
    // has it at its first target: it is set there once and left out of the search
    live = 0;
    for (int i = 0; i < types; i++) {
      final int first = firstOfType[i];
      boolean idle = true;
      for (int j = 0; j < t && idle; j++) {
        idle = kill[first * t + j] == 0.0;
      }
      idleType[i] = idle;
      for (int w = first; w < first + unitsOfType[i]; w++) {
        cur[w] = 0;
        if (!idle) {
          liveWeapon[live++] = w;
        }
      }
    }
    search(0, total);
    System.arraycopy(best, 0, assignment, 0, n);
  }

  private void grow() {
    if (value.length < t) {
      value = new double[t];
      q = new double[t];
      vq = new double[t];
      qt = new double[t];
      deg = new int[t];
      certain = new int[t];
    }
    if (type.length < n) {
      type = new int[n];
      firstOfType = new int[n];
      unitsOfType = new int[n];
      cur = new int[n];
      liveWeapon = new int[n];
      idleType = new boolean[n];
      best = new int[n];
      nextUnit = new int[n];
      bestK = new int[n];
      bestG = new double[n];
    }
    if (kill.length < n * t) {
      kill = new double[n * t];
    }
    if (sentTo.length < n * t) {
      sentTo = new int[n * t];
    }
  }

  private boolean sameRow(final double[] p, final int a, final int b) {
    for (int j = 0; j < t; j++) {
      if (p[a * t + j] != p[b * t + j]) {
        return false;
      }
    }
    return true;
  }

  /** Weapon k joins the last type if it is like the weapon before it, else starts a new one. */
  private void addWeapon(final int k, final boolean sameAsPrevious) {
    if (sameAsPrevious) {
      type[k] = types - 1;
      unitsOfType[types - 1]++;
    } else {
      firstOfType[types] = k;
      unitsOfType[types] = 1;
      type[k] = types++;
    }
  }

  private long searchSpace() {
    return WtaSolver.searchSpace(t, unitsOfType, types);
  }

  /**
   * The greedy start alone, for tests that check the enumeration against a search with no bound.
   *
   * @param assignment output: each weapon's target
   */
  void greedyStart(final int[] assignment) {
    greedy();
    System.arraycopy(best, 0, assignment, 0, n);
  }

  /** Greedy by maximal marginal return, every weapon placed; the start of the enumeration. */
  private void greedy() {
    Arrays.fill(deg, 0, t, 0);
    for (int j = 0; j < t; j++) {
      vq[j] = value[j];
    }
    for (int i = 0; i < types; i++) {
      nextUnit[i] = firstOfType[i];
      scanBest(i);
    }
    for (int step = 0; step < n; step++) {
      int bi = -1;
      for (int i = 0; i < types; i++) {
        if (nextUnit[i] >= 0 && (bi < 0 || bestG[i] > bestG[bi])) {
          bi = i;
        }
      }
      final int w = nextUnit[bi];
      final int k = bestK[bi];
      best[w] = k;
      sentTo[k * n + deg[k]++] = w;
      // the survival product in the order the search state keeps it: newest weapon first
      double pre = 1.0;
      for (int s = deg[k] - 1; s >= 0; s--) {
        pre *= 1.0 - kill[sentTo[k * n + s] * t + k];
      }
      vq[k] = value[k] * pre;
      nextUnit[bi] = w + 1 < n && type[w + 1] == bi ? w + 1 : -1;
      for (int i = 0; i < types; i++) {
        if (bestK[i] == k && nextUnit[i] >= 0) {
          scanBest(i);
        }
      }
    }
  }

  private void scanBest(final int i) {
    final int w = nextUnit[i];
    int bk = 0;
    double bg = -1;
    for (int k = 0; k < t; k++) {
      final double g = vq[k] * kill[w * t + k];
      if (g > bg) {
        bg = g;
        bk = k;
      }
    }
    bestK[i] = bk;
    bestG[i] = vq[bk] * kill[w * t + bk];
  }

  /** The expected surviving value, summed with compensation as {@link WtaSolution#evaluate}. */
  private double evaluate(final int[] a) {
    Arrays.fill(q, 0, t, 1.0);
    for (int w = 0; w < n; w++) {
      final int j = a[w];
      if (j >= 0) {
        q[j] *= 1.0 - kill[w * t + j];
      }
    }
    double sum = 0.0;
    double c = 0.0;
    for (int j = 0; j < t; j++) {
      final double x = value[j] * q[j];
      final double s = sum + x;
      c += Math.abs(sum) >= Math.abs(x) ? (sum - s) + x : (x - s) + sum;
      sum = s;
    }
    return sum + c;
  }

  private void search(final int pos, final double partial) {
    if (pos == live) {
      double s = 0;
      for (int j = 0; j < t; j++) {
        s += value[j] * q[j];
      }
      if (s < bestObj) {
        bestObj = s;
        System.arraycopy(cur, 0, best, 0, n);
      }
      return;
    }
    // the most each run of one type's remaining units could gain on its own: units of one type
    // have one row, so the gains of m units at a target fall geometrically and the greedy by
    // marginal return is the run's own optimum; runs that share targets gain no more together
    // than apart, so the sum bounds what the rest of the weapons can take off
    final int w = liveWeapon[pos];
    double bound = partial;
    int u = w;
    while (u < n) {
      final int ty = type[u];
      final int end = firstOfType[ty] + unitsOfType[ty];
      if (idleType[ty]) {
        u = end;
        continue;
      }
      final int row = u * t;
      System.arraycopy(q, 0, qt, 0, t);
      for (int k = u; k < end; k++) {
        int bj = 0;
        double g = 0;
        for (int j = 0; j < t; j++) {
          final double gj = value[j] * qt[j] * kill[row + j];
          if (gj > g) {
            g = gj;
            bj = j;
          }
        }
        if (g <= 0) {
          break;
        }
        bound -= g;
        qt[bj] *= 1.0 - kill[row + bj];
      }
      u = end;
    }
    if (bound > bestObj * (1 + 1e-12)) {
      return;
    }
    final int from = w > 0 && type[w - 1] == type[w] ? cur[w - 1] : 0;
    final int row = w * t;
    for (int j = from; j < t; j++) {
      final double saved = q[j];
      final double p = kill[row + j];
      q[j] = saved * (1.0 - p);
      cur[w] = j;
      search(pos + 1, partial - value[j] * saved * p);
      q[j] = saved;
    }
  }

  /**
   * Leaves unassigned every weapon whose removal leaves the objective unchanged, as {@link
   * WtaSolver} does: kill probability 0, a target of value 0, or a target another weapon that stays
   * destroys for certain.
   */
  private void dropIdle() {
    Arrays.fill(certain, 0, t, 0);
    for (int w = 0; w < n; w++) {
      if (best[w] >= 0 && kill[w * t + best[w]] == 1.0) {
        certain[best[w]]++;
      }
    }
    for (int w = n - 1; w >= 0; w--) {
      final int j = best[w];
      if (j < 0) {
        continue;
      }
      final double p = kill[w * t + j];
      if (p == 0.0 || value[j] == 0.0 || (p == 1.0 ? certain[j] >= 2 : certain[j] >= 1)) {
        best[w] = -1;
        if (p == 1.0) {
          certain[j]--;
        }
      }
    }
  }
}
