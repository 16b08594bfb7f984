package io.airshield.app;

import picocli.CommandLine.Parameters;

/**
 * The SCENARIO argument the campaign's commands share (assess, reinforce, explore, factors): a
 * scenario file or an embedded scenario's name, written once so that its default and its help text
 * cannot drift apart between commands.
 */
final class ScenarioArgument {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENARIO",
      description =
          "A scenario file (YAML or JSON) or an embedded scenario's name"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "korea-1951-autumn")
  String scenario;
}
