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
 * weapon's worth elsewhere in view, which a search from the greedy start lacks; each, its surplus
 * units removed, is handed to the caller, which completes it greedily, improves it and says how
 * good it became.
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

  private final int types;
  private final int targets;
  private final double[] value;

  /** q[i][j] = 1 - p_ij. */
  private final double[][] q;

  /**
   * The same, by target: qt[j][i] = 1 - p_ij, so that {@link #relax}, which scans every type of one
   * target, reads memory in order.
   */
  private final double[][] qt;

  private final int[] units;

  // each target's bundle: first and second type, or -1
  private final int[] first;
  private final int[] second;
  private final int[] used;
  private final int[] cand;
  private final double[] candCost;

  /**
   * Each target's candidates at the last relaxation (targets x {@link #CANDIDATES}, how many in
   * {@link #prevCount}), offered first at the next: prices move little from one step to the next,
   * so they are mostly the new candidates too, and the scan of the other types then rarely inserts
   * one. The candidates are the cheapest in the order (cost, type), whatever order they are offered
   * in, so this saves time and changes nothing.
   */
  private final int[] prevCand;

  private final int[] prevCount;

  /** Per type, the target (plus one) whose scan has already offered it. */
  private final int[] offered;

  private double bound = Double.NEGATIVE_INFINITY;

  WtaLagrangian(final WtaProblem problem) {
    this.types = problem.typeCount();
    this.targets = problem.targetCount();
    this.value = problem.values();
    this.units = problem.units();
    this.q = new double[types][targets];
    this.qt = new double[targets][types];
    for (int i = 0; i < types; i++) {
      final double[] p = problem.killRow(i);
      for (int j = 0; j < targets; j++) {
        q[i][j] = 1.0 - p[j];
        qt[j][i] = q[i][j];
      }
    }
    first = new int[targets];
    second = new int[targets];
    used = new int[types];
    cand = new int[CANDIDATES];
    candCost = new double[CANDIDATES];
    prevCand = new int[targets * CANDIDATES];
    prevCount = new int[targets];
    offered = new int[types];
  }

  /**
   * Runs the subgradient iterations; at iteration {@code from} and every {@code every} after it,
   * passes the targets' bundles, each type's surplus removed, to {@code improve} as a partial
   * assignment, which completes and improves it and returns the objective it reached (the step's
   * target is the best of these).
   *
   * @param startPrices each type's starting price per unit (e.g. {@link WtaSearch#unitWorth}), not
   *     changed
   * @param startObjective the best objective known at the start
   * @param iterations subgradient iterations
   * @param from first iteration that yields an assignment
   * @param every iterations between assignments
   * @param improve takes a partial assignment (weapons in type order, {@link
   *     WtaSolution#UNASSIGNED} for the units left free), returns the objective reached from it
   * @return the number of assignments yielded
   */
  int run(
      final double[] startPrices,
      final double startObjective,
      final int iterations,
      final int from,
      final int every,
      final ToDoubleFunction<int[]> improve) {
    final double[] lambda = startPrices.clone();
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
        upper = Math.min(upper, improve.applyAsDouble(withoutSurplus()));
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

  /** Solves each target's bundle at these prices; returns the relaxation's value. */
  private double relax(final double[] lambda) {
    Arrays.fill(used, 0);
    double total = 0;
    for (int i = 0; i < types; i++) {
      total -= lambda[i] * units[i];
    }
    Arrays.fill(offered, 0);
    for (int j = 0; j < targets; j++) {
      final double v = value[j];
      final double[] qj = qt[j];
      int m = 0;
      // last relaxation's candidates first, then every other type
      final int base = j * CANDIDATES;
      for (int x = 0; x < prevCount[j]; x++) {
        final int i = prevCand[base + x];
        offered[i] = j + 1;
        m = offer(m, v * qj[i] + lambda[i], i);
      }
      for (int i = 0; i < types; i++) {
        if (units[i] == 0 || offered[i] == j + 1) {
          continue;
        }
        final double c = v * qj[i] + lambda[i];
        if (m < CANDIDATES
            || c < candCost[CANDIDATES - 1]
            || c == candCost[CANDIDATES - 1] && i < cand[CANDIDATES - 1]) {
          m = offer(m, c, i);
        }
      }
      System.arraycopy(cand, 0, prevCand, base, m);
      prevCount[j] = m;
      double best = v;
      int b1 = -1;
      int b2 = -1;
      if (m > 0 && candCost[0] < best) {
        best = candCost[0];
        b1 = cand[0];
      }
      for (int x = 0; x < m; x++) {
        final int i1 = cand[x];
        final double vq = v * qj[i1];
        for (int y = x; y < m; y++) {
          final int i2 = cand[y];
          if (i1 == i2 && units[i1] < 2) {
            continue;
          }
          final double c = vq * qj[i2] + lambda[i1] + lambda[i2];
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
   * Inserts type {@code i} of cost {@code c} among the {@code m} candidates, kept sorted by (cost,
   * type), if it is among the {@link #CANDIDATES} first; returns the new count.
   */
  private int offer(final int m, final double c, final int i) {
    if (m == CANDIDATES
        && (c > candCost[CANDIDATES - 1]
            || c == candCost[CANDIDATES - 1] && i > cand[CANDIDATES - 1])) {
      return m;
    }
    int x = m < CANDIDATES ? m : CANDIDATES - 1;
    while (x > 0 && (candCost[x - 1] > c || candCost[x - 1] == c && cand[x - 1] > i)) {
      candCost[x] = candCost[x - 1];
      cand[x] = cand[x - 1];
      x--;
    }
    candCost[x] = c;
    cand[x] = i;
    return m < CANDIDATES ? m + 1 : m;
  }

  /**
   * The targets' bundles with each type's surplus removed: a type used too often gives up the units
   * whose loss costs least. The units still free are left to the caller (the search's greedy
   * completion). Weapons in type order; each type's placed units first, in target order.
   */
  private int[] withoutSurplus() {
    final int[][] on = new int[targets][2];
    final int[] deg = new int[targets];
    final int[] count = new int[types];
    for (int j = 0; j < targets; j++) {
      if (first[j] >= 0) {
        on[j][deg[j]++] = first[j];
        count[first[j]]++;
      }
      if (second[j] >= 0) {
        on[j][deg[j]++] = second[j];
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
        count[i]--;
      }
    }
    final int[] next = new int[types];
    int w = 0;
    for (int i = 0; i < types; i++) {
      next[i] = w;
      w += units[i];
    }
    final int[] partial = new int[w];
    Arrays.fill(partial, WtaSolution.UNASSIGNED);
    for (int j = 0; j < targets; j++) {
      for (int k = 0; k < deg[j]; k++) {
        partial[next[on[j][k]]++] = j;
      }
    }
    return partial;
  }

  /** Survival at target j of the units on it except the k-th. */
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
