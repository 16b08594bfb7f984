package io.airshield.app.web;

import io.airshield.assessment.Assessment;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.reinforce.Pool;
import io.airshield.reinforce.Reinforcement;
import io.airshield.report.ReinforceData;
import io.airshield.report.ReinforceReport;
import io.airshield.report.ReportData;
import io.airshield.store.RunSpec;
import io.airshield.store.RunStore;
import io.airshield.store.StoreException;
import io.airshield.store.StoredRuns;
import io.airshield.study.AssessSettings;
import io.airshield.study.AssessStudy;
import io.airshield.study.ExploreResult;
import io.airshield.study.ExploreSettings;
import io.airshield.study.ExploreStudy;
import io.airshield.study.Factor;
import io.airshield.study.ReinforceSettings;
import io.airshield.study.ReinforceStudy;
import io.airshield.study.Studies;
import io.airshield.study.StudyException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The runs started from the web UI: assessments ({@link AssessStudy}), rankings of a scenario's
 * reinforcement pool (kind {@code reinforce}, {@link ReinforceStudy}) and designed experiments over
 * its estimates (kind {@code explore}, {@link ExploreStudy}), each with its study's settings, so a
 * run started here gives what the command line gives for the same settings. They are listed here
 * for the server's life; with a results database, an assessment is also recorded in it block by
 * block as {@code airshield assess} records its runs (the Runs page lists it, and {@code airshield
 * runs show ID} prints it). Both kinds share one queue and the same limits. Everything is bounded,
 * so one browser tab (or a script) cannot take the machine:
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

  /**
   * What an assessment runs.
   *
   * @param source the scenario's file name, for the store
   * @param bytes the scenario file's bytes, for the store
   * @param theatre the theatre
   * @param settings the study's settings
   */
  record Assess(String source, byte[] bytes, Theatre theatre, AssessSettings settings) {}

  /**
   * What a reinforce run ranks: the scenario's embedded pool or the user's own.
   *
   * @param scenario the scenario
   * @param pool its pool
   * @param settings the study's settings
   * @param request whether to draft the request for the best plan
   */
  record Reinforce(Scenario scenario, Pool pool, ReinforceSettings settings, boolean request) {}

  /**
   * What an explore run studies.
   *
   * @param input the scenario, with its file's bytes for the factors
   * @param factors the factors varied
   * @param settings the study's settings
   */
  record Explore(ExploreStudy.Input input, List<Factor> factors, ExploreSettings settings) {}

  /** One run. Mutable fields are written by its worker and read by request threads. */
  static final class Run {
    final String id;
    final String scenario;
    final long seed;
    volatile long cap;
    final int days;

    /** What an assessment runs, or null for a reinforce run. */
    final Assess assess;

    /** What a reinforce run ranks, or null for another kind. */
    final Reinforce reinforce;

    /** What an explore run studies, or null for another kind. */
    final Explore explore;

    /** An explore run's result, once it has one. */
    volatile ExploreResult exploration;

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

    /** The assessment's id in the results database, once it is recorded there; else 0. */
    volatile long stored;

    Run(
        final String id,
        final String scenario,
        final long seed,
        final long cap,
        final Assess assess,
        final Reinforce reinforce,
        final Explore explore) {
      this.id = id;
      this.scenario = scenario;
      this.seed = seed;
      this.cap = cap;
      this.assess = assess;
      this.reinforce = reinforce;
      this.explore = explore;
      this.days =
          assess != null
              ? assess.theatre().days()
              : reinforce != null
                  ? reinforce.scenario().days()
                  : explore.settings().days() > 0
                      ? explore.settings().days()
                      : explore.input().scenario().days();
    }

    String kind() {
      return reinforce != null ? "reinforce" : explore != null ? "explore" : "assess";
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
      if (stored > 0) {
        m.put("stored", stored);
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
  private final java.time.Duration maxRunTime;
  private final Path store;
  private final String version;
  private final java.util.concurrent.ExecutorService workers;
  private final Map<String, Run> runs = new LinkedHashMap<>();
  private int next = 1;

  /**
   * @param maxActive runs that execute at once
   * @param maxQueued runs that may wait for a free slot
   * @param maxRunTime the longest a run may execute before it is stopped
   * @param store the results database assessments are recorded in, or null for none
   * @param version the program's version, recorded with each stored run
   */
  Runs(
      final int maxActive,
      final int maxQueued,
      final java.time.Duration maxRunTime,
      final Path store,
      final String version) {
    this.maxActive = Math.max(1, maxActive);
    this.maxQueued = Math.max(0, maxQueued);
    this.maxRunTime = maxRunTime;
    this.store = store;
    this.version = version;
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
  synchronized Run start(final String scenario, final Assess what) {
    return enqueue(
        scenario, what, null, null, what.settings().seed(), what.settings().replications());
  }

  /**
   * @return the new explore run (running or queued), or null when the queue is full
   */
  synchronized Run start(final String scenario, final Explore what) {
    return enqueue(
        scenario,
        null,
        null,
        what,
        what.settings().seed(),
        ExploreStudy.simulations(what.factors().size(), what.settings(), 0));
  }

  /**
   * @return the new reinforce run (running or queued), or null when the queue is full; it takes its
   *     place in the same queue as the assessments
   */
  synchronized Run start(final String scenario, final Reinforce what) {
    return enqueue(
        scenario,
        null,
        what,
        null,
        what.settings().seed(),
        what.settings().cap(what.settings().keep()));
  }

  private Run enqueue(
      final String scenario,
      final Assess assess,
      final Reinforce what,
      final Explore explore,
      final long seed,
      final long cap) {
    final long waiting =
        runs.values().stream()
            .filter(r -> r.state == State.RUNNING || r.state == State.QUEUED)
            .count();
    if (waiting >= maxActive + maxQueued) {
      return null;
    }
    final Run run = new Run("r" + next++, scenario, seed, cap, assess, what, explore);
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
    if (run.explore != null) {
      explore(run, stop);
      run.publish();
      return;
    }
    final Assess w = run.assess;
    try {
      final MonteCarlo.Progress progress =
          (done, cap, rel) -> {
            run.done = done;
            run.relHalfWidth = rel;
            run.publish();
          };
      final MonteCarlo.Result r =
          store == null
              ? AssessStudy.run(w.theatre(), w.settings(), progress, stop)
              : stored(run, progress, stop);
      if (r.replications() > 0) {
        final Assessment a = AssessStudy.assess(w.theatre(), r, run.seed);
        run.data = ReportData.of(w.theatre(), r, a);
        run.assessment = a;
      }
      run.state = r.cancelled() ? State.CANCELLED : State.DONE;
    } catch (StoreException e) {
      System.err.println("airshield serve: run " + run.id + " could not be recorded: " + e);
      run.error =
          "the results database cannot record the run"
              + (String.valueOf(e.getMessage()).contains("read-only") ? " (it is read-only)" : "")
              + "; see the server's log";
      run.state = State.FAILED;
    } catch (RuntimeException e) {
      // the details go to the operator's console, never to the client
      System.err.println("airshield serve: run " + run.id + " failed");
      e.printStackTrace();
      run.error = "the run failed (an internal error); see the server's log";
      run.state = State.FAILED;
    }
    run.publish();
  }

  /**
   * Runs an assessment while recording it in the results database, as {@code airshield assess}
   * does; a cancelled one is recorded as cancelled and can be resumed from the command line.
   */
  private MonteCarlo.Result stored(
      final Run run,
      final MonteCarlo.Progress progress,
      final java.util.function.BooleanSupplier stop) {
    final Assess w = run.assess;
    w.settings().check();
    final MonteCarlo.Options o = w.settings().options();
    final RunSpec spec =
        RunSpec.of(w.source(), w.bytes(), w.theatre().scenario().end(), null, null, o);
    try (RunStore rs = RunStore.open(store)) {
      return StoredRuns.start(
              rs,
              spec,
              w.theatre(),
              "local",
              version,
              o.threads(),
              StoredRuns.local(w.theatre(), progress, stop),
              id -> {
                run.stored = id;
                run.publish();
              })
          .result();
    }
  }

  /**
   * Runs an explore study to its end, its stop or its failure. The study is asked to stop through
   * its progress, after each design point; a design stopped half-way is not analysed, so a stopped
   * run has no result.
   */
  private void explore(final Run run, final java.util.function.BooleanSupplier stop) {
    final Explore w = run.explore;
    settle(
        run,
        "cancelled: a design stopped half-way is not analysed",
        () -> {
          run.exploration =
              ExploreStudy.run(
                  w.input(),
                  w.factors(),
                  w.settings(),
                  null,
                  Studies.allocator(),
                  (done, total) -> {
                    if (stop.getAsBoolean()) {
                      throw new java.util.concurrent.CancellationException("stopped");
                    }
                    run.cap = total;
                    run.done = done;
                    run.publish();
                  });
        });
  }

  /** Runs a reinforce run to its end, its stop or its failure; a stopped one has no result. */
  private void rank(final Run run, final java.util.function.BooleanSupplier stop) {
    final Reinforce w = run.reinforce;
    settle(
        run,
        "cancelled: a ranking stopped half-way selects nothing",
        () -> {
          final Reinforcement r =
              ReinforceStudy.run(
                  w.scenario(),
                  w.pool(),
                  w.settings(),
                  (done, cap) -> {
                    run.cap = cap;
                    run.done = done;
                    run.publish();
                  },
                  stop);
          run.ranking =
              ReinforceData.of(
                  w.scenario(),
                  w.pool(),
                  r,
                  w.request() ? ReinforceReport.request(r, w.pool()) : null);
        });
  }

  /**
   * Runs a study that has a result only if it ends (explore, reinforce) and sets the run's state:
   * done; cancelled with the reason when stopped half-way, or when stopped while waiting on its
   * replications (the server closing interrupts them); failed with the message of a bad setting;
   * failed with the details on the server's console, never the client's, otherwise.
   */
  private static void settle(final Run run, final String halfWay, final Runnable study) {
    try {
      study.run();
      run.state = State.DONE;
    } catch (java.util.concurrent.CancellationException e) {
      if (run.error.isEmpty()) {
        run.error = halfWay;
      }
      run.state = State.CANCELLED;
    } catch (StudyException e) {
      run.error = e.getMessage();
      run.state = State.FAILED;
    } catch (RuntimeException e) {
      if (run.cancel.get()) {
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
