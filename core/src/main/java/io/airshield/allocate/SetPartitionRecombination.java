package io.airshield.allocate;

import java.util.Arrays;

/**
 * Recombines many assignments at once: the best assignment whose every target takes the weapons one
 * of them gave it, found exactly (within a node budget) over the pool of assignments seen.
 *
 * <p>This is the set-partitioning recombination of matheuristics for routing (Subramanian, Uchoa
 * and Ochi, "A hybrid algorithm for a class of vehicle routing problems", Computers and Operations
 * Research 40(10) (2013) 2519-2531), made for the weapon-target assignment: a <em>column</em> is a
 * target with the multiset of weapon types some pooled assignment put on it, its cost the value
 * that survives there, {@code v_j prod_i (1 - p_ij)^n_i}. A child picks one column for each target
 * so that each type's units are used exactly; its objective is the sum of its columns' costs. This
 * mixes any number of parents, where {@link PartitionCrossover} mixes two, and on the published 150
 * x 300 x 3 instance it finds, among the local optima of one search, assignments that no local move
 * from the best of them reaches (docs/reinforce.md).
 *
 * <p>Method: prices {@code lambda_i} on the type counts by subgradient ascent on the Lagrangian
 * dual (as {@link WtaLagrangian}, here over the pooled columns only, where each target's subproblem
 * is a choice among a few columns, so the dual equals the linear-programming bound). With those
 * prices each column has a reduced cost, and an assignment's objective is the sum of its columns'
 * reduced costs plus a constant: so a set of targets can improve the incumbent only if the reduced
 * costs of its new columns sum to less than those of its old ones. Depth-first branch and bound
 * then seeks the best such set: it starts by changing one target's column, which leaves some types
 * over- or under-used, and repeatedly branches on the type with the fewest ways to mend it (another
 * target that drops, or takes, a unit of it), pruning a branch when even every untouched target's
 * best column could not make it pay. Each root target, once searched, stays fixed. The best set is
 * applied and the search repeated until none is found: without the node budget the result is the
 * optimum over the pool.
 *
 * <p>Deterministic: no randomness, ties broken by index, the budget counted in nodes.
 *
 * <p>Reusable ({@link #reset}): the pool and every array of the search live in arrays that grow to
 * the largest problem and pool seen and are reset per problem, so that a solver that recombines on
 * every call (the command posts' repeated solves, issue 15) allocates nothing once they have grown.
 */
final class SetPartitionRecombination {
  /** Subgradient iterations for the prices. */
  private static final int PRICE_ITERATIONS = 10_000;

  /** Subgradient iterations without a better dual value before the step is halved. */
  private static final int PRICE_PATIENCE = 200;

  /**
   * Most nodes of one search for an improving set: the search from a poor incumbent can be long,
   * and the next one, from the better assignment it found, is shorter.
   */
  private static final long PER_SEARCH = 100_000;

  /** Most targets in one improving set (a guard on the recursion; sets found hold about ten). */
  private static final int MAX_DEPTH = 200;

  private WtaProblem problem;
  private int t;
  private int types;
  private int n;

  /** Type of each weapon (weapons grouped by type, in increasing order) and units per type. */
  private int[] type = new int[0];

  private int[] units = new int[0];

  // the pool: a column is a sorted multiset of weapon types on one target (its entries
  // arena[colStart[c]] .. arena[colStart[c] + colLen[c] - 1]) and the value that survives there;
  // each target's columns are chained in the order they were pooled
  private int columnCount;
  private int arenaSize;
  private int[] arena = new int[0];
  private int[] colStart = new int[0];
  private int[] colLen = new int[0];
  private double[] colCost = new double[0];
  private int[] colNext = new int[0];
  private int[] headCol = new int[0];
  private int[] tailCol = new int[0];
  private int[] colsOfTarget = new int[0];

  // one assignment's bundles: target j's types are bundleTypes[bundleFrom[j] ..
  // bundleFrom[j + 1] - 1], and the index of its column among the target's columns
  private int[] bundleFrom = new int[0];
  private int[] bundleTypes = new int[0];
  private int[] bundleFill = new int[0];
  private int[] index = new int[0];

