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
 */
public record ReinforceData(
    Reinforcement result,
    Scenario reinforced,
    List<double[]> batteries,
    List<String> newUnits,
    String request) {
  public ReinforceData {
    batteries = List.copyOf(batteries);
    newUnits = List.copyOf(newUnits);
    request = request == null ? "" : request;
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
    return new ReinforceData(result, reinforced, batt, added, request);
  }
}
