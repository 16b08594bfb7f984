package io.airshield.allocate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A certified lower bound on the optimum of a {@link WtaProblem}: the Lagrangian relaxation of the
 * weapon counts, with every target's subproblem solved exactly, its prices improved by column
 * generation over the bundles the search pooled.
 *
 * <p>Relaxation: the constraints {@code sum_j x_ij = mu_i} (or {@code <= mu_i} when weapons may be
 * left unassigned, then {@code lambda_i >= 0}) are moved into the objective at a price {@code
 * lambda_i} per unit. The problem then falls apart by target: {@code L(lambda) = sum_j min_x (v_j
 * prod_i (1 - p_ij)^x_i + sum_i lambda_i x_i) - sum_i lambda_i mu_i}, with {@code 0 <= x_i <= mu_i}
 * integer. For every {@code lambda}, {@code L(lambda)} is at most the optimum (weak duality), so
 * any price vector certifies a bound, however it was found; {@code L(0)}, every weapon on every
 * target at once, is the trivial bound. The best {@code L} over all prices equals the
 * linear-programming bound of the set-partitioning model whose columns are (target, bundle) pairs
 * (Geoffrion, "Lagrangean relaxation for integer programming", Mathematical Programming Study 2
 * (1974) 82-114), the model of the column-generation bound of Ahuja, Kumar, Jha and Orlin,
 * Operations Research 55(6) (2007) 1136-1146, section 3.
 *
 * <p>Each target's subproblem is solved exactly by a depth-first search over bundles: a type of
 * price {@code <= 0} takes all its units (it lowers both terms); a type is a candidate only if its
 * first unit pays ({@code v_j p_ij > lambda_i}), and, since a unit's gain {@code v_j q p_ij -
 * lambda_i} only shrinks as the survival {@code q} falls (the objective is supermodular), a unit
 * that does not pay now never pays deeper in the search. A branch is cut by the continuous
 * relaxation of the rest: with {@code a_i = -ln(1 - p_ij)}, fractional units buy kill exponent at
 * {@code lambda_i / a_i} each, cheapest first, until the marginal value {@code v_j q e^-s} falls to
 * that rate; its value is a lower bound of every completion (the objective is convex in {@code s}).
 *
 * <p>Prices: the pooled columns (every bundle a local optimum of the search put on a target) give a
 * restricted dual, cheap to ascend by subgradient steps; its prices are evaluated exactly, the
 * bundles the exact subproblems choose join the columns (column generation, the pricing step being
 * the exact subproblem), and the restricted dual is ascended again from there, interleaved with
 * subgradient steps on the exact {@code L} itself (Held, Wolfe and Crowder 1974). The bound is the
 * best exact {@code L} evaluated, less a rounding margin of {@code 1e-12} times the total value.
 *
 * <p>Deterministic: the work is counted in subgradient steps, no clock, no randomness.
 */
final class WtaBound {
  /** The rounding margin taken off the bound, relative to the total target value. */
  static final double MARGIN = 1e-12;

  private final WtaProblem problem;
  private final int types;
  private final int targets;
  private final double[] value;
  private final int[] units;

  /** q[i][j] = 1 - p_ij. */
  private final double[][] q;

  /** a[i][j] = -ln(1 - p_ij), infinite for a certain kill. */
  private final double[][] a;

  private final double totalValue;

  // scratch of one target's subproblem: candidates by rate, their rates, counts
  private final int[] cand;
  private final double[] rate;
  private final Integer[] order;
  private final int[] count;
  private final int[] bestCount;
  private int m;
  private double v;
  private int tj;
  private double best;
  private long nodes;

  // units of each type the current target's search may still add
  private final int[] room;

  // bounds on x_ij set by a branch and bound ({@link WtaExact}), or null: 0 .. units
  private int[][] lower;
  private int[][] upper;

  // per target, the bundle of the last evaluation: units of each type (dense per target)
  private final int[][] chosen;

  /** Units of each type the last evaluation's bundles use. */
  private final int[] used;

  /** Columns found by pricing: per target, bundles as sorted type multisets. */
  private final List<List<int[]>> found;

