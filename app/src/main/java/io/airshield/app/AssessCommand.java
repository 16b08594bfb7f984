package io.airshield.app;

import io.airshield.assessment.Assessment;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.formation.PlanReader;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.report.CsvReport;
import io.airshield.report.JsonReport;
import io.airshield.report.TextReport;
import io.airshield.scenario.ScenarioReader;
import io.airshield.store.RunSpec;
import io.airshield.study.AssessSettings;
import io.airshield.study.AssessStudy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code airshield assess}: the Monte Carlo campaign and its assessment; a thin shell over the
 * core's assessment study ({@link AssessStudy}): the options the user set change the {@link
 * AssessSettings} (the defaults live there), and the run goes through the results store.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Is our air defence enough? Runs the campaign many times and prints the"
          + " assessment: supply delivered per line, time open of key points, the air war's"
          + " figures, interception by day, night and bad weather, and the weakest points, every"
          + " figure with its 95%% confidence interval.",
      "",
      "Examples:",
      "  airshield assess",
      "  airshield assess northeast-1952-spring --replications 2000",
      "  airshield assess interior-1952 --formation formation-1951",
      "  airshield assess my-theatre.yaml --precision 1%% --seed 7 --csv out/"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:assessment written", "2:bad scenario file or option"})
final class AssessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScenarioArgument scenarioArgument;

  @Option(
      names = "--replications",
      paramLabel = "N",
      description =
          "Replications to run; with --precision, the cap (default: 1000, or 100000"
              + " with --precision).")
  Long replications;

  @Option(
      names = "--precision",
      paramLabel = "P",
      description =
          "Stop when the 95%% interval of supply delivered is within P of its mean,"
              + " e.g. 1%% or 0.01.")
  String precision;

  @Mixin SharedOptions.Seed seedOption;

  @Mixin SharedOptions.Threads threadsOption;

  @Option(names = "--days", paramLabel = "N", description = "Simulate only the first N days.")
  Integer days;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      description = "Simulate up to and including DATE (YYYY-MM-DD).")
  String until;

  @Mixin SharedOptions.Format formatOption;

  @Option(names = "--csv", paramLabel = "DIR", description = "Also write tidy CSV files to DIR.")
  Path csv;

  @Option(
      names = "--formation",
      paramLabel = "PLAN",
      description =
          "A formation plan (file or embedded name, e.g. formation-1951): fighter"
              + " units with a formationUnit take their proficiency from its schedule and"
              + " their ready date from its Monte Carlo, drawn per replication.")
  String formation;

  @Mixin SharedOptions.Quiet quietOption;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      defaultValue = "airshield-report",
      description =
          "Write the report folder DIR: index.html (map and charts, opens offline)"
              + " and the CSV files (default: ${DEFAULT-VALUE}).")
  Path report;

  @Option(names = "--no-report", description = "Write no report folder.")
  boolean noReport;

  @Option(
      names = "--trace",
      paramLabel = "N",
      description =
          "Also write replication N's events (counting from 0) as NDJSON, for the"
              + " replay: trace-N.ndjson in the report folder, or --trace-file.")
  Long trace;

  @Option(
      names = "--trace-file",
      paramLabel = "FILE",
      description = "Where --trace writes (default: trace-N.ndjson in the report folder).")
  Path traceFile;

  @Mixin SharedOptions.Store storeOption;

  @Option(
      names = "--resume",
      paramLabel = "ID",
      description =
          "Resume stored run ID after it was killed, cancelled or failed; the"
              + " scenario and options come from the store, and the results are those of an"
              + " uninterrupted run to the last bit.")
  Long resume;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "local",
      description =
          "local (this machine's threads) or spark (needs the Spark jar; see the"
              + " README). Results do not depend on it (default: ${DEFAULT-VALUE}).")
  String engine;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "With --engine spark: the Spark master, e.g. local[2] or"
              + " spark://host:7077 (default: spark-submit's, else local[*]).")
  String master;

  @Override
  public Integer call() throws IOException {
    final boolean json = formatOption.json();
    final long seed = seedOption.orElse(AssessSettings.SEED);
    checkOutputs();
    final int nThreads = threadsOption.orAllCores();
    if (resume != null) {
      final AssessRuns.Done d = AssessRuns.resume(how(nThreads, "run " + resume), resume);
      return print(d.theatre(), d.result(), d.seed(), json, d.runId());
    }
    final double prec = parsePrecision();
    final long reps =
        replications != null ? replications : AssessSettings.defaultReplications(prec);
    final AssessSettings settings =
        AssessSettings.defaults()
            .withSeed(seed)
            .withReplications(reps)
            .withPrecision(prec)
            .withThreads(nThreads);
    settings.check();
    if (trace != null && (trace < 0 || trace >= reps)) {
      // before the run, not after it (issue 18); with --precision, reps is the cap
      throw new UserException(
          "--trace takes a replication from 0 to "
              + (reps - 1)
              + (prec > 0 ? " (the cap of --replications)" : "")
              + ", not "
              + trace);
    }
    final ScenarioFiles.Source source = ScenarioFiles.source(scenarioArgument.scenario);
    Scenario s = ScenarioReader.read(source.name(), source.bytes());
    s = truncate(s);
    final ScenarioFiles.Source plan = formation == null ? null : FormCommand.planSource(formation);
    final Theatre theatre =
        AssessStudy.theatre(
            s,
            plan == null ? null : PlanReader.read(plan.name(), plan.bytes()),
            quietOption.quiet ? null : spec.commandLine().getErr());
    s = theatre.scenario();
    final MonteCarlo.Options options = settings.options();
    final RunSpec runSpec =
        RunSpec.of(
            source.name(),
            source.bytes(),
            s.end(),
            formation,
            plan == null ? null : plan.bytes(),
            options);
    final AssessRuns.Done done = AssessRuns.run(how(nThreads, s.id()), runSpec, theatre);
    return print(theatre, done.result(), seed, json, done.runId());
  }

  /** Every output asked for can be written: checked before the run, not after it. */
  private void checkOutputs() {
    if (!noReport) {
      OutputPaths.folder("--report", report);
    }
    if (csv != null) {
      OutputPaths.folder("--csv", csv);
    }
    if (traceFile != null) {
      OutputPaths.file("--trace-file", traceFile);
    }
  }

  private AssessRuns.How how(final int nThreads, final String what) {
    if (nThreads < 1 || nThreads > 1024) {
      throw new UserException("--threads must be from 1 to 1024, not " + nThreads);
    }
    return new AssessRuns.How(
        storeOption.store,
        storeOption.noStore,
        engine,
        master,
        nThreads,
        quietOption.quiet ? null : new Progress(spec.commandLine().getErr(), "assess " + what),
        spec.commandLine().getErr(),
        quietOption.quiet);
  }

  private int print(
      final Theatre theatre,
      final MonteCarlo.Result result,
      final long seed,
      final boolean json,
      final long runId)
      throws IOException {
    final Assessment a = AssessStudy.assess(theatre, result, seed);
    if (json) {
      JsonReport.write(a, spec.commandLine().getOut());
    } else {
      TextReport.write(a, spec.commandLine().getOut());
    }
    final Path traced =
        ReportOutput.write(
            theatre,
            result,
            a,
            seed,
            noReport ? null : report,
            trace,
            traceFile,
            quietOption.quiet ? null : spec.commandLine().getErr());
    if (traced != null && runId > 0 && !storeOption.noStore) {
      // the store keeps the trace with its run, for the replay of a stored run
      try (io.airshield.store.RunStore st = Stores.open(storeOption.store)) {
        st.saveTrace(runId, trace, java.nio.file.Files.readString(traced));
      }
    }
    if (csv != null) {
      CsvReport.write(a, csv);
      if (!quietOption.quiet) {
        spec.commandLine().getErr().println("CSV files written to " + csv);
      }
    }
    return 0;
  }

  private double parsePrecision() {
    if (precision == null) {
      return 0;
    }
    final String p = precision.trim();
    try {
      final double v =
          p.endsWith("%")
              ? Double.parseDouble(p.substring(0, p.length() - 1)) / 100
              : Double.parseDouble(p);
      if (!(v > 0 && v < 1)) {
        throw new UserException("--precision must be between 0 and 100%, not " + precision);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new UserException(
          "--precision takes a share such as 1% or 0.01, not \"" + precision + "\"");
    }
  }

  private Scenario truncate(final Scenario s) {
    if (days != null && until != null) {
      throw new UserException("give --days or --until, not both");
    }
    if (days != null) {
      if (days < 1 || days > s.days()) {
        throw new UserException("--days must be from 1 to " + s.days() + " for " + s.id());
      }
      return s.withEnd(s.start().plusDays(days - 1L));
    }
    if (until != null) {
      final LocalDate d;
      try {
        d = LocalDate.parse(until);
      } catch (DateTimeParseException e) {
        throw new UserException("--until takes a date YYYY-MM-DD, not \"" + until + "\"");
      }
      if (d.isBefore(s.start()) || d.isAfter(s.end())) {
        throw new UserException(
            "--until must lie in the scenario's period, " + s.start() + " to " + s.end());
      }
      return s.withEnd(d);
    }
    return s;
  }
}
