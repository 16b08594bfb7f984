package io.airshield.app;

import io.airshield.formation.PlanReader;
import io.airshield.scenario.Fields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code airshield export-plan}: writes an embedded formation plan out as a file to edit. */
@Command(
    name = "export-plan",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an embedded formation plan out as a YAML file to edit, then read it with"
          + " 'airshield form FILE' or 'airshield validate FILE'.",
      "",
      "Examples:",
      "  airshield export-plan formation-1951 -o my-plan.yaml",
      "  airshield export-plan formation-1951 > plan.yaml"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:no embedded plan of that name, or FILE exists (without --force) or cannot be written"
    })
final class ExportPlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "An embedded plan's name.")
  String name;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    final byte[] bytes =
        PlanReader.embeddedBytes(name)
            .orElseThrow(
                () ->
                    new UserException(
                        "no embedded plan \""
                            + name
                            + "\""
                            + Fields.nearest(name, PlanReader.EMBEDDED)
                                .map(m -> "; maybe " + m + "?")
                                .orElse("; embedded: " + String.join(", ", PlanReader.EMBEDDED))));
    return ExportScenarioCommand.write(spec, bytes, output, force);
  }
}
