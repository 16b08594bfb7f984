package io.airshield.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a user's file with a bound on what is read, not on what the file system says it holds: a
 * device ({@code /dev/zero}), a named pipe, a socket or a folder is refused before it is opened
 * (opening a pipe would wait for a writer, reading a device would not end), and a file that grows,
 * or that reports a size of zero ({@code /proc}), is cut off at the limit and refused (issue 18).
 */
public final class FileBytes {
  private FileBytes() {}

  /** A file refused before or while reading it; the message names the file and why. */
  public static final class RefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Whether it was refused for its size (a web answer is then 413 rather than 400). */
    private final boolean tooLarge;

    RefusedException(final String message, final boolean tooLarge) {
      super(message);
      this.tooLarge = tooLarge;
    }

    /**
     * @return whether the file was refused for its size
     */
    public boolean tooLarge() {
      return tooLarge;
    }
  }

  /**
   * @param file the file
   * @param shown the file's name as the user gave it, for messages
   * @param what what the file should be ("scenario", "pool", ...), for messages
   * @param maxBytes most bytes accepted
   * @return the file's bytes, at most {@code maxBytes}
   * @throws RefusedException if the file is a folder, not a regular file, or larger than the limit
   * @throws IOException if it cannot be read (does not exist, permission denied, ...)
   */
  public static byte[] read(
      final Path file, final String shown, final String what, final long maxBytes)
      throws IOException {
    if (Files.isDirectory(file)) {
      throw new RefusedException(shown + " is a folder; give a " + what + " file", false);
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new RefusedException(
          shown
              + " is not a regular file (a device, a named pipe or a socket); give a "
              + what
              + " file",
          false);
    }
    final long max = Math.min(maxBytes, Integer.MAX_VALUE - 16);
    // the size the file system gives is only a first, friendlier check: the read is bounded too
    final long size = Files.size(file);
    if (size > max) {
      throw new RefusedException(tooLarge(shown, "is " + size + " bytes", max), true);
    }
    try (InputStream in = Files.newInputStream(file)) {
      final byte[] bytes = in.readNBytes((int) max + 1);
      if (bytes.length > max) {
        throw new RefusedException(tooLarge(shown, "has more than " + max + " bytes", max), true);
      }
      return bytes;
    }
  }

  private static String tooLarge(final String shown, final String is, final long max) {
    return shown
        + ": file "
        + is
        + ", more than the "
        + max
        + " accepted (set -Dairshield.maxFileBytes to raise the limit)";
  }
}
