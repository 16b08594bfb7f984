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
    // the planner's independent starts run as the scheduler's portfolio, one worker per start
    // with the same seeds (the planner's start k and the portfolio's worker k mix the master seed
    // alike) and the same choice (least lateness, then makespan, the lowest on ties), so the
    // starts run on the settings' threads and the result does not depend on them
    final FormationPlanner deterministic =
        new FormationPlanner(
            new DefaultScheduler(
                DefaultScheduler.DEFAULT_MAX_NODES, FormationPlanner.DEFAULT_STARTS, s.threads()),
            new SolveOptions(s.budget(), s.seed()),
            1);
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
