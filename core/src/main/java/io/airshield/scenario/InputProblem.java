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
    final StringBuilder sb = new StringBuilder(escape(file));
    if (line > 0) {
      sb.append(':').append(line).append(':').append(column);
    }
    sb.append(": ");
    if (!field.isEmpty()) {
      sb.append(escape(field)).append(": ");
    }
    sb.append(escape(message));
    if (!hint.isEmpty()) {
      sb.append(System.lineSeparator()).append("    ").append(escape(hint));
    }
    return sb.toString();
  }

  /**
   * Escapes what a terminal would act on instead of showing: control characters (C0, DEL, C1:
   * colours, cursor moves, a carriage return that hides the start of the line) and the
   * bidirectional overrides that reorder text. Text from a user's file goes into messages, and a
   * message must show what is in the file, not be driven by it (issue 18).
   *
   * @param s a text
   * @return the text with each such character written as a backslash, u and four hex digits (a tab,
   *     line feed or carriage return as a backslash and t, n or r)
   */
  public static String escape(final String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      final char c = s.charAt(i);
      final boolean control =
          c < 0x20
              || c >= 0x7f && c <= 0x9f
              || c >= 0x202a && c <= 0x202e
              || c >= 0x2066 && c <= 0x2069;
      if (control && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (!control) {
          sb.append(c);
        } else if (c == '\t') {
          sb.append("\\t");
        } else if (c == '\n') {
          sb.append("\\n");
        } else if (c == '\r') {
          sb.append("\\r");
        } else {
          sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        }
      }
    }
    return sb == null ? s : sb.toString();
  }
}
