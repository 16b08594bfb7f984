package io.airshield.allocate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

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

  private final WtaProblem problem;
  private final int t;
  private final int types;
  private final int[] type;

  /** A column: a sorted multiset of weapon types on one target, and the value that survives. */
  private record Column(int[] types, double cost) {}

  /** For each target, its columns in the order they were pooled. */
  private final List<List<Column>> columns;

  // the flattened pool of one solve: target j's columns are from[j] .. from[j + 1] - 1
  private int[] from;
  private int[][] col;
  private double[] cost;
  private double[] rc;
  private int[] cur;

  // branch and bound: units of each type the set's new columns use minus its old ones; which
  // targets are in the set, which are fixed (searched roots), the set's new columns and its targets
  // in order; each target's most negative reduced-cost change, and their sum over the targets
  // neither in the set nor fixed (what the rest could still gain); the best change found (below 0)
  // and its set
  private int[] excess;
  private boolean[] inSet;
  private boolean[] fixed;
  private int[] newCol;
  private int[] stack;
  private int depth;
  private double[] bestDrop;
  private double slack;
  private double bestGain;
  private int[] bestTargets;
  private int[] bestColumns;
  private long nodes;
  private long nodeLimit;
  private Candidates[] adders;
  private Candidates[] droppers;

  /**
   * @param problem the problem (weapons grouped by type, as {@link WtaProblem#weaponTypes()})
   */
  SetPartitionRecombination(final WtaProblem problem) {
    this.problem = problem;
    this.t = problem.targetCount();
    this.types = problem.typeCount();
    this.type = problem.weaponTypes();
    this.columns = new ArrayList<>(t);
    for (int j = 0; j < t; j++) {
      columns.add(new ArrayList<>());
    }
  }

  /**
   * Adds an assignment's columns to the pool (those not there already).
   *
   * @param assignment the target of every weapon, all assigned
   * @return for each target, the index of the assignment's column among the target's columns
   */
  int[] add(final int[] assignment) {
    final int[][] bundles = bundles(assignment);
    final int[] index = new int[t];
    for (int j = 0; j < t; j++) {
      index[j] = indexOf(j, bundles[j]);
    }
    return index;
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
    flatten(add(incumbent));
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
    return improved ? assignment() : null;
  }

  /**
   * The bundles pooled for one target, for the lower bound's columns ({@link WtaBound}).
   *
   * @param j target
   * @return each pooled bundle as units per type
   */
  int[][] pooled(final int j) {
    final List<Column> l = columns.get(j);
    final int[][] out = new int[l.size()][types];
    for (int c = 0; c < l.size(); c++) {
      for (int i : l.get(c).types()) {
        out[c][i]++;
      }
    }
    return out;
  }

  /**
   * @return the prices of the type counts the last {@link #solve} found (zeros before any), a
   *     starting point for the lower bound's
   */
  double[] prices() {
    return lastPrices == null ? new double[types] : lastPrices.clone();
  }

  private double[] lastPrices;

  /**
   * @return the nodes the last {@link #solve} searched
   */
  long nodes() {
    return nodes;
  }

  /** Per target, the sorted types of the weapons on it. */
  private int[][] bundles(final int[] assignment) {
    final int[] count = new int[t];
    for (int a : assignment) {
      count[a]++;
    }
    final int[][] b = new int[t][];
    for (int j = 0; j < t; j++) {
      b[j] = new int[count[j]];
    }
    Arrays.fill(count, 0);
    // weapons are grouped by type in increasing order, so each bundle fills sorted
    for (int w = 0; w < assignment.length; w++) {
      final int j = assignment[w];
      b[j][count[j]++] = type[w];
    }
    return b;
  }

  /** The index of the bundle among target j's columns, pooled first if it is new. */
  private int indexOf(final int j, final int[] bundle) {
    final List<Column> l = columns.get(j);
    for (int c = 0; c < l.size(); c++) {
      if (Arrays.equals(l.get(c).types(), bundle)) {
        return c;
      }
    }
    double v = problem.value(j);
    for (int i : bundle) {
      v *= 1.0 - problem.kill(i, j);
    }
    l.add(new Column(bundle, v));
    return l.size() - 1;
  }

  /**
   * Lays the pool out in arrays for one solve.
   *
   * @param incumbent for each target, the index of the incumbent's column among its columns
   */
  private void flatten(final int[] incumbent) {
    from = new int[t + 1];
    for (int j = 0; j < t; j++) {
      from[j + 1] = from[j] + columns.get(j).size();
    }
    col = new int[from[t]][];
    cost = new double[from[t]];
    rc = new double[from[t]];
    cur = new int[t];
    for (int j = 0; j < t; j++) {
      final List<Column> l = columns.get(j);
      for (int c = 0; c < l.size(); c++) {
        col[from[j] + c] = l.get(c).types();
        cost[from[j] + c] = l.get(c).cost();
      }
      cur[j] = from[j] + incumbent[j];
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
    final int[] units = problem.units();
    double[] lambda = new double[types];
    double[] bestLambda = lambda.clone();
    double best = Double.NEGATIVE_INFINITY;
    double step = 2.0;
    int since = 0;
    final int[] g = new int[types];
    for (int it = 0; it < PRICE_ITERATIONS; it++) {
      double dual = 0;
      for (int i = 0; i < types; i++) {
        dual -= lambda[i] * units[i];
        g[i] = -units[i];
      }
      for (int j = 0; j < t; j++) {
        double m = Double.POSITIVE_INFINITY;
        int mc = from[j];
        for (int c = from[j]; c < from[j + 1]; c++) {
          double v = cost[c];
          for (int i : col[c]) {
            v += lambda[i];
          }
          if (v < m) {
            m = v;
            mc = c;
          }
        }
        dual += m;
        for (int i : col[mc]) {
          g[i]++;
        }
      }
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
    lastPrices = bestLambda.clone();
    for (int c = 0; c < col.length; c++) {
      double v = cost[c];
      for (int i : col[c]) {
        v += bestLambda[i];
      }
      rc[c] = v;
    }
  }

  /** Ways to mend one type's excess: (target, column), by increasing reduced-cost change. */
  private record Candidates(int[] target, int[] column, double[] change) {
    static final Candidates NONE = new Candidates(new int[0], new int[0], new double[0]);
  }

  /** One change of column: target, new column, reduced-cost change. */
  private record Change(int target, int column, double change) {}

  private static int count(final int[] bundle, final int i) {
    int k = 0;
    for (int x : bundle) {
      if (x == i) {
        k++;
      }
    }
    return k;
  }

  /** The candidates of every type, and each target's best possible reduced-cost drop. */
  private void prepare() {
    final List<List<Change>> add = new ArrayList<>(types);
    final List<List<Change>> drop = new ArrayList<>(types);
    for (int i = 0; i < types; i++) {
      add.add(new ArrayList<>());
      drop.add(new ArrayList<>());
    }
    bestDrop = new double[t];
    for (int j = 0; j < t; j++) {
      final int[] old = col[cur[j]];
      double m = 0;
      for (int c = from[j]; c < from[j + 1]; c++) {
        if (c == cur[j]) {
          continue;
        }
        final double d = rc[c] - rc[cur[j]];
        m = Math.min(m, d);
        final Change ch = new Change(j, c, d);
        addChanges(ch, col[c], old, add, drop);
      }
      bestDrop[j] = m;
    }
    adders = new Candidates[types];
    droppers = new Candidates[types];
    for (int i = 0; i < types; i++) {
      adders[i] = sorted(add.get(i));
      droppers[i] = sorted(drop.get(i));
    }
  }

  /** Files a change under every type whose count it changes (each type once). */
  private static void addChanges(
      final Change ch,
      final int[] now,
      final int[] old,
      final List<List<Change>> add,
      final List<List<Change>> drop) {
    for (int i : IntStream.concat(Arrays.stream(now), Arrays.stream(old)).distinct().toArray()) {
      final int dn = count(now, i) - count(old, i);
      if (dn > 0) {
        add.get(i).add(ch);
      } else if (dn < 0) {
        drop.get(i).add(ch);
      }
    }
  }

  private static Candidates sorted(final List<Change> l) {
    if (l.isEmpty()) {
      return Candidates.NONE;
    }
    l.sort(Comparator.comparingDouble(Change::change)); // stable: ties keep target order
    final int m = l.size();
    final int[] tg = new int[m];
    final int[] cl = new int[m];
    final double[] ch = new double[m];
    for (int k = 0; k < m; k++) {
      tg[k] = l.get(k).target();
      cl[k] = l.get(k).column();
      ch[k] = l.get(k).change();
    }
    return new Candidates(tg, cl, ch);
  }

  /** One branch-and-bound search from the current columns; applies the best set found. */
  private boolean improveOnce() {
    prepare();
    excess = new int[types];
    inSet = new boolean[t];
    fixed = new boolean[t];
    newCol = new int[t];
    stack = new int[t];
    depth = 0;
    slack = 0;
    for (int j = 0; j < t; j++) {
      slack += bestDrop[j];
    }
    bestGain = -1e-12 * Math.abs(incumbentCost());
    bestTargets = null;
    final Integer[] roots = new Integer[t];
    for (int j = 0; j < t; j++) {
      roots[j] = j;
    }
    Arrays.sort(roots, Comparator.comparingDouble(j -> bestDrop[j])); // stable
    for (int j0 : roots) {
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
    if (bestTargets == null) {
      return false;
    }
    for (int k = 0; k < bestTargets.length; k++) {
      cur[bestTargets[k]] = bestColumns[k];
    }
    return true;
  }

  private void push(final int j, final int c) {
    for (int i : col[c]) {
      excess[i]++;
    }
    for (int i : col[cur[j]]) {
      excess[i]--;
    }
    inSet[j] = true;
    newCol[j] = c;
    stack[depth++] = j;
  }

  private void pop(final int j) {
    for (int i : col[newCol[j]]) {
      excess[i]--;
    }
    for (int i : col[cur[j]]) {
      excess[i]++;
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
        for (int i : pass == 0 ? col[newCol[j]] : col[cur[j]]) {
          if (excess[i] != 0) {
            final int ways = (excess[i] > 0 ? droppers[i] : adders[i]).target().length;
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
        bestTargets = Arrays.copyOf(stack, depth);
        bestColumns = new int[depth];
        for (int k = 0; k < depth; k++) {
          bestColumns[k] = newCol[stack[k]];
        }
      }
      return;
    }
    if (depth >= MAX_DEPTH) {
      return;
    }
    final Candidates cands = excess[bi] > 0 ? droppers[bi] : adders[bi];
    for (int k = 0; k < cands.target().length; k++) {
      final double d = cands.change()[k];
      if (partial + d + slack >= bestGain) {
        break; // sorted by change, and every target's best drop is <= 0
      }
      final int j = cands.target()[k];
      if (inSet[j] || fixed[j] || partial + d + slack - bestDrop[j] >= bestGain) {
        continue;
      }
      slack -= bestDrop[j];
      push(j, cands.column()[k]);
      search(partial + d);
      pop(j);
      slack += bestDrop[j];
    }
  }

  /** The assignment of the current columns: each type's units in turn to its targets in order. */
  private int[] assignment() {
    final int[] a = new int[type.length];
    final int[] nextUnit = new int[types];
    Arrays.fill(nextUnit, -1);
    for (int w = type.length - 1; w >= 0; w--) {
      nextUnit[type[w]] = w;
    }
    for (int j = 0; j < t; j++) {
      for (int i : col[cur[j]]) {
        a[nextUnit[i]++] = j;
      }
    }
    return a;
  }
}
