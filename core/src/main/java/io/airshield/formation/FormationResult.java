package io.airshield.formation;

import io.airshield.formation.schedule.SolveOptions;
import java.util.List;

/**
 * What {@code airshield form} answers for a plan.
 *
 * @param plan the plan
 * @param options the scheduler's budget and seed
 * @param withoutHelp the schedule with no outside help
 * @param binding for each unit late without help, what binds it
 * @param leastHelp the least outside help that makes every unit ready in time
 */
public record FormationResult(
    FormationPlan plan,
    SolveOptions options,
    PlanOutcome withoutHelp,
    List<Binding> binding,
    LeastHelp leastHelp) {
  public FormationResult {
    binding = List.copyOf(binding);
  }

  /**
   * @return the schedule to act on: with the least help when help is found, otherwise without help
   *     (an insufficient help set is not a plan)
   */
  public PlanOutcome recommended() {
    return leastHelp.status() == LeastHelp.Status.FOUND ? leastHelp.outcome() : withoutHelp;
  }

  /**
   * @return each unit's ready date and proficiency in the recommended schedule
   */
  public List<ReadyUnit> readyUnits() {
    return recommended().readyUnits();
  }
}
