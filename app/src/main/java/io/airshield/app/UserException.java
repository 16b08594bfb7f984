package io.airshield.app;

/** A user's mistake that is not about a file's content (a bad option value, a missing file). */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, and how to mend it
   */
  public UserException(final String message) {
    super(message);
  }
}
