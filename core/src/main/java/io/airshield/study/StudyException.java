package io.airshield.study;

/**
 * A study asked for something it cannot do: a measure or factor that does not exist, a design too
 * large for its budget, a setting out of range. The message says what and how to mend it; the
 * command line reports it without a stack trace (exit code 2), the web server as a 400.
 */
public final class StudyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong and how to mend it
   */
  public StudyException(final String message) {
    super(message);
  }
}
