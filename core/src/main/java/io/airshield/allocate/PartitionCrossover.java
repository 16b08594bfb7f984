package io.airshield.allocate;

import java.util.Arrays;

/**
 * Partition crossover for weapon-target assignments: of two assignments, the best child that takes
 * each independent part of their difference from one parent or the other, found exactly in linear
 * time.
 *
 * <p>After the partition crossover of Whitley, Hains and Howe for the travelling salesman
 * ("Tunneling between optima: partition crossover for the traveling salesman problem", GECCO 2009):
 * where two good solutions differ, the difference often falls into parts that do not touch each
 * other, and then each part can be taken from the better parent on its own. Here the difference is
 * a set of moved units: for each weapon type, the targets it engages in one parent and not in the
 * other (as multisets, since units of a type are identical), paired in order, each pair one unit
 * moving from a target of {@code a} to a target of {@code b}. Targets joined by moved units form
 * the parts (a type's moved units always fall in one part, so a type is taken whole from one
 * parent). Two parts share no target, so the objective is a sum over parts, and the best child
 * takes every part in which {@code b} is better. The child is never worse than {@code a}.
 *
 * <p>Deterministic and allocation-light: O(weapons log units + targets).
 */
final class PartitionCrossover {
  private PartitionCrossover() {}

  /**
   * @param problem the problem (weapons grouped by type, as {@link WtaProblem#weaponTypes()})
   * @param a a complete assignment, the base of the child
   * @param b another complete assignment
   * @return {@code a} with {@code b}'s placements on every part of their difference where {@code b}
   *     leaves less surviving value
   */
  static int[] cross(final WtaProblem problem, final int[] a, final int[] b) {
    final int n = a.length;
    final int t = problem.targetCount();
    final int[] type = problem.weaponTypes();
    final int[] parent = new int[t];
    for (int j = 0; j < t; j++) {
      parent[j] = j;
    }
    final boolean[] moved = new boolean[n];
    final boolean[] touched = new boolean[t];
    final int[] rootOfType = new int[n];
    Arrays.fill(rootOfType, -1);
    boolean any = false;
    for (int w = 0; w < n; ) {
      int e = w;
      while (e < n && type[e] == type[w]) {
        e++;
      }
      final int[] sa = Arrays.copyOfRange(a, w, e);
      final int[] sb = Arrays.copyOfRange(b, w, e);
      Arrays.sort(sa);
      Arrays.sort(sb);
      // the multiset differences, paired in order: the m-th unit only in a moves to the m-th
      // target only in b
      int i = 0;
      int k = 0;
      int na = 0;
      int nb = 0;
      final int[] from = new int[e - w];
      final int[] to = new int[e - w];
      while (i < sa.length || k < sb.length) {
        if (k >= sb.length || i < sa.length && sa[i] < sb[k]) {
          from[na++] = sa[i++];
        } else if (i >= sa.length || sb[k] < sa[i]) {
          to[nb++] = sb[k++];
        } else {
          i++;
          k++;
        }
      }
      final int first = na > 0 ? from[0] : -1;
      for (int m = 0; m < na; m++) {
        union(parent, first, from[m]);
        union(parent, from[m], to[m]);
        touched[from[m]] = true;
        touched[to[m]] = true;
      }
      if (first >= 0) {
        any = true;
        for (int u = w; u < e; u++) {
          moved[u] = true;
        }
        rootOfType[w] = first;
      }
      w = e;
    }
    if (!any) {
      return a.clone();
    }
    // each part's change in surviving value if b's placements are taken on it
    final double[] qa = new double[t];
    final double[] qb = new double[t];
    Arrays.fill(qa, 1.0);
    Arrays.fill(qb, 1.0);
    for (int w = 0; w < n; w++) {
      qa[a[w]] *= 1.0 - problem.kill(type[w], a[w]);
      final int j = moved[w] ? b[w] : a[w];
      qb[j] *= 1.0 - problem.kill(type[w], j);
    }
    final double[] delta = new double[t];
    for (int j = 0; j < t; j++) {
      if (touched[j]) {
        delta[find(parent, j)] += problem.value(j) * (qb[j] - qa[j]);
      }
    }
    final int[] child = a.clone();
    for (int w = 0; w < n; w++) {
      if (rootOfType[w] >= 0 && delta[find(parent, rootOfType[w])] < 0) {
        for (int u = w; u < n && type[u] == type[w]; u++) {
          child[u] = b[u];
        }
      }
    }
    return child;
  }

  private static int find(final int[] parent, final int x) {
    int r = x;
    while (parent[r] != r) {
      parent[r] = parent[parent[r]];
      r = parent[r];
    }
    return r;
  }

  private static void union(final int[] parent, final int x, final int y) {
    final int rx = find(parent, x);
    final int ry = find(parent, y);
    if (rx != ry) {
      parent[ry] = rx;
    }
  }
}
