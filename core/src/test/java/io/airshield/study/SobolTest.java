package io.airshield.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The Sobol estimators against functions whose indices are known in closed form: each analytic
 * index lies within the bootstrap 95% interval of its estimate.
 */
class SobolTest {

  /**
   * The Ishigami function (Ishigami and Homma 1990), a = 7, b = 0.1, inputs uniform on [-pi, pi]: S
   * = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437) (Saltelli et al., Global Sensitivity
   * Analysis: The Primer, 2008, 4.3; Sobol' and Levitan 1999).
   */
  @Test
  void ishigamiIndicesLieInTheirIntervals() {
    final double a = 7;
    final double b = 0.1;
    final double pi = Math.PI;
    final double v = a * a / 8 + b * Math.pow(pi, 4) / 5 + b * b * Math.pow(pi, 8) / 18 + 0.5;
    final double v1 = 0.5 * Math.pow(1 + b * Math.pow(pi, 4) / 5, 2);
    final double v2 = a * a / 8;
    final double v13 = Math.pow(pi, 8) * b * b * (1.0 / 18 - 1.0 / 50);
    final double[] first = {v1 / v, v2 / v, 0};
    final double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
    check(
        3,
        x -> {
          final double x1 = -pi + 2 * pi * x[0];
          final double x2 = -pi + 2 * pi * x[1];
          final double x3 = -pi + 2 * pi * x[2];
          return Math.sin(x1) + a * Math.pow(Math.sin(x2), 2) + b * Math.pow(x3, 4) * Math.sin(x1);
        },
        first,
        total);
    assertThat(first[0]).isCloseTo(0.3139, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(total[2]).isCloseTo(0.2437, org.assertj.core.data.Offset.offset(1e-4));
  }

  /**
   * Sobol's g-function, g = prod (|4 x_i - 2| + a_i) / (1 + a_i), a = (0, 1, 4.5, 9, 99, 99): V_i =
   * 1 / (3 (1 + a_i)^2), V = prod (1 + V_i) - 1, S_i = V_i / V, ST_i = V_i prod_{j != i} (1 + V_j)
   * / V (Saltelli and Sobol', Reliab. Eng. Syst. Saf. 50, 1995).
   */
  @Test
  void gFunctionIndicesLieInTheirIntervals() {
    final double[] a = {0, 1, 4.5, 9, 99, 99};
    final int k = a.length;
    final double[] vi = new double[k];
    double prod = 1;
    for (int i = 0; i < k; i++) {
      vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
      prod *= 1 + vi[i];
    }
    final double v = prod - 1;
    final double[] first = new double[k];
    final double[] total = new double[k];
    for (int i = 0; i < k; i++) {
      first[i] = vi[i] / v;
      total[i] = vi[i] * prod / (1 + vi[i]) / v;
    }
    check(
        k,
        x -> {
          double g = 1;
          for (int i = 0; i < k; i++) {
            g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
          }
          return g;
        },
        first,
        total);
  }

  private static void check(
      final int k, final ToDoubleFunction<double[]> f, final double[] first, final double[] total) {
    final int n = 8192;
    final Design d = Design.sobol(k, n, 1951);
    final double[] y = new double[d.count()];
    for (int p = 0; p < y.length; p++) {
      y[p] = f.applyAsDouble(d.points()[p]);
    }
    final Sobol.Index[] idx = Sobol.analyse(n, k, y, 500, 1951);
    for (int i = 0; i < k; i++) {
      assertThat(first[i])
          .as("S%d = %.4f in [%.4f, %.4f]", i + 1, first[i], idx[i].firstLow(), idx[i].firstHigh())
          .isBetween(idx[i].firstLow(), idx[i].firstHigh());
      assertThat(total[i])
          .as("ST%d = %.4f in [%.4f, %.4f]", i + 1, total[i], idx[i].totalLow(), idx[i].totalHigh())
          .isBetween(idx[i].totalLow(), idx[i].totalHigh());
      // the intervals are informative, not the whole of [0, 1]
      assertThat(idx[i].totalHigh() - idx[i].totalLow()).isLessThan(0.1);
    }
  }
}
