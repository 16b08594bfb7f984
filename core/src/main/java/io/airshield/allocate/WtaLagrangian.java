package io.airshield.allocate;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Starting assignments from a Lagrangian relaxation of the weapon counts: the constraint that each
 * type uses exactly its units is moved into the objective with a price per unit {@code lambda_i},
 * after which the problem falls apart by target, and each target takes the bundle of weapons that
 * minimises its surviving value plus the prices paid, {@code min v_j prod (1 - p_ij) + sum
 * lambda_i}. Prices are set by subgradient steps (Held, Wolfe and Crowder, "Validation of
 * subgradient optimization", Mathematical Programming 6 (1974) 62-88; Polyak's step with the best
 * known objective as the target): a type wanted by too many targets gets dearer, one left idle
 * cheaper. The targets' bundles at good prices are a nearly feasible assignment chosen with every
 * weapon's worth elsewhere in view, which a search from the greedy start lacks; each is made
 * feasible by a repair and handed to the caller, which improves it and says how good it became.
 *
 * <p>Each target's bundle is searched among no weapon, one, or two, the two drawn from its {@link
 * #CANDIDATES} cheapest single weapons at the current prices. That is a heuristic relaxation (three
 * or more weapons on one target are left out), suited to problems with about as many weapons as
 * targets, where good solutions put one or two weapons on each; the value it reaches is an estimate
 * of the lower bound, not a proof. Used by {@link WtaSolver} for large problems only.
 *
 * <p>Deterministic: no randomness, a fixed iteration count.
 */
final class WtaLagrangian {
  /** Cheapest single weapons per target among which the pair is sought. */
  static final int CANDIDATES = 12;

  /** Subgradient iterations without a better relaxation value before the step is halved. */
  private static final int PATIENCE = 20;

  private final WtaProblem problem;
  private final int types;
  private final int targets;
  private final double[] value;

  /** q[i][j] = 1 - p_ij. */
  private final double[][] q;

  private final int[] units;

  // each target's bundle: first and second type, or -1
  private final int[] first;
  private final int[] second;
  private final int[] used;
  private final int[] cand;
  private final double[] candCost;

  private double bound = Double.NEGATIVE_INFINITY;

  WtaLagrangian(final WtaProblem problem) {
    this.problem = problem;
    this.types = problem.typeCount();
    this.targets = problem.targetCount();
    this.value = problem.values();
    this.units = problem.units();
    this.q = new double[types][targets];
    for (int i = 0; i < types; i++) {
      final double[] p = problem.killRow(i);
      for (int j = 0; j < targets; j++) {
        q[i][j] = 1.0 - p[j];
      }
    }
    first = new int[targets];
    second = new int[targets];
    used = new int[types];
    cand = new int[CANDIDATES];
    candCost = new double[CANDIDATES];
  }

  /**
   * Runs the subgradient iterations; at iteration {@code from} and every {@code every} after it,
   * repairs the targets' bundles into a complete assignment and passes it to {@code improve}, which
   * returns the objective it reached from it (the step's target is the best of these).
   *
   * @param start a complete assignment, for the starting prices (each unit's marginal value in it)
   * @param startObjective its objective
   * @param iterations subgradient iterations
   * @param from first iteration that yields an assignment
   * @param every iterations between assignments
   * @param improve takes a repaired assignment, returns the objective reached from it
   * @return the number of assignments yielded
   */
  int run(
      final int[] start,
      final double startObjective,
      final int iterations,
      final int from,
      final int every,
      final ToDoubleFunction<int[]> improve) {
    final double[] lambda = startingPrices(start);
    double upper = startObjective;
    double step = 1.0;
    int stale = 0;
    int yielded = 0;
    for (int it = 0; it < iterations; it++) {
      final double l = relax(lambda);
      if (l > bound) {
        bound = l;
        stale = 0;
      } else if (++stale >= PATIENCE) {
        step *= 0.5;
        stale = 0;
      }
      if (it >= from && (it - from) % every == 0) {
        upper = Math.min(upper, improve.applyAsDouble(repair()));
        yielded++;
      }
      double norm = 0;
      for (int i = 0; i < types; i++) {
        final double g = used[i] - units[i];
        norm += g * g;
      }
      if (norm == 0) {
        break; // the bundles use every type exactly: the relaxation is solved
      }
      // Polyak's step towards the best objective known; the relaxation leaves out bundles of three,
      // so its value may pass that target, and then a vanishing step of the same sign is taken
      final double t = step * Math.max(upper - l, 1e-9 * Math.abs(upper)) / norm;
      for (int i = 0; i < types; i++) {
        lambda[i] += t * (used[i] - units[i]);
      }
    }
    return yielded;
  }

