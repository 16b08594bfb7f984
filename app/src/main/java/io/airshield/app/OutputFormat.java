package io.airshield.app;

import java.util.Locale;

/** The --format option of the commands that print results: text (the default) or json. */
final class OutputFormat {
  private OutputFormat() {}

  /**
   * @param format the option's value, in any case
   * @return whether it asks for JSON
   * @throws UserException if it is neither text nor json
   */
  static boolean json(final String format) {
    final String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("text") && !f.equals("json")) {
      throw new UserException("--format must be text or json, not \"" + format + "\"");
    }
    return f.equals("json");
  }
}
