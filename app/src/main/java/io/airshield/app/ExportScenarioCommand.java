package io.airshield.app;

import io.airshield.scenario.EmbeddedScenarios;
import io.airshield.scenario.Fields;
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

/** {@code airshield export-scenario}: writes an embedded scenario out as a file to edit. */
@Command(
    name = "export-scenario",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an embedded scenario out as a YAML file to edit.",
      "",
      "Examples:",
      "  airshield export-scenario korea-1951-autumn -o my-theatre.yaml",
      "  airshield export-scenario northeast-1952-spring > spring.yaml"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:no embedded scenario of that name, or FILE exists (without --force) or cannot be"
          + " written"
    })
final class ExportScenarioCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "An embedded scenario's name.")
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
    if (!EmbeddedScenarios.exists(name)) {
      throw new UserException(
          "no embedded scenario \""
              + name
              + "\""
              + Fields.nearest(name, EmbeddedScenarios.names())
                  .map(m -> "; maybe " + m + "?")
                  .orElse("; embedded: " + String.join(", ", EmbeddedScenarios.names())));
    }
    return write(spec, EmbeddedScenarios.bytes(name), output, force);
  }

  /**
   * Writes an embedded file's bytes to standard output, or to a file that is not overwritten
   * without {@code --force}; shared by the export commands.
   *
   * @return the exit code
   */
  static int write(
      final CommandSpec spec, final byte[] bytes, final Path output, final boolean force)
      throws IOException {
    if (output == null) {
      spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
      return 0;
    }
    if (Files.exists(output) && !force) {
      throw new UserException(output + " exists; use --force to overwrite it");
    }
    OutputPaths.file("--output", output);
    Files.write(output, bytes);
    spec.commandLine().getErr().println("wrote " + output);
    return 0;
  }
}