  /**
   * @return the best relaxation value seen: an estimate of a lower bound on the objective (exact
   *     only if no target's best bundle has three weapons or more)
   */
  double bound() {
    return bound;
  }

  /**
   * Each unit's price: the surviving value it removes where {@code start} puts it, averaged over
   * the type's units. The survival without a weapon is a product over the others (prefix and suffix
   * products per target, no division, since a kill probability may be 1).
   */
  private double[] startingPrices(final int[] start) {
    final int[] type = problem.weaponTypes();
    final int n = start.length;
    // weapons grouped by target (counting sort)
    final int[] head = new int[targets + 1];
    for (int w = 0; w < n; w++) {
      head[start[w] + 1]++;
    }
    for (int j = 0; j < targets; j++) {
      head[j + 1] += head[j];
    }
    final int[] byTarget = new int[n];
    final int[] fill = Arrays.copyOf(head, targets);
    for (int w = 0; w < n; w++) {
      byTarget[fill[start[w]]++] = w;
    }
    final double[] lambda = new double[types];
    final double[] prefix = new double[n + 1];
    for (int j = 0; j < targets; j++) {
      final int a = head[j];
      final int b = head[j + 1];
      prefix[a] = 1.0;
      for (int x = a; x < b; x++) {
        prefix[x + 1] = prefix[x] * q[type[byTarget[x]]][j];
      }
      final double all = prefix[b];
      double suffix = 1.0;
      for (int x = b - 1; x >= a; x--) {
        final int w = byTarget[x];
        final double without = prefix[x] * suffix;
        lambda[type[w]] += value[j] * (without - all) / units[type[w]];
        suffix *= q[type[w]][j];
      }
    }
    return lambda;
  }

  /** Solves each target's bundle at these prices; returns the relaxation's value. */
  private double relax(final double[] lambda) {
    Arrays.fill(used, 0);
    double total = 0;
    for (int i = 0; i < types; i++) {
      total -= lambda[i] * units[i];
    }
    for (int j = 0; j < targets; j++) {
      final double v = value[j];
      int m = 0;
      for (int i = 0; i < types; i++) {
        if (units[i] == 0) {
          continue;
        }
        final double c = v * q[i][j] + lambda[i];
        if (m < CANDIDATES || c < candCost[CANDIDATES - 1]) {
          int x = m < CANDIDATES ? m++ : CANDIDATES - 1;
          while (x > 0 && candCost[x - 1] > c) {
            candCost[x] = candCost[x - 1];
            cand[x] = cand[x - 1];
            x--;
          }
          candCost[x] = c;
          cand[x] = i;
        }
      }
      double best = v;
      int b1 = -1;
      int b2 = -1;
      if (m > 0 && candCost[0] < best) {
        best = candCost[0];
        b1 = cand[0];
      }
      for (int x = 0; x < m; x++) {
        final int i1 = cand[x];
        final double vq = v * q[i1][j];
        for (int y = x; y < m; y++) {
          final int i2 = cand[y];
          if (i1 == i2 && units[i1] < 2) {
            continue;
          }
          final double c = vq * q[i2][j] + lambda[i1] + lambda[i2];
          if (c < best) {
            best = c;
            b1 = i1;
            b2 = i2;
          }
        }
      }
      first[j] = b1;
      second[j] = b2;
      if (b1 >= 0) {
        used[b1]++;
      }
      if (b2 >= 0) {
        used[b2]++;
      }
      total += best;
    }
    return total;
  }

