package io.airshield.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.campaign.GreedyAllocator;
import io.airshield.campaign.Metric;
import io.airshield.campaign.Theatre;
import io.airshield.testdomain.TestScenarios;
import org.junit.jupiter.api.Test;

/** The same scenario and seed give the same statistics to the last bit on 1, 2 and 4 threads. */
class DeterminismTest {
  @Test
  void identicalForAnyThreadCount() {
    final Theatre th = new Theatre(TestScenarios.mini());
    final Statistics s1 = run(th, 1);
    final Statistics s2 = run(th, 2);
    final Statistics s4 = run(th, 4);
    for (int i = 0; i < th.metrics().size(); i++) {
      final double m1 = s1.estimate(i).mean();
      assertThat(Double.doubleToRawLongBits(s2.estimate(i).mean()))
          .as("slot %d", i)
          .isEqualTo(Double.doubleToRawLongBits(m1));
      assertThat(Double.doubleToRawLongBits(s4.estimate(i).mean()))
          .as("slot %d", i)
          .isEqualTo(Double.doubleToRawLongBits(m1));
      assertThat(Double.doubleToRawLongBits(s4.estimate(i).sd()))
          .isEqualTo(Double.doubleToRawLongBits(s1.estimate(i).sd()));
    }
    assertThat(s4.quantile(Metric.SUPPLY_TONS_PER_DAY.slot(), 0.5))
        .isEqualTo(s1.quantile(Metric.SUPPLY_TONS_PER_DAY.slot(), 0.5));
  }

  @Test
  void sequentialStoppingIsDeterministicToo() {
    final Theatre th = new Theatre(TestScenarios.mini());
    final MonteCarlo.Options o1 =
        new MonteCarlo.Options(3, 5000, 0.05, 32, 1, 8, Metric.SUPPLY_TONS_PER_DAY.slot());
    final MonteCarlo.Options o3 =
        new MonteCarlo.Options(3, 5000, 0.05, 32, 3, 8, Metric.SUPPLY_TONS_PER_DAY.slot());
    final MonteCarlo.Result a = MonteCarlo.run(th, GreedyAllocator::new, o1, null, null, null);
    final MonteCarlo.Result b = MonteCarlo.run(th, GreedyAllocator::new, o3, null, null, null);
    assertThat(a.precisionReached()).isTrue();
    assertThat(b.replications()).isEqualTo(a.replications());
    final Estimate e = a.statistics().estimate(Metric.SUPPLY_TONS_PER_DAY.slot());
    assertThat(e.halfWidth() / e.mean()).isLessThanOrEqualTo(0.05);
    assertThat(b.statistics().estimate(Metric.SUPPLY_TONS_PER_DAY.slot())).isEqualTo(e);
  }

  private static Statistics run(final Theatre th, final int threads) {
    return MonteCarlo.run(
            th, GreedyAllocator::new, MonteCarlo.Options.fixed(99, 100, threads), null, null, null)
        .statistics();
  }
}
