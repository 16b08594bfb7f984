package io.airshield.app;

import io.airshield.scenario.EmbeddedScenarios;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code airshield scenarios}: lists the embedded scenarios. */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the embedded scenarios (the first is the default).",
      "",
      "Examples:",
      "  airshield scenarios",
      "  airshield export-scenario $(airshield scenarios | head -1 | cut -d' ' -f1)"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "2:bad option"})
final class ScenariosCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (String n : EmbeddedScenarios.names()) {
      spec.commandLine().getOut().printf("%-24s %s%n", n, EmbeddedScenarios.description(n));
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
