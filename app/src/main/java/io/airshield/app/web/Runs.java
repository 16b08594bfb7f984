package io.airshield.app.web;

import io.airshield.app.Allocators;
import io.airshield.assessment.Assessment;
import io.airshield.assessment.Assessor;
import io.airshield.campaign.Metric;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.reinforce.Pool;
import io.airshield.reinforce.Reinforcement;
import io.airshield.reinforce.Reinforcer;
import io.airshield.report.ReinforceData;
import io.airshield.report.ReinforceReport;
import io.airshield.report.ReportData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The runs started from the web UI, kept in memory for the server's life (the results store keeps
 * the command line's runs): assessments, and rankings of a scenario's reinforcement pool (kind
 * {@code reinforce}, as {@code airshield reinforce}). Both kinds share one queue and the same
 * limits. Everything is bounded, so one browser tab (or a script) cannot take the machine:
 *
 * <ul>
 *   <li>at most {@code maxActive} runs execute at once, each on {@code threads} worker threads;
 *   <li>at most {@code maxQueued} more wait their turn, first come first served (state {@code
 *       queued}); beyond that a start is refused, and the server answers 429;
 *   <li>a run stops by itself after {@code maxRunTime} (state {@code cancelled}, its result so far
 *       kept, and an {@code error} saying why); the replications are capped by the server ({@link
 *       WebServer#MAX_REPLICATIONS});
 *   <li>cancelling stops the run's worker threads within a replication (see {@code MonteCarlo}),
 *       and a queued run that is cancelled never starts;
 *   <li>the last {@value #KEPT} runs are remembered; older finished ones are forgotten.
 * </ul>
 */
final class Runs {
  /** A run's state. */
  enum State {
    QUEUED,
    RUNNING,
    DONE,
    CANCELLED,
    FAILED
  }

  /** Runs remembered, running or not. */
  static final int KEPT = 100;

  /** Plans a reinforce run simulates at most (the analytic screen keeps the best of them). */
  static final int REINFORCE_KEEP = 12;

  /**
   * What a reinforce run ranks: the scenario's embedded pool, with the command line's defaults
   * (95%, the pool's indifference zone) but a smaller cap.
   *
   * @param scenario the scenario
   * @param pool its pool
   * @param maxReplications the cap per plan
   * @param request whether to draft the request for the best plan
   */
  record Reinforce(Scenario scenario, Pool pool, int maxReplications, boolean request) {}

  /** One run. Mutable fields are written by its worker and read by request threads. */
  static final class Run {
    final String id;
    final String scenario;
    final long seed;
    volatile long cap;
    final int days;

    /** The theatre of an assessment, or null for a reinforce run. */
    final Theatre theatre;

    /** What a reinforce run ranks, or null for an assessment. */
    final Reinforce reinforce;

    final AtomicBoolean cancel = new AtomicBoolean();
    final List<Consumer<Map<String, Object>>> listeners = new CopyOnWriteArrayList<>();
    volatile State state = State.QUEUED;
    volatile long done;
    volatile double relHalfWidth = Double.NaN;
    volatile Assessment assessment;
    volatile ReportData data;

    /** A reinforce run's result, once it has one. */
    volatile ReinforceData ranking;

    volatile String error = "";

    Run(
        final String id,
        final String scenario,
        final long seed,
        final long cap,
        final Theatre theatre,
        final Reinforce reinforce) {
      this.id = id;
      this.scenario = scenario;
      this.seed = seed;
      this.cap = cap;
      this.theatre = theatre;
      this.reinforce = reinforce;
      this.days = theatre != null ? theatre.days() : reinforce.scenario().days();
    }

    String kind() {
      return reinforce == null ? "assess" : "reinforce";
    }

    Map<String, Object> status() {
      final Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("kind", kind());
      m.put("scenario", scenario);
      m.put("seed", seed);
      m.put("days", days);
      m.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
      m.put("done", done);
      m.put("cap", cap);
      m.put("relHalfWidth", Double.isNaN(relHalfWidth) ? null : relHalfWidth);
      if (assessment != null) {
        m.put("supplyTonsPerDay", assessment.supply().mean());
      }
      final ReinforceData rk = ranking;
      if (rk != null) {
        m.put("selected", rk.result().best().label());
      }
      if (!error.isEmpty()) {
        m.put("error", error);
      }
      return m;
    }

    void publish() {
      final Map<String, Object> s = status();
      listeners.forEach(l -> l.accept(s));
    }
  }

  private final int maxActive;
  private final int maxQueued;
  private final int threads;
  private final java.time.Duration maxRunTime;
  private final java.util.concurrent.ExecutorService workers;
  private final Map<String, Run> runs = new LinkedHashMap<>();
  private int next = 1;

  /**
   * @param maxActive runs that execute at once
   * @param maxQueued runs that may wait for a free slot
   * @param threads worker threads per run
   * @param maxRunTime the longest a run may execute before it is stopped
   */
  Runs(
      final int maxActive,
      final int maxQueued,
      final int threads,
      final java.time.Duration maxRunTime) {
    this.maxActive = Math.max(1, maxActive);
    this.maxQueued = Math.max(0, maxQueued);
    this.threads = Math.max(1, threads);
    this.maxRunTime = maxRunTime;
    this.workers =
        java.util.concurrent.Executors.newFixedThreadPool(
            this.maxActive,
            r -> {
              final Thread t = new Thread(r, "airshield-web-run");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * @return the new run (running or queued), or null when the queue is full
   */
  synchronized Run start(
      final String scenario, final Theatre theatre, final long seed, final long replications) {
    return enqueue(scenario, theatre, null, seed, replications);
  }

  /**
   * @return the new reinforce run (running or queued), or null when the queue is full; it takes its
   *     place in the same queue as the assessments
   */
  synchronized Run start(final String scenario, final Reinforce what, final long seed) {
    return enqueue(
        scenario, null, what, seed, (long) (REINFORCE_KEEP + 1) * what.maxReplications());
  }

  private Run enqueue(
      final String scenario,
      final Theatre theatre,
      final Reinforce what,
      final long seed,
      final long cap) {
    final long waiting =
        runs.values().stream()
            .filter(r -> r.state == State.RUNNING || r.state == State.QUEUED)
            .count();
    if (waiting >= maxActive + maxQueued) {
      return null;
    }
    final Run run = new Run("r" + next++, scenario, seed, cap, theatre, what);
    runs.put(run.id, run);
    if (runs.size() > KEPT) {
      runs.values().stream()
          .filter(r -> r.state != State.RUNNING && r.state != State.QUEUED)
          .findFirst()
          .ifPresent(r -> runs.remove(r.id));
    }
    workers.execute(() -> work(run));
    return run;
  }

  /**
   * Cancels a run: a running one stops within a replication; a queued one is cancelled at once,
   * frees its place in the queue and never starts.
   *
   * @param run the run
   */
  void cancel(final Run run) {
    run.cancel.set(true);
    synchronized (this) {
      if (run.state == State.QUEUED) {
        run.state = State.CANCELLED;
      } else {
        return;
      }
    }
    run.publish();
  }

  /** Stops every run and their threads (the server is closing). */
  void shutdown() {
    for (Run r : all()) {
      r.cancel.set(true);
    }
    workers.shutdownNow();
  }

  private void work(final Run run) {
    synchronized (this) {
      if (run.cancel.get()) {
        return; // cancelled while queued: cancel() has set its state
      }
      run.state = State.RUNNING;
    }
    run.publish();
    final long deadline = System.nanoTime() + maxRunTime.toNanos();
    final java.util.function.BooleanSupplier stop =
        () -> {
          if (System.nanoTime() - deadline > 0 && !run.cancel.get()) {
            run.error =
                "the run took longer than the server's limit of "
                    + (maxRunTime.toMillis() % 1000 == 0
                        ? maxRunTime.toSeconds() + " s"
                        : maxRunTime.toMillis() + " ms")
                    + " and was stopped; use the command line for long runs";
            run.cancel.set(true);
          }
          return run.cancel.get();
        };
    if (run.reinforce != null) {
      rank(run, stop);
      run.publish();
      return;
    }
    try {
      final MonteCarlo.Options o =
          new MonteCarlo.Options(
              run.seed,
              run.cap,
              0,
              Math.min(run.cap, 32),
              threads,
              8,
              Metric.SUPPLY_TONS_PER_DAY.slot());
      final MonteCarlo.Result r =
          MonteCarlo.run(
              run.theatre,
              Allocators.defaultAllocator(),
              o,
              (done, cap, rel) -> {
                run.done = done;
                run.relHalfWidth = rel;
                run.publish();
              },
              stop,
              null);
      if (r.replications() > 0) {
        final Assessment a = Assessor.assess(run.theatre, r, run.seed);
        run.data = ReportData.of(run.theatre, r, a);
        run.assessment = a;
      }
      run.state = r.cancelled() ? State.CANCELLED : State.DONE;
    } catch (RuntimeException e) {
      // the details go to the operator's console, never to the client
      System.err.println("airshield serve: run " + run.id + " failed");
      e.printStackTrace();
      run.error = "the run failed (an internal error); see the server's log";
      run.state = State.FAILED;
    }
    run.publish();
  }

  /** Runs a reinforce run to its end, its stop or its failure; a stopped one has no result. */
  private void rank(final Run run, final java.util.function.BooleanSupplier stop) {
    final Reinforce w = run.reinforce;
    try {
      final Reinforcer.Options o =
          new Reinforcer.Options(
              run.seed,
              0.95,
              null,
              Math.min(Reinforcer.FIRST_STAGE, w.maxReplications()),
              w.maxReplications(),
              threads,
              REINFORCE_KEEP,
              200,
              Reinforcer.BASELINE_REPLICATIONS);
      final Reinforcement r =
          Reinforcer.run(
              w.scenario(),
              w.pool(),
              o,
              Allocators.defaultAllocator(),
              (reps, alive, plans) -> {
                // plans simulated and the baseline, each at most to the cap
                run.cap =
                    (long) plans * w.maxReplications()
                        + Math.max(w.maxReplications(), Reinforcer.BASELINE_REPLICATIONS);
                run.done = reps;
                run.publish();
              },
              stop);
      run.ranking =
          ReinforceData.of(
              w.scenario(), w.pool(), r, w.request() ? ReinforceReport.request(r, w.pool()) : null);
      run.state = State.DONE;
    } catch (java.util.concurrent.CancellationException e) {
      if (run.error.isEmpty()) {
        run.error = "cancelled: a ranking stopped half-way selects nothing";
      }
      run.state = State.CANCELLED;
    } catch (Reinforcer.ZoneException e) {
      run.error = e.getMessage();
      run.state = State.FAILED;
    } catch (RuntimeException e) {
      if (run.cancel.get()) {
        // stopped while waiting on its replications (the server closing interrupts them)
        run.state = State.CANCELLED;
        return;
      }
      System.err.println("airshield serve: run " + run.id + " failed");
      e.printStackTrace();
      run.error = "the run failed (an internal error); see the server's log";
      run.state = State.FAILED;
    }
  }

  synchronized Run get(final String id) {
    return runs.get(id);
  }

  synchronized List<Run> all() {
    return new ArrayList<>(runs.values());
  }
}
