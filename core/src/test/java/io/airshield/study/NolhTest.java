package io.airshield.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The embedded NOLH tables are Latin hypercubes with the maximum absolute pairwise correlation
 * their sources table (../shared/data/nolh/README.md; Cioppa and Lucas 2007), and stacking keeps
 * each copy as near orthogonal as the table.
 */
class NolhTest {
  /** The tabled maximum |correlation| of each table, in the order of {@link Nolh#ROWS}. */
  private static final double[] TABLED = {0.000, 0.023, 0.022, 0.007, 0.004, 0.035};

  @Test
  void tablesAreLatinHypercubesWithTheirTabledCorrelation() {
    for (int t = 0; t < Nolh.ROWS.length; t++) {
      final int[][] table = Nolh.load(Nolh.ROWS[t]);
      final int n = Nolh.ROWS[t];
      assertThat(table).hasNumberOfRows(n);
      assertThat(table[0]).hasSize(Nolh.COLUMNS[t]);
      for (int c = 0; c < Nolh.COLUMNS[t]; c++) {
        final int[] col = new int[n];
        for (int r = 0; r < n; r++) {
          col[r] = table[r][c];
        }
        Arrays.sort(col);
        for (int r = 0; r < n; r++) {
          assertThat(col[r]).as("table %d column %d", n, c).isEqualTo(r + 1);
        }
      }
      final double[][] pts = Nolh.stack(table, Nolh.COLUMNS[t], 1);
      assertThat(Design.maxAbsCorrelation(pts))
          .as("table of %d rows", n)
          .isLessThanOrEqualTo(TABLED[t] + 0.0005);
    }
  }

  @Test
  void theSmallestTableServesAndStackingAddsPoints() {
    final Design d = Design.nolh(20, 0);
    assertThat(d.count()).isEqualTo(129);
    final Design stacked = Design.nolh(20, 300);
    // three copies, the second and third without the centre point the first has
    assertThat(stacked.count()).isEqualTo(3 * 129 - 2);
    final double[][] first = Arrays.copyOfRange(stacked.points(), 0, 129);
    assertThat(Design.maxAbsCorrelation(first)).isLessThanOrEqualTo(0.0075);
    for (int copy = 1; copy < 3; copy++) {
      final int from = 129 + (copy - 1) * 128;
      final double[][] part = Arrays.copyOfRange(stacked.points(), from, from + 128);
      assertThat(Design.maxAbsCorrelation(part)).isLessThanOrEqualTo(0.0075);
    }
    // the copies are different points
    assertThat(stacked.points()[0]).isNotEqualTo(stacked.points()[129]);
    assertThat(Design.nolh(64, 0).count()).isEqualTo(512);
  }

  @Test
  void latinHypercubesUseEveryStratumOnce() {
    final Design d = Design.lhs(4, 50, 11);
    for (int i = 0; i < 4; i++) {
      final boolean[] used = new boolean[50];
      for (double[] p : d.points()) {
        used[(int) Math.floor(p[i] * 50)] = true;
      }
      assertThat(used).containsOnly(true);
    }
  }
}
