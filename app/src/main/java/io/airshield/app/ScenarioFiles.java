package io.airshield.app;

import io.airshield.domain.Scenario;
import io.airshield.scenario.EmbeddedScenarios;
import io.airshield.scenario.Fields;
import io.airshield.scenario.FileBytes;
import io.airshield.scenario.ReadLimits;
import io.airshield.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

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
    return read(a, "scenario", EmbeddedScenarios.names());
  }

  /**
   * Reads a file given on the command line, within the file-size limit.
   *
   * @param a the path as the user gave it
   * @param what what the file should be, for messages ("scenario", "pool", ...)
   * @param embedded the embedded names the command would also have accepted instead of a file,
   *     listed when the file does not exist; empty where the command takes files only
   * @return the file's name for messages and its bytes
   * @throws UserException if the file does not exist, is a folder, is too large or unreadable
   */
  static Source read(final String a, final String what, final List<String> embedded) {
    if (a.isBlank()) {
      throw new UserException("the " + what + " file's name is empty");
    }
    final Path p;
    try {
      p = Path.of(a);
    } catch (InvalidPathException e) {
      throw new UserException("\"" + a + "\" is not a valid file name: " + e.getReason());
    }
    try {
      return new Source(a, FileBytes.read(p, a, what, ReadLimits.DEFAULT.maxBytes()));
    } catch (FileBytes.RefusedException e) {
      throw new UserException(e.getMessage());
    } catch (NoSuchFileException e) {
      throw new UserException(notFound(a, p, what, embedded));
    } catch (AccessDeniedException e) {
      throw new UserException("cannot read " + a + ": permission denied");
    } catch (FileSystemException e) {
      throw new UserException(
          "cannot read " + a + (e.getReason() == null ? "" : ": " + e.getReason()));
    } catch (IOException e) {
      throw new UserException("cannot read " + a + ": " + e.getMessage());
    }
  }

  /**
   * The message for a file that does not exist: its path (made absolute, so that a wrong working
   * folder shows), and the embedded names the command also accepts, if any.
   */
  private static String notFound(
      final String a, final Path p, final String what, final List<String> embedded) {
    final String file =
        "the file "
            + a
            + " does not exist"
            + (p.isAbsolute() ? "" : " (looked for " + p.toAbsolutePath().normalize() + ")");
    if (embedded.isEmpty()) {
      return file;
    }
    return file
        + ", and no embedded "
        + what
        + " has that name; "
        + Fields.nearest(a, embedded)
            .map(m -> "maybe " + m + "?")
            .orElse("embedded " + what + "s: " + String.join(", ", embedded));
  }

  static Scenario scenario(final String arg) {
    final Source s = source(arg);
    return ScenarioReader.read(s.name(), s.bytes());
  }
}
