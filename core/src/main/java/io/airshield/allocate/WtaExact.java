package io.airshield.allocate;

/**
 * Proves an assignment optimal, or finds a better one, by branch and bound on the counts {@code
 * x_ij} of units of type i on target j, bounded by the Lagrangian relaxation of {@link WtaBound}.
 *
 * <p>At each node the bounds {@code lo <= x_ij <= hi} restrict the targets' subproblems; the
 * relaxation is evaluated at the parent's prices and improved by a few subgradient steps; the node
 * is cut when its bound reaches the incumbent (less a relative tolerance of {@link #TOLERANCE}). If
 * the relaxation's bundles use every type exactly they are a feasible assignment, optimal for the
 * node. Otherwise it branches on a type used too often (the target where its unit is worth least
 * keeps at most one unit fewer, or at least as many) or too rarely (the target where one more unit
 * is worth most takes at least one more, or at most as many). The classical scheme of Lagrangian
 * branch and bound (Fisher, "The Lagrangian relaxation method for solving integer programming
 * problems", Management Science 27(1) (1981) 1-18), with the exact subproblems of {@link WtaBound}.
 *
 * <p>Depth first, deterministic, budgeted in nodes: when the budget runs out the answer says so and
 * gives the best bound proved (the least bound over the open nodes).
 */
final class WtaExact {
  /** Relative tolerance of the proof: the optimum is within this of the answer. */
  static final double TOLERANCE = 1e-9;

  /** Subgradient steps at the root and at every other node. */
  private static final int ROOT_STEPS = 200;

  private static final int NODE_STEPS = 12;

  /**
   * The outcome.
   *
   * @param assignment the best assignment found
   * @param objective its objective
   * @param lowerBound the bound proved: the objective less the tolerance when proven optimal
   * @param proven whether optimality was proved (within {@link #TOLERANCE})
   * @param nodes the nodes searched
   */
  record Result(
      int[] assignment, double objective, double lowerBound, boolean proven, long nodes) {}

  private final WtaProblem problem;
  private final int types;
  private final int targets;
  private final int[] units;
  private final WtaBound bound;
  private final int[][] lo;
  private final int[][] hi;
  private int[] best;
  private double bestObj;
  private long nodes;
  private long nodeLimit;
  private boolean outOfNodes;
  private double openBound;

  WtaExact(final WtaProblem problem) {
    this.problem = problem;
    this.types = problem.typeCount();
    this.targets = problem.targetCount();
    this.units = problem.units();
    this.bound = new WtaBound(problem);
    this.lo = new int[types][targets];
    this.hi = new int[types][targets];
    for (int i = 0; i < types; i++) {
      java.util.Arrays.fill(hi[i], units[i]);
    }
    bound.restrict(lo, hi);
  }

  /**
   * @param incumbent a feasible assignment (the search's best)
   * @param prices starting prices (e.g. those of the certified bound)
   * @param limit most nodes
   * @return the outcome
   */
  Result solve(final int[] incumbent, final double[] prices, final long limit) {
    best = incumbent.clone();
    bestObj = WtaSolution.evaluate(problem, best);
    nodeLimit = limit;
    nodes = 0;
    outOfNodes = false;
    openBound = Double.POSITIVE_INFINITY;
    node(prices.clone(), ROOT_STEPS);
    final boolean proven = !outOfNodes;
    final double lower =
        proven ? bestObj - TOLERANCE * Math.abs(bestObj) : Math.min(openBound, bestObj);
    return new Result(best, bestObj, lower, proven, nodes);
  }

  private double cutoff() {
    return bestObj - TOLERANCE * Math.abs(bestObj);
  }

