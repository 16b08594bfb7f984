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
}
