package io.airshield.formation.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * The scheduler the formation planner calls: bounds, then a hybrid genetic algorithm for a good
 * schedule, then, for single-mode projects without deadlines, an exact branch and bound that
 * improves the schedule or proves it optimal.
 *
 * <ol>
 *   <li>{@link Bounds}: critical path and resource energy give a lower bound; the search stops as
 *       soon as a schedule reaches it. For single-mode projects without deadlines the bound is
 *       raised by the head-tail energy, clique, time-table and detectable-precedence bounds of
 *       {@link BranchAndBound}, tried destructively with energetic reasoning and start-time shaving
 *       (Klein and Scholl 1999; Baptiste and Demassey 2004).
 *   <li>{@link GeneticSearch} with {@link SerialSgs} decoding and {@link
 *       ForwardBackwardImprovement}, within {@link SolveOptions#maxSchedules()}; it handles modes,
 *       step-function capacities, release dates and soft deadlines (total lateness first, makespan
 *       second).
 *   <li>When a proof is needed (single mode, constant capacities, no release dates or deadlines,
 *       the bound not reached), the same search once more, with one worker's budget and the master
 *       seed, on the {@link ReversedProject}; its schedule, mapped back, replaces the incumbent
 *       when shorter.
 *   <li>{@link BranchAndBound} within a node budget: exact on PSPLIB-style projects. Where the
 *       project can be reversed, the reversed project's destructive bound is computed too (the same
 *       optimum, so the higher of the two holds); the tree is always the forward one.
 * </ol>
 *
 * <p>Deterministic: all work is counted (schedules, nodes), never timed, and the only random stream
 * is seeded from {@link SolveOptions#seed()}.
 *
 * <p>Portfolio: with {@code workers} above 1 the genetic search runs as that many independent
 * searches, worker w with its own seed ({@link #workerSeed}) and the full schedule budget; their
 * best schedules are merged in worker order (best objective, the lowest worker on ties) before the
 * branch and bound. The workers run on {@code threads} threads, which changes the wall time and
 * never the result: the same seed, budget and worker count give the same schedule on one thread or
 * many. Independent multi-start is the simplest portfolio that keeps this property (no exchange
 * between workers whose timing could leak into the result).
 */
public final class DefaultScheduler implements Scheduler {
  /** Node budget of the exact search when none is given. */
  public static final long DEFAULT_MAX_NODES = 2_000_000L;

  /** Largest portfolio accepted. */
  public static final int MAX_WORKERS = 1024;

  private final long maxNodes;
  private final int workers;
  private final int threads;
  private final Search search;

  /**
   * Whether the reversed project ({@link ReversedProject}) adds its destructive bound and, before a
   * proof, its genetic search; off only to compare in tests.
   */
  boolean reversedSearch = true;

  /** The search for a first schedule. */
  public enum Search {
    /** {@link GeneticSearch}: every project; the default. */
    GENETIC,
    /**
     * {@link BiPopulationSearch} where it applies (one mode, constant capacities, no release dates
     * or deadlines), {@link GeneticSearch} elsewhere. Not the default: on PSPLIB it was not better
     * overall (docs/scheduler.md, "Literature budgets").
     */
    BI_POPULATION,
    /**
     * {@link PathRelinkingSearch} where it applies (one mode, no deadlines), {@link GeneticSearch}
     * elsewhere. Not the default: on PSPLIB it was worse than the genetic search at 50,000
     * schedules (docs/scheduler.md, "Literature budgets").
     */
    PATH_RELINKING,
    /**
     * {@link GeneticSearch} in two phases, the second half of the budget around the best schedule
     * of the first (Valls, Ballestin and Quintanilla 2008); every project. Not the default: on
     * PSPLIB it was not clearly better than the one-phase search (docs/scheduler.md, "Literature
     * budgets").
     */
    TWO_PHASE,
    /**
     * {@link RandomKeySearch} where it applies (one mode, no deadlines), {@link GeneticSearch}
     * elsewhere: Gonçalves, Resende and Mendes' biased random-key genetic algorithm with
     * parameterised active schedules. Not the default (docs/scheduler.md, "Literature budgets").
     */
    RANDOM_KEY,
    /**
     * {@link GeneticSearch} whose individuals carry a delay gene and are decoded as parameterised
     * active schedules ({@link ParameterisedSgs}, after Gonçalves, Resende and Mendes); every
     * project.
     */
    ACTIVE,
    /** {@link #ACTIVE} in two phases, as {@link #TWO_PHASE}; every project. */
    TWO_PHASE_ACTIVE;

    /** This search for the project where it applies, else the genetic search. */
    ScheduleSearch create(final Model m, final long seed) {
      if (this == BI_POPULATION && BiPopulationSearch.applies(m)) {
        return new BiPopulationSearch(m, seed);
      }
      if (this == PATH_RELINKING && PathRelinkingSearch.applies(m)) {
        return new PathRelinkingSearch(m, seed);
      }
      if (this == RANDOM_KEY && RandomKeySearch.applies(m)) {
        return new RandomKeySearch(m, seed);
      }
      return new GeneticSearch(
          m,
          seed,
          this == TWO_PHASE || this == TWO_PHASE_ACTIVE,
          this == ACTIVE || this == TWO_PHASE_ACTIVE);
    }
  }

  /**
   * Stops a search from outside, for benchmarks that compare solvers at equal wall time. The
   * scheduler itself never reads the clock; a benchmark's suppliers do, which makes the result
   * depend on the machine.
   *
   * @param search polled by the genetic search, every 32 schedules
   * @param exact polled by the branch and bound, every 256 nodes
   */
  public record Interrupt(BooleanSupplier search, BooleanSupplier exact) {
    /** Never stops: the deterministic path. */
    public static final Interrupt NEVER = new Interrupt(() -> false, () -> false);
  }

  /** A scheduler with the default node budget. */
  public DefaultScheduler() {
    this(DEFAULT_MAX_NODES);
  }

  /**
   * @param maxNodes node budget of the exact search; 0 turns it off
   */
  public DefaultScheduler(final long maxNodes) {
    this(maxNodes, 1, 1);
  }

  /**
   * @param maxNodes node budget of the exact search; 0 turns it off
   * @param workers independent genetic searches, each with the full schedule budget (1: none)
   * @param threads threads running them; does not change the result
   */
  public DefaultScheduler(final long maxNodes, final int workers, final int threads) {
    this(maxNodes, workers, threads, Search.GENETIC);
  }

  /**
   * @param maxNodes node budget of the exact search; 0 turns it off
   * @param workers independent searches, each with the full schedule budget (1: none)
   * @param threads threads running them; does not change the result
   * @param search the search for a first schedule
   */
  public DefaultScheduler(
      final long maxNodes, final int workers, final int threads, final Search search) {
    if (maxNodes < 0) {
      throw new IllegalArgumentException("maxNodes must be >= 0");
    }
    if (workers < 1 || workers > MAX_WORKERS) {
      throw new IllegalArgumentException(
          "workers must be from 1 to " + MAX_WORKERS + ", was " + workers);
    }
    if (threads < 1 || threads > MAX_WORKERS) {
      throw new IllegalArgumentException(
          "threads must be from 1 to " + MAX_WORKERS + ", was " + threads);
    }
    this.maxNodes = maxNodes;
    this.workers = workers;
    this.threads = threads;
    this.search = java.util.Objects.requireNonNull(search, "search");
  }

  /**
   * The seed of portfolio worker w: the master seed for worker 0 (so one worker is the plain
   * search), then a SplitMix64 mix of (seed, w), so the workers' streams are unrelated.
   *
   * @param seed master seed
   * @param w worker index
   * @return the worker's seed
   */
  static long workerSeed(final long seed, final int w) {
    if (w == 0) {
      return seed;
    }
    long z = seed + 0x9E3779B97F4A7C15L * w;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * @throws IllegalArgumentException if the project is malformed (cyclic precedences, a successor
   *     out of range, an activity no mode of which ever fits)
   */
  @Override
  public Schedule solve(final Project project, final SolveOptions options) {
    return solve(project, options, Interrupt.NEVER);
  }

  /**
   * Solves within the budgets, stopping early when the interrupt says so (benchmarks only).
   *
   * @param project the problem
   * @param options budgets and seed
   * @param interrupt outside stop conditions; {@link Interrupt#NEVER} for the deterministic path
   * @return the best schedule found
   * @throws IllegalArgumentException if the project is malformed
   */
  public Schedule solve(
      final Project project, final SolveOptions options, final Interrupt interrupt) {
    final Model m = new Model(project);
    int lb = Bounds.lowerBound(m);
    final boolean exact = m.singleMode && !m.hasDeadlines && maxNodes > 0 && m.n < 0xFFF;
    final BranchAndBound bb = exact ? new BranchAndBound(m) : null;
    final boolean reversible = bb != null && reversedSearch && ReversedProject.applies(m);
    final Model rm = reversible ? new Model(ReversedProject.of(project)) : null;
    if (bb != null) {
      // head-tail, clique and time-table bounds: the genetic search stops as soon as it
      // reaches them, and the branch and bound starts from them
      lb = provedBound(m, bb);
      if (reversible) {
        // the reversed project has the same optimum, so its bound holds here too
        lb = Math.max(lb, provedBound(rm, new BranchAndBound(rm)));
      }
    }
    final ScheduleSearch ga = portfolio(m, options, lb, interrupt.search());
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
    if (!proven && late == 0 && reversible) {
      // before a proof, the same search on the reversed project, with one worker's budget: a
      // shorter schedule from the other direction leaves the branch and bound less to find
      final ScheduleSearch back = search.create(rm, options.seed());
      back.stopWhen(interrupt.search());
      back.run(Math.max(1, options.maxSchedules()), lb);
      final int backSpan = (int) (back.bestFitness() & 0x7FFFFFFFL);
      if (back.bestStart() != null && back.bestFitness() >>> 31 == 0 && backSpan < span) {
        start = ReversedProject.forwardStarts(m, back.bestStart(), backSpan);
        span = backSpan;
        proven = span <= lb;
      }
    }
    int bound = lb;
    if (!proven && late == 0 && bb != null) {
      bb.stopWhen(interrupt.exact());
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

  /**
   * Runs the workers' genetic searches and returns the best, merged in worker order.
   *
   * @return the winning search (its best schedule)
   */
  private ScheduleSearch portfolio(
      final Model m, final SolveOptions options, final int lb, final BooleanSupplier stop) {
    final long budget = Math.max(1, options.maxSchedules());
    final List<ScheduleSearch> searches = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      final ScheduleSearch ga = search.create(m, workerSeed(options.seed(), w));
      ga.stopWhen(stop);
      searches.add(ga);
    }
    final int t = Math.min(threads, workers);
    if (t == 1) {
      for (final ScheduleSearch ga : searches) {
        ga.run(budget, lb);
      }
    } else {
      final ExecutorService pool =
          Executors.newFixedThreadPool(
              t,
              r -> {
                final Thread th = new Thread(r, "schedule-portfolio");
                th.setDaemon(true);
                return th;
              });
      try {
        final List<Future<?>> done = new ArrayList<>();
        for (final ScheduleSearch ga : searches) {
          done.add(pool.submit(() -> ga.run(budget, lb)));
        }
        for (final Future<?> f : done) {
          f.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while scheduling", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    ScheduleSearch best = searches.get(0);
    for (final ScheduleSearch ga : searches) {
      if (ga.bestFitness() < best.bestFitness()) {
        best = ga;
      }
    }
    return best;
  }

  /**
   * The project's destructive lower bound, started from the better of the critical-path bound and
   * the branch and bound's root bound.
   */
  private static int provedBound(final Model m, final BranchAndBound bb) {
    return bb.destructiveBound(Math.max(Bounds.lowerBound(m), bb.rootBound()), m.horizon);
  }
}
