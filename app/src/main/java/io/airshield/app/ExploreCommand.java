package io.airshield.app;

import io.airshield.domain.Scenario;
import io.airshield.reinforce.EmbeddedPools;
import io.airshield.reinforce.PoolReader;
import io.airshield.scenario.ScenarioReader;
import io.airshield.study.Design;
import io.airshield.study.ExploreHtml;
import io.airshield.study.ExploreReport;
import io.airshield.study.ExploreResult;
import io.airshield.study.ExploreSettings;
import io.airshield.study.ExploreStudy;
import io.airshield.study.Factor;
import io.airshield.study.FactorFile;
import io.airshield.study.StudyException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code airshield explore}: a thin shell over the core's explore study ({@link ExploreStudy}): it
 * reads the files, turns the options the user set into {@link ExploreSettings} (the defaults live
 * there), runs the study and prints its outputs.
 */
@Command(
    name = "explore",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Which estimates drive the answer, and does the recommendation survive them? Runs a"
          + " designed experiment over the plausible ranges of the scenario's estimates and the"
          + " model's parameters (airshield factors lists them), every design point with the"
          + " same replication seeds, and ranks the factors: Morris screening (default), a nearly"
          + " orthogonal or plain Latin hypercube, or Sobol indices with bootstrap 95%%"
          + " intervals. With --plans, compares the leading reinforcement plans over the design:"
          + " where each is best, its regret, and which factors flip the choice.",
      "",
      "Examples:",
      "  airshield explore",
      "  airshield explore korea-1951-autumn --design nolh --replications 10 --csv out/",
      "  airshield explore --factors my-factors.yaml --design sobol --samples 128",
      "  airshield explore --plans 4 --design nolh --replications 10",
      "  airshield explore --resume 3"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:study written",
      "2:bad scenario, factor or pool file, or bad option",
      "130:cancelled (Ctrl-C); resume with --resume ID"
    })
