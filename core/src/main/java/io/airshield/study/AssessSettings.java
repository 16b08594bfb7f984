package io.airshield.study;

import io.airshield.campaign.Metric;
import io.airshield.montecarlo.MonteCarlo;

/**
 * Everything an assessment ({@code airshield assess}, the web UI's assessment) is run with, in one
 * immutable record whose defaults live here and nowhere else ({@link #defaults}); the command line
 * and the web server only change what their user sets, so the same request gives the same figures
 * from either.
 *
 * @param seed master seed of the replications' random streams
 * @param replications the replications to run; with a precision, the cap
 * @param precision the relative half-width of the headline's 95% interval at which the run stops
 *     (e.g. 0.01), or 0 to run all the replications
 * @param threads worker threads (results do not depend on it)
 */
public record AssessSettings(long seed, long replications, double precision, int threads) {
  /** The master seed by default: the year of the first scenario. */
  public static final long SEED = 1951;

  /**
   * Replications by default. Why 1,000: the supply delivered of korea-1951-autumn then has a 95%
   * interval of about +-1% of its mean (docs/limits.md), enough to tell the levers apart, and the
   * run takes under a minute on two cores.
   */
  public static final long REPLICATIONS = 1000;

  /** The cap on replications when a precision is asked for and no cap is given. */
  public static final long PRECISION_CAP = 100_000;

  /** The most replications a run may ask for. */
  public static final long MAX_REPLICATIONS = 100_000_000L;

  /**
   * Replications per block: the unit in which replications are merged in order, stored and checked
   * against the stopping rule (a block of 8 keeps two cores busy and the store's rows few).
   */
  public static final int BLOCK_SIZE = 8;

  /**
   * Replications before the stopping rule is consulted: the interval of fewer is too unsure to stop
   * on (Law, Simulation Modeling and Analysis, 5th ed., 9.4.1, on sequential procedures).
   */
  public static final long MIN_REPLICATIONS = 32;

  /**
   * @return the defaults: seed 1951, 1,000 replications, no precision target, every core
   */
  public static AssessSettings defaults() {
    return new AssessSettings(SEED, REPLICATIONS, 0, Studies.allCores());
  }

  /**
   * @param precision the precision target, or 0
   * @return the replications when none are given: {@value #REPLICATIONS}, or with a precision the
   *     cap {@value #PRECISION_CAP}
   */
  public static long defaultReplications(final double precision) {
    return precision > 0 ? PRECISION_CAP : REPLICATIONS;
  }

  /**
   * @param newSeed the master seed
   * @return a copy
   */
  public AssessSettings withSeed(final long newSeed) {
    return new AssessSettings(newSeed, replications, precision, threads);
  }

  /**
   * @param n the replications (with a precision, the cap)
   * @return a copy
   */
  public AssessSettings withReplications(final long n) {
    return new AssessSettings(seed, n, precision, threads);
  }

  /**
   * @param p the precision target, or 0
   * @return a copy
   */
  public AssessSettings withPrecision(final double p) {
    return new AssessSettings(seed, replications, p, threads);
  }

  /**
   * @param n worker threads
   * @return a copy
   */
  public AssessSettings withThreads(final int n) {
    return new AssessSettings(seed, replications, precision, n);
  }

  /**
   * Checks the settings.
   *
   * @throws StudyException naming the setting and its legal values
   */
  public void check() {
    if (replications < 1 || replications > MAX_REPLICATIONS) {
      throw new StudyException(
          "replications must be from 1 to " + MAX_REPLICATIONS + ", not " + replications);
    }
    if (!(precision >= 0 && precision < 1)) {
      throw new StudyException("precision must be between 0 and 100%, not " + precision);
    }
    Studies.checkThreads(threads);
  }

  /**
   * @return the Monte Carlo options of these settings: blocks of {@value #BLOCK_SIZE}, the stopping
   *     rule consulted from {@value #MIN_REPLICATIONS} replications on, on supply delivered a day
   */
  public MonteCarlo.Options options() {
    return new MonteCarlo.Options(
        seed,
        replications,
        precision,
        Math.min(replications, MIN_REPLICATIONS),
        threads,
        BLOCK_SIZE,
        Metric.SUPPLY_TONS_PER_DAY.slot());
  }
}
