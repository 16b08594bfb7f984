package io.airshield.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.engine.Rng;
import org.junit.jupiter.api.Test;

/** The model's mechanisms against their closed forms. */
class ClosedFormTest {
  /**
   * A raid of n aircraft passing k layers, each killing each aircraft independently with p_i, loses
   * a Binomial(n, 1 - prod(1 - p_i)) number (Przemieniecki, Mathematical Methods in Defense
   * Analyses, ch. 4). Drawn layer by layer as the model does, the losses' distribution must match:
   * compared by a chi-square test at the 0.1% level.
   */
  @Test
  void layeredDefenceLossesAreBinomial() {
    final int n = 8;
    final double[] p = {0.05, 0.12, 0.2};
    final double q = 1 - AirDefenceMath.layeredSurvival(p);
    final Rng r = new Rng(3, 0, 0);
    final int trials = 100_000;
    final long[] counts = new long[n + 1];
    for (int t = 0; t < trials; t++) {
      int alive = n;
      for (double pi : p) {
        alive -= r.binomial(alive, pi);
      }
      counts[n - alive]++;
    }
    double chi2 = 0;
    int cells = 0;
    for (int k = 0; k <= n; k++) {
      final double expected = trials * binomialPmf(n, k, q);
      if (expected < 5) {
        continue;
      }
      chi2 += (counts[k] - expected) * (counts[k] - expected) / expected;
      cells++;
    }
    // chi-square 0.999 quantile for up to 8 degrees of freedom is 26.1
    assertThat(cells).isGreaterThanOrEqualTo(6);
    assertThat(chi2).isLessThan(26.1);
  }

  /**
   * Rounds-per-kill: when lambda kills are expected among n aircraft, each falls with 1 -
   * exp(-lambda/n); the expected kills tend to lambda as lambda/n shrinks.
   */
  @Test
  void roundsPerKillTendsToLambda() {
    assertThat(8 * AirDefenceMath.killProbability(0.08, 8)).isBetween(0.0795, 0.08);
    assertThat(AirDefenceMath.killProbability(0, 8)).isZero();
    assertThat(AirDefenceMath.killProbability(1e9, 8)).isEqualTo(1.0);
  }

  /**
   * A stochastic duel: per duel, the first side wins with scale * a / (a + b) and loses with scale
   * * b / (a + b); checked within five standard errors over 200,000 duels. Over many duels the
   * exchange ratio is a / b, the ratio of Lanchester's square-law coefficients.
   */
  @Test
  void duelFrequenciesAndLanchesterExchangeRatio() {
    final Rng r = new Rng(9, 0, 0);
    final double a = 1.0;
    final double b = 0.6;
    final double scale = 0.08;
    final int n = 200_000;
    int won = 0;
    int lost = 0;
    for (int i = 0; i < n; i++) {
      final int res = AirDefenceMath.duel(r.nextDouble(), a, b, scale);
      if (res == AirDefenceMath.DUEL_WON) {
        won++;
      } else if (res == AirDefenceMath.DUEL_LOST) {
        lost++;
      }
    }
    final double pw = scale * a / (a + b);
    final double pl = scale * b / (a + b);
    assertThat((double) won / n)
        .isCloseTo(pw, org.assertj.core.api.Assertions.within(5 * Math.sqrt(pw * (1 - pw) / n)));
    assertThat((double) lost / n)
        .isCloseTo(pl, org.assertj.core.api.Assertions.within(5 * Math.sqrt(pl * (1 - pl) / n)));
    assertThat((double) won / lost).isCloseTo(a / b, org.assertj.core.api.Assertions.within(0.05));
  }

  /**
   * Searchlights: n lights each picking the raid up with p hold it with 1 - (1 - p)^n; an absent AA
   * unit's lights count for nothing, a doubled unit's twice.
   */
  @Test
  void searchlightsHoldWithOneMinusTheProductOfMisses() {
    final int[] lights = {0, 4, 1, 6};
    assertThat(AirDefenceMath.searchlightHold(0.2, lights, new double[] {1, 1}))
        .isCloseTo(1 - Math.pow(0.8, 10), org.assertj.core.api.Assertions.within(1e-15));
    assertThat(AirDefenceMath.searchlightHold(0.2, lights, new double[] {0, 1}))
        .isCloseTo(1 - Math.pow(0.8, 6), org.assertj.core.api.Assertions.within(1e-15));
    assertThat(AirDefenceMath.searchlightHold(0.2, lights, new double[] {2, 0}))
        .isCloseTo(1 - Math.pow(0.8, 8), org.assertj.core.api.Assertions.within(1e-15));
    assertThat(AirDefenceMath.searchlightHold(0.2, new int[0], new double[0])).isZero();
  }

  /** Rounds per kill: 4 guns of 2 rounds/s for 30 s, firing half the time, 600 rounds a kill. */
  @Test
  void aaExpectedKillsAreRoundsFiredOverRoundsPerKill() {
    assertThat(AirDefenceMath.aaExpectedKills(4, 2, 30, 0.5, 600)).isEqualTo(0.2);
    assertThat(AirDefenceMath.aaExpectedKills(0, 2, 30, 0.5, 600)).isZero();
  }

  @Test
  void radarHorizonFollowsTheFourThirdsEarthRule() {
    // 30 m antenna, 4,000 m target: 4.12 * (5.48 + 63.25) = 283 km
    assertThat(Geodesy.radarHorizonM(30, 4000)).isBetween(283_000.0, 283_300.0);
  }

  private static double binomialPmf(final int n, final int k, final double p) {
    double c = 1;
    for (int i = 0; i < k; i++) {
      c = c * (n - i) / (i + 1);
    }
    return c * Math.pow(p, k) * Math.pow(1 - p, n - k);
  }
}