final class ExploreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScenarioArgument scenarioArgument;

  @Option(
      names = "--factors",
      paramLabel = "FILE",
      description =
          "A factor file: the factors, their ranges and the design (format in"
              + " docs/explore.md). Default: every ranged estimate.")
  String factors;

  @Option(
      names = "--design",
      paramLabel = "D",
      description = "morris (default), nolh, lhs or sobol.")
  String design;

  @Option(names = "--trajectories", paramLabel = "R", description = "Morris trajectories (10).")
  Integer trajectories;

  @Option(names = "--levels", paramLabel = "P", description = "Morris grid levels, even (4).")
  Integer levels;

  @Option(
      names = "--points",
      paramLabel = "N",
      description = "LHS points (4 per factor), or the fewest NOLH points (one table).")
  Integer points;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description = "Sobol base samples: the design has N x (factors + 2) points (64).")
  Integer samples;

  @Option(
      names = "--replications",
      paramLabel = "N",
      description = "Replications at each design point (20).")
  Integer replications;

  @Option(
      names = "--budget",
      paramLabel = "N",
      description = "The most simulations (points x replications x plans) to run (no limit).")
  Long budget;

  @Option(
      names = "--measure",
      paramLabel = "NAME",
      split = ",",
      description =
          "Measures to analyse (names of the CSV's scalar figures, e.g. killsByAa);"
              + " default: the scenario's headline.")
  List<String> measures;

  @Option(
      names = "--plans",
      paramLabel = "N",
      arity = "0..1",
      fallbackValue = "4",
      description =
          "Compare the N leading plans of the reinforcement pool (default 4) and the pool's"
              + " named plans over the design.")
  Integer plans;

  @Option(
      names = "--pool",
      paramLabel = "POOL",
      description = "With --plans: the pool (default: the scenario's embedded pool).")
  String pool;

  @Option(names = "--days", paramLabel = "N", description = "Simulate only the first N days.")
  Integer days;

  @Mixin SharedOptions.Seed seedOption;

  @Mixin SharedOptions.Threads threadsOption;

  @Mixin SharedOptions.Format formatOption;

  @Option(names = "--csv", paramLabel = "DIR", description = "Also write tidy CSV files to DIR.")
  Path csv;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      description =
          "Also write an HTML report to DIR/index.html: tornado chart, main-effect plots,"
              + " indices, robustness table (opens offline).")
  Path report;

  @Mixin SharedOptions.Quiet quietOption;

  @Mixin SharedOptions.Store storeOption;

  @Option(
      names = "--resume",
      paramLabel = "ID",
      description =
          "Resume stored study ID after it was killed, cancelled or failed; the scenario,"
              + " factors and settings come from the store, and the results are those of an"
              + " uninterrupted study to the last bit.")
  Long resume;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "local",
      description =
          "local (this machine's threads) or spark (needs the Spark jar; docs/explore.md)."
              + " Results do not depend on it (default: ${DEFAULT-VALUE}).")
  String engine;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "With --engine spark: the Spark master, e.g. local[2] or spark://host:7077"
              + " (default: spark-submit's, else local[*]).")
  String master;

  @Override
  public Integer call() throws IOException {
    final boolean json = formatOption.json();
    final boolean quiet = quietOption.quiet;
    if (csv != null) {
      OutputPaths.folder("--csv", csv);
    }
    if (report != null) {
      OutputPaths.folder("--report", report);
    }
    if (pool != null && plans == null) {
      throw new UserException("--pool takes effect with --plans; give --plans too");
    }
    final int nThreads = threadsOption.orAllCores();
    if (nThreads < 1 || nThreads > 1024) {
      throw new UserException("--threads must be from 1 to 1024, not " + nThreads);
    }
    try {
      final ExploreRuns.Done done;
      if (resume != null) {
        refuseWithResume();
        done = ExploreRuns.resume(how(nThreads, "run " + resume), resume);
      } else {
        final ScenarioFiles.Source source = ScenarioFiles.source(scenarioArgument.scenario);
        final Scenario s = ScenarioReader.read(source.name(), source.bytes());
        final ExploreStudy.Input in = new ExploreStudy.Input(source.name(), source.bytes(), s);
        final ExploreStudy.PoolSource p = plans == null ? null : pool(s);
        final int nPlans = plans == null ? 0 : plans;
        // regret and shares are read over a space-filling design, not along Morris's paths: with
        // --plans the NOLH is the default, which a factor file's design or --design still changes
        ExploreSettings st =
            nPlans > 0
                ? ExploreSettings.defaults().withDesign(Design.Kind.NOLH)
                : ExploreSettings.defaults();
        List<Factor> chosen = Factor.all(s);
        if (factors != null) {
          final FactorFile.Spec fs =
              FactorFile.read(
                  factors,
                  ScenarioFiles.read(factors, "factor", List.of()).bytes(),
                  in,
                  st,
                  nPlans);
          chosen = fs.factors();
          st = fs.settings();
        }
        st = options(st, nPlans);
        done = ExploreRuns.run(how(nThreads, s.id()), ExploreStudy.prepare(in, chosen, st, p), p);
      }
      final ExploreResult r = done.result();
      if (r == null) {
        return 130;
      }
      if (json) {
        ExploreReport.json(r, spec.commandLine().getOut());
      } else {
        ExploreReport.text(r, spec.commandLine().getOut());
      }
      if (csv != null) {
        ExploreReport.csv(r, csv);
        if (!quiet) {
          spec.commandLine().getErr().println("CSV files written to " + csv);
        }
      }
      if (report != null) {
        final Path page = ExploreHtml.write(r, report);
        if (!quiet) {
          spec.commandLine().getErr().println("Report written to " + page);
        }
      }
      return 0;
    } catch (StudyException e) {
      throw new UserException(e.getMessage());
    }
  }

  private AssessRuns.How how(final int nThreads, final String what) {
    return new AssessRuns.How(
        storeOption.store,
        storeOption.noStore,
        engine,
        master,
        nThreads,
        quietOption.quiet ? null : new Progress(spec.commandLine().getErr(), "explore " + what),
        spec.commandLine().getErr(),
        quietOption.quiet);
  }

  /** A resumed study keeps its stored design: options that would change it are refused. */
  private void refuseWithResume() {
    final List<String> given = new ArrayList<>();
    for (String name :
        List.of(
            "--factors",
            "--design",
            "--trajectories",
            "--levels",
            "--points",
            "--samples",
            "--replications",
            "--budget",
            "--measure",
            "--plans",
            "--pool",
            "--days",
            "--seed")) {
      if (spec.commandLine().getParseResult().hasMatchedOption(name)) {
        given.add(name);
      }
    }
    if (spec.commandLine().getParseResult().hasMatchedPositional(0)) {
      given.add("SCENARIO");
    }
    if (!given.isEmpty()) {
      throw new UserException(
          "--resume continues the stored study with its own scenario and settings; drop "
              + String.join(", ", given));
    }
  }

  /** The settings with the options the user gave in place of the defaults (or the file's). */
  private ExploreSettings options(final ExploreSettings base, final int nPlans) {
    ExploreSettings st = base;
    if (design != null) {
      Design.Kind d = null;
      for (Design.Kind k : Design.Kind.values()) {
        if (k.key().equals(design.toLowerCase(Locale.ROOT))) {
          d = k;
        }
      }
      if (d == null) {
        throw new UserException(
            "--design must be morris, nolh, lhs or sobol, not \"" + design + "\"");
      }
      st = st.withDesign(d);
    }
    st =
        st.withSizes(
            trajectories != null ? trajectories : st.trajectories(),
            levels != null ? levels : st.levels(),
            points != null ? points : st.points(),
            samples != null ? samples : st.samples());
    st =
        st.withRun(
            replications != null ? replications : st.replications(),
            seedOption.orElse(st.seed()),
            threadsOption.orElse(st.threads()),
            budget != null ? budget : st.budget());
    st =
        st.withMeasures(
            measures != null ? new ArrayList<>(measures) : st.measures(),
            days != null ? days : st.days(),
            nPlans);
    if (days != null && days < 1) {
      throw new UserException("--days must be at least 1, not " + days);
    }
    return st;
  }

  private ExploreStudy.PoolSource pool(final Scenario s) {
    final ExploreStudy.PoolSource src =
        pool == null
            ? new ExploreStudy.PoolSource(
                "embedded:pools/" + s.id() + ".yaml",
                EmbeddedPools.bytes(s.id())
                    .orElseThrow(
                        () ->
                            new UserException(
                                "scenario "
                                    + s.id()
                                    + " has no embedded reinforcement pool; give one with --pool"
                                    + " FILE")))
            : new ExploreStudy.PoolSource(
                pool, ScenarioFiles.read(pool, "pool", List.of()).bytes());
    // read here, so that a bad pool file is reported before the study is laid out
    PoolReader.read(src.name(), src.bytes(), s);
    return src;
  }
}
