package io.airshield.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/**
 * Robustness on a synthetic pool whose best plan flips at a known factor value: plan A's objective
 * grows with factor 0 and beats plan B's constant above 0.3; factor 1 is noise.
 */
class RobustnessTest {

  @Test
  void theFlipIsFoundAtTheKnownValue() {
    final Design d = Design.lhs(2, 200, 5);
    final double[][] x = d.points();
    final double[][] obj = new double[x.length][2];
    final double[] zone = new double[x.length];
    for (int p = 0; p < x.length; p++) {
      obj[p][0] = 10 * x[p][0] + 2; // plan A: best when x0 > 0.3
      obj[p][1] = 5 + 0.01 * x[p][1]; // plan B
      zone[p] = 0;
    }
    final Robustness.Result r = Robustness.analyse(x, obj, zone);
    assertThat(r.recommended()).isZero();
    final Robustness.PlanFigures a = r.plans().get(0);
    assertThat(a.shareBest()).isCloseTo(0.7, offset(0.01));
    // A's worst regret is at x0 = 0: 5 - 2
    assertThat(a.worstRegret()).isCloseTo(3, offset(0.1));
    assertThat(r.plans().get(1).worstRegret()).isCloseTo(7, offset(0.1));
    final Robustness.Flip f = r.flips().get(0);
    assertThat(f.factor()).isZero();
    assertThat(f.threshold()).isCloseTo(0.3, offset(0.01));
    assertThat(f.losesAbove()).isFalse();
    assertThat(f.accuracy()).isEqualTo(1.0);
    // the noise factor explains nothing beyond the majority
    assertThat(r.flips()).noneMatch(fl -> fl.factor() == 1 && fl.gain() > 0.1);
  }

  @Test
  void theIndifferenceZoneSharesTheBest() {
    final double[][] x = {{0}, {0.5}, {1}};
    final double[][] obj = {{10, 9.9}, {10, 9.95}, {10, 10.5}};
    final Robustness.Result r = Robustness.analyse(x, obj, new double[] {0.2, 0.2, 0.2});
    // plan 1 is within 0.2 of the best at the first two points and best at the third
    assertThat(r.plans().get(1).shareBest()).isEqualTo(1.0);
    assertThat(r.plans().get(0).shareBest()).isCloseTo(2 / 3.0, offset(1e-12));
    assertThat(r.recommended()).isEqualTo(1);
  }
}
