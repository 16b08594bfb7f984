package io.airshield.formation.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cliques of the incompatibility graph of a single-mode project: two activities are incompatible
 * when one precedes the other (transitively) or when their demands together exceed the largest
 * capacity some resource ever offers, so no schedule runs them in parallel. Greedy, heaviest first
 * from each activity, as in the node-packing bound of Mingozzi, Maniezzo, Ricciardelli and Bianco
 * (Management Science 44 (1998) 714-729).
 */
final class Cliques {
  private Cliques() {}

  /** Largest project for which cliques are built (the transitive closure is quadratic). */
  static final int MAX_N = 400;

  /** Most cliques kept, heaviest (total duration) first. */
  static final int MAX_CLIQUES = 20;

  /**
   * @return incompatibility bit matrix, row per activity
   */
  static long[][] incompatible(final Model m) {
    final int n = m.n;
    final int w = (n + 63) / 64;
    final long[][] reach = new long[n][w];
    for (int k = n - 1; k >= 0; k--) {
      final int j = m.topo[k];
      for (final int s : m.succ[j]) {
        reach[j][s >> 6] |= 1L << (s & 63);
        for (int x = 0; x < w; x++) {
          reach[j][x] |= reach[s][x];
        }
      }
    }
    final long[][] inc = new long[n][w];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        boolean x =
            (reach[i][j >> 6] >>> (j & 63) & 1L) != 0 || (reach[j][i >> 6] >>> (i & 63) & 1L) != 0;
        for (int r = 0; r < m.resources && !x; r++) {
          x = m.dem[i][0][r] + m.dem[j][0][r] > m.maxCap[r];
        }
        if (x) {
          inc[i][j >> 6] |= 1L << (j & 63);
        }
      }
    }
    return inc;
  }

  /**
   * @param dur duration of each activity
   * @return distinct cliques of at least two activities with no precedence between all of them (a
   *     pure chain is covered by the critical path already), as bit sets
   */
  static List<long[]> of(final Model m, final int[] dur) {
    final int n = m.n;
    final List<long[]> out = new ArrayList<>();
    if (n > MAX_N || n < 2) {
      return out;
    }
    final long[][] inc = incompatible(m);
    final Integer[] order = new Integer[n];
    for (int j = 0; j < n; j++) {
      order[j] = j;
    }
    Arrays.sort(
        order,
        (x, y) -> dur[y] != dur[x] ? Integer.compare(dur[y], dur[x]) : Integer.compare(x, y));
    final Set<String> seen = new HashSet<>();
    final int w = (n + 63) / 64;
    for (final int seed : order) {
      if (dur[seed] == 0) {
        continue;
      }
      final long[] bits = new long[w];
      final long[] cand = inc[seed].clone();
      bits[seed >> 6] |= 1L << (seed & 63);
      int size = 1;
      for (final int j : order) {
        if (dur[j] > 0 && (cand[j >> 6] >>> (j & 63) & 1L) != 0) {
          bits[j >> 6] |= 1L << (j & 63);
          size++;
          for (int x = 0; x < w; x++) {
            cand[x] &= inc[j][x];
          }
        }
      }
      if (size >= 2 && seen.add(Arrays.toString(bits))) {
        out.add(bits);
      }
    }
    // the heaviest ones only: each clique costs every bound evaluation a pass
    final long[] weight = new long[out.size()];
    final Integer[] idx = new Integer[out.size()];
    for (int c = 0; c < out.size(); c++) {
      idx[c] = c;
      for (int j = 0; j < n; j++) {
        if ((out.get(c)[j >> 6] >>> (j & 63) & 1L) != 0) {
          weight[c] += dur[j];
        }
      }
    }
    Arrays.sort(
        idx,
        (x, y) ->
            weight[y] != weight[x] ? Long.compare(weight[y], weight[x]) : Integer.compare(x, y));
    final List<long[]> kept = new ArrayList<>();
    for (int c = 0; c < Math.min(MAX_CLIQUES, idx.length); c++) {
      kept.add(out.get(idx[c]));
    }
    return kept;
  }
}
