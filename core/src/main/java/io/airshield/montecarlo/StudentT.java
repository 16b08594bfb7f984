package io.airshield.montecarlo;

/** Two-sided 95% quantiles of Student's t distribution. */
public final class StudentT {
  private static final double[] T975 = {
    Double.NaN,
    12.706,
    4.303,
    3.182,
    2.776,
    2.571,
    2.447,
    2.365,
    2.306,
    2.262,
    2.228,
    2.201,
    2.179,
    2.160,
    2.145,
    2.131,
    2.120,
    2.110,
    2.101,
    2.093,
    2.086,
    2.080,
    2.074,
    2.069,
    2.064,
    2.060,
    2.056,
    2.052,
    2.048,
    2.045,
    2.042
  };

  private StudentT() {}

  /**
   * @param df degrees of freedom, at least 1
   * @return the 0.975 quantile (exact table to 30, then the Cornish-Fisher expansion)
   */
  public static double q975(final long df) {
    if (df < 1) {
      return Double.NaN;
    }
    if (df < T975.length) {
      return T975[(int) df];
    }
    final double z = 1.959963984540054;
    final double v = df;
    return z
        + (z * z * z + z) / (4 * v)
        + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * v * v);
  }
}
