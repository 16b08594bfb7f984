package io.airshield.formation.schedule;

import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PSPLIB project files ({@code .sm}, and {@code .mm} without non-renewable resources) into a
 * {@link Project}: Kolisch and Sprecher, "PSPLIB - A project scheduling problem library", EJOR 96
 * (1997) 205-216. Job {@code k} becomes activity {@code k-1}, named by its number; resources are
 * named as in the header ({@code R1}, ...).
 *
 * <p>Every error is an {@link InputException} with file, line, column and field, so a user can go
 * straight to the place: a truncated file, wrong counts, a token that is not a number, a negative
 * duration, a demand above the capacity, an unknown successor, a precedence cycle.
 */
public final class PsplibFormat {
  private PsplibFormat() {}

  /**
   * @param file path of a PSPLIB file
   * @return the project, named after the file
   * @throws InputException if the file is malformed
   * @throws IOException if it cannot be read
   */
  public static Project read(final Path file) throws IOException {
    final String name = file.getFileName().toString();
    return parse(name, Files.readString(file, StandardCharsets.ISO_8859_1));
  }

  /**
   * @param fileName the name for messages and the project
   * @param text the file's content
   * @return the project
   * @throws InputException if the text is malformed
   */
  public static Project parse(final String fileName, final String text) {
    return new Parser(fileName, text).parse();
  }

  /** A token with its place. */
  private record Token(String text, int line, int column) {}

  private static final class Parser {
    private final String file;
    private final String[] lines;
    private int pos;

    Parser(final String file, final String text) {
      this.file = file;
      this.lines = text.split("\r?\n", -1);
    }

    private InputException error(
        final int line, final int column, final String field, final String message) {
      return new InputException(List.of(new InputProblem(file, line, column, field, message, "")));
    }

    private static List<Token> tokens(final String s, final int line, final int from) {
      final List<Token> out = new ArrayList<>();
      int i = from;
      while (i < s.length()) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        final int b = i;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        if (i > b) {
          out.add(new Token(s.substring(b, i), line, b + 1));
        }
      }
      return out;
    }

    private int number(final Token t, final String field) {
      try {
        return Integer.parseInt(t.text());
      } catch (NumberFormatException e) {
        throw error(t.line(), t.column(), field, "expected an integer, found '" + t.text() + "'");
      }
    }

    /** Finds the next line starting with the prefix; returns its index. */
    private int find(final String prefix, final String what) {
      for (int i = pos; i < lines.length; i++) {
        if (lines[i].trim().startsWith(prefix)) {
          pos = i + 1;
          return i;
        }
      }
      throw error(
          lines.length, 1, what, "file ends before the '" + prefix + "' section" + " (truncated?)");
    }

    /** Value after the colon on a header line. */
    private int headerValue(final String prefix, final String field) {
      final int i = find(prefix, field);
      final int colon = lines[i].indexOf(':');
      final List<Token> ts = tokens(lines[i], i + 1, colon + 1);
      if (colon < 0 || ts.isEmpty()) {
        throw error(i + 1, lines[i].length() + 1, field, "missing value");
      }
      return number(ts.get(0), field);
    }

    /** Next non-blank data line as tokens; fails at end of file or at a section border. */
    private List<Token> dataLine(final String field) {
      while (pos < lines.length && lines[pos].isBlank()) {
        pos++;
      }
      if (pos >= lines.length) {
        throw error(lines.length, 1, field, "file ends early (truncated?)");
      }
      final String s = lines[pos];
      if (s.startsWith("***") || s.trim().endsWith(":")) {
        throw error(pos + 1, 1, field, "expected another row, found '" + s.trim() + "'");
      }
      pos++;
      return tokens(s, pos, 0);
    }