  /**
   * @param problem the problem
   */
  WtaBound(final WtaProblem problem) {
    this.problem = problem;
    this.types = problem.typeCount();
    this.targets = problem.targetCount();
    this.value = problem.values();
    this.units = problem.units();
    this.q = new double[types][targets];
    this.a = new double[types][targets];
    for (int i = 0; i < types; i++) {
      final double[] p = problem.killRow(i);
      for (int j = 0; j < targets; j++) {
        q[i][j] = 1.0 - p[j];
        a[i][j] = q[i][j] <= 0 ? Double.POSITIVE_INFINITY : -Math.log(q[i][j]);
      }
    }
    double s = 0;
    for (double x : value) {
      s += x;
    }
    this.totalValue = s;
    cand = new int[types];
    rate = new double[types];
    order = new Integer[types];
    count = new int[types];
    room = new int[types];
    bestCount = new int[types];
    chosen = new int[targets][types];
    used = new int[types];
    found = new ArrayList<>(targets);
    for (int j = 0; j < targets; j++) {
      found.add(new ArrayList<>());
    }
  }

  /**
   * Restricts every later evaluation to {@code lo[i][j] <= x_ij <= hi[i][j]} (the branches of
   * {@link WtaExact}); the arrays are read, not copied, so the caller may change them between
   * evaluations.
   *
   * @param lo least units of type i on target j
   * @param hi most units of type i on target j
   */
  void restrict(final int[][] lo, final int[][] hi) {
    this.lower = lo;
    this.upper = hi;
  }

  /**
   * @return the trivial bound {@code L(0)}: every weapon on every target at once, less the margin
   */
  double trivial() {
    return evaluate(new double[types]);
  }

  /**
   * The exact Lagrangian value at these prices, less the rounding margin: a lower bound on the
   * optimum for any prices (non-negative ones when weapons may be left unassigned; negative prices
   * are then read as 0). Leaves each target's bundle in {@link #chosen} and the units they use in
   * {@link #used}.
   *
   * @param lambda price per unit of each type
   * @return the bound
   */
  double evaluate(final double[] lambda) {
    Arrays.fill(used, 0);
    double total = 0;
    double c = 0;
    for (int i = 0; i < types; i++) {
      final double x = -price(lambda, i) * units[i];
      final double s = total + x;
      c += Math.abs(total) >= Math.abs(x) ? (total - s) + x : (x - s) + total;
      total = s;
    }
    for (int j = 0; j < targets; j++) {
      final double x = target(j, lambda);
      final double s = total + x;
      c += Math.abs(total) >= Math.abs(x) ? (total - s) + x : (x - s) + total;
      total = s;
      for (int i = 0; i < types; i++) {
        used[i] += chosen[j][i];
      }
    }
    return total + c - MARGIN * totalValue;
  }

  private double price(final double[] lambda, final int i) {
    return problem.allowUnassigned() ? Math.max(0.0, lambda[i]) : lambda[i];
  }

  /**
   * Target j's subproblem, exactly: {@code min_x v_j prod_i q_ij^x_i + sum_i lambda_i x_i}; leaves
   * the minimising bundle in {@code chosen[j]}.
   */
  private double target(final int j, final double[] lambda) {
    final int[] ch = chosen[j];
    Arrays.fill(ch, 0);
    double surv = 1.0;
    double paid = 0.0;
    for (int i = 0; i < types; i++) {
      final double l = price(lambda, i);
      final int lo = lower == null ? 0 : lower[i][j];
      final int hi = upper == null ? units[i] : upper[i][j];
      // units forced by branching, then every free unit of a type of price <= 0
      final int take = l <= 0 ? hi : lo;
      room[i] = hi - take;
      ch[i] = take;
      paid += l * take;
      for (int k = 0; k < take; k++) {
        surv *= q[i][j];
      }
    }
    v = value[j] * surv;
    tj = j;
    work += types;
    m = 0;
    for (int i = 0; i < types; i++) {
      final double l = price(lambda, i);
      if (l > 0 && room[i] > 0 && v * (1.0 - q[i][j]) > l) {
        order[m++] = i;
        rate[i] = l / a[i][j]; // 0 for a certain kill
      }
    }
    Arrays.sort(order, 0, m, (x, y) -> Double.compare(rate[x], rate[y])); // stable: index ties
    for (int k = 0; k < m; k++) {
      cand[k] = order[k];
    }
    best = v;
    Arrays.fill(bestCount, 0);
    Arrays.fill(count, 0);
    targetNodes = 0;
    exhausted = false;
    search(0, 1.0, 0.0, lambda);
    for (int k = 0; k < m; k++) {
      ch[cand[k]] += bestCount[cand[k]];
    }
    if (exhausted) {
      cutShort++;
      return Math.min(best, relaxed(0, 1.0)) + paid;
    }
    return best + paid;
  }

