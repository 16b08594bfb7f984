package io.airshield.formation;

import io.airshield.campaign.EntryDraw;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The formation risk carried into a campaign (issue 19): each fighter unit of the scenario that
 * names a {@code formationUnit} enters on that unit's ready date as drawn by the plan's Monte Carlo
 * ({@link ReadinessSimulator}) of the recommended schedule, one sample per replication.
 *
 * <p>Replication {@code r} of a campaign with seed {@code s} takes formation sample {@code r} of
 * seed {@code s}, the one {@code airshield form --seed s} draws as its sample {@code r}: common
 * random numbers, so two campaigns with the same seed (say, with and without a reinforcement) see
 * the same ready dates, and the answer does not depend on the thread count. The formation stream
 * (seed, sample, {@link ReadinessSimulator#PURPOSE}) is not one of the campaign's, so drawing it
 * changes no other random number of the replication. A unit not ready within the simulated span, or
 * after the scenario's end, does not fight in that replication.
 */
public final class FormedEntry implements EntryDraw {
  private final ReadinessSimulator simulator;
  private final int[] scenarioUnit;
  private final int[] planUnit;

  /** Days from the scenario's first day to the plan's epoch (may be negative). */
  private final long offsetDays;

  private final int days;

  /**
   * @param s the scenario (its units' {@code formationUnit}s must name units of the plan)
   * @param plan the formation plan
   * @param nominal the schedule the plan is carried out by (feasible)
   */
  public FormedEntry(final Scenario s, final FormationPlan plan, final PlanOutcome nominal) {
    this.simulator = new ReadinessSimulator(plan, nominal);
    final List<int[]> pairs = new ArrayList<>();
    for (int u = 0; u < s.fighterUnits().size(); u++) {
      final FighterUnit f = s.fighterUnits().get(u);
      if (f.formationUnitId().isEmpty()) {
        continue;
      }
      for (int k = 0; k < plan.units().size(); k++) {
        if (plan.units().get(k).id().equals(f.formationUnitId())) {
          pairs.add(new int[] {u, k});
        }
      }
    }
    scenarioUnit = pairs.stream().mapToInt(p -> p[0]).toArray();
    planUnit = pairs.stream().mapToInt(p -> p[1]).toArray();
    offsetDays = plan.start().toEpochDay() - s.start().toEpochDay();
    days = s.days();
  }

  /**
   * @return how many of the scenario's units it draws
   */
  public int units() {
    return scenarioUnit.length;
  }

  @Override
  public void draw(final long seed, final long rep, final int[] fromDay) {
    final int[] ready = simulator.sample(seed, Math.toIntExact(rep));
    for (int k = 0; k < scenarioUnit.length; k++) {
      final int r = ready[planUnit[k]];
      final long day = r >= ReadinessSimulator.NEVER ? days : r + offsetDays;
      fromDay[scenarioUnit[k]] = (int) Math.max(0, Math.min(days, day));
    }
  }
}
