package io.airshield.study;

import io.airshield.reinforce.Pool;
import io.airshield.reinforce.Reinforcer;

/**
 * Everything a ranking of a reinforcement pool ({@code airshield reinforce}, the web UI's "where
 * should reinforcements stand?") is run with, in one immutable record whose defaults live here and
 * nowhere else ({@link #defaults}); the command line and the web server only change what their user
 * sets, so the same request ranks the same plans with the same gains from either.
 *
 * @param seed master seed (common random numbers: every plan replays the streams of (seed, r))
 * @param confidence required probability of selecting the best plan, from 0.5 to below 1
 * @param indifference the indifference zone, or null for the pool's own
 * @param firstStage Kim and Nelson's first-stage replications n0, or 0 for {@link
 *     Reinforcer#FIRST_STAGE} (or the cap if lower)
 * @param maxReplications most replications of any one plan
 * @param threads worker threads (results do not depend on it)
 * @param keep most plans the analytic screen passes to the simulation
 */
public record ReinforceSettings(
    long seed,
    double confidence,
    Pool.Indifference indifference,
    int firstStage,
    int maxReplications,
    int threads,
    int keep) {
  /** The master seed by default, that of {@link AssessSettings#SEED}: the same baseline. */
  public static final long SEED = AssessSettings.SEED;

  /** The probability of correct selection by default. */
  public static final double CONFIDENCE = 0.95;

  /**
   * Most replications of one plan by default: the command line's cap since the first ranking
   * (docs/reinforce.md); two plans that tie to within the indifference zone stop here rather than
   * running on, and the ranking then says the cap stopped it.
   */
  public static final int MAX_REPLICATIONS = 400;

  /** The largest cap of replications per plan. */
  public static final int MAX_MAX_REPLICATIONS = 1_000_000;

  /** Most plans the screen passes to the simulation by default. */
  public static final int KEEP = 12;

  /** Most plans enumerated; beyond it the candidates are searched. */
  public static final int PLAN_CAP = 200;

  /**
   * @return the defaults: seed 1951, 95%, the pool's indifference zone, n0 = 20, 400 replications a
   *     plan at most, every core, the best 12 plans of the screen
   */
  public static ReinforceSettings defaults() {
    return new ReinforceSettings(
        SEED, CONFIDENCE, null, 0, MAX_REPLICATIONS, Studies.allCores(), KEEP);
  }

  /**
   * @param newSeed the seed
   * @param nThreads worker threads
   * @return a copy
   */
  public ReinforceSettings withRun(final long newSeed, final int nThreads) {
    return new ReinforceSettings(
        newSeed, confidence, indifference, firstStage, maxReplications, nThreads, keep);
  }

  /**
   * @param p the probability of correct selection
   * @param zone the indifference zone, or null for the pool's
   * @return a copy
   */
  public ReinforceSettings withSelection(final double p, final Pool.Indifference zone) {
    return new ReinforceSettings(seed, p, zone, firstStage, maxReplications, threads, keep);
  }

  /**
   * @param n0 first-stage replications, or 0 for the default
   * @param cap most replications of one plan
   * @param plans most plans simulated
   * @return a copy
   */
  public ReinforceSettings withSizes(final int n0, final int cap, final int plans) {
    return new ReinforceSettings(seed, confidence, indifference, n0, cap, threads, plans);
  }

  /**
   * @return the first stage in effect: the one set, else {@link Reinforcer#FIRST_STAGE} or the cap
   *     if lower
   */
  public int firstStageInEffect() {
    return firstStage > 0 ? firstStage : Math.min(Reinforcer.FIRST_STAGE, maxReplications);
  }

  /**
   * Checks the settings.
   *
   * @throws StudyException naming the setting and its legal values
   */
  public void check() {
    if (!(confidence >= 0.5 && confidence < 1)) {
      throw new StudyException("confidence must be from 50% to below 100%, not " + confidence);
    }
    if (maxReplications < 2 || maxReplications > MAX_MAX_REPLICATIONS) {
      throw new StudyException(
          "max-replications must be from 2 to "
              + MAX_MAX_REPLICATIONS
              + ", not "
              + maxReplications);
    }
    final int n0 = firstStageInEffect();
    if (n0 < 2 || n0 > maxReplications) {
      throw new StudyException(
          "first-stage must be from 2 to max-replications (" + maxReplications + "), not " + n0);
    }
    if (keep < 1 || keep > 10_000) {
      throw new StudyException("keep must be from 1 to 10000, not " + keep);
    }
    Studies.checkThreads(threads);
  }

  /**
   * @return the ranking's options
   */
  public Reinforcer.Options options() {
    return new Reinforcer.Options(
        seed,
        confidence,
        indifference,
        firstStageInEffect(),
        maxReplications,
        threads,
        keep,
        PLAN_CAP,
        Reinforcer.BASELINE_REPLICATIONS);
  }

  /**
   * @param plans plans simulated so far
   * @return the most replications the ranking can run: each plan to the cap, and the baseline
   */
  public long cap(final int plans) {
    return (long) plans * maxReplications
        + Math.max(maxReplications, Reinforcer.BASELINE_REPLICATIONS);
  }
}