  // the flattened pool of one solve: target j's columns are from[j] .. from[j + 1] - 1, column f
  // holds arena[fStart[f]] .. arena[fStart[f] + fLen[f] - 1]
  private int[] from = new int[0];
  private int[] fStart = new int[0];
  private int[] fLen = new int[0];
  private double[] cost = new double[0];
  private double[] rc = new double[0];
  private int[] cur = new int[0];

  // the prices' subgradient ascent
  private double[] lambda = new double[0];
  private double[] bestLambda = new double[0];
  private int[] g = new int[0];

  /**
   * Each flattened column's types padded to {@link #SLOTS} with the index {@code types}, whose
   * price is 0, so that the price loop adds them without an inner loop (when no bundle is longer).
   */
  private int[] slot = new int[0];

  /** Types per column in {@link #slot}. */
  private static final int SLOTS = 3;

  private double[] lastPrices = new double[0];
  private boolean priced;

  // branch and bound: units of each type the set's new columns use minus its old ones; which
  // targets are in the set, which are fixed (searched roots), the set's new columns and its targets
  // in order; each target's most negative reduced-cost change, and their sum over the targets
  // neither in the set nor fixed (what the rest could still gain); the best change found (below 0)
  // and its set
  private int[] excess = new int[0];
  private boolean[] inSet = new boolean[0];
  private boolean[] fixed = new boolean[0];
  private int[] newCol = new int[0];
  private int[] stack = new int[0];
  private int depth;
  private double[] bestDrop = new double[0];
  private double slack;
  private double bestGain;
  private int bestCount;
  private int[] bestTargets = new int[0];
  private int[] bestColumns = new int[0];
  private long nodes;
  private long nodeLimit;
  private int[] roots = new int[0];

  // ways to mend each type's excess, by increasing reduced-cost change: type i's additions are
  // entries addFrom[i] .. addFrom[i + 1] - 1 of the candidate arrays, its drops dropFrom[i] ..
  // dropFrom[i + 1] - 1 (target, column, change)
  private int[] addFrom = new int[0];
  private int[] dropFrom = new int[0];
  private int[] addFill = new int[0];
  private int[] dropFill = new int[0];
  private int[] candTarget = new int[0];
  private int[] candColumn = new int[0];
  private double[] candChange = new double[0];

  // the stable sort's scratch
  private int[] perm = new int[0];
  private int[] permTmp = new int[0];
  private int[] tmpInt = new int[0];
  private double[] tmpDouble = new double[0];

  /** An empty recombination, for {@link #reset}. */
  SetPartitionRecombination() {}

  /**
   * @param problem the problem (weapons grouped by type, as {@link WtaProblem#weaponTypes()})
   */
  SetPartitionRecombination(final WtaProblem problem) {
    reset(problem);
  }

  /**
   * Empties the pool and makes the recombination one of {@code problem}; the arrays keep their
   * size.
   *
   * @param p the problem (weapons grouped by type, as {@link WtaProblem#weaponTypes()})
   */
  void reset(final WtaProblem p) {
    this.problem = p;
    this.t = p.targetCount();
    this.types = p.typeCount();
    this.n = p.weaponCount();
    type = grow(type, n);
    units = grow(units, types);
    int w = 0;
    for (int i = 0; i < types; i++) {
      units[i] = p.units(i);
      for (int u = 0; u < units[i]; u++) {
        type[w++] = i;
      }
    }
    headCol = grow(headCol, t);
    tailCol = grow(tailCol, t);
    colsOfTarget = grow(colsOfTarget, t);
    Arrays.fill(headCol, 0, t, -1);
    Arrays.fill(tailCol, 0, t, -1);
    Arrays.fill(colsOfTarget, 0, t, 0);
    columnCount = 0;
    arenaSize = 0;
    priced = false;
    bundleFrom = grow(bundleFrom, t + 1);
    bundleFill = grow(bundleFill, t);
    bundleTypes = grow(bundleTypes, n);
    index = grow(index, t);
  }

  private static int[] grow(final int[] a, final int size) {
    return a.length >= size ? a : new int[Math.max(size, 2 * a.length)];
  }

  private static double[] grow(final double[] a, final int size) {
    return a.length >= size ? a : new double[Math.max(size, 2 * a.length)];
  }

