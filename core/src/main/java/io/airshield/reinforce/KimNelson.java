package io.airshield.reinforce;

import java.util.Arrays;

/**
 * The fully sequential ranking-and-selection procedure KN of Kim and Nelson ("A fully sequential
 * procedure for indifference-zone selection in simulation", ACM TOMACS 11(3), 2001, 251-273), for
 * the system with the largest mean.
 *
 * <p>Why KN: our plans are simulated with common random numbers, and KN is built on the variances
 * of the pairwise differences, so the positive correlation CRN induces shrinks the work directly
 * (OCBA assumes independent sampling and gives no guarantee). It is fully sequential: after a first
 * stage of n0 replications of every system it adds one replication of each survivor at a time and
 * drops a system as soon as it is clearly beaten, so it spends replications where they decide the
 * ranking. Its guarantee: with normal outputs, the probability of selecting the best is at least 1
 * - alpha whenever the best mean exceeds every other by at least the indifference zone delta.
 *
 * <p>The procedure: eta = ((2 alpha / (k - 1))^(-2 / (n0 - 1)) - 1) / 2, h^2 = 2 eta (n0 - 1);
 * S^2_il the sample variance of X_i - X_l over the first stage; at stage r system i is dropped when
 * its mean falls below some surviving l's by more than W_il(r) = max(0, delta / (2 r) (h^2 S^2_il /
 * delta^2 - r)). Two systems whose first-stage differences are all exactly zero (the same outputs)
 * are the same for this purpose: the later one is dropped. If the replication cap stops the
 * procedure with several survivors, the one with the largest mean is selected and the guarantee
 * does not hold; the result says so.
 *
 * <p>Deterministic: it asks its {@link Sampler} for replication r of a given set of systems in a
 * fixed order and uses no clock or hash order.
 */
public final class KimNelson {
  private KimNelson() {}

  /** Produces observations; replication r of every system uses the same random numbers. */
  @FunctionalInterface
  public interface Sampler {
    /**
     * @param systems the systems wanted, ascending
     * @param rep the replication index (0-based)
     * @param out receives the observation of {@code systems[j]} at {@code out[j]}
     */
    void sample(int[] systems, long rep, double[] out);
  }

  /**
   * @param delta indifference zone (> 0), in the output's units
   * @param alpha 1 - the required probability of correct selection
   * @param n0 first-stage replications (at least 2)
   * @param maxReplications most replications of any one system
   */
  public record Options(double delta, double alpha, int n0, int maxReplications) {
    public Options {
      if (!(delta > 0) || !(alpha > 0 && alpha < 1) || n0 < 2 || maxReplications < n0) {
        throw new IllegalArgumentException(
            "bad KN options: delta "
                + delta
                + ", alpha "
                + alpha
                + ", n0 "
                + n0
                + ", cap "
                + maxReplications);
      }
    }
  }

  /**
   * The outcome.
   *
   * @param best the selected system
   * @param replications replications of each system
   * @param observations each system's observations, replication order
   * @param converged whether a single survivor remained (the guarantee holds)
   * @param survivors systems still in contention at the end
   * @param h2 the constant h^2 used
   */
  public record Result(
      int best,
      int[] replications,
      double[][] observations,
      boolean converged,
      int[] survivors,
      double h2) {
    /**
     * @return total replications over all systems
     */
    public long total() {
      long n = 0;
      for (int r : replications) {
        n += r;
      }
      return n;
    }
  }

  /**
   * @param k number of systems (at least 1)
   * @param o options
   * @param sampler the source of observations
   * @return the selection
   */
  public static Result select(final int k, final Options o, final Sampler sampler) {
    final int cap = o.maxReplications();
    final double[][] obs = new double[k][cap];
    final double[] sum = new double[k];
    final int[] n = new int[k];
    int[] alive = new int[k];
    for (int i = 0; i < k; i++) {
      alive[i] = i;
    }
    final double[] buf = new double[k];
    for (int r = 0; r < o.n0(); r++) {
      sampler.sample(alive, r, buf);
      for (int i = 0; i < k; i++) {
        obs[i][r] = buf[i];
        sum[i] += buf[i];
        n[i]++;
      }
    }
    final double eta =
        k > 1 ? 0.5 * (Math.pow(2 * o.alpha() / (k - 1), -2.0 / (o.n0() - 1)) - 1) : 0;
    final double h2 = 2 * eta * (o.n0() - 1);
    final double[][] s2 = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int l = i + 1; l < k; l++) {
        final double mean = (sum[i] - sum[l]) / o.n0();
        double ss = 0;
        for (int r = 0; r < o.n0(); r++) {
          final double d = obs[i][r] - obs[l][r] - mean;
          ss += d * d;
        }
        s2[i][l] = ss / (o.n0() - 1);
        s2[l][i] = s2[i][l];
      }
    }
    int r = o.n0();
    while (true) {
      final int[] old = alive;
      final int[] keep = new int[old.length];
      int kept = 0;
      for (int i : old) {
        boolean out = false;
        for (int l : old) {
          if (l == i) {
            continue;
          }
          final double w =
              Math.max(0, o.delta() / (2.0 * r) * (h2 * s2[i][l] / (o.delta() * o.delta()) - r));
          final double diff = (sum[i] - sum[l]) / r;
          if (diff < -w || s2[i][l] == 0 && diff == 0 && i > l) {
            out = true;
            break;
          }
        }
        if (!out) {
          keep[kept++] = i;
        }
      }
      alive = Arrays.copyOf(keep, kept);
      if (alive.length <= 1 || r >= cap) {
        break;
      }
      sampler.sample(alive, r, buf);
      for (int j = 0; j < alive.length; j++) {
        final int i = alive[j];
        obs[i][r] = buf[j];
        sum[i] += buf[j];
        n[i]++;
      }
      r++;
    }
    int best = alive.length > 0 ? alive[0] : 0;
    for (int i : alive) {
      if (sum[i] / n[i] > sum[best] / n[best]) {
        best = i;
      }
    }
    final double[][] trimmed = new double[k][];
    for (int i = 0; i < k; i++) {
      trimmed[i] = Arrays.copyOf(obs[i], n[i]);
    }
    return new Result(best, n, trimmed, alive.length == 1, alive, h2);
  }
}
