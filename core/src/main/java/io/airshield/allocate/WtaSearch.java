package io.airshield.allocate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The mutable state of one heuristic search: who engages what, and per-target survival kept exact.
 * Package-private; {@link WtaSolver} drives it.
 *
 * <p>Survival products are never updated by division (which fails at p = 1 and drifts): when a
 * target's engagers change, its survival {@code q_j} and every engager's "survival without me"
 * {@code r_w} are recomputed from scratch with prefix and suffix products, in O(engagers).
 */
final class WtaSearch {
  private int n;
  private int t;
  private double[] value = new double[0];
  private int[] type = new int[0];
  private double[][] prow = new double[0][];

  /** Target of each weapon (its first {@link #weaponCount()} entries). */
  int[] tgt = new int[0];

  private int[] next = new int[0];
  private int[] prev = new int[0];
  private int[] head = new int[0];
  private int[] deg = new int[0];

  /** Survival probability of each target. */
  private double[] q = new double[0];

  /** v_j * q_j. */
  private double[] vq = new double[0];

  /** For each weapon, survival of its target if it were removed. */
  private double[] r = new double[0];

  private double obj;

  /**
   * Kill probabilities by target, then type ({@code pt[j * types + i]}), for the swap pass, which
   * reads one target's column for many weapons.
   */
  private double[] pt = new double[0];

  private int types;

  /** For each weapon, {@code value[tgt] * r}: its target's value at stake without it. */
  private double[] wr = new double[0];

  /** For each weapon, its kill probability at its target. */
  private double[] pOwn = new double[0];

  // scratch
  private double[] pre = new double[0];
  private int[] mem = new int[0];
  private int[] order = new int[0];

  /**
   * Most targets for the assignment move: its dense cost matrix has targets squared entries (2,000
   * is 32 MB); larger problems are searched by relocations and swaps alone.
   */
  static final int DENSE_LIMIT = 2000;

  /**
   * Most weapons for the swap pass, which looks at every pair of weapons (4,000 is 8 million pairs
   * a pass); larger problems are searched without swaps.
   */
  static final int SWAP_LIMIT = 4000;

  // scratch of the assignment neighbourhood: selected weapons, value at stake per target,
  // the dense cost matrix (grown on first use: greedy-only callers never need it), the solver
  // and its answer, and the targets before the move
  private int[] sel = new int[0];
  private double[] qb = new double[0];
  private double[] cost = new double[0];
  private final TypeAssignment lap = new TypeAssignment();
  private int[] rowMate = new int[0];
  private int[] oldT = new int[0];
  // the selected weapons grouped by type: each type's group (-1: none), each group's first weapon,
  // number of weapons and first place in the rows listed by group, and the group of each target
  private int[] groupOf = new int[0];
  private int[] groupWeapon = new int[0];
  private int[] supply = new int[0];
  private int[] groupStart = new int[0];
  private int[] byGroup = new int[0];
  private int[] colGroup = new int[0];

  /**
   * Each type's dual price in the last assignment move it took part in (index: type count, the "no
   * weapon" rows), the start of the next move's solve: the prices change little from move to move,
   * so the next solve starts with few rows short of columns.
   */
  private double[] typePrice = new double[0];

  private double[] groupPrice = new double[0];

  // scratch of the greedy completion: per type, its first weapon, its next free unit, its best
  // target and that target's gain
  private int[] firstOfType = new int[0];
  private int[] nextUnit = new int[0];
  private int[] bestK = new int[0];
  private double[] bestG = new double[0];

  /** An empty search, for {@link #reset}. */
  WtaSearch() {}

  WtaSearch(final WtaProblem problem) {
    reset(problem);
  }

