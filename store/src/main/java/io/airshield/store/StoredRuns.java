package io.airshield.store;

import io.airshield.assessment.Assessor;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.formation.PlanReader;
import io.airshield.montecarlo.CampaignStatistics;
import io.airshield.montecarlo.Estimate;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.montecarlo.Statistics;
import io.airshield.report.JsonReport;
import io.airshield.scenario.ScenarioReader;
import io.airshield.study.AssessStudy;
import io.airshield.study.Studies;
import java.io.StringWriter;
import java.util.function.BooleanSupplier;

/**
 * Runs an assessment while writing it to a {@link RunStore}, and resumes one that was interrupted.
 *
 * <p>Resuming reloads the stored blocks, in order, into fresh statistics, replaying the stopping
 * rule after each block exactly as {@link MonteCarlo} consults it, and continues from the next
 * block with the stored options. Since the statistics see the same vectors in the same order, and
 * replication r always draws from the streams of (seed, r), the result is the uninterrupted run's
 * to the last bit, wherever the interruption fell.
 */
public final class StoredRuns {
  private StoredRuns() {}

  /**
   * Runs the rest of a run: the local thread pool or a {@link io.airshield.montecarlo.BlockEngine}.
   */
  @FunctionalInterface
  public interface Engine {
    /**
     * @param options what to run
     * @param stats statistics holding replications 0 .. start-1
     * @param start first replication to run
     * @param sink receives every merged block
     * @return the result
     */
    MonteCarlo.Result run(
        MonteCarlo.Options options, Statistics stats, long start, MonteCarlo.BlockSink sink);
  }

  /**
   * A stored run's outcome.
   *
   * @param runId its id in the store
   * @param result the statistics and counts
   * @param reloaded replications read back from the store rather than computed now
   */
  public record Outcome(long runId, MonteCarlo.Result result, long reloaded) {}

  /**
   * The engine of this machine's threads, with the allocator of every study.
   *
   * @param theatre the theatre run
   * @param progress progress listener, or null
   * @param cancelled polled between blocks; once true the run ends with what it has, or null
   * @return the engine
   */
  public static Engine local(
      final Theatre theatre, final MonteCarlo.Progress progress, final BooleanSupplier cancelled) {
    return (options, stats, start, sink) ->
        MonteCarlo.run(
            theatre, Studies.allocator(), options, progress, cancelled, sink, stats, start);
  }

  /**
   * A stored run's result rebuilt from its stored replications, the same bits as the run's own; the
   * command line's {@code runs show} and the web UI's stored runs both read it here.
   *
   * @param store the store
   * @param info the run
   * @param theatre its theatre ({@link #theatre})
   * @return the result, or null when the run has no stored replications yet
   */
  public static MonteCarlo.Result result(
      final RunStore store, final RunInfo info, final Theatre theatre) {
    final Replayed r = replay(store, info, theatre);
    if (r.replications() == 0) {
      return null;
    }
    return new MonteCarlo.Result(
        r.statistics(),
        r.replications(),
        r.precisionReached(),
        info.status() == RunInfo.Status.CANCELLED);
  }

  /**
   * Compiles a stored run's theatre exactly as it was: the stored scenario bytes, cut at the stored
   * last day, linked to the stored formation plan. The command line's {@code runs} and {@code
   * assess --resume} and the web UI's stored runs all compile it here.
   *
   * @param spec the run's spec
   * @return the theatre
   */
  public static Theatre theatre(final RunSpec spec) {
    Scenario s = ScenarioReader.read(spec.scenarioName(), spec.scenario());
    if (!s.end().equals(spec.lastDay())) {
      s = s.withEnd(spec.lastDay());
    }
    return AssessStudy.theatre(
        s,
        spec.formation() == null ? null : PlanReader.read(spec.formationName(), spec.formation()),
        null);
  }

  /**
   * Statistics rebuilt from a run's stored blocks.
   *
   * @param statistics the statistics
   * @param replications replications read
   * @param precisionReached whether the stopping rule was met at the last block read
   */
  public record Replayed(Statistics statistics, long replications, boolean precisionReached) {}

  /**
   * Records a new run and runs it.
   *
   * @param store the store
   * @param spec what decides its results
   * @param theatre the theatre compiled from the spec
   * @param engineName the engine's name, for the record
   * @param programVersion the airshield version
   * @param threads worker threads
   * @param engine runs the blocks
   * @param started told the run's id before the first block runs (to print how to resume)
   * @return the outcome
   */
  public static Outcome start(
      final RunStore store,
      final RunSpec spec,
      final Theatre theatre,
      final String engineName,
      final String programVersion,
      final int threads,
      final Engine engine,
      final java.util.function.LongConsumer started) {
    final long id =
        store.createRun(
            spec, theatre.scenario().id(), theatre.metrics().size(), engineName, programVersion);
    if (started != null) {
      started.accept(id);
    }
    return execute(
        store, id, spec, theatre, threads, engine, CampaignStatistics.create(theatre), 0);
  }

