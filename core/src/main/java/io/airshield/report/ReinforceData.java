package io.airshield.report;

import io.airshield.campaign.Theatre;
import io.airshield.domain.AaUnit;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.Scenario;
import io.airshield.reinforce.Plan;
import io.airshield.reinforce.Pool;
import io.airshield.reinforce.Reinforcement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the reinforcement page and the web UI draw: the ranking, and the scenario as the best
 * plan leaves it. The reinforced scenario is made by the same {@link Plan#apply} the simulation
 * ran, so the map shows the units that were simulated, not a re-drawing of the plan's labels; the
 * units it added are named, so that the map can set them apart.
 *
 * @param result the ranking
 * @param reinforced the scenario with the best plan's units added
 * @param batteries the reinforced scenario's AA batteries {lat, lon, radius m, AA unit index}
 * @param newUnits the ids of the AA and fighter units the best plan added, in scenario order
 * @param request the drafted request, or empty when none was asked for
 * @param robust how robust the recommendation is over the estimates' ranges ({@code reinforce
 *     --robust}), or null
 */
public record ReinforceData(
    Reinforcement result,
    Scenario reinforced,
    List<double[]> batteries,
    List<String> newUnits,
    String request,
    Robust robust) {
  public ReinforceData {
    batteries = List.copyOf(batteries);
    newUnits = List.copyOf(newUnits);
    request = request == null ? "" : request;
  }

  /**
   * The robustness of the leading plans over a designed experiment on the estimates, as drawn: the
   * study layer computes it, the page only shows it.
   *
   * @param design what was run, in words (design, points, replications, factors)
   * @param plans each plan's figures, the recommended one marked
   * @param flips the factors that flip the choice, in words, most telling first
   * @param statement the sentence the request quotes
   */
  public record Robust(
      String design, List<RobustPlan> plans, List<String> flips, String statement) {
    public Robust {
      plans = List.copyOf(plans);
      flips = List.copyOf(flips);
    }
  }

  /**
   * One plan over the design.
   *
   * @param label the plan
   * @param recommended whether the request asks for it
   * @param shareBest share of the design points where it is best within the indifference zone
   * @param worstRegret its largest shortfall from the best plan at a point (objective units)
   * @param meanRegret its mean shortfall
   * @param meanObjective its mean objective over the design
   */
  public record RobustPlan(
      String label,
      boolean recommended,
      double shareBest,
      double worstRegret,
      double meanRegret,
      double meanObjective) {}

  /**
   * @param r how robust the recommendation is
   * @return a copy showing it
   */
  public ReinforceData withRobust(final Robust r) {
    return new ReinforceData(result, reinforced, batteries, newUnits, request, r);
  }

  /**
   * @param scenario the scenario the ranking was run on
   * @param pool its pool
   * @param result the ranking
   * @param request the drafted request, or null
   * @return the data to draw
   * @throws IllegalArgumentException if the result's best plan does not fit the pool
   */
  public static ReinforceData of(
      final Scenario scenario, final Pool pool, final Reinforcement result, final String request) {
    final Scenario reinforced = Plan.of(result.best().key(), pool).apply(scenario, pool);
    final Set<String> old = new HashSet<>();
    scenario.aaUnits().forEach(u -> old.add(u.id()));
    scenario.fighterUnits().forEach(u -> old.add(u.id()));
    final List<String> added = new ArrayList<>();
    for (AaUnit u : reinforced.aaUnits()) {
      if (!old.contains(u.id())) {
        added.add(u.id());
      }
    }
    for (FighterUnit u : reinforced.fighterUnits()) {
      if (!old.contains(u.id())) {
        added.add(u.id());
      }
    }
    final Theatre th = new Theatre(reinforced);
    final List<double[]> batt = new ArrayList<>();
    for (int b = 0; b < th.batteries(); b++) {
      batt.add(th.battery(b));
    }
    return new ReinforceData(result, reinforced, batt, added, request, null);
  }
}
