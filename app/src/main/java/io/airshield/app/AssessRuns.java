package io.airshield.app;

import io.airshield.campaign.Theatre;
import io.airshield.montecarlo.CampaignStatistics;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.store.RunInfo;
import io.airshield.store.RunSpec;
import io.airshield.store.RunStore;
import io.airshield.store.StoredRuns;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs {@code assess} with the results store: records a new run block by block, or resumes a stored
 * one; {@code --no-store} runs without it. Ctrl-C (SIGINT, SIGTERM) asks the run to stop after the
 * block in hand, so it is recorded as cancelled and can be resumed; a kill -9 leaves it marked
 * running, and resumes just as well.
 */
final class AssessRuns {
  /**
   * How a stored run was asked to run: {@code assess}, or {@code explore} ({@link ExploreRuns}).
   *
   * @param store the --store option, or null
   * @param noStore --no-store
   * @param engine the --engine value
   * @param master the --master value, or null
   * @param threads worker threads
   * @param progress the progress bar, or null
   * @param err standard error, for where the run is stored
   * @param quiet --quiet
   */
  record How(
      Path store,
      boolean noStore,
      String engine,
      String master,
      int threads,
      Progress progress,
      PrintWriter err,
      boolean quiet) {}

  /**
   * A finished (or cancelled) run.
   *
   * @param theatre its theatre
   * @param result its statistics
   * @param seed its seed
   * @param runId its id in the store, or -1
   */
  record Done(Theatre theatre, MonteCarlo.Result result, long seed, long runId) {}

  private AssessRuns() {}

  static Done run(final How how, final RunSpec spec, final Theatre theatre) {
    if (how.progress() != null) {
      how.progress().target(spec.precision());
    }
    final MonteCarlo.Progress bar = how.progress() == null ? null : how.progress()::update;
    if (how.noStore()) {
      final StoredRuns.Engine e =
          Engines.engine(how.engine(), how.master(), spec, theatre, bar, null);
      final MonteCarlo.Result r =
          e.run(spec.options(how.threads()), CampaignStatistics.create(theatre), 0, null);
      if (how.progress() != null) {
        how.progress().done(r.replications());
      }
      return new Done(theatre, r, spec.seed(), -1);
    }
    final Path path = Stores.path(how.store());
    try (RunStore store = RunStore.open(path)) {
      final Cancel cancel = new Cancel();
      final StoredRuns.Engine e =
          Engines.engine(how.engine(), how.master(), spec, theatre, bar, cancel::requested);
      try {
        final StoredRuns.Outcome o =
            StoredRuns.start(
                store,
                spec,
                theatre,
                how.engine(),
                Version.current(),
                how.threads(),
                e,
                id -> {
                  if (!how.quiet()) {
                    how.err()
                        .println(
                            "Recording run "
                                + id
                                + " in "
                                + path
                                + " (if interrupted: airshield assess --resume "
                                + id
                                + ")");
                    how.err().flush();
                  }
                });
        report(how, o.runId(), o.result());
        return new Done(theatre, o.result(), spec.seed(), o.runId());
      } finally {
        cancel.release();
      }
    }
  }

  static Done resume(final How how, final long id) {
    if (how.noStore()) {
      throw new UserException("--resume reads the run from the store; drop --no-store");
    }
    final Path path = Stores.path(how.store());
    try (RunStore store = RunStore.open(path)) {
      final RunInfo info = store.get(id);
      final Theatre theatre = StoredRuns.theatre(info.spec());
      if (how.progress() != null) {
        how.progress().target(info.spec().precision());
      }
      final MonteCarlo.Progress bar = how.progress() == null ? null : how.progress()::update;
      final Cancel cancel = new Cancel();
      try {
        final StoredRuns.Outcome o =
            StoredRuns.resume(
                store,
                id,
                theatre,
                how.threads(),
                Engines.engine(
                    how.engine(), how.master(), info.spec(), theatre, bar, cancel::requested));
        if (!how.quiet()) {
          how.err()
              .println(
                  "Resumed run "
                      + id
                      + ": "
                      + o.reloaded()
                      + " replications read back from "
                      + path
                      + ", "
                      + (o.result().replications() - o.reloaded())
                      + " run now");
        }
        report(how, id, o.result());
        return new Done(theatre, o.result(), info.spec().seed(), id);
      } finally {
        cancel.release();
      }
    }
  }

  private static void report(final How how, final long id, final MonteCarlo.Result r) {
    if (how.progress() != null) {
      how.progress().done(r.replications());
    }
    if (r.cancelled()) {
      how.err()
          .println(
              "Run "
                  + id
                  + " cancelled after "
                  + r.replications()
                  + " replications; resume it with: airshield assess --resume "
                  + id);
    } else if (!how.quiet()) {
      how.err()
          .println("Stored as run " + id + "; 'airshield runs show " + id + "' prints it again");
    }
    how.err().flush();
  }

  /**
   * Turns Ctrl-C into a request to stop after the current block, and holds the JVM's shutdown until
   * the run's end is recorded (at most 10 s), so the store says "cancelled", not "running".
   */
  static final class Cancel {
    private final AtomicBoolean requested = new AtomicBoolean();
    private final CountDownLatch recorded = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onShutdown, "airshield-cancel");

    Cancel() {
      Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean requested() {
      return requested.get();
    }

    private void onShutdown() {
      requested.set(true);
      try {
        recorded.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void release() {
      recorded.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it has been released above
      }
    }
  }
}