  /**
   * Makes this the search of {@code problem}, its arrays grown if they are too small and kept
   * otherwise (so that a solver reusing one search allocates nothing once they have grown, issue
   * 15). The assignment is undefined until {@link #load} or {@link #complete}.
   *
   * @param problem the problem
   */
  void reset(final WtaProblem problem) {
    this.n = problem.weaponCount();
    this.t = problem.targetCount();
    if (value.length < t) {
      value = new double[t];
      head = new int[t];
      deg = new int[t];
      q = new double[t];
      vq = new double[t];
      sel = new int[t + 1];
      rowMate = new int[t];
      oldT = new int[t];
      groupWeapon = new int[t + 1];
      groupPrice = new double[t + 1];
      supply = new int[t + 1];
      groupStart = new int[t + 1];
      byGroup = new int[t];
      colGroup = new int[t];
      qb = new double[t];
    }
    for (int j = 0; j < t; j++) {
      value[j] = problem.value(j);
    }
    if (type.length < n) {
      type = new int[n];
      prow = new double[n][];
      tgt = new int[n];
      next = new int[n];
      prev = new int[n];
      r = new double[n];
      wr = new double[n];
      pOwn = new double[n];
      pre = new double[n + 1];
      mem = new int[n];
      order = new int[n];
      firstOfType = new int[n];
      nextUnit = new int[n];
      bestK = new int[n];
      bestG = new double[n];
    }
    if (groupOf.length < problem.typeCount()) {
      groupOf = new int[problem.typeCount()];
      typePrice = new double[problem.typeCount() + 1];
    }
    Arrays.fill(groupOf, -1);
    Arrays.fill(typePrice, 0.0);
    int w = 0;
    for (int i = 0; i < problem.typeCount(); i++) {
      final double[] row = problem.killRow(i);
      for (int u = problem.units(i); u > 0; u--) {
        type[w] = i;
        prow[w++] = row;
      }
    }
    // no reference to an earlier problem's rows is kept
    Arrays.fill(prow, n, prow.length, null);
    types = problem.typeCount();
    if (n <= SWAP_LIMIT) {
      if (pt.length < types * t) {
        pt = new double[types * t];
      }
      for (int i = 0; i < types; i++) {
        final double[] row = problem.killRow(i);
        for (int j = 0; j < t; j++) {
          pt[j * types + i] = row[j];
        }
      }
    }
  }

  double objective() {
    return obj;
  }

  /** Loads an assignment (every weapon assigned) and recomputes everything. */
  void load(final int[] assignment) {
    Arrays.fill(head, -1);
    Arrays.fill(deg, 0);
    for (int w = 0; w < n; w++) {
      tgt[w] = assignment[w];
      link(w, assignment[w]);
    }
    for (int j = 0; j < t; j++) {
      refresh(j);
    }
    recomputeObjective();
  }

  void recomputeObjective() {
    double s = 0;
    for (int j = 0; j < t; j++) {
      s += vq[j];
    }
    obj = s;
  }

  private void link(final int w, final int j) {
    final int h = head[j];
    next[w] = h;
    prev[w] = -1;
    if (h >= 0) {
      prev[h] = w;
    }
    head[j] = w;
    deg[j]++;
    pOwn[w] = prow[w][j];
  }

  private void unlink(final int w, final int j) {
    final int a = prev[w];
    final int b = next[w];
    if (a >= 0) {
      next[a] = b;
    } else {
      head[j] = b;
    }
    if (b >= 0) {
      prev[b] = a;
    }
    deg[j]--;
  }

  /** Recomputes q_j, vq_j and r_w for target j's engagers, exactly, from scratch. */
  private void refresh(final int j) {
    int m = 0;
    pre[0] = 1.0;
    for (int w = head[j]; w >= 0; w = next[w]) {
      mem[m] = w;
      pre[m + 1] = pre[m] * (1.0 - prow[w][j]);
      m++;
    }
    q[j] = pre[m];
    vq[j] = value[j] * pre[m];
    double suf = 1.0;
    for (int i = m - 1; i >= 0; i--) {
      r[mem[i]] = pre[i] * suf;
      wr[mem[i]] = value[j] * r[mem[i]];
      suf *= 1.0 - prow[mem[i]][j];
    }
  }

