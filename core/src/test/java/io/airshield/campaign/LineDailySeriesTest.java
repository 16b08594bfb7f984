package io.airshield.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.airshield.testdomain.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * The daily series per line adds up: over the days, a line's tons are its campaign total; over the
 * lines, a day's tons are the day's supply; and the series' slots come after every older slot.
 */
class LineDailySeriesTest {
  @Test
  void eachLinesDailyTonsSumToItsTotalAndEachDaysToTheDaysSupply() {
    final Theatre th = new Theatre(TestScenarios.mini());
    final Metrics m = th.metrics();
    final Replication r = new Replication(th, new GreedyAllocator());
    final double[] out = new double[m.size()];
    boolean anyLoss = false;
    for (int k = 0; k < 20; k++) {
      r.run(11, k, out);
      for (int l = 0; l < th.lines; l++) {
        double sum = 0;
        for (int d = 0; d < th.days; d++) {
          final double tons = out[m.lineDayTons(l, d)];
          assertThat(tons).isBetween(0.0, th.lCapacity[l] + 1e-9);
          anyLoss |= tons < th.lCapacity[l] - 1e-9;
          sum += tons;
        }
        assertThat(sum).isCloseTo(out[m.lineTons(l)], within(1e-9 * (1 + sum)));
      }
      for (int d = 0; d < th.days; d++) {
        double sum = 0;
        for (int l = 0; l < th.lines; l++) {
          sum += out[m.lineDayTons(l, d)];
        }
        assertThat(sum).isCloseTo(out[m.daySupply(d)], within(1e-9 * (1 + sum)));
      }
    }
    // the raids close lines on some days: the series is not the capacity throughout
    assertThat(anyLoss).isTrue();
    assertThat(m.lineDaysStart()).isEqualTo(m.size() - th.lines * th.days);
    assertThat(m.lineDayTons(0, 0)).isEqualTo(m.lineDaysStart());
    assertThat(m.lineDaysStart()).isGreaterThan(m.missionEscortsLost(th.missions.count - 1));
  }
}
