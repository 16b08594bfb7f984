package io.airshield.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks, before any work, that an output a command was asked for can be written: a folder that is
 * not a file and does not lie inside one, a file that is not a folder, and in either case a place
 * where this process may write, tried by writing (a permission check alone is wrong for root, for
 * read-only file systems and for {@code /proc}). Without it a long run ended with a stack trace
 * when {@code --csv} named a file (issue 18). Nothing is left behind: a probe folder is created in
 * the nearest folder that exists, and removed.
 */
final class OutputPaths {
  private OutputPaths() {}

  /**
   * @param option the option, for messages ("--report")
   * @param dir the folder asked for; it and its parents are created later, by the writer
   * @throws UserException if the folder cannot be written
   */
  static void folder(final String option, final Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UserException(option + " " + dir + " is a file; give a folder");
    }
    probe(option, dir, dir);
  }

  /**
   * @param option the option, for messages ("--trace-file")
   * @param file the file asked for; it may exist and is then overwritten by the writer
   * @throws UserException if the file cannot be written
   */
  static void file(final String option, final Path file) {
    if (Files.isDirectory(file)) {
      throw new UserException(option + " " + file + " is a folder; give a file");
    }
    if (Files.exists(file)) {
      // opened for appending and closed at once: its content is not touched
      try {
        FileChannel.open(file, StandardOpenOption.APPEND).close();
        return;
      } catch (IOException e) {
        throw cannot(option, file, e);
      }
    }
    final Path parent = file.toAbsolutePath().getParent();
    probe(option, file, parent == null ? file.toAbsolutePath() : parent);
  }

  /** Creates and removes a folder in the nearest existing folder on the way to {@code dir}. */
  private static void probe(final String option, final Path asked, final Path dir) {
    Path a = dir.toAbsolutePath();
    while (a != null && !Files.exists(a)) {
      a = a.getParent();
    }
    if (a == null) {
      throw new UserException(option + " " + asked + " cannot be written: no such folder");
    }
    if (!Files.isDirectory(a)) {
      throw new UserException(
          option + " " + asked + " lies inside " + a + ", which is a file; give a folder");
    }
    try {
      Files.delete(Files.createTempDirectory(a, ".airshield-probe"));
    } catch (IOException e) {
      throw cannot(option, asked, e);
    }
  }

  private static UserException cannot(final String option, final Path p, final IOException e) {
    final String why =
        e instanceof AccessDeniedException
            ? "permission denied"
            : e instanceof FileSystemException f
                ? f.getReason() != null ? f.getReason() : "files cannot be created there"
                : String.valueOf(e.getMessage());
    return new UserException(option + " " + p + " cannot be written: " + why);
  }
}