  /** Moves weapon w to target k (k differs from its target). */
  void move(final int w, final int k) {
    final int j = tgt[w];
    final double before = vq[j] + vq[k];
    unlink(w, j);
    link(w, k);
    tgt[w] = k;
    refresh(j);
    refresh(k);
    obj += vq[j] + vq[k] - before;
  }

  /** Swaps the targets of weapons a and b (at different targets). */
  void swap(final int a, final int b) {
    final int j = tgt[a];
    final int k = tgt[b];
    final double before = vq[j] + vq[k];
    unlink(a, j);
    unlink(b, k);
    link(a, k);
    link(b, j);
    tgt[a] = k;
    tgt[b] = j;
    refresh(j);
    refresh(k);
    obj += vq[j] + vq[k] - before;
  }

  /** The greedy assignment from nothing: {@link #complete} with every weapon free. */
  void greedy() {
    complete(null);
  }

  /**
   * Greedy by maximal marginal return (as in Ahuja et al. 2007, section 4.1), from a partial
   * assignment: the weapons {@code placed} gives a target stay there; then, repeatedly, the next
   * free unit of some type goes to the target where it removes the most expected surviving value.
   * Types' best targets are cached; only the types whose best target just changed are rescanned (a
   * target's marginal returns only shrink as it is engaged more).
   *
   * @param placed for each weapon its target, or {@link WtaSolution#UNASSIGNED} if free; null:
   *     every weapon free
   */
  void complete(final int[] placed) {
    Arrays.fill(head, -1);
    Arrays.fill(deg, 0);
    int free = 0;
    for (int w = 0; w < n; w++) {
      if (placed != null && placed[w] >= 0) {
        tgt[w] = placed[w];
        link(w, placed[w]);
      } else {
        tgt[w] = WtaSolution.UNASSIGNED;
        free++;
      }
    }
    for (int j = 0; j < t; j++) {
      refresh(j);
    }
    // per type, its first weapon and its next free unit (-1: none left)
    int types = 0;
    for (int w = 0; w < n; w++) {
      if (w == 0 || type[w] != type[w - 1]) {
        firstOfType[types++] = w;
      }
    }
    for (int i = 0; i < types; i++) {
      nextUnit[i] = nextFree(firstOfType[i], type[firstOfType[i]]);
      if (nextUnit[i] >= 0) {
        scanBest(i, nextUnit[i]);
      }
    }
    for (int step = 0; step < free; step++) {
      int bi = -1;
      for (int i = 0; i < types; i++) {
        if (nextUnit[i] >= 0 && (bi < 0 || bestG[i] > bestG[bi])) {
          bi = i;
        }
      }
      final int w = nextUnit[bi];
      final int k = bestK[bi];
      tgt[w] = k;
      link(w, k);
      refresh(k);
      nextUnit[bi] = nextFree(w + 1, type[w]);
      for (int i = 0; i < types; i++) {
        if (bestK[i] == k && nextUnit[i] >= 0) {
          scanBest(i, nextUnit[i]);
        }
      }
    }
    for (int j = 0; j < t; j++) {
      refresh(j);
    }
    recomputeObjective();
  }

  /**
   * @return the first free weapon of type {@code ty} from {@code from} on (weapons are grouped by
   *     type), or -1
   */
  private int nextFree(final int from, final int ty) {
    for (int u = from; u < n && type[u] == ty; u++) {
      if (tgt[u] == WtaSolution.UNASSIGNED) {
        return u;
      }
    }
    return -1;
  }

  private void scanBest(final int i, final int w) {
    final int bk = bestTarget(w);
    bestK[i] = bk;
    bestG[i] = vq[bk] * prow[w][bk];
  }

