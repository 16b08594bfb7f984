package io.airshield.study;

/**
 * Morris's elementary effects from a {@link Design.Kind#MORRIS} design: along each trajectory, the
 * change of the measure when one factor moves by delta, divided by delta (so an effect is the
 * change across the factor's whole range, in the measure's unit, where the response is linear). Per
 * factor: mu (the mean effect), mu* (the mean absolute effect, Campolongo et al. 2007: the
 * screening measure, immune to effects of opposite sign cancelling) and sigma (the standard
 * deviation of the effects: non-linearity or interaction). Morris, Technometrics 33(2), 1991.
 */
public final class Morris {
  private Morris() {}

  /**
   * One factor's screening figures.
   *
   * @param mu mean elementary effect
   * @param muStar mean absolute elementary effect
   * @param sigma standard deviation of the effects (n - 1 divisor; 0 with one trajectory)
   * @param noise the mean standard error of an effect from the replications' scatter (common random
   *     numbers keep it small): a mu* near it cannot be told from no effect; NaN when not known
   */
  public record Effect(double mu, double muStar, double sigma, double noise) {}

  /**
   * @param d the design (Morris)
   * @param y the measure at each design point
   * @param se the standard error of each elementary effect's numerator, per design step (point
   *     index of the step's end), or null when not known
   * @return the effect of each factor
   */
  public static Effect[] analyse(final Design d, final double[] y, final double[] se) {
    final int k = d.points()[0].length;
    final int r = d.size();
    final double[][] ee = new double[k][r];
    final double[][] noise = new double[k][r];
    for (int t = 0; t < r; t++) {
      for (int s = 1; s <= k; s++) {
        final int j = t * (k + 1) + s;
        final double[] a = d.points()[j - 1];
        final double[] b = d.points()[j];
        int moved = -1;
        for (int i = 0; i < k; i++) {
          if (a[i] != b[i]) {
            moved = i;
          }
        }
        if (moved < 0) {
          throw new IllegalArgumentException("design step " + j + " moves no factor");
        }
        final double step = b[moved] - a[moved];
        ee[moved][t] = (y[j] - y[j - 1]) / step;
        noise[moved][t] = se == null ? Double.NaN : se[j] / Math.abs(step);
      }
    }
    final Effect[] out = new Effect[k];
    for (int i = 0; i < k; i++) {
      double mu = 0;
      double muStar = 0;
      double nz = 0;
      for (int t = 0; t < r; t++) {
        mu += ee[i][t];
        muStar += Math.abs(ee[i][t]);
        nz += noise[i][t];
      }
      mu /= r;
      muStar /= r;
      double ss = 0;
      for (int t = 0; t < r; t++) {
        ss += (ee[i][t] - mu) * (ee[i][t] - mu);
      }
      out[i] = new Effect(mu, muStar, r > 1 ? Math.sqrt(ss / (r - 1)) : 0, nz / r);
    }
    return out;
  }
}
