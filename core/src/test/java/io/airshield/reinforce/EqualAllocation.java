package io.airshield.reinforce;

/**
 * The replications equal allocation needs for a probability of correct selection P* within an
 * indifference zone delta, for k normal systems with a common variance, by the classical constants,
 * computed here by numerical integration (trapezoid rule on fine grids) and bisection:
 *
 * <ul>
 *   <li>Bechhofer (1954), variances known: n = ceil((h sigma / delta)^2) per system, where h solves
 *       integral Phi(z + h)^(k-1) phi(z) dz = P*.
 *   <li>Rinott (1978), variances unknown, two stages: N_i = max(n0, ceil((h S_i / delta)^2)), where
 *       h solves integral [integral Phi(h / sqrt((n0-1)(1/x + 1/y))) f(x) dx]^(k-1) f(y) dy = P*, f
 *       the chi-square density with n0 - 1 degrees of freedom.
 * </ul>
 */
final class EqualAllocation {
  private EqualAllocation() {}

  static double bechhoferH(final int k, final double pStar) {
    return bisect(
        h -> {
          double s = 0;
          final double dz = 0.005;
          for (double z = -9; z <= 9; z += dz) {
            s +=
                Math.pow(Reinforcer.phi(z + h), k - 1)
                    * Math.exp(-z * z / 2)
                    / Math.sqrt(2 * Math.PI)
                    * dz;
          }
          return s;
        },
        pStar);
  }

  static double rinottH(final int k, final int n0, final double pStar) {
    final int nu = n0 - 1;
    final int m = 700;
    final double xmax = nu + 14 * Math.sqrt(2.0 * nu) + 20;
    final double dx = xmax / m;
    final double[] x = new double[m];
    final double[] w = new double[m];
    final double logNorm = -nu / 2.0 * Math.log(2) - logGamma(nu / 2.0);
    for (int i = 0; i < m; i++) {
      x[i] = (i + 0.5) * dx;
      w[i] = Math.exp(logNorm + (nu / 2.0 - 1) * Math.log(x[i]) - x[i] / 2) * dx;
    }
    return bisect(
        h -> {
          double outer = 0;
          for (int j = 0; j < m; j++) {
            double inner = 0;
            for (int i = 0; i < m; i++) {
              inner += Reinforcer.phi(h / Math.sqrt(nu * (1 / x[i] + 1 / x[j]))) * w[i];
            }
            outer += Math.pow(inner, k - 1) * w[j];
          }
          return outer;
        },
        pStar);
  }

  /** Expected N of Rinott's procedure per system, sigma = 1, by integration over S^2. */
  static double rinottExpectedN(final double h, final int n0, final double delta) {
    final int nu = n0 - 1;
    final int m = 20000;
    final double xmax = nu + 20 * Math.sqrt(2.0 * nu) + 40;
    final double dx = xmax / m;
    final double logNorm = -nu / 2.0 * Math.log(2) - logGamma(nu / 2.0);
    double e = 0;
    for (int i = 0; i < m; i++) {
      final double x = (i + 0.5) * dx;
      final double f = Math.exp(logNorm + (nu / 2.0 - 1) * Math.log(x) - x / 2) * dx;
      final double s2 = x / nu;
      e += Math.max(n0, Math.ceil(h * h * s2 / (delta * delta))) * f;
    }
    return e;
  }

  private static double bisect(
      final java.util.function.DoubleUnaryOperator f, final double target) {
    double lo = 0;
    double hi = 20;
    for (int i = 0; i < 40; i++) {
      final double mid = (lo + hi) / 2;
      if (f.applyAsDouble(mid) < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** Lanczos approximation (g = 7, n = 9). */
  static double logGamma(final double x) {
    final double[] c = {
      0.99999999999980993,
      676.5203681218851,
      -1259.1392167224028,
      771.32342877765313,
      -176.61502916214059,
      12.507343278686905,
      -0.13857109526572012,
      9.9843695780195716e-6,
      1.5056327351493116e-7
    };
    final double xx = x - 1;
    double a = c[0];
    final double t = xx + 7.5;
    for (int i = 1; i < 9; i++) {
      a += c[i] / (xx + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