  /**
   * @return the target where weapon w now removes the most surviving value (first of ties)
   */
  private int bestTarget(final int w) {
    final double[] p = prow[w];
    int bk = 0;
    double bg = -1;
    for (int k = 0; k < t; k++) {
      final double g = vq[k] * p[k];
      if (g > bg) {
        bg = g;
        bk = k;
      }
    }
    return bk;
  }

  /**
   * @return the surviving value weapon w's removal would add back (its target's value times the
   *     survival without it times its kill probability), kept exact by {@link #refresh}
   */
  private double removalLoss(final int w) {
    final int j = tgt[w];
    return value[j] * r[w] * prow[w][j];
  }

  /**
   * What a unit of each type is worth where the current assignment puts it: the mean of its units'
   * {@link #removalLoss}.
   *
   * @param types the problem's type count
   * @return per type, 0 for a type without units
   */
  double[] unitWorth(final int types) {
    final double[] worth = new double[types];
    final int[] count = new int[types];
    for (int w = 0; w < n; w++) {
      worth[type[w]] += removalLoss(w);
      count[type[w]]++;
    }
    for (int i = 0; i < types; i++) {
      if (count[i] > 0) {
        worth[i] /= count[i];
      }
    }
    return worth;
  }

  private double eps() {
    return Math.max(obj * 1e-12, Double.MIN_NORMAL);
  }

  /**
   * One pass of relocations: each weapon, in turn, moves to its best other target if that lowers
   * the objective.
   *
   * @return whether anything improved
   */
  boolean movePass() {
    boolean improved = false;
    final double eps = eps();
    for (int w = 0; w < n; w++) {
      final int j = tgt[w];
      final double[] p = prow[w];
      final double loss = removalLoss(w);
      int bk = -1;
      double bg = loss + eps;
      for (int k = 0; k < t; k++) {
        final double g = vq[k] * p[k];
        if (g > bg && k != j) {
          bg = g;
          bk = k;
        }
      }
      if (bk >= 0) {
        move(w, bk);
        improved = true;
      }
    }
    return improved;
  }

  /**
   * One pass of swaps between weapons of different types at different targets; for each first
   * weapon, the best swap partner. Skipped above {@link #SWAP_LIMIT} weapons.
   *
   * @return whether anything improved
   */
  boolean swapPass() {
    if (n > SWAP_LIMIT) {
      return false;
    }
    boolean improved = false;
    final double eps = eps();
    for (int a = 0; a < n; a++) {
      final int ta = type[a];
      final double[] pa = prow[a];
      int bb = -1;
      double bd = -eps;
      final int j = tgt[a];
      final double vr = value[j] * r[a];
      final double paj = pa[j];
      final int column = j * types;
      for (int b = a + 1; b < n; b++) {
        final int k = tgt[b];
        if (k == j || type[b] == ta) {
          continue;
        }
        // vr (pa[j] - pb[j]) + value[k] r[b] (pb[k] - pa[k]), from cached factors
        final double d = vr * (paj - pt[column + type[b]]) + wr[b] * (pOwn[b] - pa[k]);
        if (d < bd) {
          bd = d;
          bb = b;
        }
      }
      if (bb >= 0) {
        swap(a, bb);
        improved = true;
      }
    }
    return improved;
  }

