package io.airshield.app;

import java.util.List;

/** The subcommands of {@code airshield}, in the order {@code --help} lists them. */
final class Commands {
  private Commands() {}

  static List<Object> all() {
    return List.of(new AssessCommand(), new ValidateCommand(), new ScenariosCommand(),
        new ExportScenarioCommand(), new SchemaCommand(), new FormCommand(),
        new WtaCommand(), new RunsCommand());
  }
}
