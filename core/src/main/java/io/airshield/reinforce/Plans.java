package io.airshield.reinforce;

import io.airshield.domain.FighterUnit;
import io.airshield.domain.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The feasible plans of a pool: every assignment of its regiments to their candidate stations that
 * respects the limits. A unit of k regiments that may be split is placed as a multiset of k
 * stations (each at most {@code maxPerStation} times); one that may not is placed whole at one
 * station. Across the pool, no airfield takes more than {@code fighterRegimentsPerField} pool
 * fighter regiments nor more aircraft than its capacity (the scenario's units there counted). A
 * unit marked {@code search: false} is left out of the plans here (it has no regiments in them): it
 * stands only where a named plan of the pool puts it ({@link Pool.Named}).
 *
 * <p>When there are more plans than the simulation can rank, {@link #search} picks a candidate set
 * with the screen: a greedy placement regiment by regiment, from every forced first station, each
 * improved by steepest-ascent local search (moving one regiment to another station), keeping the
 * best plans met on the way.
 */
public final class Plans {
  /** Enumeration stops counting here. */
  public static final long COUNT_LIMIT = 1_000_000;

  private Plans() {}

  /**
   * @param pool the pool
   * @param scenario the scenario
   * @return the number of feasible plans, or {@link #COUNT_LIMIT} if there are at least as many
   */
  public static long count(final Pool pool, final Scenario scenario) {
    final long[] n = new long[1];
    forEach(pool, scenario, p -> ++n[0] < COUNT_LIMIT);
    return n[0];
  }

  /**
   * @param pool the pool
   * @param scenario the scenario
   * @param limit most plans wanted
   * @return the feasible plans in enumeration order, at most {@code limit}
   */
  public static List<Plan> enumerate(final Pool pool, final Scenario scenario, final int limit) {
    final List<Plan> out = new ArrayList<>();
    forEach(
        pool,
        scenario,
        p -> {
          out.add(p);
          return out.size() < limit;
        });
    return out;
  }

  /**
   * Visits the feasible plans in a fixed order: units in pool order, each unit's placements with
   * more regiments on earlier stations first.
   *
   * @param pool the pool
   * @param scenario the scenario
   * @param visitor returns false to stop
   */
  public static void forEach(
      final Pool pool, final Scenario scenario, final Predicate<Plan> visitor) {
    final List<List<int[]>> options = new ArrayList<>();
    for (Pool.PoolUnit u : pool.units()) {
      options.add(placements(u, pool.limits()));
    }
    final int[][] counts = new int[pool.units().size()][];
    product(options, 0, counts, pool, scenario, visitor);
  }

  private static boolean product(
      final List<List<int[]>> options,
      final int u,
      final int[][] counts,
      final Pool pool,
      final Scenario scenario,
      final Predicate<Plan> visitor) {
    if (u == options.size()) {
      return !feasible(counts, pool, scenario) || visitor.test(new Plan(counts));
    }
    for (int[] c : options.get(u)) {
      counts[u] = c;
      if (!product(options, u + 1, counts, pool, scenario, visitor)) {
        return false;
      }
    }
    return true;
  }

  /** The placements of one unit on its own: compositions of its regiments over its stations. */
  static List<int[]> placements(final Pool.PoolUnit u, final Pool.Limits limits) {
    final int s = u.stations().size();
    final List<int[]> out = new ArrayList<>();
    if (!u.searched()) {
      out.add(new int[s]); // stands only where a named plan puts it
      return out;
    }
    if (!u.split()) {
      if (u.kind() == Pool.Kind.FIGHTER && u.regiments() > limits.fighterRegimentsPerField()) {
        return out;
      }
      for (int i = 0; i < s; i++) {
        final int[] c = new int[s];
        c[i] = u.regiments();
        out.add(c);
      }
      return out;
    }
    int max = u.maxPerStation();
    if (u.kind() == Pool.Kind.FIGHTER) {
      max = Math.min(max, limits.fighterRegimentsPerField());
    }
    compose(new int[s], 0, u.regiments(), max, out);
    return out;
  }

  private static void compose(
      final int[] c, final int i, final int left, final int max, final List<int[]> out) {
    if (i == c.length - 1) {
      if (left <= max) {
        c[i] = left;
        out.add(c.clone());
        c[i] = 0;
      }
      return;
    }
    for (int k = Math.min(left, max); k >= 0; k--) {
      c[i] = k;
      compose(c, i + 1, left - k, max, out);
    }
    c[i] = 0;
  }

  /**
   * The limits across units: regiments per field and airfield capacity. Partial plans (fewer
   * regiments than the units have) are checked the same way.
   */
  static boolean feasible(final int[][] counts, final Pool pool, final Scenario scenario) {
    final Map<String, Integer> regiments = new HashMap<>();
    final Map<String, Integer> aircraft = new HashMap<>();
    for (int u = 0; u < counts.length; u++) {
      final Pool.PoolUnit pu = pool.units().get(u);
      if (pu.kind() != Pool.Kind.FIGHTER || counts[u] == null) {
        continue;
      }
      for (int s = 0; s < counts[u].length; s++) {
        if (counts[u][s] > 0) {
          final String p = pu.stations().get(s);
          regiments.merge(p, counts[u][s], Integer::sum);
          aircraft.merge(p, counts[u][s] * pu.template().aircraft(), Integer::sum);
        }
      }
    }
    for (Map.Entry<String, Integer> e : regiments.entrySet()) {
      if (e.getValue() > pool.limits().fighterRegimentsPerField()) {
        return false;
      }
      final Integer cap = pool.limits().airfieldAircraft().get(e.getKey());
      if (cap != null) {
        int have = aircraft.get(e.getKey());
        for (FighterUnit f : scenario.fighterUnits()) {
          if (f.baseId().equals(e.getKey())) {
            have += f.aircraft();
          }
        }
        if (have > cap) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A candidate set of at most {@code cap} plans, found with the screen when the plans are too many
   * to enumerate (see the class comment). Deterministic: ties are broken by the plans' keys.
   *
   * @param pool the pool
   * @param scenario the scenario
   * @param score the screen's score of a plan, partial plans included (higher is better)
   * @param cap most plans returned
   * @return the best plans met, best first
   */
  public static List<Plan> search(
      final Pool pool, final Scenario scenario, final ToDoubleFunction<Plan> score, final int cap) {
    final Map<String, Plan> seen = new LinkedHashMap<>();
    final Map<String, Double> scores = new HashMap<>();
    final int units = pool.units().size();
    for (int fu = 0; fu < units; fu++) {
      if (!pool.units().get(fu).searched()) {
        continue;
      }
      for (int fs = 0; fs < pool.units().get(fu).stations().size(); fs++) {
        final int[][] c = empty(pool);
        if (!add(c, fu, fs, pool, scenario)) {
          continue;
        }
        if (!greedy(c, pool, scenario, score)) {
          continue;
        }
        localSearch(c, pool, scenario, score, seen, scores);
      }
    }
    final List<Plan> out = new ArrayList<>(seen.values());
    out.sort(Comparator.comparingDouble((Plan p) -> -scores.get(p.key())).thenComparing(Plan::key));
    return out.size() > cap ? List.copyOf(out.subList(0, cap)) : out;
  }

  private static int[][] empty(final Pool pool) {
    final int[][] c = new int[pool.units().size()][];
    for (int u = 0; u < c.length; u++) {
      c[u] = new int[pool.units().get(u).stations().size()];
    }
    return c;
  }

  private static int placed(final int[] c) {
    int n = 0;
    for (int v : c) {
      n += v;
    }
    return n;
  }

  /** Adds one regiment (or the whole unit, if it may not be split) at a station. */
  private static boolean add(
      final int[][] c, final int u, final int s, final Pool pool, final Scenario scenario) {
    final Pool.PoolUnit pu = pool.units().get(u);
    final int k = pu.split() ? 1 : pu.regiments();
    int max = pu.split() ? pu.maxPerStation() : pu.regiments();
    if (pu.kind() == Pool.Kind.FIGHTER) {
      max = Math.min(max, pool.limits().fighterRegimentsPerField());
    }
    if (placed(c[u]) + k > pu.regiments() || c[u][s] + k > max) {
      return false;
    }
    c[u][s] += k;
    if (!feasible(c, pool, scenario)) {
      c[u][s] -= k;
      return false;
    }
    return true;
  }

  private static boolean greedy(
      final int[][] c,
      final Pool pool,
      final Scenario scenario,
      final ToDoubleFunction<Plan> score) {
    for (int u = 0; u < c.length; u++) {
      final Pool.PoolUnit pu = pool.units().get(u);
      while (pu.searched() && placed(c[u]) < pu.regiments()) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < pu.stations().size(); s++) {
          if (add(c, u, s, pool, scenario)) {
            final double v = score.applyAsDouble(new Plan(c));
            if (v > bestScore) {
              bestScore = v;
              best = s;
            }
            c[u][s] -= pu.split() ? 1 : pu.regiments();
          }
        }
        if (best < 0) {
          return false;
        }
        add(c, u, best, pool, scenario);
      }
    }
    return true;
  }

  private static void localSearch(
      final int[][] c,
      final Pool pool,
      final Scenario scenario,
      final ToDoubleFunction<Plan> score,
      final Map<String, Plan> seen,
      final Map<String, Double> scores) {
    double current = remember(new Plan(c), score, seen, scores);
    while (true) {
      int[][] bestMove = null;
      double bestScore = current;
      for (int u = 0; u < c.length; u++) {
        final Pool.PoolUnit pu = pool.units().get(u);
        final int k = pu.split() ? 1 : pu.regiments();
        for (int a = 0; a < c[u].length; a++) {
          if (c[u][a] < k) {
            continue;
          }
          for (int b = 0; b < c[u].length; b++) {
            if (b == a) {
              continue;
            }
            c[u][a] -= k;
            if (add(c, u, b, pool, scenario)) {
              final double v = remember(new Plan(c), score, seen, scores);
              if (v > bestScore) {
                bestScore = v;
                bestMove = new Plan(c).counts();
              }
              c[u][b] -= k;
            }
            c[u][a] += k;
          }
        }
      }
      if (bestMove == null) {
        return;
      }
      for (int u = 0; u < c.length; u++) {
        c[u] = bestMove[u];
      }
      current = bestScore;
    }
  }

  private static double remember(
      final Plan p,
      final ToDoubleFunction<Plan> score,
      final Map<String, Plan> seen,
      final Map<String, Double> scores) {
    final Double known = scores.get(p.key());
    if (known != null) {
      return known;
    }
    final double v = score.applyAsDouble(p);
    seen.put(p.key(), p);
    scores.put(p.key(), v);
    return v;
  }
}
