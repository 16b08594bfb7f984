package io.airshield.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Morris screening ranks the factors of a function whose order is known. */
class MorrisTest {

  @Test
  void muStarRanksAKnownOrderAndSigmaSeesTheInteraction() {
    // y = 8 x1 + 4 x2 + 2 x3 + x4 + 0 x5 + 3 x1 x6 - 0.5 x6: x6's effect changes with x1
    final int k = 6;
    final Design d = Design.morris(k, 20, 4, 7);
    assertThat(d.count()).isEqualTo(20 * (k + 1));
    final double[] y = new double[d.count()];
    for (int p = 0; p < y.length; p++) {
      final double[] x = d.points()[p];
      y[p] = 8 * x[0] + 4 * x[1] + 2 * x[2] + x[3] + 3 * x[0] * x[5] - 0.5 * x[5];
    }
    final Morris.Effect[] e = Morris.analyse(d, y, null);
    assertThat(e[1].muStar()).isCloseTo(4, offset(1e-9));
    assertThat(e[2].muStar()).isCloseTo(2, offset(1e-9));
    assertThat(e[3].muStar()).isCloseTo(1, offset(1e-9));
    assertThat(e[4].muStar()).isZero();
    assertThat(e[0].muStar()).isGreaterThan(e[1].muStar());
    assertThat(e[1].muStar()).isGreaterThan(e[2].muStar());
    assertThat(e[2].muStar()).isGreaterThan(e[3].muStar());
    assertThat(e[3].muStar()).isGreaterThan(e[4].muStar());
    // linear factors have no spread; the interacting ones do
    assertThat(e[1].sigma()).isCloseTo(0, offset(1e-9));
    assertThat(e[5].sigma()).isGreaterThan(0.5);
    assertThat(e[0].sigma()).isGreaterThan(0.5);
  }

  @Test
  void trajectoriesMoveOneFactorAtATimeOnTheGrid() {
    final int k = 5;
    final Design d = Design.morris(k, 10, 4, 3);
    for (int t = 0; t < 10; t++) {
      final boolean[] moved = new boolean[k];
      for (int s = 1; s <= k; s++) {
        final double[] a = d.points()[t * (k + 1) + s - 1];
        final double[] b = d.points()[t * (k + 1) + s];
        int changes = 0;
        for (int i = 0; i < k; i++) {
          if (a[i] != b[i]) {
            changes++;
            moved[i] = true;
            assertThat(Math.abs(b[i] - a[i])).isCloseTo(d.delta(), offset(1e-12));
          }
          assertThat(b[i]).isBetween(0.0, 1.0);
        }
        assertThat(changes).isEqualTo(1);
      }
      assertThat(moved).containsOnly(true);
    }
  }
}
