package io.airshield.app;

import io.airshield.domain.Scenario;
import io.airshield.scenario.ScenarioReader;
import io.airshield.store.RunInfo;
import io.airshield.store.RunSpec;
import io.airshield.store.RunStore;
import io.airshield.study.ExploreRecord;
import io.airshield.study.ExploreResult;
import io.airshield.study.ExploreStudy;
import io.airshield.study.FactorFile;
import io.airshield.study.PointEngine;
import io.airshield.study.Studies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@code explore} with the results store, as {@link AssessRuns} does {@code assess}: one run
 * per study, whose blocks are its design points (block p holds point p's replications, each a
 * vector of the measures, or of the plans' objectives). Points are recorded in point order, so what
 * the store holds after a kill at any moment is a prefix of the points; resuming reads it back and
 * computes the rest, and since a point's values do not depend on when or where it was computed, the
 * study's result is the uninterrupted one's to the last bit. Ctrl-C stops after the points in hand
 * and records the run as cancelled; a kill -9 leaves it running; both resume.
 */
final class ExploreRuns {
  /**
   * A finished study, or a cancelled one (null result).
   *
   * @param result the result, or null when cancelled
   * @param runId its id in the store, or -1
   */
  record Done(ExploreResult result, long runId) {}

  private ExploreRuns() {}

  /** The engine an --engine value names: this JVM's threads or a provider on the class path. */
  static PointEngine engine(final String name, final String master, final int threads) {
    if (Engines.isLocal(name, master)) {
      return PointEngine.local(threads, Studies.allocator());
    }
    return Engines.provider(
            PointEngine.Provider.class,
            PointEngine.Provider::name,
            name,
            "'java -jar spark/target/airshield-spark.jar explore ... --engine spark --master"
                + " local[4]' (docs/explore.md)")
        .open(Engines.settings(master));
  }

  /** Runs a new study, recorded unless --no-store. */
  static Done run(
      final AssessRuns.How how,
      final ExploreStudy.Prepared pr,
      final ExploreStudy.PoolSource pool) {
    if (how.noStore()) {
      try (PointEngine e = engine(how.engine(), how.master(), how.threads())) {
        final ExploreResult r = ExploreStudy.execute(pr, e, List.of(), null, null, bar(how));
        if (how.progress() != null) {
          how.progress().done(pr.total());
        }
        return new Done(r, -1);
      }
    }
    final Path path = Stores.path(how.store());
    // the engine first: an engine that cannot start leaves no failed run behind
    try (PointEngine engine = engine(how.engine(), how.master(), how.threads());
        RunStore store = RunStore.open(path)) {
      final Scenario s = pr.input().scenario();
      final int days = pr.settings().days();
      final RunSpec spec =
          new RunSpec(
              pr.input().name(),
              pr.input().bytes(),
              days > 0 && days < s.days() ? s.start().plusDays(days - 1L) : s.end(),
              null,
              null,
              pr.settings().seed(),
              (long) pr.job().count() * pr.settings().replications(),
              0,
              0,
              pr.settings().replications(),
              0);
      final long id =
          store.createStudyRun(
              spec,
              s.id(),
              pr.width(),
              how.engine().toLowerCase(Locale.ROOT),
              Version.current(),
              new RunStore.Study(
                  ExploreRecord.KIND,
                  ExploreRecord.write(pr.factors(), pr.settings()),
                  pool == null ? null : pool.name(),
                  pool == null ? null : pool.bytes(),
                  ""));
      if (!how.quiet()) {
        how.err()
            .println(
                "Recording run "
                    + id
                    + " in "
                    + path
                    + " (if interrupted: airshield explore --resume "
                    + id
                    + ")");
        how.err().flush();
      }
      return execute(how, store, id, pr, List.of(), engine);
    }
  }

  /** Resumes a stored study that was killed, cancelled or failed. */
  static Done resume(final AssessRuns.How how, final long id) {
    if (how.noStore()) {
      throw new UserException("--resume reads the run from the store; drop --no-store");
    }
    final Path path = Stores.path(how.store());
    try (PointEngine engine = engine(how.engine(), how.master(), how.threads());
        RunStore store = RunStore.open(path)) {
      final RunInfo info = store.get(id);
      if (info.status() == RunInfo.Status.COMPLETE) {
        throw new UserException(
            "run " + id + " is already complete; 'airshield runs show " + id + "' prints it");
      }
      final ExploreStudy.Prepared pr = prepared(store, info, how.threads());
      final List<double[][]> known = known(store, info, pr);
      store.markRunning(id);
      if (!how.quiet()) {
        how.err()
            .println(
                "Resuming run "
                    + id
                    + ": "
                    + known.size()
                    + " of "
                    + pr.job().count()
                    + " design points read back from "
                    + path
                    + ", "
                    + (pr.job().count() - known.size())
                    + " to run");
        how.err().flush();
      }
      return execute(how, store, id, pr, known, engine);
    }
  }

  /**
   * A stored study's result, analysed again from its stored points.
   *
   * @param store the store
   * @param info the run
   * @return the result
   * @throws UserException if the study has not run all its points
   */
  static ExploreResult stored(final RunStore store, final RunInfo info) {
    final ExploreStudy.Prepared pr = prepared(store, info, 1);
    final List<double[][]> known = known(store, info, pr);
    if (known.size() < pr.job().count()) {
      throw new UserException(
          "run "
              + info.id()
              + " has "
              + known.size()
              + " of its "
              + pr.job().count()
              + " design points; resume it with: airshield explore --resume "
              + info.id());
    }
    return ExploreStudy.execute(pr, (job, c, from, sink, cancelled) -> {}, known, null, null, null);
  }

  /**
   * @param store the store
   * @param runId a run
   * @return whether it is an explore study
   */
  static boolean isExplore(final RunStore store, final long runId) {
    return store.study(runId).filter(s -> s.kind().equals(ExploreRecord.KIND)).isPresent();
  }

  private static ExploreStudy.Prepared prepared(
      final RunStore store, final RunInfo info, final int threads) {
    final RunStore.Study study =
        store
            .study(info.id())
            .filter(s -> s.kind().equals(ExploreRecord.KIND))
            .orElseThrow(
                () ->
                    new UserException(
                        "run "
                            + info.id()
                            + " is not an explore study; resume an assessment with: airshield"
                            + " assess --resume "
                            + info.id()));
    final RunSpec spec = info.spec();
    final Scenario s = ScenarioReader.read(spec.scenarioName(), spec.scenario());
    final ExploreStudy.Input in = new ExploreStudy.Input(spec.scenarioName(), spec.scenario(), s);
    final FactorFile.Spec fs = ExploreRecord.read(study.settings(), in, threads);
    final ExploreStudy.PoolSource pool =
        study.attachment() == null
            ? null
            : new ExploreStudy.PoolSource(study.attachmentName(), study.attachment());
    final ExploreStudy.Prepared pr = ExploreStudy.prepare(in, fs.factors(), fs.settings(), pool);
    if (pr.width() != info.vectorSize() || pr.settings().replications() != spec.blockSize()) {
      throw new UserException(
          "run "
              + info.id()
              + " records "
              + info.vectorSize()
              + " values per replication; this airshield lays the study out with "
              + pr.width()
              + ". Resume or show it with the airshield that wrote it ("
              + info.programVersion()
              + ")");
    }
    return pr;
  }

  /** The points stored, in order: block p is point p. */
  private static List<double[][]> known(
      final RunStore store, final RunInfo info, final ExploreStudy.Prepared pr) {
    final int reps = pr.settings().replications();
    final int n = pr.job().count();
    final List<double[][]> known = new ArrayList<>();
    store.readBlocks(
        info.id(),
        (first, outcomes) -> {
          if (first != (long) known.size() * reps || outcomes.length != reps) {
            throw new UserException(
                "run "
                    + info.id()
                    + " holds a block of "
                    + outcomes.length
                    + " replications at "
                    + first
                    + ", not a design point of "
                    + reps
                    + "; the store is damaged");
          }
          known.add(outcomes);
          return known.size() < n;
        });
    return known;
  }

  private static Done execute(
      final AssessRuns.How how,
      final RunStore store,
      final long id,
      final ExploreStudy.Prepared pr,
      final List<double[][]> known,
      final PointEngine e) {
    final int reps = pr.settings().replications();
    final RunStore.BlockWriter writer = store.blockWriter(id, pr.width());
    final AssessRuns.Cancel cancel = new AssessRuns.Cancel();
    try {
      final ExploreResult r =
          ExploreStudy.execute(
              pr,
              e,
              known,
              (p, v) -> writer.accept((long) p * reps, v),
              cancel::requested,
              bar(how));
      writer.flush();
      store.studyHeadline(id, ExploreRecord.headline(r));
      store.finish(id, RunInfo.Status.COMPLETE, (long) pr.job().count() * reps, false, null);
      if (how.progress() != null) {
        how.progress().done(pr.total() / pr.job().count() * (pr.job().count() - known.size()));
      }
      if (!how.quiet()) {
        how.err()
            .println("Stored as run " + id + "; 'airshield runs show " + id + "' prints it again");
        how.err().flush();
      }
      return new Done(r, id);
    } catch (ExploreStudy.Cancelled c) {
      writer.flush();
      store.finish(id, RunInfo.Status.CANCELLED, (long) c.points() * reps, false, null);
      how.err()
          .println(
              "Run "
                  + id
                  + " cancelled after "
                  + c.points()
                  + " of "
                  + pr.job().count()
                  + " design points; resume it with: airshield explore --resume "
                  + id);
      how.err().flush();
      return new Done(null, id);
    } catch (RuntimeException x) {
      try {
        writer.flush();
        store.finish(
            id,
            RunInfo.Status.FAILED,
            known.size() * (long) reps + writer.written(),
            false,
            String.valueOf(x.getMessage()));
      } catch (RuntimeException suppressed) {
        x.addSuppressed(suppressed);
      }
      throw x;
    } finally {
      cancel.release();
    }
  }

  private static ExploreStudy.Progress bar(final AssessRuns.How how) {
    final Progress p = how.progress();
    return p == null ? null : (done, total) -> p.update(done, total, Double.NaN);
  }
}
