package io.airshield.formation;

/**
 * A triangular distribution (low, most likely, high), the usual three-point estimate when the
 * sources give a range and a typical value but no shape (Vose, <i>Risk Analysis</i>, 2nd ed., 2000,
 * ch. 9; the PERT tradition). Used for the factor by which a training phase's duration slips and
 * for the delay of a capacity step (graduates, deliveries).
 *
 * @param low the least value
 * @param mode the most likely value
 * @param high the largest value; {@code low <= mode <= high}
 * @param source where the range comes from, or "estimate: why"
 */
public record Spread(double low, double mode, double high, String source) {
  /** No uncertainty: a duration factor of exactly 1. */
  public static final Spread NONE_FACTOR = new Spread(1, 1, 1, "");

  /** No uncertainty: a delay of exactly 0. */
  public static final Spread NONE_DELAY = new Spread(0, 0, 0, "");

  public Spread {
    if (!(low <= mode && mode <= high)) {
      throw new IllegalArgumentException(
          "need low <= mode <= high, was " + low + ", " + mode + ", " + high);
    }
  }

  /**
   * @return whether it is a single value
   */
  public boolean fixed() {
    return low == high;
  }

  /**
   * The inverse distribution function: {@code u} uniform on [0, 1) gives a draw, so that one
   * uniform per quantity keeps draws common across the help options compared.
   *
   * @param u a probability in [0, 1)
   * @return the value with that cumulative probability
   */
  public double quantile(final double u) {
    if (fixed()) {
      return low;
    }
    final double range = high - low;
    final double split = (mode - low) / range;
    return u < split
        ? low + Math.sqrt(u * range * (mode - low))
        : high - Math.sqrt((1 - u) * range * (high - mode));
  }

  /**
   * @param x a value
   * @return the probability of a draw at most {@code x}
   */
  public double cdf(final double x) {
    if (x < low) {
      return 0;
    }
    if (x >= high) {
      return 1;
    }
    final double range = high - low;
    return x <= mode
        ? (x - low) * (x - low) / (range * (mode - low))
        : 1 - (high - x) * (high - x) / (range * (high - mode));
  }
}
