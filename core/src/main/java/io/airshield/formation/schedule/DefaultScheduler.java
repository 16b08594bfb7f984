package io.airshield.formation.schedule;

/**
 * The scheduler the formation planner calls: bounds, then a hybrid genetic algorithm for a good
 * schedule, then, for single-mode projects without deadlines, an exact branch and bound that
 * improves the schedule or proves it optimal.
 *
 * <ol>
 *   <li>{@link Bounds}: critical path and resource energy give a lower bound; the search stops as
 *       soon as a schedule reaches it. For single-mode projects without deadlines the bound is
 *       raised by the head-tail energy, clique and time-table bounds of {@link BranchAndBound},
 *       tried destructively (Klein and Scholl 1999).
 *   <li>{@link GeneticSearch} with {@link SerialSgs} decoding and {@link
 *       ForwardBackwardImprovement}, within {@link SolveOptions#maxSchedules()}; it handles modes,
 *       step-function capacities, release dates and soft deadlines (total lateness first, makespan
 *       second).
 *   <li>{@link BranchAndBound} within a node budget: exact on PSPLIB-style projects.
 * </ol>
 *
 * <p>Deterministic: all work is counted (schedules, nodes), never timed, and the only random stream
 * is seeded from {@link SolveOptions#seed()}.
 */
public final class DefaultScheduler implements Scheduler {
  /** Node budget of the exact search when none is given. */
  public static final long DEFAULT_MAX_NODES = 2_000_000L;

  private final long maxNodes;

  /** A scheduler with the default node budget. */
  public DefaultScheduler() {
    this(DEFAULT_MAX_NODES);
  }

  /**
   * @param maxNodes node budget of the exact search; 0 turns it off
   */
  public DefaultScheduler(final long maxNodes) {
    if (maxNodes < 0) {
      throw new IllegalArgumentException("maxNodes must be >= 0");
    }
    this.maxNodes = maxNodes;
  }

  /**
   * @throws IllegalArgumentException if the project is malformed (cyclic precedences, a successor
   *     out of range, an activity no mode of which ever fits)
   */
  @Override
  public Schedule solve(final Project project, final SolveOptions options) {
    final Model m = new Model(project);
    int lb = Bounds.lowerBound(m);
    final boolean exact = m.singleMode && !m.hasDeadlines && maxNodes > 0 && m.n < 0xFFF;
    final BranchAndBound bb = exact ? new BranchAndBound(m) : null;
    if (bb != null) {
      // head-tail, clique and time-table bounds: the genetic search stops as soon as it
      // reaches them, and the branch and bound starts from them
      lb = Math.max(lb, bb.rootBound());
      lb = bb.destructiveBound(lb, m.horizon);
    }
    final GeneticSearch ga = new GeneticSearch(m, options.seed());
    ga.run(Math.max(1, options.maxSchedules()), lb);
    if (ga.bestStart() == null) {
      throw new IllegalArgumentException(
          "no feasible schedule found for "
              + project.name()
              + ": some mode does not fit the capacity profile within the horizon");
    }
    int[] start = ga.bestStart();
    final int[] mode = ga.bestMode();
    final long fit = ga.bestFitness();
    final long late = fit >>> 31;
    int span = (int) (fit & 0x7FFFFFFFL);
    boolean proven = late == 0 && span <= lb;
    int bound = lb;
    if (!proven && late == 0 && bb != null) {
      final boolean complete = bb.solve(start, span, lb, maxNodes);
      start = bb.best();
      span = bb.makespan();
      if (complete) {
        proven = true;
        bound = span;
      }
    }
    if (proven) {
      bound = span;
    }
    return new Schedule(start, mode, span, proven, Math.min(bound, span));
  }
}
