package io.airshield.app;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps prose for a terminal: a drafted request came out as paragraphs of several hundred
 * characters on one line each (issue 18). Each line is broken at spaces to at most {@link #WIDTH}
 * columns, its continuation lines indented under its text: under the text after a list mark ({@code
 * - }, {@code 1. }), else under the line's own indent. A word longer than the width is left whole.
 */
final class TextWrap {
  /** Columns of a wrapped line. */
  static final int WIDTH = 92;

  private static final Pattern LEAD = Pattern.compile("^(\\s*)((?:[-*]|\\d+\\.)\\s+)?");

  private TextWrap() {}

  /**
   * @param text lines separated by {@code \n}
   * @return the same words, each line wrapped
   */
  static String wrap(final String text) {
    final StringBuilder out = new StringBuilder(text.length() + text.length() / 40);
    final String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      wrapLine(lines[i], out);
    }
    return out.toString();
  }

  private static void wrapLine(final String line, final StringBuilder out) {
    if (line.length() <= WIDTH) {
      out.append(line);
      return;
    }
    final Matcher m = LEAD.matcher(line);
    final int lead = m.find() ? m.end() : 0;
    final String hang = " ".repeat(Math.min(lead, WIDTH / 2));
    boolean first = true;
    out.append(line, 0, lead);
    int col = lead;
    for (String word : line.substring(lead).split(" ", -1)) {
      if (word.isEmpty()) {
        continue;
      }
      if (!first && col + 1 + word.length() > WIDTH) {
        out.append('\n').append(hang).append(word);
        col = hang.length() + word.length();
      } else {
        if (!first) {
          out.append(' ');
          col++;
        }
        out.append(word);
        col += word.length();
      }
      first = false;
    }
  }
}
