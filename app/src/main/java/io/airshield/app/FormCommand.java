package io.airshield.app;

import io.airshield.formation.FormationExport;
import io.airshield.formation.FormationPlan;
import io.airshield.formation.FormationPlanner;
import io.airshield.formation.FormationReport;
import io.airshield.formation.FormationResult;
import io.airshield.formation.PlanReader;
import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.SolveOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airshield form [PLAN]}: when is each new unit ready, which miss the deadline and what
 * binds them, and the least outside help that makes every unit ready; drafts the request.
 */
@Command(
    name = "form",
    mixinStandardHelpOptions = true,
    description = {
      "Formation and training schedule, deadline misses and what binds them, and "
          + "the least outside help that makes every unit ready in time.",
      "PLAN is a plan file (YAML or JSON) or an embedded plan's name; default: "
          + "formation-1951 (the formation plan of the cable of 24 Oct 1951).",
      "",
      "Examples:",
      "  airshield form",
      "  airshield form my-plan.yaml --out report/",
      "  airshield form --request",
      "  airshield form --format json --seed 7 --budget 500"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:schedule written", "2:bad plan file or option"})
public final class FormCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json,
    csv
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PLAN",
      description = "plan file or embedded plan name (default: ${DEFAULT-VALUE})",
      defaultValue = "formation-1951")
  String planName;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or csv (the recommended schedule) (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "also write schedule.csv, schedule.json and gantt.svg into DIR")
  Path out;

  @Option(
      names = "--request",
      description = "draft the request for outside help instead of the report")
  boolean request;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "seed of the scheduler's search and of the Monte Carlo (default: ${DEFAULT-VALUE})")
  long seed;

  /** The scheduler's default budget: schedules per solve. */
  static final long DEFAULT_BUDGET = 2000;

  @Option(
      names = "--budget",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_BUDGET,
      description = "schedules the scheduler may generate per solve (default: ${DEFAULT-VALUE})")
  long budget;

  @Option(
      names = "--samples",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Monte Carlo samples of the readiness under the plan's spreads; 0: none"
              + " (default: ${DEFAULT-VALUE})")
  int samples;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Worker threads of the scheduler's portfolio and of the Monte Carlo (default: all"
              + " cores). Results do not depend on it.")
  Integer threads;

  @Option(
      names = "--confidence",
      paramLabel = "P",
      description =
          "find the least help that makes every unit ready in time with at least this"
              + " probability, e.g. 90%% or 0.9 (a Monte Carlo of each help set considered)")
  String confidence;

  /**
   * @param text e.g. {@code 90%} or {@code 0.9}
   * @return the probability
   */
  static double probability(final String text) {
    final String t = text.strip();
    final boolean percent = t.endsWith("%");
    final double v;
    try {
      v = Double.parseDouble(percent ? t.substring(0, t.length() - 1).strip() : t);
    } catch (NumberFormatException e) {
      throw new UserException(
          "--confidence must be a probability such as 90% or 0.9, not '" + text + "'");
    }
    final double p = percent || v > 1 ? v / 100 : v;
    if (!(p > 0 && p < 1)) {
      throw new UserException(
          "--confidence must lie strictly between 0 and 100%, not '" + text + "'");
    }
    return p;
  }

  @Override
  public Integer call() throws IOException {
    if (budget < 1) {
      throw new UserException("--budget must be at least 1, was " + budget);
    }
    if (samples < 0 || samples > 1_000_000) {
      throw new UserException("--samples must be from 0 to 1000000, was " + samples);
    }
    final int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (nThreads < 1 || nThreads > 1024) {
      throw new UserException("--threads must be from 1 to 1024, not " + nThreads);
    }
    final double target = confidence == null ? Double.NaN : probability(confidence);
    if (confidence != null && samples < 1) {
      throw new UserException("--confidence needs --samples of at least 1");
    }
    if (out != null) {
      OutputPaths.folder("--out", out);
    }
    final FormationPlan plan = load(planName);
    // the planner's independent starts run as the scheduler's portfolio, one worker per start
    // with the same seeds (the planner's start k and the portfolio's worker k mix the master seed
    // alike) and the same choice (least lateness, then makespan, the lowest on ties), so the
    // starts run on --threads threads and the result does not depend on them
    final FormationPlanner deterministic =
        new FormationPlanner(
            new DefaultScheduler(
                DefaultScheduler.DEFAULT_MAX_NODES, FormationPlanner.DEFAULT_STARTS, nThreads),
            new SolveOptions(budget, seed),
            1);
    final FormationPlanner planner =
        samples > 0 ? deterministic.withMonteCarlo(samples, nThreads) : deterministic;
    final FormationResult planned = planner.plan(plan);
    final FormationResult result =
        confidence == null
            ? planned
            : new FormationResult(
                planned.plan(),
                planned.options(),
                planned.withoutHelp(),
                planned.binding(),
                planned.leastHelp(),
                planned.baseReadiness(),
                planned.readiness(),
                planner.leastHelpFor(plan, target, samples));
    if (out != null) {
      write(result);
    }
    final String text;
    if (request) {
      text = TextWrap.wrap(FormationReport.request(result));
    } else {
      text =
          switch (format) {
            case json -> FormationExport.json(result);
            case csv -> FormationExport.csv(result.recommended());
            default -> FormationReport.text(result);
          };
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /**
   * @param name a file path or an embedded plan's name
   * @return the plan file's name for messages and its bytes
   */
  static ScenarioFiles.Source planSource(final String name) {
    // a file of that name comes first; then an embedded plan; else the file's own message
    // (missing, a folder, too large) with the embedded names
    if (PlanReader.EMBEDDED.contains(name) && !Files.isRegularFile(Path.of(name))) {
      return new ScenarioFiles.Source(name + ".yaml", PlanReader.embeddedBytes(name).orElseThrow());
    }
    return ScenarioFiles.read(name, "formation plan", PlanReader.EMBEDDED);
  }

  /**
   * @param name a file path or an embedded plan's name
   * @return the checked plan
   */
  static FormationPlan load(final String name) {
    final ScenarioFiles.Source src = planSource(name);
    return PlanReader.read(src.name(), src.bytes());
  }

  private void write(final FormationResult result) {
    try {
      Files.createDirectories(out);
      Files.writeString(
          out.resolve("schedule.csv"),
          FormationExport.csv(result.recommended()),
          StandardCharsets.UTF_8);
      Files.writeString(
          out.resolve("schedule.json"), FormationExport.json(result), StandardCharsets.UTF_8);
      Files.writeString(
          out.resolve("gantt.svg"), FormationExport.svg(result), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserException("cannot write to " + out + ": " + e.getMessage());
    }
  }
}