    Project parse() {
      final int n = headerValue("jobs", "jobs");
      if (n < 1) {
        throw error(pos, 1, "jobs", "job count must be at least 1, was " + n);
      }
      final int renewable = headerValue("- renewable", "renewable");
      final int nonRenewable = headerValue("- nonrenewable", "nonrenewable");
      if (renewable < 0) {
        throw error(pos, 1, "renewable", "resource count must be >= 0");
      }
      if (nonRenewable != 0) {
        throw error(pos, 1, "nonrenewable", "non-renewable resources are not supported");
      }
      find("PRECEDENCE RELATIONS:", "precedence");
      pos++; // column header
      final int[] modeCount = new int[n];
      final List<List<Integer>> succ = new ArrayList<>();
      final List<List<Token>> succTokens = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        final List<Token> row = dataLine("precedence[" + (j + 1) + "]");
        final String f = "precedence[" + (j + 1) + "]";
        if (row.size() < 3) {
          throw error(pos, 1, f, "expected job number, mode count and successor count");
        }
        final int job = number(row.get(0), f + ".jobnr");
        if (job != j + 1) {
          throw error(
              pos, row.get(0).column(), f + ".jobnr", "expected job " + (j + 1) + ", found " + job);
        }
        modeCount[j] = number(row.get(1), f + ".modes");
        if (modeCount[j] < 1) {
          throw error(pos, row.get(1).column(), f + ".modes", "mode count must be >= 1");
        }
        final int ns = number(row.get(2), f + ".successors");
        if (ns != row.size() - 3) {
          throw error(
              pos,
              row.get(2).column(),
              f + ".successors",
              "declares " + ns + " successors but lists " + (row.size() - 3));
        }
        final List<Integer> list = new ArrayList<>();
        for (int k = 3; k < row.size(); k++) {
          final int s = number(row.get(k), f + ".successors");
          if (s < 1 || s > n) {
            throw error(
                pos,
                row.get(k).column(),
                f + ".successors",
                "unknown successor " + s + " (jobs are 1.." + n + ")");
          }
          list.add(s - 1);
        }
        succ.add(list);
        succTokens.add(row);
      }
      find("REQUESTS/DURATIONS:", "requests");
      // column header, then a dashed line
      pos++;
      if (pos < lines.length && lines[pos].trim().startsWith("---")) {
        pos++;
      }
      final List<List<Mode>> modes = new ArrayList<>();
      final List<List<Token>> firstRows = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        final List<Mode> ms = new ArrayList<>();
        for (int mo = 0; mo < modeCount[j]; mo++) {
          final String f = "requests[" + (j + 1) + "]";
          final List<Token> row = dataLine(f);
          final int skip = mo == 0 ? 1 : (row.size() == renewable + 3 ? 1 : 0);
          if (row.size() != renewable + 2 + skip) {
            throw error(
                pos, 1, f, "expected " + (renewable + 2 + skip) + " numbers, found " + row.size());
          }
          if (mo == 0) {
            final int job = number(row.get(0), f + ".jobnr");
            if (job != j + 1) {
              throw error(
                  pos,
                  row.get(0).column(),
                  f + ".jobnr",
                  "expected job " + (j + 1) + ", found " + job);
            }
            firstRows.add(row);
          }
          final int modeNr = number(row.get(skip), f + ".mode");
          if (modeNr != mo + 1) {
            throw error(
                pos,
                row.get(skip).column(),
                f + ".mode",
                "expected mode " + (mo + 1) + ", found " + modeNr);
          }
          final Token dt = row.get(skip + 1);
          final int d = number(dt, f + ".duration");
          if (d < 0) {
            throw error(pos, dt.column(), f + ".duration", "duration must be >= 0, was " + d);
          }
          final int[] q = new int[renewable];
          for (int r = 0; r < renewable; r++) {
            final Token t = row.get(skip + 2 + r);
            q[r] = number(t, f + ".R" + (r + 1));
            if (q[r] < 0) {
              throw error(pos, t.column(), f + ".R" + (r + 1), "demand must be >= 0, was " + q[r]);
            }
          }
          ms.add(new Mode(d, q));
        }
        modes.add(ms);
      }
      // remember where each mode row was, to point at a demand above capacity
      final int requestsEnd = pos;
      find("RESOURCEAVAILABILITIES:", "availabilities");
      pos++; // names
      final List<Token> capRow = dataLine("availabilities");
      if (capRow.size() != renewable) {
        throw error(
            pos,
            1,
            "availabilities",
            "expected " + renewable + " capacities, found " + capRow.size());
      }
      final int[] cap = new int[renewable];
      final List<Resource> resources = new ArrayList<>();
      for (int r = 0; r < renewable; r++) {
        cap[r] = number(capRow.get(r), "availabilities.R" + (r + 1));
        if (cap[r] < 0) {
          throw error(
              pos,
              capRow.get(r).column(),
              "availabilities.R" + (r + 1),
              "capacity must be >= 0, was " + cap[r]);
        }
        resources.add(Resource.constant("R" + (r + 1), cap[r]));
      }
      checkDemands(modes, cap, requestsEnd);
      checkAcyclic(succ, succTokens);
      final List<Activity> acts = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        acts.add(
            new Activity(
                Integer.toString(j + 1), modes.get(j), succ.get(j), 0, Activity.NO_DEADLINE));
      }
      String name = file;
      final int dot = name.lastIndexOf('.');
      if (dot > 0) {
        name = name.substring(0, dot);
      }
      return new Project(name, acts, resources);
    }

    private void checkDemands(
        final List<List<Mode>> modes, final int[] cap, final int requestsEnd) {
      // locate rows again by scanning back from the section's end: rows are in job order
      int rows = 0;
      for (final List<Mode> ms : modes) {
        rows += ms.size();
      }
      int line = requestsEnd - 1;
      final int[] rowLine = new int[rows];
      for (int k = rows - 1; k >= 0; k--) {
        while (line > 0 && lines[line].isBlank()) {
          line--;
        }
        rowLine[k] = line + 1;
        line--;
      }
      int k = 0;
      for (int j = 0; j < modes.size(); j++) {
        for (int mo = 0; mo < modes.get(j).size(); mo++, k++) {
          final Mode md = modes.get(j).get(mo);
          for (int r = 0; r < cap.length; r++) {
            if (md.demandOf(r) > cap[r]) {
              final List<Token> ts = tokens(lines[rowLine[k] - 1], rowLine[k], 0);
              final int col = ts.get(ts.size() - cap.length + r).column();
              throw error(
                  rowLine[k],
                  col,
                  "requests[" + (j + 1) + "].R" + (r + 1),
                  "job "
                      + (j + 1)
                      + " mode "
                      + (mo + 1)
                      + " demands "
                      + md.demandOf(r)
                      + " units of R"
                      + (r + 1)
                      + " but only "
                      + cap[r]
                      + " exist");
            }
          }
        }
      }
    }

    private void checkAcyclic(final List<List<Integer>> succ, final List<List<Token>> rows) {
      final int n = succ.size();
      final int[] state = new int[n];
      for (int root = 0; root < n; root++) {
        if (state[root] != 0) {
          continue;
        }
        // iterative depth-first search; state 1 = on the stack, 2 = finished
        final int[] stack = new int[n];
        final int[] next = new int[n];
        int top = 0;
        stack[0] = root;
        state[root] = 1;
        while (top >= 0) {
          final int j = stack[top];
          if (next[j] < succ.get(j).size()) {
            final int s = succ.get(j).get(next[j]++);
            if (state[s] == 1) {
              final Token t = rows.get(j).get(3 + next[j] - 1);
              throw error(
                  t.line(),
                  t.column(),
                  "precedence[" + (j + 1) + "].successors",
                  "precedence cycle: job " + (s + 1) + " is reached again from job " + (j + 1));
            }
            if (state[s] == 0) {
              state[s] = 1;
              stack[++top] = s;
            }
          } else {
            state[j] = 2;
            top--;
          }
        }
      }
    }
  }
}
