package io.airshield.formation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the Monte Carlo of {@link ReadinessSimulator} says about one help option: for each unit the
 * probability of being ready by its deadline, with an interval, and the distribution of its ready
 * date; and the probability that every unit is ready in time.
 *
 * <p>Intervals are Wilson score intervals at 95 % (Wilson, "Probable inference, the law of
 * succession, and statistical inference", JASA 22 (1927) 209-212), which keep their coverage near 0
 * and 1, where a plan's probabilities often lie. Quantiles are nearest-rank.
 *
 * @param samples the number of samples
 * @param seed the master seed
 * @param units each unit, in plan order
 * @param all the probability that every unit is ready by its deadline
 * @param onTime per sample, whether every unit was ready in time (for paired comparisons)
 * @param lastReady the day the last unit is ready in each sample, ascending ({@link
 *     ReadinessSimulator#NEVER} when some unit never is)
 * @param epoch the plan's day 0, to turn days into dates
 */
public record Readiness(
    int samples,
    long seed,
    List<UnitReadiness> units,
    Probability all,
    boolean[] onTime,
    int[] lastReady,
    LocalDate epoch) {
  /** z of a two-sided 95 % interval. */
  public static final double Z95 = 1.959963984540054;

  public Readiness {
    units = List.copyOf(units);
    onTime = onTime.clone();
    lastReady = lastReady.clone();
  }

  @Override
  public int[] lastReady() {
    return lastReady.clone();
  }

  /**
   * @param q a probability, e.g. 0.9
   * @return the date by which every unit is ready in a share q of the samples (nearest rank), or
   *     null when that share never is
   */
  public LocalDate allReadyBy(final double q) {
    final int k = Math.max(0, Math.min(samples - 1, (int) Math.ceil(q * samples) - 1));
    return lastReady[k] >= ReadinessSimulator.NEVER ? null : epoch.plusDays(lastReady[k]);
  }

  @Override
  public boolean[] onTime() {
    return onTime.clone();
  }

  /**
   * A probability estimated from samples.
   *
   * @param p the share of samples
   * @param low the interval's lower end
   * @param high its upper end
   */
  public record Probability(double p, double low, double high) {
    /**
     * @param successes samples where it happened
     * @param n samples
     * @param z the normal quantile of the interval
     * @return the estimate with its Wilson interval
     */
    public static Probability wilson(final long successes, final long n, final double z) {
      final double p = (double) successes / n;
      final double z2 = z * z;
      final double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
      final double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
      return new Probability(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }
  }

  /**
   * One unit's readiness.
   *
   * @param unitId its id
   * @param name its name
   * @param deadline the date it must be ready by
   * @param onTime the probability it is ready by then
   * @param median the median ready date, null when the unit is not ready in half the samples
   * @param p80 the 80th percentile, null likewise
   * @param p95 the 95th percentile, null likewise
   */
  public record UnitReadiness(
      String unitId,
      String name,
      LocalDate deadline,
      Probability onTime,
      LocalDate median,
      LocalDate p80,
      LocalDate p95) {}

  /**
   * @param plan the plan
   * @param ready {@code ready[sample][unit]}, days from the epoch
   * @param seed the master seed
   * @return the statistics
   */
  public static Readiness of(final FormationPlan plan, final int[][] ready, final long seed) {
    final int n = ready.length;
    final List<UnitReadiness> units = new ArrayList<>();
    final boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    final int[] last = new int[n];
    for (int i = 0; i < n; i++) {
      for (int d : ready[i]) {
        last[i] = Math.max(last[i], d);
      }
    }
    Arrays.sort(last);
    for (int u = 0; u < plan.units().size(); u++) {
      final FormingUnit unit = plan.units().get(u);
      final int deadline = plan.day(unit.deadline());
      final int[] days = new int[n];
      int ok = 0;
      for (int i = 0; i < n; i++) {
        days[i] = ready[i][u];
        if (days[i] <= deadline) {
          ok++;
        } else {
          all[i] = false;
        }
      }
      Arrays.sort(days);
      units.add(
          new UnitReadiness(
              unit.id(),
              unit.name(),
              unit.deadline(),
              Probability.wilson(ok, n, Z95),
              date(plan, days, 0.5),
              date(plan, days, 0.8),
              date(plan, days, 0.95)));
    }
    int ok = 0;
    for (boolean b : all) {
      ok += b ? 1 : 0;
    }
    return new Readiness(n, seed, units, Probability.wilson(ok, n, Z95), all, last, plan.start());
  }

  /** Nearest-rank quantile: the smallest day at least a share q of the samples reach. */
  private static LocalDate date(final FormationPlan plan, final int[] sorted, final double q) {
    final int k = Math.max(0, (int) Math.ceil(q * sorted.length) - 1);
    final int d = sorted[k];
    return d >= ReadinessSimulator.NEVER ? null : plan.date(d);
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Readiness r
        && r.samples == samples
        && r.seed == seed
        && r.units.equals(units)
        && r.all.equals(all)
        && Arrays.equals(r.onTime, onTime)
        && Arrays.equals(r.lastReady, lastReady)
        && r.epoch.equals(epoch);
  }

  @Override
  public int hashCode() {
    return 31 * units.hashCode() + Arrays.hashCode(onTime);
  }

  @Override
  public String toString() {
    return "Readiness[samples=" + samples + ", seed=" + seed + ", all=" + all + "]";
  }
}
