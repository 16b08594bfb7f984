package io.airshield.allocate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Lagrangian start: every assignment it yields, completed greedily, is complete and uses each
 * type exactly its units, the same ones on every run, and, improved by local search, they beat the
 * greedy start on a problem of the kind it is for (about as many weapons as targets, deep kills).
 */
class WtaLagrangianTest {
  /** A benchmark-like problem: values 1 to 99, kill probabilities uniform, two units per type. */
  static WtaProblem benchmarkLike(final long seed, final int types, final int targets) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final double[] v = new double[targets];
    for (int j = 0; j < targets; j++) {
      v[j] = 1 + rnd.nextInt(99);
    }
    final double[][] k = new double[types][targets];
    for (double[] row : k) {
      for (int j = 0; j < targets; j++) {
        row[j] = rnd.nextDouble();
      }
    }
    return WtaProblem.ofTypes(v, k, 2);
  }

  /** The assignments yielded, each completed greedily by a search as the solver does. */
  private static List<int[]> yielded(final WtaProblem p, final int[] start) {
    final List<int[]> out = new ArrayList<>();
    final WtaSearch s = new WtaSearch(p);
    s.load(start);
    final int n =
        new WtaLagrangian(p)
            .run(
                s.unitWorth(p.typeCount()),
                s.objective(),
                300,
                100,
                25,
                a -> {
                  s.complete(a);
                  out.add(s.tgt.clone());
                  return s.objective();
                });
    assertThat(n).isEqualTo(out.size()).isEqualTo(8);
    return out;
  }

  @Test
  void yieldsCompleteAssignmentsThatUseEveryUnitTheSameOnEveryRun() {
    final WtaProblem p = benchmarkLike(3, 40, 80);
    final WtaSearch g = new WtaSearch(p);
    g.greedy();
    final List<int[]> first = yielded(p, g.tgt.clone());
    final int[] type = p.weaponTypes();
    for (int[] a : first) {
      assertThat(a).hasSize(p.weaponCount());
      final int[] count = new int[p.typeCount()];
      for (int w = 0; w < a.length; w++) {
        assertThat(a[w]).isBetween(0, p.targetCount() - 1);
        count[type[w]]++;
      }
      for (int i = 0; i < count.length; i++) {
        assertThat(count[i]).isEqualTo(p.units(i));
      }
    }
    final List<int[]> second = yielded(p, g.tgt.clone());
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i)).isEqualTo(first.get(i));
    }
  }

  @Test
  void itsAssignmentsImprovedBeatTheGreedyStartImproved() {
    final WtaProblem p = benchmarkLike(7, 60, 120);
    final SplittableRandom rnd = new SplittableRandom(1);
    final WtaSearch s = new WtaSearch(p);
    s.greedy();
    s.improve(rnd);
    final double greedy = s.objective();
    final double[] best = {Double.POSITIVE_INFINITY};
    final WtaLagrangian l = new WtaLagrangian(p);
    l.run(
        s.unitWorth(p.typeCount()),
        greedy,
        600,
        200,
        25,
        a -> {
          s.complete(a);
          s.improve(rnd);
          best[0] = Math.min(best[0], s.objective());
          return s.objective();
        });
    assertThat(best[0]).isLessThan(greedy);
    // the relaxation's value lies below what was found (here its bundles of two are enough)
    assertThat(l.bound()).isLessThan(best[0]).isGreaterThan(0);
  }
}
