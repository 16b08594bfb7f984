package io.airshield.montecarlo;

/**
 * A figure with its 95% confidence interval and the replications behind it.
 *
 * @param mean the estimate
 * @param low lower end of the 95% confidence interval
 * @param high upper end
 * @param sd standard deviation across replications (NaN for ratios)
 * @param n replications
 */
public record Estimate(double mean, double low, double high, double sd, long n) {
  /**
   * @return half the width of the interval
   */
  public double halfWidth() {
    return (high - low) / 2;
  }

  /**
   * @param factor a factor
   * @return the estimate scaled by it (for unit conversions)
   */
  public Estimate times(final double factor) {
    return factor >= 0
        ? new Estimate(mean * factor, low * factor, high * factor, sd * factor, n)
        : new Estimate(mean * factor, high * factor, low * factor, -sd * factor, n);
  }
}
