package io.airshield.app;

import java.util.List;

/** The subcommands of {@code airshield}, in the order {@code --help} lists them. */
final class Commands {
  private Commands() {}

  static List<Object> all() {
    return List.of(
        new AssessCommand(),
        new ReinforceCommand(),
        new ExploreCommand(),
        new FactorsCommand(),
        new FormCommand(),
        new ValidateCommand(),
        new ScenariosCommand(),
        new ExportScenarioCommand(),
        new ExportPlanCommand(),
        new SchemaCommand(),
        new WtaCommand(),
        new ServeCommand(),
        new RunsCommand());
  }
}
