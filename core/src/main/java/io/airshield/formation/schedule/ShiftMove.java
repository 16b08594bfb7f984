package io.airshield.formation.schedule;

/**
 * The shift move on a precedence-feasible activity list, shared by the schedule searches: the
 * activity at position i may go anywhere between its last direct predecessor and its first direct
 * successor in the list, and the list stays precedence-feasible. A generalisation of Hartmann's
 * adjacent swap that can carry an activity across a long stretch of unrelated ones in one step (the
 * shift move of Boctor's and Valls' local searches). Each search draws the new position its own
 * way; this class finds the window and makes the move.
 */
final class ShiftMove {
  private ShiftMove() {}

  /**
   * @return the lowest position the activity at position i can take
   */
  static int lowest(final Model m, final int[] list, final int i) {
    final int j = list[i];
    int lo = i;
    while (lo > 0 && !precedes(m, list[lo - 1], j)) {
      lo--;
    }
    return lo;
  }

  /**
   * @return the highest position the activity at position i can take
   */
  static int highest(final Model m, final int[] list, final int i) {
    final int j = list[i];
    int hi = i;
    while (hi + 1 < list.length && !precedes(m, j, list[hi + 1])) {
      hi++;
    }
    return hi;
  }

  /** Moves the activity at position i to position to, the ones between moving one place. */
  static void move(final int[] list, final int i, final int to) {
    final int j = list[i];
    if (to < i) {
      System.arraycopy(list, to, list, to + 1, i - to);
    } else if (to > i) {
      System.arraycopy(list, i + 1, list, i, to - i);
    }
    list[to] = j;
  }

  /** Whether a is a direct predecessor of b. */
  private static boolean precedes(final Model m, final int a, final int b) {
    for (final int s : m.succ[a]) {
      if (s == b) {
        return true;
      }
    }
    return false;
  }
}
