package io.airshield.study;

import io.airshield.assessment.Assessment;
import io.airshield.assessment.Assessor;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.formation.FormationPlan;
import io.airshield.montecarlo.MonteCarlo;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;

/**
 * Runs an assessment: compiles the theatre (with a formation plan's units, {@link FormationLink}),
 * runs the Monte Carlo with the {@link AssessSettings}, and assesses the result. The command line
 * and the web server call it; the results store wraps the Monte Carlo step (it records the blocks
 * as they merge, and resumes), with the same {@link AssessSettings#options()}.
 */
public final class AssessStudy {
  private AssessStudy() {}

  /**
   * @param s the scenario
   * @param plan a formation plan whose units the scenario's fighter units name, or null
   * @param log where to say what each formed unit takes, or null
   * @return the theatre the replications run in
   * @throws StudyException when the plan and the scenario do not fit
   */
  public static Theatre theatre(final Scenario s, final FormationPlan plan, final PrintWriter log) {
    return plan == null ? new Theatre(s) : FormationLink.theatre(s, plan, log);
  }

  /**
   * Runs the replications without a store.
   *
   * @param theatre the theatre
   * @param settings the settings (checked here)
   * @param progress progress listener, or null
   * @param stop polled between replications; once true the run ends with what it has, or null
   * @return the result
   */
  public static MonteCarlo.Result run(
      final Theatre theatre,
      final AssessSettings settings,
      final MonteCarlo.Progress progress,
      final BooleanSupplier stop) {
    settings.check();
    return MonteCarlo.run(theatre, Studies.allocator(), settings.options(), progress, stop, null);
  }

  /**
   * @param theatre the theatre run
   * @param result its replications' statistics
   * @param seed its master seed
   * @return the assessment: the figures with their intervals and the weakest points
   */
  public static Assessment assess(
      final Theatre theatre, final MonteCarlo.Result result, final long seed) {
    return Assessor.assess(theatre, result, seed);
  }
}