  private static boolean[] grow(final boolean[] a, final int size) {
    return a.length >= size ? a : new boolean[Math.max(size, 2 * a.length)];
  }

  /**
   * Adds an assignment's columns to the pool (those not there already).
   *
   * @param assignment the target of every weapon, all assigned
   */
  void add(final int[] assignment) {
    bundles(assignment);
    for (int j = 0; j < t; j++) {
      index[j] = indexOf(j, bundleFrom[j], bundleFrom[j + 1] - bundleFrom[j]);
    }
  }

  /**
   * Adds the columns of another pool of the same problem (those not here already), target by target
   * in the order that pool holds them: the pools of independent searches, recombined together.
   *
   * @param other a pool of the same problem
   */
  void addAll(final SetPartitionRecombination other) {
    for (int j = 0; j < t; j++) {
      for (int c = other.headCol[j]; c >= 0; c = other.colNext[c]) {
        final int len = other.colLen[c];
        System.arraycopy(other.arena, other.colStart[c], bundleTypes, 0, len);
        indexOf(j, 0, len);
      }
    }
  }

  /**
   * The best recombination of the pool found within the node budget, starting from {@code
   * incumbent} (added to the pool if it is not there).
   *
   * @param incumbent an assignment, every weapon assigned
   * @param limit most branch-and-bound nodes, over all the searches of this call
   * @return a better assignment, or null if none was found
   */
  int[] solve(final int[] incumbent, final long limit) {
    final int[] out = new int[n];
    return solve(incumbent, limit, out) ? out : null;
  }

  /**
   * As {@link #solve(int[], long)}, into an array of the caller's.
   *
   * @param incumbent an assignment, every weapon assigned
   * @param limit most branch-and-bound nodes, over all the searches of this call
   * @param out receives the better assignment, if one was found (at least weapons long; may not be
   *     {@code incumbent})
   * @return whether a better assignment was found
   */
  boolean solve(final int[] incumbent, final long limit, final int[] out) {
    add(incumbent);
    flatten();
    final double upper = incumbentCost();
    prices(upper);
    nodes = 0;
    boolean improved = false;
    while (nodes < limit) {
      nodeLimit = Math.min(limit, nodes + PER_SEARCH);
      if (!improveOnce()) {
        break;
      }
      improved = true;
    }
    if (improved) {
      assignment(out);
    }
    return improved;
  }

  /**
   * The bundles pooled for one target, for the lower bound's columns ({@link WtaBound}).
   *
   * @param j target
   * @return each pooled bundle as units per type
   */
  int[][] pooled(final int j) {
    final int[][] out = new int[colsOfTarget[j]][types];
    int k = 0;
    for (int c = headCol[j]; c >= 0; c = colNext[c], k++) {
      for (int x = colStart[c]; x < colStart[c] + colLen[c]; x++) {
        out[k][arena[x]]++;
      }
    }
    return out;
  }

  /**
   * @return the prices of the type counts the last {@link #solve} found (zeros before any), a
   *     starting point for the lower bound's
   */
  double[] prices() {
    return priced ? Arrays.copyOf(lastPrices, types) : new double[types];
  }

  /**
   * @return the nodes the last {@link #solve} searched
   */
  long nodes() {
    return nodes;
  }

  /** Per target, the sorted types of the weapons on it, into the bundle arrays. */
  private void bundles(final int[] assignment) {
    Arrays.fill(bundleFill, 0, t, 0);
    for (int w = 0; w < n; w++) {
      bundleFill[assignment[w]]++;
    }
    bundleFrom[0] = 0;
    for (int j = 0; j < t; j++) {
      bundleFrom[j + 1] = bundleFrom[j] + bundleFill[j];
      bundleFill[j] = bundleFrom[j];
    }
    // weapons are grouped by type in increasing order, so each bundle fills sorted
    for (int w = 0; w < n; w++) {
      bundleTypes[bundleFill[assignment[w]]++] = type[w];
    }
  }