  /** Searches the node of the current bounds, from these prices. */
  private void node(final double[] lambda, final int steps) {
    if (nodes >= nodeLimit) {
      outOfNodes = true;
      return; // the parent's bound stands for this node (taken as the search unwinds)
    }
    nodes++;
    for (int i = 0; i < types; i++) {
      int least = 0;
      int most = 0;
      for (int j = 0; j < targets; j++) {
        least += lo[i][j];
        most += hi[i][j];
      }
      if (least > units[i] || (!problem.allowUnassigned() && most < units[i])) {
        return; // no assignment within these bounds
      }
    }
    double l = bound.evaluate(lambda);
    double[] bestLambda = lambda.clone();
    double bestL = l;
    int[] used = bound.used();
    int[] bestUsed = used;
    int[][] bundles = bundles();
    double step = 1.0;
    for (int s = 0; s < steps && bestL < cutoff(); s++) {
      double norm = 0;
      for (int i = 0; i < types; i++) {
        final double g = used[i] - units[i];
        norm += g * g;
      }
      if (norm == 0) {
        break;
      }
      final double t = step * (bestObj - l) / norm;
      for (int i = 0; i < types; i++) {
        lambda[i] += t * (used[i] - units[i]);
        if (problem.allowUnassigned()) {
          lambda[i] = Math.max(0, lambda[i]);
        }
      }
      l = bound.evaluate(lambda);
      used = bound.used();
      if (l > bestL) {
        bestL = l;
        bestLambda = lambda.clone();
        bestUsed = used;
        bundles = bundles();
      } else {
        step *= 0.7;
      }
    }
    if (bestL >= cutoff()) {
      return;
    }
    // the relaxation's bundles feasible: an assignment, optimal within this node
    boolean exact = true;
    for (int i = 0; i < types; i++) {
      if (unbalanced(i, bestUsed, bestLambda)) {
        exact = false;
      }
    }
    if (exact) {
      final int[] a = assignment(bundles);
      final double v = WtaSolution.evaluate(problem, a);
      if (v < bestObj) {
        bestObj = v;
        best = a;
      }
      return;
    }
    // branch on the most unbalanced type
    int bi = -1;
    int worst = 0;
    for (int i = 0; i < types; i++) {
      final int d = Math.abs(bestUsed[i] - units[i]);
      if (unbalanced(i, bestUsed, bestLambda) && d > worst) {
        worst = d;
        bi = i;
      }
    }
    final boolean over = bestUsed[bi] > units[bi];
    int bj = -1;
    double pick = over ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    for (int j = 0; j < targets; j++) {
      final int c = bundles[j][bi];
      if (over ? c <= lo[bi][j] : c >= hi[bi][j]) {
        continue;
      }
      final double surv = survival(j, bundles[j]);
      // the worth of the unit at stake: over-used, the last one there; under-used, one more
      final double q = 1.0 - problem.kill(bi, j);
      final double worth =
          over
              ? (q > 0 ? surv / q : 0) * problem.value(j) * (1 - q)
              : surv * problem.value(j) * (1 - q);
      if (over ? worth < pick : worth > pick) {
        pick = worth;
        bj = j;
      }
    }
    if (bj < 0) {
      return; // cannot happen when the type is unbalanced within feasible bounds
    }
    final int c = bundles[bj][bi];
    final int oldLo = lo[bi][bj];
    final int oldHi = hi[bi][bj];
    // first the child that moves towards balance, then the other
    if (over) {
      hi[bi][bj] = c - 1;
      node(bestLambda.clone(), NODE_STEPS);
      hi[bi][bj] = oldHi;
      lo[bi][bj] = c;
      node(bestLambda.clone(), NODE_STEPS);
      lo[bi][bj] = oldLo;
    } else {
      lo[bi][bj] = c + 1;
      node(bestLambda.clone(), NODE_STEPS);
      lo[bi][bj] = oldLo;
      hi[bi][bj] = c;
      node(bestLambda.clone(), NODE_STEPS);
      hi[bi][bj] = oldHi;
    }
    if (outOfNodes) {
      openBound = Math.min(openBound, bestL);
    }
  }

  /**
   * Whether type i's use breaks its constraint in a way the relaxation's prices do not pay for: too
   * many units, or too few when every unit must be assigned or the unit has a price (so the bound
   * counted units that are not used).
   */
  private boolean unbalanced(final int i, final int[] used, final double[] lambda) {
    return used[i] > units[i]
        || (used[i] < units[i] && (!problem.allowUnassigned() || lambda[i] > 0));
  }

  private int[][] bundles() {
    final int[][] b = new int[targets][];
    for (int j = 0; j < targets; j++) {
      b[j] = bound.chosen(j);
    }
    return b;
  }

  private double survival(final int j, final int[] bundle) {
    double s = 1.0;
    for (int i = 0; i < types; i++) {
      for (int k = 0; k < bundle[i]; k++) {
        s *= 1.0 - problem.kill(i, j);
      }
    }
    return s;
  }

  /** The assignment of bundles that use every type exactly: each type's units in target order. */
  private int[] assignment(final int[][] bundles) {
    final int[] a = new int[problem.weaponCount()];
    java.util.Arrays.fill(a, WtaSolution.UNASSIGNED);
    final int[] first = new int[types];
    int w = 0;
    for (int i = 0; i < types; i++) {
      first[i] = w;
      w += units[i];
    }
    for (int j = 0; j < targets; j++) {
      for (int i = 0; i < types; i++) {
        for (int k = 0; k < bundles[j][i]; k++) {
          a[first[i]++] = j;
        }
      }
    }
    return a;
  }
}
