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
 * <p>Deterministic; one instance per search (or per solver, {@link #reset} between problems), its
 * scratch arrays reused: O(weapons log units + targets) a crossing, and no allocation when the
 * child goes to the caller's array.
 */
final class PartitionCrossover {
  private WtaProblem problem;
  private int n;
  private int t;
  private int[] type = new int[0];

  // scratch, reused by every crossing: per target, per weapon, per unit of one type
  private int[] parent = new int[0];
  private boolean[] touched = new boolean[0];
  private double[] qa = new double[0];
  private double[] qb = new double[0];
  private double[] delta = new double[0];
  private boolean[] moved = new boolean[0];
  private int[] rootOfType = new int[0];
  private int[] sa = new int[0];
  private int[] sb = new int[0];
  private int[] from = new int[0];
  private int[] to = new int[0];

  /** An empty crossover, for {@link #reset}. */
  PartitionCrossover() {}

  /**
   * @param problem the problem (weapons grouped by type, as {@link WtaProblem#weaponTypes()})
   */
  PartitionCrossover(final WtaProblem problem) {
    reset(problem);
  }

  /**
   * Makes this the crossover of {@code problem}, its arrays grown if they are too small and kept
   * otherwise (issue 15: a solver that reuses it allocates nothing once they have grown).
   *
   * @param p the problem (weapons grouped by type, as {@link WtaProblem#weaponTypes()})
   */
  void reset(final WtaProblem p) {
    this.problem = p;
    this.t = p.targetCount();
    this.n = p.weaponCount();
    int most = 0;
    for (int i = 0; i < p.typeCount(); i++) {
      most = Math.max(most, p.units(i));
    }
    if (parent.length < t) {
      parent = new int[t];
      touched = new boolean[t];
      qa = new double[t];
      qb = new double[t];
      delta = new double[t];
    }
    if (type.length < n) {
      type = new int[n];
      moved = new boolean[n];
      rootOfType = new int[n];
    }
    if (sa.length < most) {
      sa = new int[most];
      sb = new int[most];
      from = new int[most];
      to = new int[most];
    }
    int w = 0;
    for (int i = 0; i < p.typeCount(); i++) {
      for (int u = p.units(i); u > 0; u--) {
        type[w++] = i;
      }
    }
  }

  /**
   * @param a a complete assignment, the base of the child
   * @param b another complete assignment
   * @return {@code a} with {@code b}'s placements on every part of their difference where {@code b}
   *     leaves less surviving value, or null when there is no such part (the child would be {@code
   *     a})
   */
  int[] cross(final int[] a, final int[] b) {
    final int[] child = new int[n];
    return cross(a, b, child) ? child : null;
  }

  /**
   * As {@link #cross(int[], int[])}, into an array of the caller's.
   *
   * @param a a complete assignment, the base of the child
   * @param b another complete assignment
   * @param child receives the child when there is one (at least weapons long; may be neither
   *     parent)
   * @return whether there is a child better than {@code a}
   */
  boolean cross(final int[] a, final int[] b, final int[] child) {
    for (int j = 0; j < t; j++) {
      parent[j] = j;
    }
    Arrays.fill(touched, 0, t, false);
    Arrays.fill(moved, 0, n, false);
    Arrays.fill(rootOfType, 0, n, -1);
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
      return false;
    }
    // each part's change in surviving value if b's placements are taken on it
    Arrays.fill(qa, 0, t, 1.0);
    Arrays.fill(qb, 0, t, 1.0);
    for (int w = 0; w < n; w++) {
      qa[a[w]] *= 1.0 - problem.kill(type[w], a[w]);
      final int j = moved[w] ? b[w] : a[w];
      qb[j] *= 1.0 - problem.kill(type[w], j);
    }
    Arrays.fill(delta, 0, t, 0.0);
    for (int j = 0; j < t; j++) {
      if (touched[j]) {
        delta[find(parent, j)] += problem.value(j) * (qb[j] - qa[j]);
      }
    }
    boolean made = false;
    for (int w = 0; w < n; w++) {
      if (rootOfType[w] >= 0 && delta[find(parent, rootOfType[w])] < 0) {
        if (!made) {
          System.arraycopy(a, 0, child, 0, n);
          made = true;
        }
        for (int u = w; u < n && type[u] == type[w]; u++) {
          child[u] = b[u];
        }
      }
    }
    return made;
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
