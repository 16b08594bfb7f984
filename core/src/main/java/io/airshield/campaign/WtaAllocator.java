package io.airshield.campaign;

import io.airshield.allocate.WtaProblem;
import io.airshield.allocate.WtaSolution;
import io.airshield.allocate.WtaSolver;
import java.util.Arrays;

/**
 * The command post's assignment solved by the same weapon-target assignment solver as
 * {@code airshield wta}: flights of one unit that stand in the same place are identical weapons
 * and are grouped into one weapon type, small decisions are solved exactly by enumeration,
 * larger ones by the solver's iterated local search on a small, fixed budget (a command post
 * decides in minutes, not hours; the budget is a count, so the result is deterministic).
 */
public final class WtaAllocator implements Allocator {
  /** Search rounds for a decision too large to enumerate. */
  public static final long ROUNDS = 8;
  /** Largest search space solved exactly. */
  public static final long EXACT_LIMIT = 20_000;

  private final WtaSolver solver = new WtaSolver(
      new WtaSolver.Options(ROUNDS, 1, EXACT_LIMIT));

  @Override
  public void assign(final int weapons, final int targets, final double[] value,
      final double[] p, final int[] assignment) {
    // group consecutive flights whose rows are equal into one type
    final int[] typeOf = new int[weapons];
    int types = 0;
    for (int k = 0; k < weapons; k++) {
      if (k > 0 && sameRow(p, k - 1, k, targets)) {
        typeOf[k] = types - 1;
      } else {
        typeOf[k] = types++;
      }
    }
    final double[][] kill = new double[types][targets];
    final int[] units = new int[types];
    for (int k = 0; k < weapons; k++) {
      final int ty = typeOf[k];
      if (units[ty]++ == 0) {
        for (int j = 0; j < targets; j++) {
          kill[ty][j] = Math.min(1, Math.max(0, p[k * targets + j]));
        }
      }
    }
    final WtaProblem problem = WtaProblem.ofTypes(Arrays.copyOf(value, targets), kill, units)
        .withAllowUnassigned(true);
    final WtaSolution s = solver.solve(problem);
    final int[] a = s.assignment();
    for (int k = 0; k < weapons; k++) {
      assignment[k] = a[k];
    }
  }

  private static boolean sameRow(final double[] p, final int a, final int b, final int t) {
    for (int j = 0; j < t; j++) {
      if (p[a * t + j] != p[b * t + j]) {
        return false;
      }
    }
    return true;
  }
}
