package io.airshield.reinforce;

import io.airshield.campaign.Analytic;
import io.airshield.campaign.Theatre;
import io.airshield.domain.AaUnit;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.Place;
import io.airshield.domain.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The analytic screen of stationing plans: the expected campaign figures of each plan from {@link
 * Analytic}, with no simulation, and the plan's expected gain in the pool's objective over doing
 * nothing. It compiles one probe theatre that holds the scenario's units plus one regiment of every
 * pool unit at every candidate station; a plan is then a multiplicity of each probe regiment, so
 * thousands of plans are screened from one compilation.
 *
 * <p>What it estimates (see {@link Analytic}): supply delivered (and its share), AA kills,
 * intrusions intercepted, contacts at night and in bad weather, raids broken up, attacks. Objective
 * figures outside that list are left out of the screen's score, and {@link #unsupported()} names
 * them; with none supported, the screen cannot tell plans apart.
 */
public final class Screen {
  private final Pool pool;
  private final Analytic analytic;
  private final int baseAa;
  private final int baseUnits;
  private final int[][] probeAa;
  private final int[][] probeUnit;
  private final double[] baseline;
  private final List<String> unsupported = new ArrayList<>();

  /**
   * @param scenario the scenario
   * @param pool the pool
   */
  public Screen(final Scenario scenario, final Pool pool) {
    this.pool = pool;
    final List<AaUnit> aa = new ArrayList<>(scenario.aaUnits());
    final List<FighterUnit> fighters = new ArrayList<>(scenario.fighterUnits());
    baseAa = aa.size();
    baseUnits = fighters.size();
    probeAa = new int[pool.units().size()][];
    probeUnit = new int[pool.units().size()][];
    for (int u = 0; u < pool.units().size(); u++) {
      final Pool.PoolUnit pu = pool.units().get(u);
      probeAa[u] = new int[pu.stations().size()];
      probeUnit[u] = new int[pu.stations().size()];
      for (int s = 0; s < pu.stations().size(); s++) {
        final String pid = pu.stations().get(s);
        final Place pl =
            scenario.places().stream().filter(p -> p.id().equals(pid)).findFirst().orElseThrow();
        final String id = "probe-" + pu.id() + "-" + pid;
        if (pu.kind() == Pool.Kind.AA) {
          probeAa[u][s] = aa.size();
          aa.add(
              new AaUnit(
                  id,
                  id,
                  pid,
                  pl.at(),
                  pu.guns(),
                  pu.searchlights(),
                  pu.gunLayingRadar(),
                  pu.from(),
                  pu.source()));
        } else {
          probeUnit[u][s] = fighters.size();
          fighters.add(pu.template().stationedAt(id, id, pid));
        }
      }
    }
    analytic = new Analytic(new Theatre(scenario.withAaUnits(aa).withFighterUnits(fighters)));
    baseline = analytic.expected(weightsAa(null), weightsUnits(null));
    for (Pool.Term t : pool.objective().terms()) {
      if (Double.isNaN(baseline[t.slot()])) {
        unsupported.add(t.metric());
      }
    }
  }

  private double[] weightsAa(final Plan plan) {
    final double[] w = new double[analytic.aaUnits()];
    for (int a = 0; a < baseAa; a++) {
      w[a] = 1;
    }
    if (plan != null) {
      for (int u = 0; u < probeAa.length; u++) {
        if (pool.units().get(u).kind() == Pool.Kind.AA) {
          for (int s = 0; s < probeAa[u].length; s++) {
            w[probeAa[u][s]] += plan.count(u, s);
          }
        }
      }
    }
    return w;
  }

  private double[] weightsUnits(final Plan plan) {
    final double[] w = new double[analytic.fighterUnits()];
    for (int a = 0; a < baseUnits; a++) {
      w[a] = 1;
    }
    if (plan != null) {
      for (int u = 0; u < probeUnit.length; u++) {
        if (pool.units().get(u).kind() == Pool.Kind.FIGHTER) {
          for (int s = 0; s < probeUnit[u].length; s++) {
            w[probeUnit[u][s]] += plan.count(u, s);
          }
        }
      }
    }
    return w;
  }

  /**
   * @return the expected scalar figures with no reinforcement (NaN where not estimated)
   */
  public double[] baseline() {
    return baseline.clone();
  }

  /**
   * @param plan a plan (partial plans are allowed)
   * @return its expected scalar figures (NaN where not estimated)
   */
  public double[] expected(final Plan plan) {
    return analytic.expected(weightsAa(plan), weightsUnits(plan));
  }

  /**
   * @param plan a plan
   * @return its expected gain in the objective over doing nothing, counting only the figures the
   *     screen estimates
   */
  public double gain(final Plan plan) {
    final double[] e = expected(plan);
    double g = 0;
    for (Pool.Term t : pool.objective().terms()) {
      if (!Double.isNaN(e[t.slot()])) {
        g += t.weight() * (e[t.slot()] - baseline[t.slot()]);
      }
    }
    return g;
  }

  /**
   * @return objective figures the screen does not estimate
   */
  public List<String> unsupported() {
    return List.copyOf(unsupported);
  }
}
