package io.airshield.app;

import io.airshield.domain.Scenario;
import io.airshield.scenario.EmbeddedScenarios;
import io.airshield.scenario.Fields;
import io.airshield.scenario.ReadLimits;
import io.airshield.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Resolves a command's scenario argument: a file, or the name of an embedded scenario. */
final class ScenarioFiles {
  private ScenarioFiles() {}

  /** A file's name for messages and its bytes. */
  record Source(String name, byte[] bytes) {}

  static Source source(final String arg) {
    final String a = arg == null ? EmbeddedScenarios.defaultName() : arg;
    if (EmbeddedScenarios.exists(a)) {
      return new Source("embedded:" + a, EmbeddedScenarios.bytes(a));
    }
    return read(a, EmbeddedScenarios.names());
  }

  static Source read(final String a, final java.util.List<String> embedded) {
    final Path p = Path.of(a);
    try {
      if (Files.isDirectory(p)) {
        throw new UserException(a + " is a folder; give a scenario file");
      }
      final long size = Files.size(p);
      if (size > ReadLimits.DEFAULT.maxBytes()) {
        throw new UserException(a + ": file is " + size + " bytes, more than the "
            + ReadLimits.DEFAULT.maxBytes() + " accepted (set -Dairshield.maxFileBytes to raise"
            + " the limit)");
      }
      return new Source(a, Files.readAllBytes(p));
    } catch (NoSuchFileException e) {
      throw new UserException("no file or embedded name \"" + a + "\""
          + Fields.nearest(a, embedded).map(m -> "; maybe " + m + "?")
              .orElse("; embedded: " + String.join(", ", embedded)));
    } catch (IOException e) {
      throw new UserException("cannot read " + a + ": " + e.getMessage());
    }
  }

  static Scenario scenario(final String arg) {
    final Source s = source(arg);
    return ScenarioReader.read(s.name(), s.bytes());
  }
}