  /**
   * The index of a bundle (bundleTypes[at] .. bundleTypes[at + len - 1]) among target j's columns,
   * pooled first if it is new.
   */
  private int indexOf(final int j, final int at, final int len) {
    int k = 0;
    for (int c = headCol[j]; c >= 0; c = colNext[c], k++) {
      if (colLen[c] == len
          && Arrays.equals(arena, colStart[c], colStart[c] + len, bundleTypes, at, at + len)) {
        return k;
      }
    }
    double v = problem.value(j);
    for (int x = at; x < at + len; x++) {
      v *= 1.0 - problem.kill(bundleTypes[x], j);
    }
    if (arena.length < arenaSize + len) {
      arena = Arrays.copyOf(arena, Math.max(arenaSize + len, 2 * arena.length));
    }
    System.arraycopy(bundleTypes, at, arena, arenaSize, len);
    if (colStart.length <= columnCount) {
      final int size = Math.max(16, 2 * colStart.length);
      colStart = Arrays.copyOf(colStart, size);
      colLen = Arrays.copyOf(colLen, size);
      colCost = Arrays.copyOf(colCost, size);
      colNext = Arrays.copyOf(colNext, size);
    }
    final int c = columnCount++;
    colStart[c] = arenaSize;
    colLen[c] = len;
    colCost[c] = v;
    colNext[c] = -1;
    arenaSize += len;
    if (tailCol[j] >= 0) {
      colNext[tailCol[j]] = c;
    } else {
      headCol[j] = c;
    }
    tailCol[j] = c;
    return colsOfTarget[j]++;
  }

  /** Lays the pool out in arrays for one solve, the incumbent's columns those of {@link #index}. */
  private void flatten() {
    from = grow(from, t + 1);
    from[0] = 0;
    for (int j = 0; j < t; j++) {
      from[j + 1] = from[j] + colsOfTarget[j];
    }
    final int total = from[t];
    fStart = grow(fStart, total);
    fLen = grow(fLen, total);
    cost = grow(cost, total);
    rc = grow(rc, total);
    cur = grow(cur, t);
    for (int j = 0; j < t; j++) {
      int f = from[j];
      for (int c = headCol[j]; c >= 0; c = colNext[c], f++) {
        fStart[f] = colStart[c];
        fLen[f] = colLen[c];
        cost[f] = colCost[c];
      }
      cur[j] = from[j] + index[j];
    }
  }

  private double incumbentCost() {
    double s = 0;
    for (int j = 0; j < t; j++) {
      s += cost[cur[j]];
    }
    return s;
  }

  /**
   * Subgradient ascent on the Lagrangian dual of the type counts (Polyak's step towards the
   * incumbent's cost, halved after {@link #PRICE_PATIENCE} iterations without progress); sets the
   * reduced costs from the best prices found.
   */
  private void prices(final double upper) {
    lambda = grow(lambda, types + 1);
    bestLambda = grow(bestLambda, types);
    g = grow(g, types + 1);
    Arrays.fill(lambda, 0, types + 1, 0.0);
    Arrays.fill(bestLambda, 0, types, 0.0);
    double best = Double.NEGATIVE_INFINITY;
    double step = 2.0;
    int since = 0;
    final boolean padded = pad();
    for (int it = 0; it < PRICE_ITERATIONS; it++) {
      double dual = 0;
      for (int i = 0; i < types; i++) {
        dual -= lambda[i] * units[i];
        g[i] = -units[i];
      }
      // each target's cheapest column at these prices, added to the dual in target order
      dual = padded ? cheapestPadded(dual) : cheapest(dual);
      if (dual > best) {
        best = dual;
        System.arraycopy(lambda, 0, bestLambda, 0, types);
        since = 0;
      } else if (++since >= PRICE_PATIENCE) {
        step /= 2;
        since = 0;
      }
      double norm = 0;
      for (int i = 0; i < types; i++) {
        norm += (double) g[i] * g[i];
      }
      if (norm == 0 || upper - dual <= 0) {
        break; // the bundles use every type exactly: the dual is attained
      }
      final double s = step * (upper - dual) / norm;
      for (int i = 0; i < types; i++) {
        lambda[i] += s * g[i];
      }
    }
    lastPrices = grow(lastPrices, types);
    System.arraycopy(bestLambda, 0, lastPrices, 0, types);
    priced = true;
    for (int c = 0; c < from[t]; c++) {
      double v = cost[c];
      for (int x = fStart[c]; x < fStart[c] + fLen[c]; x++) {
        v += bestLambda[arena[x]];
      }
      rc[c] = v;
    }
  }

