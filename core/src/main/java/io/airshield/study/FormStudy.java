package io.airshield.study;

import io.airshield.formation.FormationPlan;
import io.airshield.formation.FormationPlanner;
import io.airshield.formation.FormationResult;
import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.SolveOptions;

/**
 * Runs a formation study: schedules the plan with and without outside help, finds what binds and
 * the least help, runs the readiness Monte Carlo, and with a confidence target the least help that
 * reaches it ({@link FormationPlanner}).
 */
public final class FormStudy {
  private FormStudy() {}

  /**
   * @param plan the formation plan
   * @param s the settings (checked here)
   * @return the result
   * @throws StudyException when a setting is out of range
   */
  public static FormationResult run(final FormationPlan plan, final FormSettings s) {
    s.check();
    final FormationPlanner deterministic =
        new FormationPlanner(new DefaultScheduler(), new SolveOptions(s.budget(), s.seed()));
    final FormationPlanner planner =
        s.samples() > 0 ? deterministic.withMonteCarlo(s.samples(), s.threads()) : deterministic;
    final FormationResult planned = planner.plan(plan);
    if (Double.isNaN(s.confidence())) {
      return planned;
    }
    return new FormationResult(
        planned.plan(),
        planned.options(),
        planned.withoutHelp(),
        planned.binding(),
        planned.leastHelp(),
        planned.baseReadiness(),
        planned.readiness(),
        planner.leastHelpFor(plan, s.confidence(), s.samples()));
  }
}
