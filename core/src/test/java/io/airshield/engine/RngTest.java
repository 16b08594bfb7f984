package io.airshield.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RngTest {
  @Test
  void sameStreamSameDraws() {
    final Rng a = new Rng(7, 3, 2);
    final Rng b = new Rng(7, 3, 2);
    for (int i = 0; i < 1000; i++) {
      assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }
  }

  @Test
  void streamsOfOtherPurposesOrReplicationsDiffer() {
    final long x = new Rng(7, 3, 2).nextLong();
    assertThat(new Rng(7, 3, 1).nextLong()).isNotEqualTo(x);
    assertThat(new Rng(7, 4, 2).nextLong()).isNotEqualTo(x);
    assertThat(new Rng(8, 3, 2).nextLong()).isNotEqualTo(x);
  }

  @Test
  void reseedRestartsTheStream() {
    final Rng a = new Rng(1, 1, 1);
    final long first = a.nextLong();
    a.nextLong();
    a.reseed(1, 1, 1);
    assertThat(a.nextLong()).isEqualTo(first);
  }

  @Test
  void distributionsHaveTheirMeans() {
    final Rng r = new Rng(11, 0, 0);
    final int n = 200_000;
    double u = 0;
    double e = 0;
    double p = 0;
    double b = 0;
    double g = 0;
    double bigP = 0;
    for (int i = 0; i < n; i++) {
      u += r.nextDouble();
      e += r.exponential(3);
      p += r.poisson(4.5);
      b += r.binomial(10, 0.3);
      g += r.gamma4(2);
      bigP += r.poisson(800);
    }
    // tolerances are about 5 standard errors
    assertThat(u / n).isCloseTo(0.5, within(0.0035));
    assertThat(e / n).isCloseTo(3, within(0.035));
    assertThat(p / n).isCloseTo(4.5, within(0.025));
    assertThat(b / n).isCloseTo(3, within(0.016));
    assertThat(g / n).isCloseTo(2, within(0.012));
    assertThat(bigP / n).isCloseTo(800, within(0.35));
  }

  @Test
  void nextIntIsUniform() {
    final Rng r = new Rng(5, 0, 0);
    final int[] c = new int[7];
    for (int i = 0; i < 70_000; i++) {
      c[r.nextInt(7)]++;
    }
    for (int k : c) {
      assertThat(k).isBetween(9_500, 10_500);
    }
  }

  @Test
  void binomialCountsTheSameDrawsAsBernoulliTrials() {
    // the branch-free count must agree with nextDouble() < p draw for draw, also where p 2^53 is
    // an integer (p a multiple of 2^-53) and at the edges of the interval
    final double[] ps = {
      1e-300, 0x1.0p-53, 0x1.8p-52, 1e-9, 0.1, 0.25, 0.3, 0.5, 0.7, 0.9, 1 - 0x1.0p-53, 1 - 1e-12
    };
    final Rng seeds = new Rng(17, 0, 0);
    for (final double p : ps) {
      for (int trial = 0; trial < 200; trial++) {
        final long rep = seeds.nextLong();
        final int n = 1 + seeds.nextInt(60);
        final Rng a = new Rng(3, rep, 9);
        final Rng b = new Rng(3, rep, 9);
        int k = 0;
        for (int i = 0; i < n; i++) {
          if (b.nextDouble() < p) {
            k++;
          }
        }
        assertThat(a.binomial(n, p)).as("p %s n %d", p, n).isEqualTo(k);
        assertThat(a.nextLong()).isEqualTo(b.nextLong());
      }
    }
  }

  @Test
  void binomialAtTheThresholdOfOneDraw() {
    // a draw whose top 53 bits are exactly x is counted for p just above x 2^-53, not at it
    final Rng probe = new Rng(5, 1, 2);
    final long x = probe.nextLong() >>> 11;
    final double at = x * 0x1.0p-53;
    assertThat(new Rng(5, 1, 2).binomial(1, at)).isZero();
    assertThat(new Rng(5, 1, 2).binomial(1, Math.nextUp(at))).isEqualTo(1);
  }
}
