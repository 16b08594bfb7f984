package io.airshield.allocate;

import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the weapon-target assignment benchmark format of Andersen, Pavlikov and Toffolo (2022), doi
 * 10.1007/s10479-022-04525-6 (files {@code wta_WxTxmu.txt} of their public repository):
 *
 * <pre>
 * W T mu            weapon types, targets, units per type (W*mu weapons in all)
 * v_0               T lines: the value of each target
 * ...
 * i j p             W*T lines: kill probability of one weapon of type i against target j
 * ...
 * </pre>
 *
 * <p>Tokens are separated by spaces or tabs; blank lines are ignored. Every pair {@code (i, j)}
 * must appear exactly once, in any order. Numbers are plain decimals ({@code 12}, {@code 0.25},
 * {@code 1e-3}); {@code NaN}, {@code Infinity} and hexadecimal forms are refused.
 *
 * <p>Limits, so a corrupt header cannot make us allocate gigabytes: {@value #MAX_DIMENSION} types
 * and targets at most each, W*T at most {@value #MAX_ENTRIES} entries, mu at most {@value
 * #MAX_UNITS}, W*mu at most {@link WtaProblem#MAX_WEAPONS} weapons, W*mu*T at most {@link
 * WtaProblem#MAX_WEAPON_TARGETS} weapon-target pairs.
 *
 * <p>Every problem found is reported with file, line, column and field, up to {@value
 * #MAX_REPORTED} of them, through {@link InputException}; each mistake once, without the problems
 * it causes in what follows: a value line with several numbers stops the reading (the lines after
 * it would be read as the wrong kind), a pair given twice or a malformed line {@code i j p} is not
 * reported again as a missing pair or as content after the last one.
 */
public final class WtaFormat {
  /** Largest number of weapon types, and of targets. */
  public static final int MAX_DIMENSION = 100_000;

  /** Largest number of kill-probability entries W*T. */
  public static final long MAX_ENTRIES = 4_000_000L;

  /** Largest number of units per type. */
  public static final int MAX_UNITS = 10_000;

  /** Problems reported before giving up. */
  public static final int MAX_REPORTED = 20;

  /**
   * Longest line accepted, in characters: a line of the format holds at most three numbers, so a
   * longer one is a file of another kind (or a single line of gigabytes that would otherwise be
   * read into memory whole before any check).
   */
  public static final int MAX_LINE_CHARS = 10_000;

  /**
   * Most characters read from one file (1 GiB): far above the largest problem the other limits let
   * through (4,000,000 probability lines), and a bound on a file of blank lines.
   */
  public static final long MAX_FILE_CHARS = 1L << 30;

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

  private WtaFormat() {}

  /**
   * @param file the file
   * @return the problem (every weapon must be assigned)
   * @throws InputException if the content is malformed
   * @throws UncheckedIOException if the file cannot be read
   */
  public static WtaProblem read(final Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      // a binary file, or text in another encoding: the user's mistake, not an I/O failure
      throw InputException.of(
          file.toString(),
          0,
          0,
          "",
          "file is not UTF-8 text (is it a binary file, or a different kind of file?)");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param reader the content
   * @param name the name to report in messages
   * @return the problem (every weapon must be assigned)
   * @throws InputException if the content is malformed
   * @throws IOException if reading fails
   */
  public static WtaProblem read(final Reader reader, final String name) throws IOException {
    return new Parser(reader instanceof BufferedReader b ? b : new BufferedReader(reader), name)
        .parse();
  }

  /** A token and where it starts. */
  private record Token(String text, int line, int column) {}

  private static final class Parser {
    private final BufferedReader in;
    private final String name;
    private final List<InputProblem> problems = new ArrayList<>();
    private int lineNo;
    private int lastLine;
    private long charsRead;
    private final StringBuilder line = new StringBuilder();

    Parser(final BufferedReader in, final String name) {
      this.in = in;
      this.name = name;
    }

    /** The tokens of the next non-blank line, or {@code null} at the end. */
    private List<Token> nextLine() throws IOException {
      while (true) {
        final String s = readLine();
        if (s == null) {
          return null;
        }
        lineNo++;
        final List<Token> tokens = new ArrayList<>(3);
        int i = 0;
        final int len = s.length();
        while (i < len) {
          while (i < len && isSpace(s.charAt(i))) {
            i++;
          }
          if (i >= len) {
            break;
          }
          final int start = i;
          while (i < len && !isSpace(s.charAt(i))) {
            i++;
          }
          tokens.add(new Token(s.substring(start, i), lineNo, start + 1));
        }
        if (!tokens.isEmpty()) {
          lastLine = lineNo;
          return tokens;
        }
      }
    }

    /**
     * The next line without its end ({@code \n}, {@code \r\n} or {@code \r}), or {@code null} at
     * the end; what is read is bounded by {@link #MAX_LINE_CHARS} and {@link #MAX_FILE_CHARS}.
     */
    private String readLine() throws IOException {
      line.setLength(0);
      int c = in.read();
      if (c < 0) {
        return null;
      }
      while (c >= 0 && c != '\n') {
        if (++charsRead > MAX_FILE_CHARS) {
          throw fail(
              lineNo + 1,
              0,
              "",
              "the file has more than " + MAX_FILE_CHARS + " characters, more than accepted");
        }
        if (c == '\r') {
          in.mark(1);
          if (in.read() != '\n') {
            in.reset();
          }
          break;
        }
        if (line.length() >= MAX_LINE_CHARS) {
          throw fail(
              lineNo + 1,
              MAX_LINE_CHARS + 1,
              "",
              "line longer than "
                  + MAX_LINE_CHARS
                  + " characters (a line holds at most three numbers; is it a WTA problem file?)");
        }
        line.append((char) c);
        c = in.read();
      }
      return line.toString();
    }

    private static boolean isSpace(final char c) {
      return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\uFEFF';
    }

    private InputException fail(
        final int line, final int column, final String field, final String message) {
      problems.add(new InputProblem(name, line, column, field, message, ""));
      return new InputException(problems);
    }

    private void report(
        final int line, final int column, final String field, final String message) {
      problems.add(new InputProblem(name, line, column, field, message, ""));
      if (problems.size() >= MAX_REPORTED) {
        throw new InputException(problems);
      }
    }

    private long integer(final Token tok, final String field, final long min, final long max) {
      if (!INTEGER.matcher(tok.text()).matches()) {
        throw fail(
            tok.line(),
            tok.column(),
            field,
            "expected a whole number, found '" + shorten(tok.text()) + "'");
      }
      final long v;
      try {
        v = Long.parseLong(tok.text());
      } catch (NumberFormatException e) {
        throw fail(
            tok.line(),
            tok.column(),
            field,
            "number '" + shorten(tok.text()) + "' is too large; at most " + max);
      }
      if (v < min || v > max) {
        throw fail(
            tok.line(),
            tok.column(),
            field,
            "must be between " + min + " and " + max + ", found " + v);
      }
      return v;
    }

    /** A decimal, or NaN after reporting the problem. */
    private double decimal(final Token tok, final String field) {
      if (!DECIMAL.matcher(tok.text()).matches()) {
        report(
            tok.line(),
            tok.column(),
            field,
            "expected a decimal number, found '" + shorten(tok.text()) + "'");
        return Double.NaN;
      }
      final double v = Double.parseDouble(tok.text());
      if (Double.isInfinite(v)) {
        report(
            tok.line(),
            tok.column(),
            field,
            "number '" + shorten(tok.text()) + "' is out of range");
        return Double.NaN;
      }
      return v;
    }

    private static String shorten(final String s) {
      return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    WtaProblem parse() throws IOException {
      final List<Token> header = nextLine();
      if (header == null) {
        throw fail(0, 0, "", "the file is empty; expected a first line 'W T mu'");
      }
      if (header.size() != 3) {
        final Token at = header.size() > 3 ? header.get(3) : header.get(header.size() - 1);
        throw fail(
            at.line(),
            header.size() > 3 ? at.column() : at.column() + at.text().length(),
            "header",
            "expected 3 numbers 'W T mu' (weapon types, targets, units per type), found "
                + header.size());
      }
      final int w = (int) integer(header.get(0), "weapon types W", 1, MAX_DIMENSION);
      final int t = (int) integer(header.get(1), "targets T", 1, MAX_DIMENSION);
      final int mu = (int) integer(header.get(2), "units per type mu", 1, MAX_UNITS);
      if ((long) w * t > MAX_ENTRIES) {
        throw fail(
            header.get(0).line(),
            header.get(0).column(),
            "header",
            "W*T = "
                + ((long) w * t)
                + " kill probabilities is more than the limit "
                + MAX_ENTRIES);
      }
      if ((long) w * mu > WtaProblem.MAX_WEAPONS) {
        throw fail(
            header.get(0).line(),
            header.get(0).column(),
            "header",
            "W*mu = "
                + ((long) w * mu)
                + " weapons is more than the limit "
                + WtaProblem.MAX_WEAPONS);
      }
      if ((long) w * mu * t > WtaProblem.MAX_WEAPON_TARGETS) {
        throw fail(
            header.get(0).line(),
            header.get(0).column(),
            "header",
            "W*mu*T = "
                + ((long) w * mu * t)
                + " weapon-target pairs is more than the limit "
                + WtaProblem.MAX_WEAPON_TARGETS
                + ", beyond which one pass of the search would take minutes");
      }
      final double[] values = new double[t];
      for (int j = 0; j < t; j++) {
        final List<Token> line = nextLine();
        final String field = "value v[" + j + "]";
        if (line == null) {
          throw fail(
              lastLine + 1, 1, field, "the file ends after " + j + " of " + t + " target values");
        }
        final Token tok = line.get(0);
        if (line.size() != 1) {
          // fatal: the lines after it would be read as the wrong kind and give follow-on problems
          throw fail(
              tok.line(),
              line.size() > 1 ? line.get(1).column() : tok.column(),
              field,
              "expected one target value on this line, found "
                  + line.size()
                  + " numbers"
                  + (line.size() == 3
                      ? "; the header gives T = "
                          + t
                          + " targets, so "
                          + t
                          + " value lines come before the lines 'i j p'"
                      : ""));
        }
        final double v = decimal(tok, field);
        if (v < 0) {
          report(tok.line(), tok.column(), field, "target value must be >= 0, found " + v);
        }
        values[j] = v;
      }
      final double[][] p = new double[w][t];
      // where each pair was first given, line << 32 | column; 0 while not given yet
      final long[][] first = new long[w][t];
      final long entries = (long) w * t;
      long given = 0;
      final int earlierProblems = problems.size();
      boolean probabilityLineRead = false;
      boolean extraValuesReported = false;
      for (List<Token> line = nextLine(); line != null; line = nextLine()) {
        final Token head = line.get(0);
        if (given == entries) {
          // one message for whatever follows, and no need to read a long tail
          report(
              head.line(),
              head.column(),
              "",
              "unexpected content after the "
                  + entries
                  + " kill probabilities: '"
                  + shorten(text(line))
                  + "'");
          break;
        }
        if (line.size() == 1 && !probabilityLineRead) {
          // more target values than the header says: one message, not one per extra value
          if (!extraValuesReported) {
            extraValuesReported = true;
            report(
                head.line(),
                head.column(),
                "probability line",
                "expected 3 fields 'i j p' (type, target, kill probability), found 1; the header"
                    + " gives T = "
                    + t
                    + " targets, so only "
                    + t
                    + " target values");
          }
          continue;
        }
        probabilityLineRead = true;
        if (line.size() != 3) {
          final Token at = line.size() > 3 ? line.get(3) : head;
          report(
              at.line(),
              at.column(),
              "probability line",
              "expected 3 fields 'i j p' (type, target, kill probability), found " + line.size());
          continue;
        }
        final int i = (int) integer(line.get(0), "type index i", 0, w - 1L);
        final int j = (int) integer(line.get(1), "target index j", 0, t - 1L);
        final String field = "probability p[" + i + "][" + j + "]";
        final Token pt = line.get(2);
        if (first[i][j] != 0) {
          report(
              head.line(),
              head.column(),
              field,
              "given twice (first given at line "
                  + (first[i][j] >>> 32)
                  + ", column "
                  + (first[i][j] & 0xFFFF_FFFFL)
                  + "); each pair (i, j) must appear once");
          continue;
        }
        first[i][j] = ((long) head.line() << 32) | head.column();
        given++;
        final double v = decimal(pt, field);
        if (!Double.isNaN(v) && (v < 0 || v > 1)) {
          report(
              pt.line(),
              pt.column(),
              field,
              "kill probability must be in [0, 1], found " + pt.text());
        }
        p[i][j] = v;
      }
      if (given < entries && problems.size() == earlierProblems) {
        // after a problem with a line 'i j p', a missing pair is most likely its consequence
        throw fail(
            lastLine + 1,
            1,
            firstMissing(first),
            "the file ends after " + given + " of " + entries + " kill probabilities 'i j p'");
      }
      if (!problems.isEmpty()) {
        throw new InputException(problems);
      }
      return WtaProblem.ofTypes(values, p, mu);
    }

    /** The tokens of a line, separated by one space, enough of them for {@link #shorten}. */
    private static String text(final List<Token> line) {
      final StringBuilder sb = new StringBuilder();
      for (int k = 0; k < line.size() && sb.length() <= 40; k++) {
        sb.append(k == 0 ? "" : " ").append(line.get(k).text());
      }
      return sb.toString();
    }

    private static String firstMissing(final long[][] first) {
      for (int i = 0; i < first.length; i++) {
        for (int j = 0; j < first[i].length; j++) {
          if (first[i][j] == 0) {
            return "probability p[" + i + "][" + j + "]";
          }
        }
      }
      return "";
    }
  }
}
