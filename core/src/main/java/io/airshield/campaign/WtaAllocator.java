package io.airshield.campaign;

import io.airshield.allocate.SmallWtaWorkspace;
import io.airshield.allocate.WtaSolver;

/**
 * The command post's assignment solved by the same weapon-target assignment solver as {@code
 * airshield wta}: flights of one unit that stand in the same place are identical weapons and are
 * grouped into one weapon type, small decisions are solved exactly by enumeration (in a reused
 * workspace, {@link SmallWtaWorkspace}, so that they allocate nothing), larger ones by the solver's
 * iterated local search on a small, fixed budget (a command post decides in minutes, not hours; the
 * budget is a count, so the result is deterministic).
 *
 * <p>Two cases need no search: against a single raid the best flights to send are those with the
 * highest kill probabilities (sending more never raises the surviving value); a single flight goes
 * where value times probability is largest. When the solver sends more flights than the post has
 * free channels, the flights whose recall raises the expected surviving value least are recalled
 * one by one (greedy removal).
 */
public final class WtaAllocator implements Allocator {
  /** Search rounds for a decision too large to enumerate. */
  public static final long ROUNDS = 8;

  /** Largest search space solved exactly. */
  public static final long EXACT_LIMIT = 20_000;

  private final WtaSolver solver = new WtaSolver(new WtaSolver.Options(ROUNDS, 1, EXACT_LIMIT));

  /** The enumeration's arrays, reused so that an exactly solved decision allocates nothing. */
  private final SmallWtaWorkspace workspace = new SmallWtaWorkspace();

  @Override
  public void assign(
      final int weapons,
      final int targets,
      final double[] value,
      final double[] p,
      final int maxAssignments,
      final int[] assignment) {
    if (targets == 1 || weapons == 1) {
      small(weapons, targets, value, p, maxAssignments, assignment);
      return;
    }
    solve(weapons, targets, value, p, assignment);
    int sent = 0;
    for (int k = 0; k < weapons; k++) {
      if (assignment[k] >= 0) {
        sent++;
      }
    }
    while (sent > Math.max(0, maxAssignments)) {
      // recall the flight whose absence costs least
      int worst = -1;
      double least = Double.MAX_VALUE;
      for (int k = 0; k < weapons; k++) {
        final int j = assignment[k];
        if (j < 0) {
          continue;
        }
        double others = value[j];
        for (int q = 0; q < weapons; q++) {
          if (q != k && assignment[q] == j) {
            others *= 1 - p[q * targets + j];
          }
        }
        final double cost = others * p[k * targets + j];
        if (cost < least) {
          least = cost;
          worst = k;
        }
      }
      assignment[worst] = -1;
      sent--;
    }
  }

  /** One raid, or one flight: the optimum without search. */
  private static void small(
      final int weapons,
      final int targets,
      final double[] value,
      final double[] p,
      final int maxAssignments,
      final int[] assignment) {
    for (int k = 0; k < weapons; k++) {
      assignment[k] = -1;
    }
    if (weapons == 1) {
      int best = -1;
      double gain = 0;
      for (int j = 0; j < targets; j++) {
        final double g = value[j] * p[j];
        if (g > gain) {
          gain = g;
          best = j;
        }
      }
      assignment[0] = maxAssignments > 0 ? best : -1;
      return;
    }
    // a single raid: the flights with the highest probabilities, ties to the lower index; when
    // every flight that can make contact may go, that is all of them, found in one pass
    int able = 0;
    for (int k = 0; k < weapons; k++) {
      if (p[k] > 0) {
        able++;
      }
    }
    if (able <= maxAssignments) {
      if (value[0] > 0) {
        for (int k = 0; k < weapons; k++) {
          if (p[k] > 0) {
            assignment[k] = 0;
          }
        }
      }
      return;
    }
    for (int n = 0; n < maxAssignments; n++) {
      int best = -1;
      for (int k = 0; k < weapons; k++) {
        if (assignment[k] < 0 && p[k] > 0 && (best < 0 || p[k] > p[best])) {
          best = k;
        }
      }
      if (best < 0 || value[0] <= 0) {
        return;
      }
      assignment[best] = 0;
    }
  }

  private void solve(
      final int weapons,
      final int targets,
      final double[] value,
      final double[] p,
      final int[] assignment) {
    if (workspace.load(weapons, targets, value, p) <= EXACT_LIMIT) {
      workspace.solve(assignment);
      return;
    }
    // too large to enumerate: the solver's search, on the types the workspace grouped
    final int[] a = solver.solve(workspace.problem()).assignment();
    System.arraycopy(a, 0, assignment, 0, weapons);
  }
}
