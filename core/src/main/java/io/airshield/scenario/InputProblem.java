package io.airshield.scenario;

/**
 * One problem found in a user's input file, located as precisely as the input allows.
 *
 * @param file the file's name as the user gave it (or the embedded resource name)
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param field the field path, e.g. {@code radars[2].rangeKm}; empty for the file as a whole
 * @param message what is wrong and what was expected
 * @param hint a "Maybe ..." suggestion, or empty
 */
public record InputProblem(
    String file, int line, int column, String field, String message, String hint) {
  /**
   * @return {@code file:line:column: field: message} and the hint on a second line, the form
   *     editors and compilers use so a user can jump to the place
   */
  public String format() {
    final StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line).append(':').append(column);
    }
    sb.append(": ");
    if (!field.isEmpty()) {
      sb.append(field).append(": ");
    }
    sb.append(message);
    if (!hint.isEmpty()) {
      sb.append(System.lineSeparator()).append("    ").append(hint);
    }
    return sb.toString();
  }
}
