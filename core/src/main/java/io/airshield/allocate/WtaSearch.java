package io.airshield.allocate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The mutable state of one heuristic search: who engages what, and per-target survival kept
 * exact. Package-private; {@link WtaSolver} drives it.
 *
 * <p>Survival products are never updated by division (which fails at p = 1 and drifts): when a
 * target's engagers change, its survival {@code q_j} and every engager's "survival without me"
 * {@code r_w} are recomputed from scratch with prefix and suffix products, in O(engagers).
 */
final class WtaSearch {
  private final int n;
  private final int t;
  private final double[] value;
  private final int[] type;
  private final double[][] prow;

  /** Target of each weapon. */
  final int[] tgt;
  private final int[] next;
  private final int[] prev;
  private final int[] head;
  private final int[] deg;
  /** Survival probability of each target. */
  private final double[] q;
  /** v_j * q_j. */
  private final double[] vq;
  /** For each weapon, survival of its target if it were removed. */
  private final double[] r;
  private double obj;

  // scratch
  private final double[] pre;
  private final int[] mem;
  private final int[] order;

  // scratch of the assignment neighbourhood: selected weapons, potentials (hu rows, hv
  // columns), Dijkstra labels (hmin, hused, hway), candidate lists (acol, acost, arank), matching
  private final int[] sel;
  private final double[] hu;
  private final double[] hv;
  private final int[] hway;
  private final double[] hmin;
  private final boolean[] hused;
  private final double[] qb;
  private final int[] touched;
  private final double[] colMin;
  private final int[] alen;
  private int[] acol;
  private double[] acost;
  private double[] arank;
  private final int[] colMate;
  private final int[] rowMate;
  private final int[] oldT;
  private final int[] done;
  private double[] heapKey;
  private int[] heapCol;
  private int heapSize;
  /** Most dummy rows added to make an assignment subproblem square. */
  static final int DUMMY_LIMIT = 32;
  /** Whether {@code hv} holds the column potentials of a previous square solve. */
  private boolean warm;
  /** Candidate targets per weapon in each of the two ranked lists of the assignment move. */
  static final int CANDIDATES = 24;
  private final int cand = CANDIDATES;