  /**
   * Depth-first search over bundles: the current bundle (survival {@code s} of the target, times
   * {@code v}, and prices {@code paid}) is a candidate answer; each child adds one or more units of
   * a candidate {@code k' >= k} (in rate order, each bundle met once). Children are cut by the
   * continuous relaxation of the candidates from {@code k'} on, which only grows with {@code k'},
   * and units that do not pay at the current survival are never added.
   */
  private void search(final int k, final double s, final double paid, final double[] lambda) {
    nodes++;
    final double here = v * s + paid;
    if (here < best) {
      best = here;
      for (int x = 0; x < m; x++) {
        bestCount[cand[x]] = count[cand[x]];
      }
    }
    if (targetNodes++ > TARGET_NODES) {
      exhausted = true;
      return;
    }
    for (int x = k; x < m; x++) {
      if (relaxed(x, s) + paid >= best) {
        return; // the relaxation of fewer candidates is no lower
      }
      final int i = cand[x];
      final double l = price(lambda, i);
      final double qi = q[i][tj];
      double sc = s;
      int c = 0;
      while (c < room[i] && v * sc * (1.0 - qi) > l) {
        sc *= qi;
        c++;
        count[i] = c;
        search(x + 1, sc, paid + c * l, lambda);
        if (exhausted) {
          count[i] = 0;
          return;
        }
      }
      count[i] = 0;
    }
  }

  /**
   * Most nodes of one target's search; beyond, the target's term is the continuous relaxation of
   * its whole subproblem, still a lower bound but a weaker one (never reached on the benchmark).
   */
  static final long TARGET_NODES = 5_000;

  private long targetNodes;
  private boolean exhausted;

  /**
   * The continuous relaxation of candidates {@code k..m-1} from survival {@code s}: a lower bound
   * on {@code v s prod q^x + sum lambda x} over every completion.
   */
  private double relaxed(final int k, final double s) {
    double vs = v * s;
    if (vs <= 0) {
      return 0;
    }
    double e = 0; // kill exponent bought
    double g = 0; // price paid for it
    for (int x = k; x < m; x++) {
      work++;
      final int i = cand[x];
      final double r = rate[i];
      final double marginal = vs * Math.exp(-e);
      if (marginal <= r) {
        break;
      }
      if (r <= 0) {
        return g; // a certain kill at a finite price: survival can be bought down to nothing
      }
      final double cap = a[i][tj] * room[i];
      final double target = Math.log(vs / r);
      if (target <= e + cap) {
        g += r * (target - e);
        e = target;
        break;
      }
      g += r * cap;
      e += cap;
    }
    return vs * Math.exp(-e) + g;
  }

  /**
   * Adds a bundle to target j's columns, for the restricted dual (once).
   *
   * @param j target
   * @param bundle units per type
   */
  void addColumn(final int j, final int[] bundle) {
    for (int[] c : found.get(j)) {
      if (Arrays.equals(c, bundle)) {
        return;
      }
    }
    found.get(j).add(bundle.clone());
  }

  /**
   * Adds every bundle the recombination pooled to the columns.
   *
   * @param pool the pool
   */
  void addPool(final SetPartitionRecombination pool) {
    for (int j = 0; j < targets; j++) {
      for (int[] b : pool.pooled(j)) {
        addColumn(j, b);
      }
    }
  }

  /**
   * Adds the bundles of an assignment to the columns.
   *
   * @param assignment every weapon's target (or {@link WtaSolution#UNASSIGNED})
   */
  void addColumns(final int[] assignment) {
    final int[] type = problem.weaponTypes();
    final int[][] b = new int[targets][types];
    for (int w = 0; w < assignment.length; w++) {
      if (assignment[w] >= 0) {
        b[assignment[w]][type[w]]++;
      }
    }
    for (int j = 0; j < targets; j++) {
      addColumn(j, b[j]);
    }
  }

