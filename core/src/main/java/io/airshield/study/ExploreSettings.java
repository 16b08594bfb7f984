package io.airshield.study;

import java.util.List;

/**
 * Everything an {@code explore} study is run with, in one immutable record whose defaults live here
 * and nowhere else ({@link #defaults}); the command line and other shells only change what their
 * user sets.
 *
 * @param design the design
 * @param trajectories Morris trajectories r
 * @param levels Morris grid levels p (even)
 * @param points LHS points, or the fewest NOLH points (0: one NOLH table; for LHS, 0 means 4 k)
 * @param samples Sobol base samples n (the design has n (k + 2) points)
 * @param replications replications at each design point (common random numbers: the same
 *     replication seeds at every point)
 * @param seed master seed of the replications, the design's sampling and the bootstrap
 * @param threads worker threads (results do not depend on it)
 * @param budget the most simulations (design points x replications x plans) the study may run
 * @param measures the measures analysed (names of {@code Metrics.scalarNames()}); empty: the
 *     scenario's headline
 * @param bootstrap bootstrap resamples of the Sobol intervals
 * @param days simulate only the first days of the period (0: all)
 * @param plans with a reinforcement pool, the leading plans compared over the design
 */
public record ExploreSettings(
    Design.Kind design,
    int trajectories,
    int levels,
    int points,
    int samples,
    int replications,
    long seed,
    int threads,
    long budget,
    List<String> measures,
    int bootstrap,
    int days,
    int plans) {

  /**
   * Morris trajectories by default. Why 10: Campolongo et al. (2007) find 10 to 20 enough to rank
   * factors; 10 trajectories of the 64 factors of korea-1951-autumn are 650 points.
   */
  public static final int TRAJECTORIES = 10;

  /**
   * Replications per design point by default. Why 20: under common random numbers an elementary
   * effect is a paired difference, whose scatter is a fraction of one replication's; with 20 its
   * standard error (printed as the noise floor) is 10-20% of the leading factors' mu*, and the
   * default screening of korea-1951-autumn (650 points, 13,000 replications) took 3 min 17 s on the
   * shared 2-core machine (docs/explore.md).
   */
  public static final int REPLICATIONS = 20;

  /** Sobol base samples by default (the design has n (k + 2) points). */
  public static final int SAMPLES = 64;

  /** Bootstrap resamples of the Sobol intervals (Archer et al. 1997 use 1,000). */
  public static final int BOOTSTRAP = 1000;

  /** Plans compared by {@code --plans} by default. */
  public static final int PLANS = 4;

  public ExploreSettings {
    measures = List.copyOf(measures);
  }

  /**
   * @return the defaults: Morris, 10 trajectories of 4 levels, 20 replications a point, seed 1951,
   *     every core, no budget, the headline measure, 1,000 bootstrap resamples, the whole period,
   *     no plans
   */
  public static ExploreSettings defaults() {
    return new ExploreSettings(
        Design.Kind.MORRIS,
        TRAJECTORIES,
        4,
        0,
        SAMPLES,
        REPLICATIONS,
        1951,
        Runtime.getRuntime().availableProcessors(),
        Long.MAX_VALUE,
        List.of(),
        BOOTSTRAP,
        0,
        0);
  }

  /**
   * @param d the design
   * @return a copy
   */
  public ExploreSettings withDesign(final Design.Kind d) {
    return new ExploreSettings(
        d,
        trajectories,
        levels,
        points,
        samples,
        replications,
        seed,
        threads,
        budget,
        measures,
        bootstrap,
        days,
        plans);
  }

  /**
   * @param r trajectories
   * @param p levels
   * @param n points
   * @param s samples
   * @return a copy with these sizes of the design
   */
  public ExploreSettings withSizes(final int r, final int p, final int n, final int s) {
    return new ExploreSettings(
        design, r, p, n, s, replications, seed, threads, budget, measures, bootstrap, days, plans);
  }

  /**
   * @param reps replications per point
   * @param newSeed master seed
   * @param nThreads threads
   * @param maxSimulations budget
   * @return a copy with these run settings
   */
  public ExploreSettings withRun(
      final int reps, final long newSeed, final int nThreads, final long maxSimulations) {
    return new ExploreSettings(
        design,
        trajectories,
        levels,
        points,
        samples,
        reps,
        newSeed,
        nThreads,
        maxSimulations,
        measures,
        bootstrap,
        days,
        plans);
  }

  /**
   * @param names measures
   * @param nDays days (0 all)
   * @param nPlans plans (0 none)
   * @return a copy with what is measured and compared
   */
  public ExploreSettings withMeasures(final List<String> names, final int nDays, final int nPlans) {
    return new ExploreSettings(
        design,
        trajectories,
        levels,
        points,
        samples,
        replications,
        seed,
        threads,
        budget,
        names,
        bootstrap,
        nDays,
        nPlans);
  }

  /**
   * Checks the settings that do not depend on the scenario.
   *
   * @throws StudyException naming the setting and its legal values
   */
  public void check() {
    range("trajectories", trajectories, 2, 1000);
    range("levels", levels, 2, 20);
    if (levels % 2 != 0) {
      throw new StudyException("levels must be even (Morris's grid), not " + levels);
    }
    range("points", points, 0, 1_000_000);
    range("samples", samples, 4, 1_000_000);
    range("replications", replications, 1, 1_000_000);
    range("threads", threads, 1, 1024);
    range("bootstrap", bootstrap, 0, 100_000);
    range("plans", plans, 0, 50);
    if (budget < 1) {
      throw new StudyException("budget must be at least 1 simulation, not " + budget);
    }
  }

  private static void range(final String what, final long v, final long lo, final long hi) {
    if (v < lo || v > hi) {
      throw new StudyException(what + " must be from " + lo + " to " + hi + ", not " + v);
    }
  }
}
