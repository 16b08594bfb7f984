package io.airshield.study;

/**
 * Everything a formation study ({@code airshield form}) is run with, in one immutable record whose
 * defaults live here and nowhere else ({@link #defaults}); {@link FormationLink} schedules a plan
 * linked to a campaign with the same budget and seed.
 *
 * @param seed seed of the scheduler's search and of the readiness Monte Carlo
 * @param budget schedules the scheduler may generate per solve
 * @param samples Monte Carlo samples of the readiness under the plan's spreads (0: none)
 * @param threads worker threads of the Monte Carlo (results do not depend on it)
 * @param confidence with a value in (0, 1), the least help that makes every unit ready in time with
 *     at least this probability is searched too; NaN: not
 */
public record FormSettings(long seed, long budget, int samples, int threads, double confidence) {
  /** The seed by default. */
  public static final long SEED = 1;

  /**
   * Schedules per solve by default (what {@code airshield form} has always used; a campaign linked
   * to a plan schedules it with the same, so both see one schedule).
   */
  public static final long BUDGET = 2000;

  /** Readiness samples by default: a 95% interval of +-3 points on a probability near 50%. */
  public static final int SAMPLES = 1000;

  /** The most readiness samples. */
  public static final int MAX_SAMPLES = 1_000_000;

  /**
   * @return the defaults: seed 1, 2,000 schedules a solve, 1,000 samples, every core, no confidence
   *     target
   */
  public static FormSettings defaults() {
    return new FormSettings(SEED, BUDGET, SAMPLES, Studies.allCores(), Double.NaN);
  }

  /**
   * @param newSeed the seed
   * @param newBudget schedules per solve
   * @return a copy
   */
  public FormSettings withSearch(final long newSeed, final long newBudget) {
    return new FormSettings(newSeed, newBudget, samples, threads, confidence);
  }

  /**
   * @param n samples (0: none)
   * @param nThreads worker threads
   * @return a copy
   */
  public FormSettings withMonteCarlo(final int n, final int nThreads) {
    return new FormSettings(seed, budget, n, nThreads, confidence);
  }

  /**
   * @param p the probability target, or NaN for none
   * @return a copy
   */
  public FormSettings withConfidence(final double p) {
    return new FormSettings(seed, budget, samples, threads, p);
  }

  /**
   * Checks the settings.
   *
   * @throws StudyException naming the setting and its legal values
   */
  public void check() {
    if (budget < 1) {
      throw new StudyException("budget must be at least 1, was " + budget);
    }
    if (samples < 0 || samples > MAX_SAMPLES) {
      throw new StudyException("samples must be from 0 to " + MAX_SAMPLES + ", was " + samples);
    }
    Studies.checkThreads(threads);
    if (!Double.isNaN(confidence)) {
      if (!(confidence > 0 && confidence < 1)) {
        throw new StudyException(
            "confidence must lie strictly between 0 and 100%, not " + confidence);
      }
      if (samples < 1) {
        throw new StudyException("confidence needs samples of at least 1");
      }
    }
  }
}