  /**
   * Fills {@link #slot} if no flattened column has more than {@link #SLOTS} types.
   *
   * @return whether it did
   */
  private boolean pad() {
    final int total = from[t];
    for (int c = 0; c < total; c++) {
      if (fLen[c] > SLOTS) {
        return false;
      }
    }
    slot = grow(slot, SLOTS * total);
    for (int c = 0; c < total; c++) {
      for (int x = 0; x < SLOTS; x++) {
        slot[SLOTS * c + x] = x < fLen[c] ? arena[fStart[c] + x] : types;
      }
    }
    return true;
  }

  /**
   * Adds each target's least column cost at prices {@code lambda} to {@code dual}, in target order,
   * and counts the types of the columns taken in {@code g}.
   */
  private double cheapest(final double dual0) {
    double dual = dual0;
    for (int j = 0; j < t; j++) {
      double m = Double.POSITIVE_INFINITY;
      int mc = from[j];
      for (int c = from[j]; c < from[j + 1]; c++) {
        double v = cost[c];
        for (int x = fStart[c]; x < fStart[c] + fLen[c]; x++) {
          v += lambda[arena[x]];
        }
        if (v < m) {
          m = v;
          mc = c;
        }
      }
      dual += m;
      for (int x = fStart[mc]; x < fStart[mc] + fLen[mc]; x++) {
        g[arena[x]]++;
      }
    }
    return dual;
  }

  /**
   * {@link #cheapest} from {@link #slot}: the same sums in the same order (adding the padding's
   * price 0 changes no sum), without the inner loop.
   */
  private double cheapestPadded(final double dual0) {
    double dual = dual0;
    final double[] lam = lambda;
    final int[] sl = slot;
    for (int j = 0; j < t; j++) {
      double m = Double.POSITIVE_INFINITY;
      int mc = from[j];
      final int end = from[j + 1];
      for (int c = mc; c < end; c++) {
        final int b = SLOTS * c;
        final double v = cost[c] + lam[sl[b]] + lam[sl[b + 1]] + lam[sl[b + 2]];
        if (v < m) {
          m = v;
          mc = c;
        }
      }
      dual += m;
      final int b = SLOTS * mc;
      g[sl[b]]++;
      g[sl[b + 1]]++;
      g[sl[b + 2]]++;
    }
    return dual;
  }

  /**
   * Calls {@code file(target, column, change, type)} for every type whose count the change of
   * target j's column from {@code old} to {@code now} changes, once each, with the sign of the
   * change in its count: counts the candidates (pass 0) or files them (pass 1).
   */
  private void addChanges(
      final int j, final int now, final int old, final double d, final int pass) {
    // both bundles are sorted: walk them together, one distinct type at a time
    int a = fStart[now];
    final int ae = a + fLen[now];
    int b = fStart[old];
    final int be = b + fLen[old];
    while (a < ae || b < be) {
      final int i = b >= be || a < ae && arena[a] <= arena[b] ? arena[a] : arena[b];
      int dn = 0;
      while (a < ae && arena[a] == i) {
        dn++;
        a++;
      }
      while (b < be && arena[b] == i) {
        dn--;
        b++;
      }
      if (dn > 0) {
        if (pass == 0) {
          addFill[i]++;
        } else {
          final int k = addFill[i]++;
          candTarget[k] = j;
          candColumn[k] = now;
          candChange[k] = d;
        }
      } else if (dn < 0) {
        if (pass == 0) {
          dropFill[i]++;
        } else {
          final int k = dropFill[i]++;
          candTarget[k] = j;
          candColumn[k] = now;
          candChange[k] = d;
        }
      }
    }
  }

