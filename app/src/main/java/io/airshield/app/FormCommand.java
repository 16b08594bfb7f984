package io.airshield.app;

import io.airshield.formation.FormationExport;
import io.airshield.formation.FormationPlan;
import io.airshield.formation.FormationReport;
import io.airshield.formation.FormationResult;
import io.airshield.formation.PlanReader;
import io.airshield.study.FormSettings;
import io.airshield.study.FormStudy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airshield form [PLAN]}: when is each new unit ready, which miss the deadline and what
 * binds them, and the least outside help that makes every unit ready; drafts the request. A thin
 * shell over the core's {@link FormStudy}: the options the user set change the {@link FormSettings}
 * (the defaults live there).
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
      defaultValue = "" + FormSettings.SEED,
      description =
          "seed of the scheduler's search and of the Monte Carlo (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--budget",
      paramLabel = "N",
      defaultValue = "" + FormSettings.BUDGET,
      description = "schedules the scheduler may generate per solve (default: ${DEFAULT-VALUE})")
  long budget;

  @Option(
      names = "--samples",
      paramLabel = "N",
      defaultValue = "" + FormSettings.SAMPLES,
      description =
          "Monte Carlo samples of the readiness under the plan's spreads; 0: none"
              + " (default: ${DEFAULT-VALUE})")
  int samples;

  @Mixin SharedOptions.Threads threadsOption;

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
    final FormSettings settings =
        FormSettings.defaults()
            .withSearch(seed, budget)
            .withMonteCarlo(samples, threadsOption.orAllCores())
            .withConfidence(confidence == null ? Double.NaN : probability(confidence));
    settings.check();
    if (out != null) {
      OutputPaths.folder("--out", out);
    }
    final FormationPlan plan = load(planName);
    final FormationResult result = FormStudy.run(plan, settings);
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
