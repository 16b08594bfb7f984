package io.airshield.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatisticsTest {
  @Test
  void streamingMomentsMatchTwoPassValues() {
    final Statistics s =
        new Statistics(2, new int[] {0}, new double[] {0}, new double[] {10}, new int[][] {{0, 1}});
    final SplittableRandom r = new SplittableRandom(1);
    final double[] xs = new double[5000];
    final double[] ys = new double[5000];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = 5 + r.nextGaussian();
      ys[i] = 2 + 0.5 * r.nextGaussian();
      s.add(new double[] {xs[i], ys[i]});
    }
    double mx = 0;
    for (double x : xs) {
      mx += x;
    }
    mx /= xs.length;
    double v = 0;
    for (double x : xs) {
      v += (x - mx) * (x - mx);
    }
    v /= xs.length - 1;
    assertThat(s.estimate(0).mean()).isCloseTo(mx, within(1e-12));
    assertThat(s.estimate(0).sd()).isCloseTo(Math.sqrt(v), within(1e-10));
    assertThat(s.quantile(0, 0.5)).isCloseTo(5, within(0.06));
    final Estimate ratio = s.ratio(0);
    assertThat(ratio.mean()).isCloseTo(2.5, within(0.02));
    assertThat(ratio.low()).isLessThan(ratio.mean());
    assertThat(ratio.high()).isGreaterThan(ratio.mean());
  }

  @Test
  void confidenceIntervalsCoverTheTrueMeanAboutNinetyFivePercentOfTheTime() {
    final SplittableRandom r = new SplittableRandom(2);
    int covered = 0;
    final int trials = 2000;
    for (int t = 0; t < trials; t++) {
      final Statistics s =
          new Statistics(1, new int[0], new double[0], new double[0], new int[0][]);
      for (int i = 0; i < 10; i++) {
        s.add(new double[] {r.nextGaussian()});
      }
      final Estimate e = s.estimate(0);
      if (e.low() <= 0 && 0 <= e.high()) {
        covered++;
      }
    }
    // binomial(2000, 0.95): mean 1900, sd 9.7
    assertThat(covered).isBetween(1860, 1940);
  }

  @Test
  void studentQuantiles() {
    assertThat(StudentT.q975(1)).isEqualTo(12.706);
    assertThat(StudentT.q975(30)).isEqualTo(2.042);
    assertThat(StudentT.q975(120)).isCloseTo(1.980, within(0.001));
    assertThat(StudentT.q975(100_000)).isCloseTo(1.960, within(0.001));
  }
}
