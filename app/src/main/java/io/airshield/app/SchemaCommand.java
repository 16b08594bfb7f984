package io.airshield.app;

import io.airshield.scenario.ScenarioSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code airshield schema}: prints the JSON Schema of the scenario format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema of the scenario format, for editors' completion and" + " checks.",
      "",
      "Examples:",
      "  airshield schema > scenario.schema.json",
      "  airshield schema | python3 -m json.tool | less"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:bad option"})
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(ScenarioSchema.json());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