  /**
   * The assignment-based very large-scale neighbourhood (after Ahuja et al. 2007, section 5): take
   * out one weapon, chosen at random, from every engaged target, then put them all back at once by
   * an optimal assignment in which each target receives at most one of them. Under that rule the
   * change in the objective is linear in the choices, so it is an assignment problem: rows are the
   * weapons taken out (made square with rows of cost 0, "no weapon arrives", when fewer weapons
   * than targets), columns the targets, and the cost of a weapon at a target minus the value it
   * would destroy there. It is solved exactly on the dense matrix, one row per weapon type (weapons
   * of a type have identical rows), by {@link TypeAssignment}; skipped above {@link #DENSE_LIMIT}
   * targets. The current assignment is in the neighbourhood, so the objective never rises; the
   * result is evaluated exactly and kept only if it improves.
   *
   * @param rnd random source for which weapons are taken out
   * @return whether the objective fell
   */
  boolean assignmentMove(final SplittableRandom rnd) {
    if (t > DENSE_LIMIT) {
      return false;
    }
    int m = 0;
    for (int j = 0; j < t; j++) {
      if (deg[j] > 0) {
        int w = head[j];
        int pick = rnd.nextInt(deg[j]);
        while (pick-- > 0) {
          w = next[w];
        }
        sel[m++] = w;
      }
    }
    if (m < 2) {
      return false;
    }
    final double before = obj;
    // base survival without the selected weapons, and the value at stake at each target
    System.arraycopy(q, 0, qb, 0, t);
    for (int i = 0; i < m; i++) {
      final int w = sel[i];
      qb[tgt[w]] = r[w];
    }
    for (int c = 0; c < t; c++) {
      qb[c] *= value[c];
    }
    solveByType(m);
    // apply, then check exactly
    boolean changed = false;
    for (int i = 0; i < m; i++) {
      final int w = sel[i];
      oldT[i] = tgt[w];
      if (rowMate[i] != tgt[w]) {
        changed = true;
      }
    }
    if (!changed) {
      return false;
    }
    for (int i = 0; i < m; i++) {
      unlink(sel[i], tgt[sel[i]]);
    }
    for (int i = 0; i < m; i++) {
      final int to = rowMate[i];
      tgt[sel[i]] = to;
      link(sel[i], to);
    }
    for (int j = 0; j < t; j++) {
      refresh(j);
    }
    recomputeObjective();
    if (obj < before - eps()) {
      return true;
    }
    for (int i = 0; i < m; i++) {
      unlink(sel[i], tgt[sel[i]]);
    }
    for (int i = 0; i < m; i++) {
      tgt[sel[i]] = oldT[i];
      link(sel[i], oldT[i]);
    }
    for (int j = 0; j < t; j++) {
      refresh(j);
    }
    recomputeObjective();
    return false;
  }

  /**
   * The assignment of the move: {@code rowMate[i]} for each of the {@code m} selected weapons, from
   * {@code qb}. The weapons are grouped by type in order of first appearance (plus, when fewer
   * weapons than targets, one group of "no weapon" rows of cost 0), the grouped problem is solved
   * by {@link TypeAssignment}; then a weapon whose type keeps its target stays there, and each
   * group's other targets go to its other weapons in increasing order of both: a canonical choice
   * among the equal-cost permutations of identical weapons, which moves no weapon needlessly.
   *
   * @param m the number of selected weapons, {@code sel[0..m)}
   */
  private void solveByType(final int m) {
    int groups = 0;
    for (int i = 0; i < m; i++) {
      final int ty = type[sel[i]];
      if (groupOf[ty] < 0) {
        groupOf[ty] = groups;
        groupWeapon[groups] = sel[i];
        supply[groups++] = 0;
      }
      supply[groupOf[ty]]++;
    }
    final int weaponGroups = groups;
    if (m < t) {
      supply[groups++] = t - m;
    }
    if (cost.length < groups * t) {
      cost = new double[t * (t + 1)];
    }
    // each group's cost row, from its type's kill probabilities; the rows listed by group, each in
    // increasing order
    int place = 0;
    for (int g = 0; g < weaponGroups; g++) {
      groupStart[g] = place;
      place += supply[g];
      final double[] p = prow[groupWeapon[g]];
      final int base = g * t;
      for (int c = 0; c < t; c++) {
        cost[base + c] = -qb[c] * p[c];
      }
    }
    if (m < t) {
      Arrays.fill(cost, weaponGroups * t, groups * t, 0.0);
    }
    for (int i = 0; i < m; i++) {
      final int g = groupOf[type[sel[i]]];
      byGroup[groupStart[g]++] = i;
    }
    for (int g = 0; g < weaponGroups; g++) {
      groupPrice[g] = typePrice[type[groupWeapon[g]]];
    }
    if (m < t) {
      groupPrice[weaponGroups] = typePrice[types];
    }
    lap.solve(groups, t, cost, supply, colGroup, groupPrice);
    for (int g = 0; g < weaponGroups; g++) {
      typePrice[type[groupWeapon[g]]] = groupPrice[g];
    }
    if (m < t) {
      typePrice[types] = groupPrice[weaponGroups];
    }
    // a weapon whose type keeps its target stays there (its target marked as handed out)
    Arrays.fill(rowMate, 0, m, -1);
    for (int i = 0; i < m; i++) {
      final int c = tgt[sel[i]];
      if (colGroup[c] == groupOf[type[sel[i]]]) {
        rowMate[i] = c;
        colGroup[c] = groups;
      }
    }
    // groupStart now marks each group's end: rewind it, then hand out each group's other targets
    // to its other weapons, both in increasing order
    for (int g = 0; g < weaponGroups; g++) {
      groupStart[g] -= supply[g];
    }
    for (int c = 0; c < t; c++) {
      final int g = colGroup[c];
      if (g < weaponGroups) {
        int i = byGroup[groupStart[g]++];
        while (rowMate[i] >= 0) {
          i = byGroup[groupStart[g]++];
        }
        rowMate[i] = c;
      }
    }
    for (int g = 0; g < weaponGroups; g++) {
      groupOf[type[groupWeapon[g]]] = -1;
    }
  }

