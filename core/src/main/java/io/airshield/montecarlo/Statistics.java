package io.airshield.montecarlo;

import java.util.Arrays;

/**
 * Streaming statistics of the outcome vectors of many replications: for every slot the count, mean
 * and sum of squared deviations (Welford's update, exact in the order given), and for chosen slots
 * a fixed-range histogram from which quantiles are read; for chosen pairs of slots the cross
 * moment, for ratios with the delta method. Memory does not grow with the number of replications.
 * Replications must be added in replication order for results to be identical to the last bit
 * across runs, which {@link MonteCarlo} guarantees.
 */
public final class Statistics {
  private final int size;
  private long n;
  private final double[] mean;
  private final double[] m2;
  private final double[] min;
  private final double[] max;
  private final int[] histSlot;
  private final double[] histLo;
  private final double[] histHi;
  private final long[][] hist;
  private final int[][] pairs;
  private final double[] comoment;
  private static final int BINS = 2000;

  /**
   * @param size slots in an outcome vector
   * @param histogramSlots slots that keep a histogram
   * @param histogramLow each one's lower bound
   * @param histogramHigh each one's upper bound (values outside are clamped to the ends)
   * @param ratioPairs pairs {numerator slot, denominator slot} whose ratio is wanted
   */
  public Statistics(
      final int size,
      final int[] histogramSlots,
      final double[] histogramLow,
      final double[] histogramHigh,
      final int[][] ratioPairs) {
    this.size = size;
    mean = new double[size];
    m2 = new double[size];
    min = new double[size];
    max = new double[size];
    Arrays.fill(min, Double.POSITIVE_INFINITY);
    Arrays.fill(max, Double.NEGATIVE_INFINITY);
    histSlot = histogramSlots.clone();
    histLo = histogramLow.clone();
    histHi = histogramHigh.clone();
    hist = new long[histSlot.length][BINS];
    pairs = ratioPairs.clone();
    comoment = new double[pairs.length];
  }

  /**
   * Adds one replication's outcome.
   *
   * @param x the outcome vector
   */
  public void add(final double[] x) {
    n++;
    // co-moments use the means before this update (Welford / Pebay 2008 one-pass update)
    for (int p = 0; p < pairs.length; p++) {
      final int a = pairs[p][0];
      final int b = pairs[p][1];
      final double da = x[a] - mean[a];
      final double db = x[b] - mean[b];
      comoment[p] += (n - 1.0) / n * da * db;
    }
    for (int i = 0; i < size; i++) {
      final double v = x[i];
      final double d = v - mean[i];
      mean[i] += d / n;
      m2[i] += d * (v - mean[i]);
      if (v < min[i]) {
        min[i] = v;
      }
      if (v > max[i]) {
        max[i] = v;
      }
    }
    for (int h = 0; h < histSlot.length; h++) {
      final double v = x[histSlot[h]];
      final double span = histHi[h] - histLo[h];
      int bin = span > 0 ? (int) ((v - histLo[h]) / span * BINS) : 0;
      bin = Math.max(0, Math.min(BINS - 1, bin));
      hist[h][bin]++;
    }
  }

  /**
   * @return replications added
   */
  public long count() {
    return n;
  }

  /**
   * @param slot a slot
   * @return its mean with a Student-t 95% interval
   */
  public Estimate estimate(final int slot) {
    final double sd = n > 1 ? Math.sqrt(m2[slot] / (n - 1)) : Double.NaN;
    final double hw = n > 1 ? StudentT.q975(n - 1) * sd / Math.sqrt(n) : Double.NaN;
    return new Estimate(mean[slot], mean[slot] - hw, mean[slot] + hw, sd, n);
  }

  /**
   * The ratio of the means of a registered pair, with a delta-method interval: var(R) ~ (s_a^2 - 2
   * R s_ab + R^2 s_b^2) / (n mean_b^2).
   *
   * @param pair index of the pair in the constructor's list
   * @return the ratio estimate (NaN when the denominator's mean is 0)
   */
  public Estimate ratio(final int pair) {
    final int a = pairs[pair][0];
    final int b = pairs[pair][1];
    if (mean[b] == 0) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
    }
    final double r = mean[a] / mean[b];
    if (n < 2) {
      return new Estimate(r, Double.NaN, Double.NaN, Double.NaN, n);
    }
    final double va = m2[a] / (n - 1);
    final double vb = m2[b] / (n - 1);
    final double cab = comoment[pair] / (n - 1);
    final double var = Math.max(0, (va - 2 * r * cab + r * r * vb) / (n * mean[b] * mean[b]));
    final double hw = StudentT.q975(n - 1) * Math.sqrt(var);
    return new Estimate(r, r - hw, r + hw, Double.NaN, n);
  }

  /**
   * @param slot a slot that keeps a histogram
   * @param q quantile in [0, 1]
   * @return the quantile, to the histogram's resolution (1/2000 of its range)
   */
  public double quantile(final int slot, final double q) {
    final int h = histIndex(slot);
    final long target = (long) Math.ceil(q * n);
    long c = 0;
    for (int bin = 0; bin < BINS; bin++) {
      c += hist[h][bin];
      if (c >= Math.max(1, target)) {
        return histLo[h] + (bin + 0.5) * (histHi[h] - histLo[h]) / BINS;
      }
    }
    return histHi[h];
  }

  /**
   * @param slot a slot that keeps a histogram
   * @param bins number of bins wanted (a divisor of 2000)
   * @return counts in that many equal bins over the histogram's range
   */
  public long[] histogram(final int slot, final int bins) {
    final int h = histIndex(slot);
    final long[] out = new long[bins];
    for (int bin = 0; bin < BINS; bin++) {
      out[(int) ((long) bin * bins / BINS)] += hist[h][bin];
    }
    return out;
  }

  /**
   * @param slot a slot that keeps a histogram
   * @return {low, high} of its range
   */
  public double[] histogramRange(final int slot) {
    final int h = histIndex(slot);
    return new double[] {histLo[h], histHi[h]};
  }

  private int histIndex(final int slot) {
    for (int h = 0; h < histSlot.length; h++) {
      if (histSlot[h] == slot) {
        return h;
      }
    }
    throw new IllegalArgumentException("slot " + slot + " keeps no histogram");
  }

  /**
   * @param slot a slot @return smallest value seen
   */
  public double min(final int slot) {
    return min[slot];
  }

  /**
   * @param slot a slot @return largest value seen
   */
  public double max(final int slot) {
    return max[slot];
  }
}