  /**
   * The targets' bundles made feasible: a type used too often gives up the units whose loss costs
   * least; then the units still free go, one at a time, where they remove the most surviving value
   * (maximal marginal return). Returns a complete assignment, weapons in type order.
   */
  private int[] repair() {
    // per target, the units on it: at most two from the bundles, more as free units are placed
    final int[][] on = new int[targets][];
    final int[] deg = new int[targets];
    final double[] survival = new double[targets];
    final int[] count = new int[types];
    for (int j = 0; j < targets; j++) {
      on[j] = new int[4];
      survival[j] = 1.0;
      if (first[j] >= 0) {
        on[j][deg[j]++] = first[j];
        survival[j] *= q[first[j]][j];
        count[first[j]]++;
      }
      if (second[j] >= 0) {
        on[j][deg[j]++] = second[j];
        survival[j] *= q[second[j]][j];
        count[second[j]]++;
      }
    }
    for (int i = 0; i < types; i++) {
      while (count[i] > units[i]) {
        // the unit of type i whose removal loses least
        int bj = -1;
        int bk = -1;
        double least = Double.POSITIVE_INFINITY;
        for (int j = 0; j < targets; j++) {
          for (int k = 0; k < deg[j]; k++) {
            if (on[j][k] == i) {
              final double loss = value[j] * others(on[j], deg[j], k, j) * (1.0 - q[i][j]);
              if (loss < least) {
                least = loss;
                bj = j;
                bk = k;
              }
            }
          }
        }
        on[bj][bk] = on[bj][--deg[bj]];
        survival[bj] = others(on[bj], deg[bj], -1, bj);
        count[i]--;
      }
    }
    // free units: greedy by maximal marginal return; each type's best target is kept and
    // rescanned only when a unit lands there (gains only shrink as a target is engaged more)
    final int[] bestTarget = new int[types];
    final double[] bestGain = new double[types];
    for (int i = 0; i < types; i++) {
      if (count[i] < units[i]) {
        scan(i, survival, bestTarget, bestGain);
      }
    }
    while (true) {
      int bi = -1;
      for (int i = 0; i < types; i++) {
        if (count[i] < units[i] && (bi < 0 || bestGain[i] > bestGain[bi])) {
          bi = i;
        }
      }
      if (bi < 0) {
        break;
      }
      final int bj = bestTarget[bi];
      if (deg[bj] == on[bj].length) {
        on[bj] = Arrays.copyOf(on[bj], 2 * deg[bj]);
      }
      on[bj][deg[bj]++] = bi;
      survival[bj] *= q[bi][bj];
      count[bi]++;
      for (int i = 0; i < types; i++) {
        if (count[i] < units[i] && bestTarget[i] == bj) {
          scan(i, survival, bestTarget, bestGain);
        }
      }
    }
    // weapons in type order: the units of type i are the next free indices of that type
    final int[] next = new int[types];
    int w = 0;
    for (int i = 0; i < types; i++) {
      next[i] = w;
      w += units[i];
    }
    final int[] assignment = new int[w];
    for (int j = 0; j < targets; j++) {
      for (int k = 0; k < deg[j]; k++) {
        assignment[next[on[j][k]]++] = j;
      }
    }
    return assignment;
  }

  /** Type i's target of largest marginal return at these survivals (first of ties). */
  private void scan(
      final int i, final double[] survival, final int[] bestTarget, final double[] bestGain) {
    int bj = 0;
    double gain = -1;
    for (int j = 0; j < targets; j++) {
      final double g = value[j] * survival[j] * (1.0 - q[i][j]);
      if (g > gain) {
        gain = g;
        bj = j;
      }
    }
    bestTarget[i] = bj;
    bestGain[i] = gain;
  }

  /** Survival at target j of the units on it except the k-th (k = -1: all). */
  private double others(final int[] on, final int deg, final int k, final int j) {
    double s = 1.0;
    for (int x = 0; x < deg; x++) {
      if (x != k) {
        s *= q[on[x]][j];
      }
    }
    return s;
  }
}