  /** Column count over all targets. */
  int columnCount() {
    int s = 0;
    for (List<int[]> l : found) {
      s += l.size();
    }
    return s;
  }

  /**
   * The best bound found by {@link #certify}, and the prices that gave it.
   *
   * @param bound the certified lower bound
   * @param prices the prices
   * @param evaluations exact evaluations of the Lagrangian made
   */
  record Result(double bound, double[] prices, int evaluations) {}

  /**
   * Seeks prices of a high bound: from {@code start}, rounds of (ascent of the restricted dual over
   * the columns, exact evaluation, its bundles added as columns) then subgradient steps on the
   * exact Lagrangian towards the restricted dual's value.
   *
   * @param start starting prices
   * @param upper the best objective known (an upper bound)
   * @param rounds column-generation rounds
   * @param exactSteps exact subgradient steps per round
   * @return the best bound and its prices
   */
  Result certify(final double[] start, final double upper, final int rounds, final int exactSteps) {
    double[] bestLambda = new double[types];
    // the trivial bound, L(0); its bundles (every unit on every target) are no columns: they would
    // cost the restricted ascent more than all the others and never be chosen at positive prices
    double bestL = evaluate(bestLambda);
    int evals = 1;
    double[] lambda = start.clone();
    double l = evaluate(lambda);
    evals++;
    addChosen();
    if (l > bestL) {
      bestL = l;
      bestLambda = lambda.clone();
    }
    // the work scales with the problem: an evaluation costs about types x targets, an iteration
    // of the restricted ascent about the pooled columns' entries
    final double size = Math.max(1.0, (double) types * targets);
    final int maxEvals = (int) Math.max(2, Math.min(1000, EVALUATION_WORK / size));
    for (int r = 0;
        r < rounds
            && evals < maxEvals
            && work < WORK
            && ascentWork < ASCENT_WORK
            && upper - bestL > 1e-9 * Math.abs(upper);
        r++) {
      final double[] dual = new double[1];
      final int iterations =
          (int) Math.max(10, Math.min(RESTRICTED_ITERATIONS, RESTRICTED_WORK / columnEntries()));
      lambda = restrictedAscent(bestLambda, upper, iterations, dual);
      final double target = Math.min(upper, dual[0]);
      l = evaluate(lambda);
      evals++;
      addChosen();
      if (l > bestL) {
        bestL = l;
        bestLambda = lambda.clone();
      }
      // subgradient steps on the exact Lagrangian, from the best prices, towards the target
      lambda = bestLambda.clone();
      l = bestL;
      double step = 1.0;
      int stale = 0;
      for (int s = 0; s < exactSteps && evals < maxEvals && work < WORK; s++) {
        double norm = 0;
        for (int i = 0; i < types; i++) {
          final double g = used[i] - units[i];
          norm += g * g;
        }
        if (norm == 0 || target <= l) {
          break;
        }
        final double t = step * (target - l) / norm;
        for (int i = 0; i < types; i++) {
          lambda[i] += t * (used[i] - units[i]);
          if (problem.allowUnassigned()) {
            lambda[i] = Math.max(0, lambda[i]);
          }
        }
        l = evaluate(lambda);
        evals++;
        addChosen();
        if (l > bestL) {
          bestL = l;
          bestLambda = lambda.clone();
          stale = 0;
        } else if (++stale >= 5) {
          step *= 0.5;
          stale = 0;
        }
      }
    }
    return new Result(bestL, bestLambda, evals);
  }

  /** Column entries read by the restricted ascents of this certification so far. */
  private double ascentWork;

  /**
   * Most column entries read by the restricted ascents of one certification (about 3 s of one
   * core): the rounds stop there. On the published 100 x 200 x 2 instance the bound needs about
   * half of it to pass the published gap; 150 x 300 x 3, whose bundles are larger, would take twice
   * as long for a gain it does not need.
   */
  static final double ASCENT_WORK = 2.5e9;

  /** Most work (types x targets per evaluation) of the exact evaluations of one certification. */
  static final double EVALUATION_WORK = 2e7;

  /** Most work (column entries per iteration) of one ascent of the restricted dual. */
  static final double RESTRICTED_WORK = 1e8;

