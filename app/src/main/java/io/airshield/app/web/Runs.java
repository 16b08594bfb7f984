package io.airshield.app.web;

import io.airshield.assessment.Assessment;
import io.airshield.assessment.Assessor;
import io.airshield.app.Allocators;
import io.airshield.campaign.Metrics;
import io.airshield.campaign.Theatre;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.report.ReportData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The runs started from the web UI, kept in memory for the server's life (the results store
 * will keep them across restarts). At most {@code maxActive} run at once, so one browser tab
 * cannot take the machine; beyond that a start is refused (429).
 */
final class Runs {
  /** A run's state. */
  enum State { RUNNING, DONE, CANCELLED, FAILED }

  /** One run. Mutable fields are written by its worker and read by request threads. */
  static final class Run {
    final String id;
    final String scenario;
    final long seed;
    final long cap;
    final Theatre theatre;
    final AtomicBoolean cancel = new AtomicBoolean();
    final List<Consumer<Map<String, Object>>> listeners = new CopyOnWriteArrayList<>();
    volatile State state = State.RUNNING;
    volatile long done;
    volatile double relHalfWidth = Double.NaN;
    volatile Assessment assessment;
    volatile ReportData data;
    volatile String error = "";

    Run(final String id, final String scenario, final long seed, final long cap,
        final Theatre theatre) {
      this.id = id;
      this.scenario = scenario;
      this.seed = seed;
      this.cap = cap;
      this.theatre = theatre;
    }

    Map<String, Object> status() {
      final Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("scenario", scenario);
      m.put("seed", seed);
      m.put("days", theatre.days());
      m.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
      m.put("done", done);
      m.put("cap", cap);
      m.put("relHalfWidth", Double.isNaN(relHalfWidth) ? null : relHalfWidth);
      if (assessment != null) {
        m.put("supplyTonsPerDay", assessment.supply().mean());
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
  private final int threads;
  private final Map<String, Run> runs = new LinkedHashMap<>();
  private int next = 1;

  Runs(final int maxActive, final int threads) {
    this.maxActive = maxActive;
    this.threads = threads;
  }

  /** @return the new run, or null when too many are running */
  synchronized Run start(final String scenario, final Theatre theatre, final long seed,
      final long replications) {
    final long active = runs.values().stream().filter(r -> r.state == State.RUNNING).count();
    if (active >= maxActive) {
      return null;
    }
    final Run run = new Run("r" + next++, scenario, seed, replications, theatre);
    runs.put(run.id, run);
    if (runs.size() > 100) {
      runs.remove(runs.keySet().iterator().next());
    }
    final Thread t = new Thread(() -> work(run), "airshield-web-run-" + run.id);
    t.setDaemon(true);
    t.start();
    return run;
  }

  private void work(final Run run) {
    try {
      final MonteCarlo.Options o = new MonteCarlo.Options(run.seed, run.cap, 0,
          Math.min(run.cap, 32), threads, 8, Metrics.SUPPLY_TONS_PER_DAY);
      final MonteCarlo.Result r = MonteCarlo.run(run.theatre, Allocators.defaultAllocator(), o,
          (done, cap, rel) -> {
            run.done = done;
            run.relHalfWidth = rel;
            run.publish();
          }, run.cancel::get, null);
      final Assessment a = Assessor.assess(run.theatre, r, run.seed);
      run.data = ReportData.of(run.theatre, r, a);
      run.assessment = a;
      run.state = r.cancelled() ? State.CANCELLED : State.DONE;
    } catch (RuntimeException e) {
      run.error = "the run failed: " + e.getClass().getSimpleName();
      run.state = State.FAILED;
    }
    run.publish();
  }

  synchronized Run get(final String id) {
    return runs.get(id);
  }

  synchronized List<Run> all() {
    return new ArrayList<>(runs.values());
  }
}
