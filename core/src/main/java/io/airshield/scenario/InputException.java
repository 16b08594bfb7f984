package io.airshield.scenario;

import java.util.List;

/**
 * Thrown when a user's input has one or more problems; carries them all so a user can mend every
 * one in one pass. The command line prints them and exits with code 2.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<InputProblem> problems;

  /**
   * @param problems the problems, at least one
   */
  public InputException(final List<InputProblem> problems) {
    super(
        problems.isEmpty()
            ? "invalid input"
            : problems.get(0).format()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    this.problems = List.copyOf(problems);
  }

  /**
   * @param file file name
   * @param line 1-based line, 0 if unknown
   * @param column 1-based column, 0 if unknown
   * @param field field path or empty
   * @param message what is wrong
   * @return an exception carrying that one problem
   */
  public static InputException of(
      final String file,
      final int line,
      final int column,
      final String field,
      final String message) {
    return new InputException(List.of(new InputProblem(file, line, column, field, message, "")));
  }

  /**
   * @return the problems found, in file order
   */
  public List<InputProblem> problems() {
    return problems;
  }
}
