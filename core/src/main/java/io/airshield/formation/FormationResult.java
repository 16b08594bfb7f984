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
 * @param baseReadiness the Monte Carlo of the schedule without help; null when not run or
 *     infeasible
 * @param readiness the Monte Carlo of the recommended schedule; null likewise
 * @param confidence the least help for a confidence, when asked for; else null
 */
public record FormationResult(
    FormationPlan plan,
    SolveOptions options,
    PlanOutcome withoutHelp,
    List<Binding> binding,
    LeastHelp leastHelp,
    Readiness baseReadiness,
    Readiness readiness,
    ConfidenceHelp confidence) {
  public FormationResult {
    binding = List.copyOf(binding);
  }

  /**
   * A result without a Monte Carlo.
   *
   * @param plan the plan
   * @param options the scheduler's budget and seed
   * @param withoutHelp the schedule with no outside help
   * @param binding what binds each late unit
   * @param leastHelp the least help
   */
  public FormationResult(
      final FormationPlan plan,
      final SolveOptions options,
      final PlanOutcome withoutHelp,
      final List<Binding> binding,
      final LeastHelp leastHelp) {
    this(plan, options, withoutHelp, binding, leastHelp, null, null, null);
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