  /** The candidates of every type, and each target's best possible reduced-cost drop. */
  private void prepare() {
    addFrom = grow(addFrom, types + 1);
    dropFrom = grow(dropFrom, types + 1);
    addFill = grow(addFill, types);
    dropFill = grow(dropFill, types);
    bestDrop = grow(bestDrop, t);
    Arrays.fill(addFill, 0, types, 0);
    Arrays.fill(dropFill, 0, types, 0);
    for (int pass = 0; pass < 2; pass++) {
      if (pass == 1) {
        // each type's additions, then its drops, in one run of the candidate arrays
        int k = 0;
        for (int i = 0; i < types; i++) {
          addFrom[i] = k;
          k += addFill[i];
          addFill[i] = addFrom[i];
        }
        addFrom[types] = k;
        for (int i = 0; i < types; i++) {
          dropFrom[i] = k;
          k += dropFill[i];
          dropFill[i] = dropFrom[i];
        }
        dropFrom[types] = k;
        candTarget = grow(candTarget, k);
        candColumn = grow(candColumn, k);
        candChange = grow(candChange, k);
      }
      for (int j = 0; j < t; j++) {
        final int old = cur[j];
        double m = 0;
        for (int c = from[j]; c < from[j + 1]; c++) {
          if (c == old) {
            continue;
          }
          final double d = rc[c] - rc[old];
          m = Math.min(m, d);
          addChanges(j, c, old, d, pass);
        }
        bestDrop[j] = m;
      }
    }
    for (int i = 0; i < types; i++) {
      sortCandidates(addFrom[i], addFrom[i + 1]);
      sortCandidates(dropFrom[i], dropFrom[i + 1]);
    }
  }

  /** Sorts candidates lo .. hi - 1 by increasing change, stably (ties keep target order). */
  private void sortCandidates(final int lo, final int hi) {
    final int m = hi - lo;
    if (m < 2) {
      return;
    }
    perm = grow(perm, m);
    for (int k = 0; k < m; k++) {
      perm[k] = lo + k;
    }
    stableSort(perm, m, candChange);
    tmpInt = grow(tmpInt, 2 * m);
    tmpDouble = grow(tmpDouble, m);
    for (int k = 0; k < m; k++) {
      tmpInt[k] = candTarget[perm[k]];
      tmpInt[m + k] = candColumn[perm[k]];
      tmpDouble[k] = candChange[perm[k]];
    }
    for (int k = 0; k < m; k++) {
      candTarget[lo + k] = tmpInt[k];
      candColumn[lo + k] = tmpInt[m + k];
      candChange[lo + k] = tmpDouble[k];
    }
  }

  /**
   * Sorts the first {@code m} indices of {@code idx} by {@code key[idx[k]]} as {@link
   * Double#compare} orders them, stably: a bottom-up merge sort, which gives the same order as
   * {@link java.util.List#sort} with a comparing-double comparator.
   */
  private void stableSort(final int[] idx, final int m, final double[] key) {
    permTmp = grow(permTmp, m);
    int[] src = idx;
    int[] dst = permTmp;
    for (int width = 1; width < m; width *= 2) {
      for (int lo = 0; lo < m; lo += 2 * width) {
        final int mid = Math.min(lo + width, m);
        final int hi = Math.min(lo + 2 * width, m);
        int a = lo;
        int b = mid;
        int k = lo;
        while (a < mid && b < hi) {
          dst[k++] = Double.compare(key[src[b]], key[src[a]]) < 0 ? src[b++] : src[a++];
        }
        while (a < mid) {
          dst[k++] = src[a++];
        }
        while (b < hi) {
          dst[k++] = src[b++];
        }
      }
      final int[] x = src;
      src = dst;
      dst = x;
    }
    if (src != idx) {
      System.arraycopy(src, 0, idx, 0, m);
    }
  }

