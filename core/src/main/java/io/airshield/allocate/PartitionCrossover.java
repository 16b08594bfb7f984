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
 * <p>Deterministic; one instance per search, its scratch arrays reused: O(weapons log units +
 * targets) a crossing, and no allocation unless a child is made.
 */
final class PartitionCrossover {
  private final WtaProblem problem;
  private final int[] type;

  // scratch, reused by every crossing: per target, per weapon, per unit of one type
  private final int[] parent;
  private final boolean[] touched;
  private final double[] qa;
  private final double[] qb;
  private final double[] delta;
  private final boolean[] moved;
  private final int[] rootOfType;
  private final int[] sa;
  private final int[] sb;
  private final int[] from;
  private final int[] to;

  /**
   * @param problem the problem (weapons grouped by type, as {@link WtaProblem#weaponTypes()})
   */
  PartitionCrossover(final WtaProblem problem) {
    this.problem = problem;
    this.type = problem.weaponTypes();
    final int t = problem.targetCount();
    final int n = type.length;
    int most = 0;
    for (int i = 0; i < problem.typeCount(); i++) {
      most = Math.max(most, problem.units(i));
    }
    parent = new int[t];
    touched = new boolean[t];
    qa = new double[t];
    qb = new double[t];
    delta = new double[t];
    moved = new boolean[n];
    rootOfType = new int[n];
    sa = new int[most];
    sb = new int[most];
    from = new int[most];
    to = new int[most];
  }

  /**
   * @param a a complete assignment, the base of the child
   * @param b another complete assignment
   * @return {@code a} with {@code b}'s placements on every part of their difference where {@code b}
   *     leaves less surviving value, or null when there is no such part (the child would be {@code
   *     a})
   */
  int[] cross(final int[] a, final int[] b) {
    final int n = a.length;
    final int t = parent.length;
    for (int j = 0; j < t; j++) {
      parent[j] = j;
    }
    Arrays.fill(touched, false);
    Arrays.fill(moved, false);
    Arrays.fill(rootOfType, -1);
    boolean any = false;
    for (int w = 0; w < n; ) {
      int e = w;
      while (e < n && type[e] == type[w]) {
        e++;
      }
      final int size = e - w;
      System.arraycopy(a, w, sa, 0, size);
      System.arraycopy(b, w, sb, 0, size);
      Arrays.sort(sa, 0, size);
      Arrays.sort(sb, 0, size);
      // the multiset differences, paired in order: the m-th unit only in a moves to the m-th
      // target only in b
      int i = 0;
      int k = 0;
      int na = 0;
      int nb = 0;
      while (i < size || k < size) {
        if (k >= size || i < size && sa[i] < sb[k]) {
          from[na++] = sa[i++];
        } else if (i >= size || sb[k] < sa[i]) {
          to[nb++] = sb[k++];
        } else {
          i++;
          k++;
        }
      }
      if (na > 0) {
        any = true;
        for (int m = 0; m < na; m++) {
          union(parent, from[0], from[m]);
          union(parent, from[m], to[m]);
          touched[from[m]] = true;
          touched[to[m]] = true;
        }
        for (int u = w; u < e; u++) {
          moved[u] = true;
        }
        rootOfType[w] = from[0];
      }
      w = e;
    }
    if (!any) {
      return null;
    }
    // each part's change in surviving value if b's placements are taken on it
    Arrays.fill(qa, 1.0);
    Arrays.fill(qb, 1.0);
    for (int w = 0; w < n; w++) {
      qa[a[w]] *= 1.0 - problem.kill(type[w], a[w]);
      final int j = moved[w] ? b[w] : a[w];
      qb[j] *= 1.0 - problem.kill(type[w], j);
    }
    Arrays.fill(delta, 0.0);
    for (int j = 0; j < t; j++) {
      if (touched[j]) {
        delta[find(parent, j)] += problem.value(j) * (qb[j] - qa[j]);
      }
    }
    int[] child = null;
    for (int w = 0; w < n; w++) {
      if (rootOfType[w] >= 0 && delta[find(parent, rootOfType[w])] < 0) {
        if (child == null) {
          child = a.clone();
        }
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
