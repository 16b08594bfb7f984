package io.airshield.store;

/**
 * A problem with the results store that the user can act on: the file is locked by another process,
 * damaged, not an airshield store, or written by a newer airshield. The message says what is wrong
 * and what to do; the command line reports it without a stack trace (exit 2).
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong, and how to mend it
   */
  public StoreException(final String message) {
    super(message);
  }

  /**
   * @param message what is wrong, and how to mend it
   * @param cause the database error behind it
   */
  public StoreException(final String message, final Throwable cause) {
    super(message, cause);
  }
}
