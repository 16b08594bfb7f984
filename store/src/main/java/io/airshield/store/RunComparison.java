package io.airshield.store;

import io.airshield.campaign.Metrics;
import io.airshield.montecarlo.StudentT;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two stored runs, figure by figure, each with a 95% interval.
 *
 * <p>When both runs used the same seed and the same number of replications, replication r of one
 * and replication r of the other drew the same random numbers (common random numbers), so the
 * difference is estimated from the paired per-replication differences, read from the stored outcome
 * vectors: the noise the two runs share cancels and the interval is much narrower than the two
 * runs' own intervals suggest. Otherwise the runs are independent and the interval is Welch's
 * (unequal variances, Welch-Satterthwaite degrees of freedom).
 */
public final class RunComparison {
  private RunComparison() {}

  /**
   * One figure's difference, B minus A.
   *
   * @param figure the figure's name (the scalar slot's name)
   * @param meanA its mean in run A
   * @param meanB its mean in run B
   * @param difference mean of B minus mean of A
   * @param low lower end of the 95% interval of the difference
   * @param high upper end
   */
  public record Row(
      String figure, double meanA, double meanB, double difference, double low, double high) {
    /**
     * @return whether the interval excludes zero
     */
    public boolean significant() {
      return low > 0 || high < 0;
    }
  }

  /**
   * @param a run A
   * @param b run B
   * @param paired whether common random numbers allowed paired differences
   * @param why the reason for the method chosen
   * @param rows one row per figure
   */
  public record Result(RunInfo a, RunInfo b, boolean paired, String why, List<Row> rows) {}

  /**
   * @param store the store
   * @param a run A's id
   * @param b run B's id
   * @return the differences of every campaign-wide figure
   */
  public static Result compare(final RunStore store, final long a, final long b) {
    final RunInfo ia = store.get(a);
    final RunInfo ib = store.get(b);
    StoredRuns.requireAssessment(store, ia);
    StoredRuns.requireAssessment(store, ib);
    final double[][] xa = scalars(store, ia);
    final double[][] xb = scalars(store, ib);
    if (xa.length < 2 || xb.length < 2) {
      throw new StoreException(
          "a comparison needs at least 2 stored replications in each run;"
              + " run "
              + (xa.length < 2 ? a : b)
              + " has "
              + Math.min(xa.length, xb.length));
    }
    final boolean paired = ia.spec().seed() == ib.spec().seed() && xa.length == xb.length;
    final String why =
        paired
            ? "same seed and "
                + xa.length
                + " replications each: paired"
                + " differences per replication (common random numbers)"
            : ia.spec().seed() != ib.spec().seed()
                ? "different seeds: independent runs, Welch" + " intervals"
                : "different replication counts ("
                    + xa.length
                    + " and "
                    + xb.length
                    + "): independent intervals (Welch)";
    final List<String> names = Metrics.scalarNames();
    final List<Row> rows = new ArrayList<>();
    for (int s = 0; s < names.size(); s++) {
      final double[] ma = moments(xa, s);
      final double[] mb = moments(xb, s);
      final double diff = mb[0] - ma[0];
      final double hw;
      if (paired) {
        final double[] d = new double[xa.length];
        for (int r = 0; r < d.length; r++) {
          d[r] = xb[r][s] - xa[r][s];
        }
        final double[] md = moments(new double[][] {d}, -1);
        hw = StudentT.q975(d.length - 1) * Math.sqrt(md[1] / d.length);
      } else {
        final double va = ma[1] / xa.length;
        final double vb = mb[1] / xb.length;
        final double se2 = va + vb;
        final double df =
            se2 == 0
                ? xa.length + xb.length - 2
                : se2 * se2 / (va * va / (xa.length - 1) + vb * vb / (xb.length - 1));
        hw = StudentT.q975(Math.max(1, (long) Math.floor(df))) * Math.sqrt(se2);
      }
      rows.add(new Row(names.get(s), ma[0], mb[0], diff, diff - hw, diff + hw));
    }
    return new Result(ia, ib, paired, why, rows);
  }

  /** Mean and sample variance (Welford, in replication order); slot -1 reads a single row. */
  private static double[] moments(final double[][] x, final int slot) {
    double mean = 0;
    double m2 = 0;
    final int n = slot < 0 ? x[0].length : x.length;
    for (int r = 0; r < n; r++) {
      final double v = slot < 0 ? x[0][r] : x[r][slot];
      final double d = v - mean;
      mean += d / (r + 1);
      m2 += d * (v - mean);
    }
    return new double[] {mean, n > 1 ? m2 / (n - 1) : Double.NaN};
  }

  /**
   * @param store the store
   * @param info a run
   * @return its stored replications' campaign-wide figures, in replication order
   */
  static double[][] scalars(final RunStore store, final RunInfo info) {
    final int k = Metrics.scalarNames().size();
    final List<double[]> rows = new ArrayList<>();
    final long limit =
        info.status() == RunInfo.Status.COMPLETE ? info.replications() : Long.MAX_VALUE;
    store.readBlocks(
        info.id(),
        (first, outcomes) -> {
          for (double[] x : outcomes) {
            if (rows.size() < limit) {
              rows.add(java.util.Arrays.copyOf(x, k));
            }
          }
          return rows.size() < limit;
        });
    return rows.toArray(new double[0][]);
  }
}