  /** One branch-and-bound search from the current columns; applies the best set found. */
  private boolean improveOnce() {
    prepare();
    excess = grow(excess, types);
    inSet = grow(inSet, t);
    fixed = grow(fixed, t);
    newCol = grow(newCol, t);
    stack = grow(stack, t);
    bestTargets = grow(bestTargets, t);
    bestColumns = grow(bestColumns, t);
    roots = grow(roots, t);
    Arrays.fill(excess, 0, types, 0);
    Arrays.fill(inSet, 0, t, false);
    Arrays.fill(fixed, 0, t, false);
    Arrays.fill(newCol, 0, t, 0);
    depth = 0;
    slack = 0;
    for (int j = 0; j < t; j++) {
      slack += bestDrop[j];
    }
    bestGain = -1e-12 * Math.abs(incumbentCost());
    bestCount = -1;
    for (int j = 0; j < t; j++) {
      roots[j] = j;
    }
    stableSort(roots, t, bestDrop);
    for (int r = 0; r < t; r++) {
      final int j0 = roots[r];
      if (nodes >= nodeLimit || bestDrop[j0] == 0) {
        break; // no column of this target, or of any later root, is cheaper than its own
      }
      slack -= bestDrop[j0];
      for (int c = from[j0]; c < from[j0 + 1]; c++) {
        final double d = rc[c] - rc[cur[j0]];
        if (nodes >= nodeLimit) {
          break;
        }
        if (c == cur[j0] || d + slack >= bestGain) {
          continue;
        }
        push(j0, c);
        search(d);
        pop(j0);
      }
      fixed[j0] = true;
    }
    if (bestCount < 0) {
      return false;
    }
    for (int k = 0; k < bestCount; k++) {
      cur[bestTargets[k]] = bestColumns[k];
    }
    return true;
  }

  private void push(final int j, final int c) {
    for (int x = fStart[c]; x < fStart[c] + fLen[c]; x++) {
      excess[arena[x]]++;
    }
    final int o = cur[j];
    for (int x = fStart[o]; x < fStart[o] + fLen[o]; x++) {
      excess[arena[x]]--;
    }
    inSet[j] = true;
    newCol[j] = c;
    stack[depth++] = j;
  }

  private void pop(final int j) {
    final int c = newCol[j];
    for (int x = fStart[c]; x < fStart[c] + fLen[c]; x++) {
      excess[arena[x]]--;
    }
    final int o = cur[j];
    for (int x = fStart[o]; x < fStart[o] + fLen[o]; x++) {
      excess[arena[x]]++;
    }
    inSet[j] = false;
    depth--;
  }

  private void search(final double partial) {
    if (nodes >= nodeLimit) {
      return;
    }
    nodes++;
    // the unbalanced type with the fewest ways to mend it
    int bi = -1;
    int fewest = Integer.MAX_VALUE;
    for (int k = 0; k < depth; k++) {
      final int j = stack[k];
      for (int pass = 0; pass < 2; pass++) {
        final int c = pass == 0 ? newCol[j] : cur[j];
        for (int x = fStart[c]; x < fStart[c] + fLen[c]; x++) {
          final int i = arena[x];
          if (excess[i] != 0) {
            final int ways =
                excess[i] > 0 ? dropFrom[i + 1] - dropFrom[i] : addFrom[i + 1] - addFrom[i];
            if (ways < fewest) {
              fewest = ways;
              bi = i;
            }
          }
        }
      }
    }
    if (bi < 0) {
      if (partial < bestGain) {
        bestGain = partial;
        bestCount = depth;
        for (int k = 0; k < depth; k++) {
          bestTargets[k] = stack[k];
          bestColumns[k] = newCol[stack[k]];
        }
      }
      return;
    }
    if (depth >= MAX_DEPTH) {
      return;
    }
    final int lo = excess[bi] > 0 ? dropFrom[bi] : addFrom[bi];
    final int hi = excess[bi] > 0 ? dropFrom[bi + 1] : addFrom[bi + 1];
    for (int k = lo; k < hi; k++) {
      final double d = candChange[k];
      if (partial + d + slack >= bestGain) {
        break; // sorted by change, and every target's best drop is <= 0
      }
      final int j = candTarget[k];
      if (inSet[j] || fixed[j] || partial + d + slack - bestDrop[j] >= bestGain) {
        continue;
      }
      slack -= bestDrop[j];
      push(j, candColumn[k]);
      search(partial + d);
      pop(j);
      slack += bestDrop[j];
    }
  }

  /** The assignment of the current columns: each type's units in turn to its targets in order. */
  private void assignment(final int[] a) {
    // the next unit of each type: its first weapon, counted on (g is free after the prices)
    g = grow(g, types);
    Arrays.fill(g, 0, types, -1);
    for (int w = n - 1; w >= 0; w--) {
      g[type[w]] = w;
    }
    for (int j = 0; j < t; j++) {
      final int c = cur[j];
      for (int x = fStart[c]; x < fStart[c] + fLen[c]; x++) {
        a[g[arena[x]]++] = j;
      }
    }
  }
}
