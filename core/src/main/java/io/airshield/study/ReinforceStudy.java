package io.airshield.study;

import io.airshield.domain.Scenario;
import io.airshield.reinforce.Pool;
import io.airshield.reinforce.Reinforcement;
import io.airshield.reinforce.Reinforcer;
import java.util.function.BooleanSupplier;

/**
 * Ranks the stationing plans of a reinforcement pool ({@link Reinforcer}: enumerate, screen
 * analytically, select by Kim and Nelson's procedure under common random numbers) with the {@link
 * ReinforceSettings}. The command line and the web server call it.
 */
public final class ReinforceStudy {
  private ReinforceStudy() {}

  /** Receives progress after each stage. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param done replications run so far
     * @param cap the most the ranking can run, given the plans simulated so far
     */
    void update(long done, long cap);
  }

  /**
   * @param scenario the scenario
   * @param pool its reinforcement pool
   * @param s the settings (checked here)
   * @param progress progress listener, or null
   * @param stop asked before each replication; once true the ranking ends, or null
   * @return the ranking
   * @throws StudyException when a setting is out of range, or the indifference zone is a share of a
   *     baseline of zero
   * @throws java.util.concurrent.CancellationException when stopped (a ranking stopped half-way
   *     selects nothing)
   */
  public static Reinforcement run(
      final Scenario scenario,
      final Pool pool,
      final ReinforceSettings s,
      final Progress progress,
      final BooleanSupplier stop) {
    s.check();
    try {
      return Reinforcer.run(
          scenario,
          pool,
          s.options(),
          Studies.allocator(),
          progress == null ? null : (reps, alive, plans) -> progress.update(reps, s.cap(plans)),
          stop);
    } catch (Reinforcer.ZoneException e) {
      throw new StudyException(e.getMessage());
    }
  }
}
