package io.airshield.bench;

import io.airshield.scenario.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a PSPLIB {@code optimum.csv}: {@code problem,optimum} rows where the optimum is a proven
 * makespan ({@code 43}) or a range {@code lo..hi} (best lower bound .. best known upper bound) when
 * no optimum is proven, or {@code ..hi} when only an upper bound is recorded (the lower bound is
 * then 0: unknown).
 */
public final class PsplibOptima {
  /**
   * Known bounds for one instance.
   *
   * @param lower best lower bound (the optimum when proven)
   * @param upper best known makespan (the optimum when proven)
   */
  public record Bound(int lower, int upper) {
    /**
     * @return whether the optimum is known
     */
    public boolean proven() {
      return lower == upper;
    }

    @Override
    public String toString() {
      return proven() ? Integer.toString(upper) : (lower > 0 ? lower : "") + ".." + upper;
    }
  }

  private PsplibOptima() {}

  /**
   * @param csv the file
   * @return bounds by problem file name, sorted by name
   * @throws IOException if it cannot be read
   * @throws InputException if a row is malformed
   */
  public static Map<String, Bound> read(final Path csv) throws IOException {
    return read(csv, null);
  }

  /**
   * Reads leniently where the data is inconsistent rather than malformed: a row whose lower bound
   * lies above its upper bound (the shared j90 file has one) is left out and described in {@code
   * warnings}, so the benchmark runs on and says which instance it skipped and why.
   *
   * @param csv the file
   * @param warnings receives one message per row left out; null: such a row is an error
   * @return bounds by problem file name, sorted by name
   * @throws IOException if it cannot be read
   * @throws InputException if a row is malformed
   */
  public static Map<String, Bound> read(final Path csv, final List<String> warnings)
      throws IOException {
    final String file = csv.getFileName().toString();
    final List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    final Map<String, Bound> out = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      final String line = lines.get(i).trim();
      if (line.isEmpty() || i == 0 && line.startsWith("problem")) {
        continue;
      }
      final int comma = line.indexOf(',');
      if (comma <= 0) {
        throw InputException.of(file, i + 1, 1, "", "expected 'problem,optimum'");
      }
      final String value = line.substring(comma + 1).trim();
      try {
        final int dots = value.indexOf("..");
        final Bound b =
            dots < 0
                ? new Bound(Integer.parseInt(value), Integer.parseInt(value))
                : new Bound(
                    dots == 0 ? 0 : Integer.parseInt(value.substring(0, dots)),
                    Integer.parseInt(value.substring(dots + 2)));
        if (b.lower() > b.upper()) {
          final InputException e =
              InputException.of(
                  file,
                  i + 1,
                  comma + 2,
                  "optimum",
                  "lower bound " + b.lower() + " above upper bound " + b.upper());
          if (warnings == null) {
            throw e;
          }
          warnings.add(e.getMessage() + "; instance left out");
          continue;
        }
        out.put(line.substring(0, comma).trim(), b);
      } catch (NumberFormatException e) {
        throw InputException.of(
            file,
            i + 1,
            comma + 2,
            "optimum",
            "expected an integer or lo..hi, found '" + value + "'");
      }
    }
    return out;
  }
}