  /**
   * Resumes a stored run that was interrupted (killed, cancelled or failed).
   *
   * @param store the store
   * @param runId the run
   * @param theatre the theatre compiled from the run's spec
   * @param threads worker threads
   * @param engine runs the remaining blocks
   * @return the outcome
   * @throws StoreException if the run is complete or its record does not fit the theatre
   */
  public static Outcome resume(
      final RunStore store,
      final long runId,
      final Theatre theatre,
      final int threads,
      final Engine engine) {
    final RunInfo info = store.get(runId);
    requireAssessment(store, info);
    if (info.status() == RunInfo.Status.COMPLETE) {
      throw new StoreException(
          "run " + runId + " is already complete; 'airshield runs show " + runId + "' prints it");
    }
    final Replayed r = replay(store, info, theatre);
    if (r.precisionReached() || r.replications() >= info.spec().maxReplications()) {
      // killed after its last block was stored but before its end was recorded
      final MonteCarlo.Result result =
          new MonteCarlo.Result(r.statistics(), r.replications(), r.precisionReached(), false);
      finishComplete(store, runId, theatre, info.spec(), result);
      return new Outcome(runId, result, r.replications());
    }
    store.markRunning(runId);
    final Outcome o =
        execute(
            store, runId, info.spec(), theatre, threads, engine, r.statistics(), r.replications());
    return new Outcome(runId, o.result(), r.replications());
  }

  /**
   * Rebuilds a run's statistics from its stored blocks, stopping where the stopping rule stopped
   * the run.
   *
   * @param store the store
   * @param info the run
   * @param theatre the theatre compiled from its spec
   * @return the statistics
   */
  public static Replayed replay(final RunStore store, final RunInfo info, final Theatre theatre) {
    check(store, info, theatre);
    final Statistics stats = CampaignStatistics.create(theatre);
    final MonteCarlo.Options options = info.spec().options(1);
    final long[] merged = {0};
    final boolean[] reached = {false};
    store.readBlocks(
        info.id(),
        (first, outcomes) -> {
          for (double[] x : outcomes) {
            stats.add(x);
          }
          merged[0] += outcomes.length;
          reached[0] = MonteCarlo.precisionReached(stats, options, merged[0]);
          return !reached[0] && merged[0] < options.maxReplications();
        });
    return new Replayed(stats, merged[0], reached[0]);
  }

  private static void check(final RunStore store, final RunInfo info, final Theatre theatre) {
    requireAssessment(store, info);
    checkTheatre(store, info, theatre);
  }

  /**
   * Refuses a run of another study (explore), whose blocks are not an assessment's replications.
   *
   * @param store the store
   * @param info the run
   * @throws StoreException if the run is another study's
   */
  static void requireAssessment(final RunStore store, final RunInfo info) {
    final java.util.Optional<RunStore.Study> study = store.study(info.id());
    if (study.isPresent()) {
      throw new StoreException(
          "run "
              + info.id()
              + " is an "
              + study.get().kind()
              + " study, not an assessment; 'airshield runs show "
              + info.id()
              + "' prints it and 'airshield "
              + study.get().kind()
              + " --resume "
              + info.id()
              + "' resumes it");
    }
  }

  private static void checkTheatre(
      final RunStore store, final RunInfo info, final Theatre theatre) {
    if (!RunSpec.sha256(info.spec().scenario()).equals(info.scenarioHash())) {
      throw new StoreException(
          "the scenario stored with run "
              + info.id()
              + " in "
              + store.path()
              + " does not match its hash; the store is damaged");
    }
    if (theatre.metrics().size() != info.vectorSize()) {
      throw new StoreException(
          "run "
              + info.id()
              + " was written by an airshield whose"
              + " model records "
              + info.vectorSize()
              + " figures per replication; this one"
              + " records "
              + theatre.metrics().size()
              + ". Resume or show it with the airshield"
              + " version that wrote it ("
              + info.programVersion()
              + ")");
    }
  }

  private static Outcome execute(
      final RunStore store,
      final long id,
      final RunSpec spec,
      final Theatre theatre,
      final int threads,
      final Engine engine,
      final Statistics stats,
      final long start) {
    final RunStore.BlockWriter writer = store.blockWriter(id, theatre.metrics().size());
    final MonteCarlo.Result result;
    try {
      result = engine.run(spec.options(threads), stats, start, writer);
      writer.flush();
    } catch (RuntimeException e) {
      try {
        writer.flush();
        store.finish(
            id,
            RunInfo.Status.FAILED,
            start + writer.written(),
            false,
            String.valueOf(e.getMessage()));
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    if (result.cancelled()) {
      store.finish(id, RunInfo.Status.CANCELLED, result.replications(), false, null);
    } else {
      finishComplete(store, id, theatre, spec, result);
    }
    return new Outcome(id, result, 0);
  }

  private static void finishComplete(
      final RunStore store,
      final long id,
      final Theatre theatre,
      final RunSpec spec,
      final MonteCarlo.Result result) {
    final Statistics st = result.statistics();
    final int size = theatre.metrics().size();
    final double[] means = new double[size];
    final double[] sds = new double[size];
    for (int i = 0; i < size; i++) {
      final Estimate e = st.estimate(i);
      means[i] = e.mean();
      sds[i] = e.sd();
    }
    final StringWriter json = new StringWriter();
    JsonReport.write(Assessor.assess(theatre, result, spec.seed()), json);
    store.saveAggregate(id, result.replications(), means, sds, json.toString());
    store.finish(
        id, RunInfo.Status.COMPLETE, result.replications(), result.precisionReached(), null);
  }
}