  /** Units in all the columns, plus one per column (the ascent's work per iteration). */
  private double columnEntries() {
    double s = 1;
    for (List<int[]> l : found) {
      for (int[] b : l) {
        s += 1;
        for (int x : b) {
          s += x;
        }
      }
    }
    return s;
  }

  /** Subgradient iterations of one ascent of the restricted dual. */
  static final int RESTRICTED_ITERATIONS = 500;

  private void addChosen() {
    for (int j = 0; j < targets; j++) {
      addColumn(j, chosen[j]);
    }
  }

  /**
   * Subgradient ascent of the dual restricted to the columns (Polyak's step towards {@code upper},
   * halved after 100 iterations without progress).
   *
   * @param dual out: the best restricted dual value
   * @return the best prices
   */
  private double[] restrictedAscent(
      final double[] start, final double upper, final int iterations, final double[] dual) {
    final double[] lambda = start.clone();
    double[] bestLambda = lambda.clone();
    double best = Double.NEGATIVE_INFINITY;
    double step = 1.0;
    int since = 0;
    final double[] g = new double[types];
    // the columns flattened: target j's are from[j] .. from[j + 1] - 1, column c's types (a
    // multiset) are ty[at[c]] .. ty[at[c + 1] - 1], all in one array so the ascent reads in order
    final int[] from = new int[targets + 1];
    int entries = 0;
    for (int j = 0; j < targets; j++) {
      from[j + 1] = from[j] + found.get(j).size();
      for (int[] b : found.get(j)) {
        for (int x : b) {
          entries += x;
        }
      }
    }
    final int[] at = new int[from[targets] + 1];
    final int[] ty = new int[entries];
    final double[] cost = new double[from[targets]];
    for (int j = 0; j < targets; j++) {
      int c = from[j];
      for (int[] b : found.get(j)) {
        double x = value[j];
        int k = at[c];
        for (int i = 0; i < types; i++) {
          for (int u = 0; u < b[i]; u++) {
            ty[k++] = i;
            x *= q[i][j];
          }
        }
        at[c + 1] = k;
        cost[c++] = x;
      }
    }
    ascentWork += (double) iterations * columnEntries();
    for (int it = 0; it < iterations; it++) {
      double d = 0;
      for (int i = 0; i < types; i++) {
        d -= lambda[i] * units[i];
        g[i] = -units[i];
      }
      for (int j = 0; j < targets; j++) {
        double mn = Double.POSITIVE_INFINITY;
        int mc = from[j];
        for (int c = from[j]; c < from[j + 1]; c++) {
          double x = cost[c];
          for (int k = at[c]; k < at[c + 1]; k++) {
            x += lambda[ty[k]];
          }
          if (x < mn) {
            mn = x;
            mc = c;
          }
        }
        d += mn;
        for (int k = at[mc]; k < at[mc + 1]; k++) {
          g[ty[k]]++;
        }
      }
      if (d > best) {
        best = d;
        System.arraycopy(lambda, 0, bestLambda, 0, types);
        since = 0;
      } else if (++since >= 100) {
        step /= 2;
        since = 0;
      }
      double norm = 0;
      for (int i = 0; i < types; i++) {
        norm += g[i] * g[i];
      }
      if (norm == 0 || upper - d <= 0) {
        break;
      }
      final double s = step * (upper - d) / norm;
      for (int i = 0; i < types; i++) {
        lambda[i] += s * g[i];
        if (problem.allowUnassigned()) {
          lambda[i] = Math.max(0, lambda[i]);
        }
      }
    }
    dual[0] = best;
    return bestLambda;
  }

  private long cutShort;

  /** Work done by the evaluations: entries scanned and relaxation steps. */
  private long work;

  /** Most {@link #work} of one certification (a few seconds on one core at most). */
  static final long WORK = 50_000_000L;

  /** The work done so far. */
  long work() {
    return work;
  }

  /** Targets whose search was cut at {@link #TARGET_NODES} (their terms relaxed). */
  long cutShort() {
    return cutShort;
  }

  /** The nodes searched by the subproblems so far (the bound's work). */
  long nodes() {
    return nodes;
  }

  /** Units of each type used by the last evaluation's bundles. */
  int[] used() {
    return used.clone();
  }

  /** The bundle target j took in the last evaluation, as units per type. */
  int[] chosen(final int j) {
    return chosen[j].clone();
  }
}