  WtaSearch(final WtaProblem problem) {
    this.n = problem.weaponCount();
    this.t = problem.targetCount();
    this.value = problem.values();
    this.type = problem.weaponTypes();
    this.prow = new double[n][];
    for (int w = 0; w < n; w++) {
      prow[w] = problem.killRow(type[w]);
    }
    tgt = new int[n];
    next = new int[n];
    prev = new int[n];
    head = new int[t];
    deg = new int[t];
    q = new double[t];
    vq = new double[t];
    r = new double[n];
    pre = new double[n + 1];
    mem = new int[n];
    order = new int[n];
    sel = new int[t + 1];
    hu = new double[t + 1];
    hv = new double[t + 1];
    hway = new int[t + 1];
    hmin = new double[t + 1];
    Arrays.fill(hmin, Double.POSITIVE_INFINITY);
    hused = new boolean[t + 1];
    touched = new int[t + 1];
    colMin = new double[t];
    alen = new int[t];
    // candidate lists and heap grow on first use (greedy-only callers never need them)
    acol = new int[0];
    acost = new double[0];
    arank = new double[0];
    colMate = new int[t];
    rowMate = new int[t];
    oldT = new int[t];
    done = new int[t];
    heapKey = new double[0];
    heapCol = new int[0];
    qb = new double[t];
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

  /**
   * Greedy by maximal marginal return (as in Ahuja et al. 2007, section 4.1): repeatedly gives
   * the next unit of some type to the target where it removes the most expected surviving
   * value. Types' best targets are cached; only the types whose best target just changed are
   * rescanned.
   */
  void greedy() {
    Arrays.fill(head, -1);
    Arrays.fill(deg, 0);
    for (int j = 0; j < t; j++) {
      q[j] = 1.0;
      vq[j] = value[j];
    }
    // weapon w: the next unit of its type is the first unassigned w of that type
    final int[] firstOfType = new int[n];
    int types = 0;
    for (int w = 0; w < n; w++) {
      if (w == 0 || type[w] != type[w - 1]) {
        firstOfType[types++] = w;
      }
    }
    final int[] nextUnit = Arrays.copyOf(firstOfType, types);
    final int[] bestK = new int[types];
    final double[] bestG = new double[types];
    for (int i = 0; i < types; i++) {
      scanBest(i, nextUnit[i], bestK, bestG);
    }
    for (int step = 0; step < n; step++) {
      int bi = -1;
      for (int i = 0; i < types; i++) {
        if (nextUnit[i] < n && type[nextUnit[i]] == type[firstOfType[i]]
            && (bi < 0 || bestG[i] > bestG[bi])) {
          bi = i;
        }
      }
      final int w = nextUnit[bi];
      final int k = bestK[bi];
      tgt[w] = k;
      link(w, k);
      refresh(k);
      nextUnit[bi]++;
      for (int i = 0; i < types; i++) {
        if (bestK[i] == k && nextUnit[i] < n && type[nextUnit[i]] == type[firstOfType[i]]) {
          scanBest(i, nextUnit[i], bestK, bestG);
        }
      }
    }
    for (int j = 0; j < t; j++) {
      refresh(j);
    }
    recomputeObjective();
  }

  private void scanBest(final int i, final int w, final int[] bestK, final double[] bestG) {
    final int bk = bestTarget(w);
    bestK[i] = bk;
    bestG[i] = vq[bk] * prow[w][bk];
  }

  /** @return the target where weapon w now removes the most surviving value (first of ties) */
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

  private double eps() {
    return Math.max(obj * 1e-12, Double.MIN_NORMAL);
  }

  /**
   * One pass of relocations: each weapon, in turn, moves to its best other target if that
   * lowers the objective.
   *
   * @return whether anything improved
   */
  boolean movePass() {
    boolean improved = false;
    final double eps = eps();
    for (int w = 0; w < n; w++) {
      final int j = tgt[w];
      final double[] p = prow[w];
      final double loss = value[j] * r[w] * p[j];
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
   * weapon, the best swap partner.
   *
   * @return whether anything improved
   */
  boolean swapPass() {
    boolean improved = false;
    final double eps = eps();
    for (int a = 0; a < n; a++) {
      final int ta = type[a];
      final double[] pa = prow[a];
      int bb = -1;
      double bd = -eps;
      int j = tgt[a];
      double vr = value[j] * r[a];
      for (int b = a + 1; b < n; b++) {
        final int k = tgt[b];
        if (k == j || type[b] == ta) {
          continue;
        }
        final double[] pb = prow[b];
        final double d = vr * (pa[j] - pb[j]) + value[k] * r[b] * (pb[k] - pa[k]);
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
   * The assignment-based very large-scale neighbourhood (after Ahuja et al. 2007, section 5):
   * take out one weapon, chosen at random, from every engaged target, then put them all back at
   * once by an optimal assignment in which each target receives at most one of them. Under
   * that rule the change in the objective is linear in the choices, so it is a rectangular
   * assignment problem, solved exactly on candidate lists by successive shortest augmenting
   * paths (Hungarian method with Dijkstra and potentials; Kuhn 1955, Jonker and Volgenant
   * 1987). The current assignment is in the neighbourhood, so the objective never rises; the
   * result is evaluated exactly and kept only if it improves.
   *
   * @param rnd random source for which weapons are taken out
   * @return whether the objective fell
   */
  boolean assignmentMove(final SplittableRandom rnd) {
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
    // base survival without the selected weapons
    System.arraycopy(q, 0, qb, 0, t);
    for (int i = 0; i < m; i++) {
      final int w = sel[i];
      qb[tgt[w]] = r[w];
    }
    final int cols = t;
    // candidates of each weapon: its own target, and the best by cost reduced by the column
    // minimum (square problems need few; free columns need more, since a weapon's best free
    // column may rank low against the column minimum)
    final int half = Math.min(cols, cand);
    final int width = 2 * half + 1;
    if (acol.length < m * width) {
      acol = new int[m * width];
      acost = new double[m * width];
      arank = new double[m * width];
      heapKey = new double[m * width + 1];
      heapCol = new int[m * width + 1];
    }
    Arrays.fill(colMin, 0, cols, 0.0);
    for (int i = 0; i < m; i++) {
      final double[] p = prow[sel[i]];
      for (int c = 0; c < cols; c++) {
        final double cost = colCost(c, p);
        if (cost < colMin[c]) {
          colMin[c] = cost;
        }
      }
    }
    for (int i = 0; i < m; i++) {
      final int w = sel[i];
      final double[] p = prow[w];
      final int base = i * width;
      // list 1 at [base, base + half): best by cost reduced by the column minimum (where this
      // weapon is nearly the best); list 2 at [base + half, base + 2 half): best by cost itself
      int len1 = 0;
      int len2 = 0;
      final int b2 = base + half;
      for (int c = 0; c < cols; c++) {
        final double cost = colCost(c, p);
        final double rank = cost - colMin[c];
        if (len1 < half || rank < arank[base + len1 - 1]) {
          int x = len1 < half ? len1++ : len1 - 1;
          while (x > 0 && arank[base + x - 1] > rank) {
            arank[base + x] = arank[base + x - 1];
            acol[base + x] = acol[base + x - 1];
            x--;
          }
          arank[base + x] = rank;
          acol[base + x] = c;
        }
        if (len2 < half || cost < arank[b2 + len2 - 1]) {
          int x = len2 < half ? len2++ : len2 - 1;
          while (x > 0 && arank[b2 + x - 1] > cost) {
            arank[b2 + x] = arank[b2 + x - 1];
            acol[b2 + x] = acol[b2 + x - 1];
            x--;
          }
          arank[b2 + x] = cost;
          acol[b2 + x] = c;
        }
      }
      // merge: list 1, then list 2's columns not already present, then the own target
      int len = len1;
      for (int y = 0; y < len2; y++) {
        final int c = acol[b2 + y];
        boolean dup = false;
        for (int x = 0; x < len1; x++) {
          if (acol[base + x] == c) {
            dup = true;
            break;
          }
        }
        if (!dup) {
          acol[base + len++] = c;
        }
      }
      final int own = tgt[w];
      boolean hasOwn = false;
      for (int x = 0; x < len; x++) {
        hasOwn |= acol[base + x] == own;
      }
      if (!hasOwn) {
        acol[base + len] = own;
        len++;
      }
      for (int x = 0; x < len; x++) {
        acost[base + x] = colCost(acol[base + x], p);
      }
      alen[i] = len;
    }
    solveAssignment(m, cols, width);
    // apply, then check exactly
    boolean changed = false;
    for (int i = 0; i < m; i++) {
      final int w = sel[i];
      final int to = rowMate[i];
      oldT[i] = tgt[w];
      if (to != tgt[w]) {
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

  /** Cost of weapon w (kill row p) in column c: minus the value it would destroy there. */
  private double colCost(final int c, final double[] p) {
    return -value[c] * qb[c] * p[c];
  }

  /**
   * Successive shortest augmenting paths on the sparse candidate graph: rows = selected
   * weapons, columns as built by the caller, reduced costs c - u_i - v_k kept >= 0; missing
   * edges cost +infinity. The own targets form a perfect matching, so an augmenting path always
   * exists. Leaves each row's column in {@code rowMate}.
   */
  private void solveAssignment(final int m, final int cols, final int width) {
    // Nearly square problems are made square with dummy rows (cost 0 everywhere: "no weapon
    // arrives"), which is equivalent; then the column potentials of the previous call are a
    // valid warm start and shorten the augmenting paths. Clearly rectangular problems start
    // cold (free columns must keep potential 0 for the optimum to be exact).
    final int dummies = cols - m <= DUMMY_LIMIT ? cols - m : 0;
    final int rows = m + dummies;
    if (heapKey.length < m * width + dummies * cols + 1) {
      heapKey = new double[m * width + dummies * cols + 1];
      heapCol = new int[m * width + dummies * cols + 1];
    }
    Arrays.fill(colMate, 0, cols, -1);
    if (rows < cols || !warm) {
      Arrays.fill(hv, 0, cols, 0.0);
    }
    warm = rows == cols;
    for (int i = 0; i < rows; i++) {
      double mn = Double.POSITIVE_INFINITY;
      if (i < m) {
        final int base = i * width;
        for (int x = 0; x < alen[i]; x++) {
          mn = Math.min(mn, acost[base + x] - hv[acol[base + x]]);
        }
      } else {
        for (int k = 0; k < cols; k++) {
          mn = Math.min(mn, -hv[k]);
        }
      }
      hu[i] = mn;
    }
    for (int s0 = 0; s0 < rows; s0++) {
      int nt = 0;
      int nd = 0;
      heapSize = 0;
      int row = s0;
      double dRow = 0.0;
      int sink;
      while (true) {
        final double ur = hu[row];
        if (row < m) {
          final int base = row * width;
          for (int x = 0, e = alen[row]; x < e; x++) {
            final int k = acol[base + x];
            if (!hused[k]) {
              final double d = dRow + acost[base + x] - ur - hv[k];
              if (d < hmin[k]) {
                if (hmin[k] == Double.POSITIVE_INFINITY) {
                  touched[nt++] = k;
                }
                hmin[k] = d;
                hway[k] = row;
                heapPush(d, k);
              }
            }
          }
        } else {
          for (int k = 0; k < cols; k++) {
            if (!hused[k]) {
              final double d = dRow - ur - hv[k];
              if (d < hmin[k]) {
                if (hmin[k] == Double.POSITIVE_INFINITY) {
                  touched[nt++] = k;
                }
                hmin[k] = d;
                hway[k] = row;
                heapPush(d, k);
              }
            }
          }
        }
        int j = -1;
        while (heapSize > 0) {
          final double d = heapKey[0];
          final int c = heapCol[0];
          heapPop();
          if (!hused[c] && d == hmin[c]) {
            j = c;
            break;
          }
        }
        hused[j] = true;
        done[nd++] = j;
        if (colMate[j] < 0) {
          sink = j;
          break;
        }
        row = colMate[j];
        dRow = hmin[j];
      }
      final double dSink = hmin[sink];
      for (int x = 0; x < nd; x++) {
        final int j = done[x];
        final double shift = hmin[j] - dSink;
        hv[j] += shift;
        if (colMate[j] >= 0) {
          hu[colMate[j]] -= shift;
        }
      }
      hu[s0] += dSink;
      for (int j = sink; ; ) {
        final int i = hway[j];
        final int prevCol = rowMate[i];
        colMate[j] = i;
        rowMate[i] = j;
        if (i == s0) {
          break;
        }
        j = prevCol;
      }
      for (int x = 0; x < nt; x++) {
        hused[touched[x]] = false;
        hmin[touched[x]] = Double.POSITIVE_INFINITY;
      }
    }
  }

  private void heapPush(final double key, final int col) {
    int i = heapSize++;
    while (i > 0) {
      final int parent = (i - 1) >>> 1;
      if (heapKey[parent] < key || (heapKey[parent] == key && heapCol[parent] <= col)) {
        break;
      }
      heapKey[i] = heapKey[parent];
      heapCol[i] = heapCol[parent];
      i = parent;
    }
    heapKey[i] = key;
    heapCol[i] = col;
  }

  private void heapPop() {
    final int last = --heapSize;
    if (last == 0) {
      return;
    }
    final double key = heapKey[last];
    final int col = heapCol[last];
    int i = 0;
    while (true) {
      int c = 2 * i + 1;
      if (c >= last) {
        break;
      }
      if (c + 1 < last && (heapKey[c + 1] < heapKey[c]
          || (heapKey[c + 1] == heapKey[c] && heapCol[c + 1] < heapCol[c]))) {
        c++;
      }
      if (key < heapKey[c] || (key == heapKey[c] && col <= heapCol[c])) {
        break;
      }
      heapKey[i] = heapKey[c];
      heapCol[i] = heapCol[c];
      i = c;
    }
    heapKey[i] = key;
    heapCol[i] = col;
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
   * Ruin and recreate: take out {@code k} random weapons and put each back, in random order,
   * where it removes the most expected surviving value.
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
