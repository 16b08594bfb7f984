package io.airshield.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The nearly orthogonal Latin hypercube tables, embedded as resources ({@code nolh/nolh_N.csv}): 17
 * x 7, 33 x 11, 65 x 16, 129 x 22 and 257 x 29 of Cioppa and Lucas (Technometrics 49(1), 2007) and
 * the 512 x 100 of the NPS SEED Center (MacCalman, Vieira and Lucas), as tabled in the SEED
 * Center's data-farming scripts and the SimOpt library. Each column is a permutation of the levels
 * 1..n; level l maps to (l - 1) / (n - 1) in the unit cube.
 */
public final class Nolh {
  private Nolh() {}

  /** The tables' sizes (rows), smallest first. */
  static final int[] ROWS = {17, 33, 65, 129, 257, 512};

  /** The most factors of each table. */
  static final int[] COLUMNS = {7, 11, 16, 22, 29, 100};

  /** The most factors any table takes. */
  public static final int MAX_FACTORS = 100;

  /**
   * @param k factors
   * @return the smallest table with at least k columns, all its columns
   * @throws IllegalArgumentException beyond {@link #MAX_FACTORS}
   */
  public static int[][] table(final int k) {
    for (int t = 0; t < ROWS.length; t++) {
      if (COLUMNS[t] >= k) {
        return load(ROWS[t]);
      }
    }
    throw new IllegalArgumentException(
        "a nearly orthogonal Latin hypercube takes at most " + MAX_FACTORS + " factors, not " + k);
  }

  /**
   * @param rows a table's rows (17, 33, 65, 129, 257 or 512)
   * @return the table, levels 1..rows
   */
  public static int[][] load(final int rows) {
    final String name = "nolh/nolh_" + rows + ".csv";
    try (InputStream in = Nolh.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("NOLH table missing: " + name);
      }
      final List<int[]> out = new ArrayList<>();
      final BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        final String[] cells = line.trim().split(",");
        final int[] row = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
          row[i] = Integer.parseInt(cells[i].trim());
        }
        out.add(row);
      }
      return out.toArray(new int[0][]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stacks copies of a table for more points. Copy c gives factor i the table's column (i + c) mod
   * m (m the table's columns): each copy is a set of the table's own columns, so its near
   * orthogonality holds within every copy exactly, while the points differ between copies (the
   * "rotation" of the SEED Center's stacking). At most m copies.
   *
   * <p>A row a later copy shares with the design so far is dropped: every table has the centre
   * point (each level (n + 1) / 2) as a row, which every rotation leaves where it is, and under
   * common random numbers a repeated point repeats its results to the last bit, so simulating it
   * again buys nothing ({@code NolhPropertiesTest} found the repeats). A dropped row lies at the
   * columns' means, so the design's correlations are the same without it.
   *
   * @param table the table
   * @param k factors
   * @param copies copies to stack
   * @return the points in the unit cube, copy after copy, without repeats
   */
  public static double[][] stack(final int[][] table, final int k, final int copies) {
    final int n = table.length;
    final int m = table[0].length;
    final int c = Math.min(copies, m);
    final List<double[]> pts = new ArrayList<>(c * n);
    final Set<List<Double>> seen = new HashSet<>();
    for (int copy = 0; copy < c; copy++) {
      for (int row = 0; row < n; row++) {
        final double[] p = new double[k];
        final List<Double> key = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
          p[i] = (table[row][(i + copy) % m] - 1) / (double) (n - 1);
          key.add(p[i]);
        }
        // membership only: the order of the points is the loops' order
        if (seen.add(key)) {
          pts.add(p);
        }
      }
    }
    return pts.toArray(new double[0][]);
  }
}