  /**
   * Consecutive assignment moves without improvement before {@link #improve} ends: one, since a
   * second rarely finds what the first missed, and the time is better spent on more local optima
   * for {@link SetPartitionRecombination} to combine.
   */
  private static final int FAILS = 1;

  /**
   * Local search to a local optimum of relocations and swaps, then assignment moves (each followed
   * by the local search again) until {@link #FAILS} in a row find nothing.
   *
   * @param rnd random source of the assignment moves
   */
  void improve(final SplittableRandom rnd) {
    int fails = 0;
    while (true) {
      localSearch();
      if (fails >= FAILS) {
        return;
      }
      if (assignmentMove(rnd)) {
        fails = 0;
      } else {
        ++fails;
      }
    }
  }

  /** Local search to a local optimum of relocations and swaps. */
  void localSearch() {
    boolean again = true;
    while (again) {
      while (movePass()) {
        // repeat
      }
      again = swapPass();
    }
  }

  /**
   * Ruin and recreate: take out {@code k} random weapons and put each back, in random order, where
   * it removes the most expected surviving value.
   */
  void ruinRecreate(final SplittableRandom rnd, final int k) {
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    final int kk = Math.min(k, n);
    for (int i = 0; i < kk; i++) {
      final int s = i + rnd.nextInt(n - i);
      final int tmp = order[i];
      order[i] = order[s];
      order[s] = tmp;
    }
    // remove: unlink and refresh affected targets
    for (int i = 0; i < kk; i++) {
      final int w = order[i];
      unlink(w, tgt[w]);
      refresh(tgt[w]);
    }
    for (int i = 0; i < kk; i++) {
      final int w = order[i];
      final int bk = bestTarget(w);
      tgt[w] = bk;
      link(w, bk);
      refresh(bk);
    }
    recomputeObjective();
  }

  /** Moves k random weapons to random other targets. */
  void kick(final SplittableRandom rnd, final int k) {
    if (t < 2) {
      return;
    }
    for (int i = 0; i < k; i++) {
      final int w = rnd.nextInt(n);
      int to = rnd.nextInt(t - 1);
      if (to >= tgt[w]) {
        to++;
      }
      move(w, to);
    }
  }

  int weaponCount() {
    return n;
  }
}
