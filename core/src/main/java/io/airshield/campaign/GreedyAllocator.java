package io.airshield.campaign;

/**
 * The classic greedy for weapon-target assignment: repeatedly give the flight-raid pair with the
 * largest decrease of expected surviving value. Optimal when every raid can take at most one
 * flight; within a few percent otherwise (den Broeder et al., 1959). Used when no better solver is
 * configured, and as the reference in tests.
 */
public final class GreedyAllocator implements Allocator {
  private double[] surviving = new double[0];

  @Override
  public void assign(
      final int weapons,
      final int targets,
      final double[] value,
      final double[] p,
      final int maxAssignments,
      final int[] assignment) {
    if (surviving.length < targets) {
      surviving = new double[targets];
    }
    System.arraycopy(value, 0, surviving, 0, targets);
    for (int k = 0; k < weapons; k++) {
      assignment[k] = -1;
    }
    for (int round = 0; round < Math.min(weapons, maxAssignments); round++) {
      double best = 1e-12;
      int bk = -1;
      int bj = -1;
      for (int k = 0; k < weapons; k++) {
        if (assignment[k] >= 0) {
          continue;
        }
        for (int j = 0; j < targets; j++) {
          final double gain = surviving[j] * p[k * targets + j];
          if (gain > best) {
            best = gain;
            bk = k;
            bj = j;
          }
        }
      }
      if (bk < 0) {
        return;
      }
      assignment[bk] = bj;
      surviving[bj] *= 1 - p[bk * targets + bj];
    }
  }
}
