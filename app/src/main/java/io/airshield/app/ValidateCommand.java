package io.airshield.app;

import io.airshield.domain.Scenario;
import io.airshield.formation.FormationPlan;
import io.airshield.formation.PlanReader;
import io.airshield.scenario.EmbeddedScenarios;
import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import io.airshield.scenario.ScenarioReader;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code airshield validate}: checks files and reports every problem at once. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks scenario and formation plan files and reports every problem with file:line:column,"
          + " the field's path and what was expected.",
      "",
      "Examples:",
      "  airshield validate my-theatre.yaml",
      "  airshield validate my-theatre.yaml my-plan.yaml"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file is valid", "2:a file has problems"})
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
  List<String> files;

  /**
   * A formation plan has {@code units} at its top and no {@code theatre}; anything else is read as
   * a scenario (whose reader then reports what is wrong).
   */
  private static boolean isPlan(final String name, final byte[] bytes) {
    return PlanReader.looksLikePlan(name, bytes);
  }

  /** A note for a missing file that is the name of an embedded scenario or plan. */
  private static String embeddedNote(final String name) {
    final boolean embedded = EmbeddedScenarios.exists(name) || PlanReader.EMBEDDED.contains(name);
    if (!embedded || java.nio.file.Files.exists(java.nio.file.Path.of(name))) {
      return "";
    }
    if (EmbeddedScenarios.exists(name)) {
      return "; validate checks files, and "
          + name
          + " is an embedded scenario (airshield"
          + " export-scenario "
          + name
          + " -o "
          + name
          + ".yaml writes a copy to edit)";
    }
    return "; validate checks files, and "
        + name
        + " is an embedded formation plan (airshield export-plan "
        + name
        + " -o "
        + name
        + ".yaml writes a copy to edit)";
  }

  @Override
  public Integer call() {
    int code = 0;
    for (String f : files) {
      final ScenarioFiles.Source src;
      try {
        // files only: the embedded scenarios and plans are checked by the build, so none is
        // listed when a file is missing
        src = ScenarioFiles.read(f, "scenario or formation plan", List.of());
      } catch (UserException e) {
        // report it and go on with the other files, as for a file with problems
        spec.commandLine().getErr().println("error: " + e.getMessage() + embeddedNote(f));
        code = Main.EXIT_USAGE;
        continue;
      }
      try {
        if (isPlan(src.name(), src.bytes())) {
          final FormationPlan plan = PlanReader.read(src.name(), src.bytes());
          spec.commandLine().getOut().printf("%s: valid formation plan %s%n", f, plan.name());
          continue;
        }
        final Scenario s = ScenarioReader.read(src.name(), src.bytes());
        spec.commandLine()
            .getOut()
            .printf(
                "%s: valid scenario %s (%d days, %d targets, %d"
                    + " fighter units, %d AA units, %d missions)%n",
                f,
                s.id(),
                s.days(),
                s.targets().size(),
                s.fighterUnits().size(),
                s.aaUnits().size(),
                s.missions().size());
      } catch (InputException e) {
        for (InputProblem p : e.problems()) {
          spec.commandLine().getErr().println(p.format());
        }
        spec.commandLine()
            .getErr()
            .printf(
                "%s: %d problem%s%n", f, e.problems().size(), e.problems().size() == 1 ? "" : "s");
        code = Main.EXIT_USAGE;
      }
    }
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().flush();
    return code;
  }
}
