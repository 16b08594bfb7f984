package io.airshield.campaign;

import io.airshield.domain.Scenario;
import io.airshield.montecarlo.Estimate;
import io.airshield.montecarlo.Statistics;

/** Compares two variants of a scenario with common random numbers: the paired difference. */
final class Paired {
  private Paired() {}

  /**
   * @param a the base variant
   * @param b the changed variant (same layout of targets and lines)
   * @param slotA slot to compare, in a's layout
   * @param slotB the same slot in b's layout
   * @param reps replications
   * @return the mean of b - a with its 95% interval
   */
  static Estimate difference(
      final Scenario a, final Scenario b, final int slotA, final int slotB, final int reps) {
    final Theatre ta = new Theatre(a);
    final Theatre tb = new Theatre(b);
    final Replication ra = new Replication(ta, new GreedyAllocator());
    final Replication rb = new Replication(tb, new GreedyAllocator());
    final double[] xa = new double[ta.metrics().size()];
    final double[] xb = new double[tb.metrics().size()];
    final Statistics d = new Statistics(1, new int[0], new double[0], new double[0], new int[0][]);
    final double[] diff = new double[1];
    for (int r = 0; r < reps; r++) {
      ra.run(42, r, xa);
      rb.run(42, r, xb);
      diff[0] = xb[slotB] - xa[slotA];
      d.add(diff);
    }
    return d.estimate(0);
  }

  static Estimate difference(final Scenario a, final Scenario b, final int slot, final int reps) {
    return difference(a, b, slot, slot, reps);
  }
}
