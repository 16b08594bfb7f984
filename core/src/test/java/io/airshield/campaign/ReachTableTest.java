package io.airshield.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The record search against the plain walk along the route it replaces. */
class ReachTableTest {
  @Test
  void aRouteOutOfReachHasNoLastRecord() {
    final double n = Double.NEGATIVE_INFINITY;
    final ReachTable table = new ReachTable(new double[] {n, n, n, -300, 100, 50}, 3);
    assertThat(table.last(0)).isEqualTo(n);
    assertThat(table.first(0, -1e9)).isEqualTo(table.count(0)).isZero();
    assertThat(table.last(1)).isEqualTo(100);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void firstRecordIsTheFirstReachableSample(final long seed) {
    final SplittableRandom rng = new SplittableRandom(seed);
    final int width = 33;
    final int runs = 20;
    final double[] latest = new double[runs * width];
    for (int i = 0; i < latest.length; i++) {
      // a third of the samples out of reach, the rest with ties and both trends
      latest[i] =
          rng.nextInt(3) == 0 ? Double.NEGATIVE_INFINITY : rng.nextInt(40) * 100.0 - 2_000.0;
    }
    final ReachTable table = new ReachTable(latest, width);
    for (int ru = 0; ru < runs; ru++) {
      // a raid's lateness only grows
      for (double late = -2_500; late <= 2_500; late += rng.nextInt(1, 400)) {
        int expected = -1;
        for (int k = 0; k < width; k++) {
          if (late <= latest[ru * width + k]) {
            expected = k;
            break;
          }
        }
        assertThat(table.sample(ru, table.first(ru, late)))
            .as("run %d, lateness %s", ru, late)
            .isEqualTo(expected);
        // what a newly reported raid is settled by: beyond the last record, nothing is reachable
        assertThat(late > table.last(ru))
            .as("run %d, lateness %s", ru, late)
            .isEqualTo(expected < 0);
      }
    }
  }

  @Test
  void aWholeLatenessExceedsTheRoundedLimitExactlyWhenItExceedsTheLimit() {
    // Replication keeps each first look's limit as floorLimit(v) in an int: for every whole
    // lateness x (times are whole seconds below 2^31) x > v must hold exactly when x > floorLimit
    final SplittableRandom r = new SplittableRandom(29);
    final double[] edges = {
      0,
      -0.0,
      0.5,
      -0.5,
      1,
      -1,
      1e-12,
      -1e-12,
      86_399.999,
      -86_400.0001,
      3.2e9,
      -3.2e9,
      1e300,
      -1e300
    };
    for (int k = 0; k < 20_000; k++) {
      final double v =
          k < edges.length
              ? edges[k]
              : switch (k % 3) {
                case 0 -> r.nextDouble(-4e6, 4e6);
                case 1 -> Math.rint(r.nextDouble(-4e6, 4e6));
                default -> Math.rint(r.nextDouble(-4e6, 4e6)) + (r.nextBoolean() ? 1e-9 : -1e-9);
              };
      final long base = (long) Math.max(-(1L << 31) + 2, Math.min((1L << 31) - 2, Math.floor(v)));
      // a lateness lies within +-(2^31 - 2) s: the queue's times are below 2^31 - 1
      final long top = (1L << 31) - 2;
      for (long x = Math.max(-top, base - 2); x <= Math.min(top, base + 2); x++) {
        assertThat(x > Replication.floorLimit(v)).as("x %d v %s", x, v).isEqualTo(x > v);
      }
    }
  }
}
