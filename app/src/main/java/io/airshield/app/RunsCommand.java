package io.airshield.app;

import io.airshield.assessment.Assessment;
import io.airshield.campaign.Theatre;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.report.CsvReport;
import io.airshield.report.JsonReport;
import io.airshield.report.TextReport;
import io.airshield.store.RunComparison;
import io.airshield.store.RunInfo;
import io.airshield.store.RunStore;
import io.airshield.store.StoredRuns;
import io.airshield.store.TidyExport;
import io.airshield.study.AssessStudy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airshield runs}: the stored runs. Every figure shown again is recomputed from the stored
 * replication blocks, so {@code runs show} prints what {@code assess} printed, to the last digit.
 */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the runs in the results store; its subcommands show, compare, export"
          + " and delete them. An interrupted run resumes with 'airshield assess --resume ID'"
          + " (an explore study with 'airshield explore --resume ID').",
      "",
      "Examples:",
      "  airshield runs",
      "  airshield runs show 3",
      "  airshield runs compare 3 4",
      "  airshield runs export 3 --csv out/run3",
      "  airshield runs delete 3"
    },
    subcommands = {
      RunsCommand.Show.class,
      RunsCommand.Compare.class,
      RunsCommand.Export.class,
      RunsCommand.Delete.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:no such run, or the store is locked, damaged or newer"})
final class RunsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--store",
      paramLabel = "PATH",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description =
          "The results database (default: ~/.airshield/runs.db, or" + " $AIRSHIELD_HOME/runs.db).")
  Path store;

  @Override
  public Integer call() {
    final PrintWriter out = spec.commandLine().getOut();
    try (RunStore s = Stores.open(store)) {
      final List<RunInfo> runs = s.list();
      if (runs.isEmpty()) {
        out.println("No stored runs in " + s.path() + ".");
        return 0;
      }
      out.printf(
          Locale.ROOT,
          "%4s  %-7s  %-22s  %-10s  %-9s  %12s  %-20s  %s%n",
          "id",
          "kind",
          "scenario",
          "status",
          "engine",
          "replications",
          "started (UTC)",
          "options");
      boolean explore = false;
      boolean assess = false;
      for (RunInfo r : runs) {
        final java.util.Optional<RunStore.Study> study = s.study(r.id());
        final boolean incomplete = r.status() != RunInfo.Status.COMPLETE;
        explore |= incomplete && study.isPresent();
        assess |= incomplete && study.isEmpty();
        out.printf(
            Locale.ROOT,
            "%4d  %-7s  %-22s  %-10s  %-9s  %12d  %-20s  %s%n",
            r.id(),
            study.map(RunStore.Study::kind).orElse("assess"),
            r.scenarioId(),
            r.status().label(),
            r.engine(),
            r.replications(),
            r.startedAt().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"),
            study
                .map(
                    st ->
                        st.headline().isEmpty()
                            ? "seed "
                                + r.spec().seed()
                                + ", "
                                + r.spec().maxReplications() / r.spec().blockSize()
                                + " design points x "
                                + r.spec().blockSize()
                                + " replications"
                            : st.headline())
                .orElseGet(() -> r.spec().describe()));
      }
      if (assess || explore) {
        out.println();
        out.println(
            "A run that is not complete resumes with: airshield "
                + (assess && explore ? "assess (or explore)" : assess ? "assess" : "explore")
                + " --resume ID");
      }
    }
    return 0;
  }

  /** Rebuilds a stored run's assessment from its blocks. */
  static Assessment assessment(final RunStore s, final RunInfo info) {
    final Theatre theatre = StoredRuns.theatre(info.spec());
    final MonteCarlo.Result r = StoredRuns.result(s, info, theatre);
    if (r == null) {
      throw new UserException("run " + info.id() + " has no stored replications yet");
    }
    return AssessStudy.assess(theatre, r, info.spec().seed());
  }

  /** {@code runs show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = {
        "Prints a stored run's assessment again, recomputed from its stored"
            + " replications (a run still incomplete shows what it has so far).",
        "",
        "Examples:",
        "  airshield runs show 3",
        "  airshield runs show 3 --format json"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:done", "2:no such run, or the store is locked, damaged or newer"})
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.ParentCommand RunsCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The run's id.")
    long id;

    @Option(
        names = "--format",
        paramLabel = "FMT",
        defaultValue = "text",
        description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
      final boolean json = OutputFormat.json(format);
      final PrintWriter out = spec.commandLine().getOut();
      try (RunStore s = Stores.open(parent.store)) {
        final RunInfo info = s.get(id);
        if (ExploreRuns.isExplore(s, id)) {
          final io.airshield.study.ExploreResult r = ExploreRuns.stored(s, info);
          if (json) {
            io.airshield.study.ExploreReport.json(r, out);
          } else {
            out.println(header(info));
            out.println();
            io.airshield.study.ExploreReport.text(r, out);
          }
          return 0;
        }
        final Assessment a = assessment(s, info);
        if (json) {
          JsonReport.write(a, out);
        } else {
          out.println(header(info));
          out.println();
          TextReport.write(a, out);
        }
      }
      return 0;
    }

    private static String header(final RunInfo info) {
      return "Run "
          + info.id()
          + " ("
          + info.status().label()
          + ", "
          + info.engine()
          + " engine, airshield "
          + info.programVersion()
          + ", started "
          + info.startedAt()
          + (info.endedAt() == null ? "" : ", ended " + info.endedAt())
          + "); scenario "
          + info.spec().scenarioName()
          + " sha256 "
          + info.scenarioHash().substring(0, 12);
    }
  }

  /** {@code runs compare A B}. */
  @Command(
      name = "compare",
      mixinStandardHelpOptions = true,
      description = {
        "Shows how run B differs from run A in every campaign-wide figure, with"
            + " the 95%% interval of the difference. Runs with the same seed and replication"
            + " count share their random numbers (common random numbers), so the difference is"
            + " estimated from paired replications and its interval is narrow; otherwise the"
            + " runs are independent (Welch).",
        "",
        "Examples:",
        "  airshield runs compare 3 4",
        "  airshield runs --store results/runs.db compare 3 4"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:done", "2:no such run, or the store is locked, damaged or newer"})
  static final class Compare implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.ParentCommand RunsCommand parent;

    @Parameters(index = "0", paramLabel = "A", description = "The baseline run.")
    long a;

    @Parameters(index = "1", paramLabel = "B", description = "The run compared with it.")
    long b;

    @Override
    public Integer call() {
      final PrintWriter out = spec.commandLine().getOut();
      try (RunStore s = Stores.open(parent.store)) {
        final RunComparison.Result r = RunComparison.compare(s, a, b);
        out.println(
            "Run "
                + b
                + " ("
                + r.b().scenarioId()
                + ", "
                + r.b().spec().describe()
                + ") minus run "
                + a
                + " ("
                + r.a().scenarioId()
                + ", "
                + r.a().spec().describe()
                + ")");
        out.println("Method: " + r.why() + ".");
        out.println();
        out.printf(
            Locale.ROOT,
            "%-24s %12s %12s %12s  %-27s%n",
            "figure",
            "run " + a,
            "run " + b,
            "B - A",
            "95% interval of B - A");
        for (RunComparison.Row row : r.rows()) {
          out.printf(
              Locale.ROOT,
              "%-24s %12s %12s %12s  [%s, %s]%s%n",
              row.figure(),
              num(row.meanA()),
              num(row.meanB()),
              num(row.difference()),
              num(row.low()),
              num(row.high()),
              row.significant() ? " *" : "");
        }
        out.println();
        out.println("* the interval excludes 0: the difference is not chance at the 5% level.");
      }
      return 0;
    }

    private static String num(final double v) {
      if (Double.isNaN(v)) {
        return "n/a";
      }
      final double a = Math.abs(v);
      return String.format(Locale.ROOT, a >= 1000 ? "%.0f" : a >= 10 ? "%.1f" : "%.3f", v);
    }
  }

  /** {@code runs export ID --csv DIR}. */
  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = {
        "Writes a stored run as tidy CSV files that pandas and R read directly:"
            + " run.csv (what was run), replications.csv (every replication's campaign-wide"
            + " figures), and the assessment's lines.csv, points.csv, figures.csv, units.csv,"
            + " weakest.csv, daily.csv and daily_lines.csv.",
        "",
        "Examples:",
        "  airshield runs export 3 --csv out/run3",
        "  airshield runs --store results/runs.db export 3 --csv out/run3"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:done", "2:no such run, or the store is locked, damaged or newer"})
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.ParentCommand RunsCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The run's id.")
    long id;

    @Option(
        names = "--csv",
        paramLabel = "DIR",
        required = true,
        description = "The folder to write to (created if needed).")
    Path dir;

    @Override
    public Integer call() {
      OutputPaths.folder("--csv", dir);
      try (RunStore s = Stores.open(parent.store)) {
        final RunInfo info = s.get(id);
        try {
          if (ExploreRuns.isExplore(s, id)) {
            io.airshield.study.ExploreReport.csv(ExploreRuns.stored(s, info), dir);
            spec.commandLine().getOut().println("Run " + id + " written to " + dir);
            return 0;
          }
          TidyExport.write(s, id, dir);
          CsvReport.write(assessment(s, info), dir);
        } catch (IOException e) {
          throw new UserException("cannot write to " + dir + ": " + e.getMessage());
        }
      }
      spec.commandLine().getOut().println("Run " + id + " written to " + dir);
      return 0;
    }
  }

  /** {@code runs delete ID}. */
  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      description = {
        "Deletes a stored run with its replications.",
        "",
        "Examples:",
        "  airshield runs delete 3",
        "  airshield runs --store results/runs.db delete 3"
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:done", "2:no such run, or the store is locked, damaged or newer"})
  static final class Delete implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.ParentCommand RunsCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The run's id.")
    long id;

    @Override
    public Integer call() {
      try (RunStore s = Stores.open(parent.store)) {
        s.get(id);
        s.delete(id);
      }
      spec.commandLine().getOut().println("Run " + id + " deleted.");
      return 0;
    }
  }
}
