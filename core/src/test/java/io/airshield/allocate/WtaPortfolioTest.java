package io.airshield.allocate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 20, sixth pass: the portfolio of independent searches on large instances ({@link
 * WtaSolver#portfolioMembers}) and the merging of their pools ({@link
 * SetPartitionRecombination#addAll}).
 */
class WtaPortfolioTest {
  /**
   * One member up to the generated 200 x 400 x 3 instance (so the published instances and the
   * command posts keep their search), more as the pairs grow, a count from the size alone.
   */
  @Test
  void theMembersGrowWithThePairs() {
    assertThat(WtaSolver.portfolioMembers(RandomProblems.family(1, 150, 3))).isEqualTo(1);
    assertThat(WtaSolver.portfolioMembers(RandomProblems.family(1, 200, 2))).isEqualTo(1);
    assertThat(WtaSolver.portfolioMembers(RandomProblems.family(1, 200, 3))).isEqualTo(1);
    assertThat(WtaSolver.portfolioMembers(RandomProblems.family(1, 350, 2))).isEqualTo(5);
    assertThat(WtaSolver.portfolioMembers(RandomProblems.family(1, 500, 1))).isEqualTo(5);
    assertThat(WtaSolver.portfolioMembers(RandomProblems.family(1, 500, 2))).isEqualTo(8);
    assertThat(WtaSolver.portfolioMembers(RandomProblems.family(1, 500, 3))).isEqualTo(8);
    int previous = 1;
    for (int w = 50; w <= 500; w += 50) {
      final int m = WtaSolver.portfolioMembers(RandomProblems.family(w, w, 2));
      assertThat(m).isGreaterThanOrEqualTo(previous);
      assertThat(m).isEqualTo(WtaSolver.portfolioMembers(RandomProblems.family(w + 7, w, 2)));
      previous = m;
    }
  }

  private static WtaSolver.Options options(final long seed) {
    return WtaSolver.Options.DEFAULT.withBound(false).withSeed(seed);
  }

  /**
   * On problems made to have three members: the answer is complete and never worse than the first
   * member's alone (the search of one member), since the merged pool is recombined from the best
   * member's answer.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void aPortfolioIsNeverWorseThanItsFirstMember(final long seed) {
    final WtaProblem p = RandomProblems.family(100 + seed, 75, 2);
    assertThat(WtaSolver.usesLagrangianStart(p)).isTrue();
    final long pairs = (long) p.weaponCount() * p.targetCount();
    final WtaSolution one = new WtaSolver(options(seed), pairs).solve(p);
    final WtaSolution three = new WtaSolver(options(seed), (pairs + 2) / 3).solve(p);
    assertThat(WtaSolver.PORTFOLIO_FROM * ((pairs + 2) / 3)).isLessThan(pairs);
    assertThat(WtaSolution.infeasibility(p, three.assignment())).isNull();
    assertThat(three.objective()).isLessThanOrEqualTo(one.objective());
    // the first member is the search of a problem of one member: the default solver's answer
    final WtaSolution plain = new WtaSolver(options(seed)).solve(p);
    assertThat(WtaSolver.portfolioMembers(p)).isEqualTo(1);
    assertThat(plain.assignment()).isEqualTo(one.assignment());
  }

  /** The same bits on a second solve and on two threads at once. */
  @Test
  void aPortfolioIsDeterministicOnOneAndTwoThreads() throws Exception {
    final WtaProblem p = RandomProblems.family(7, 75, 2);
    final long pairs = (long) p.weaponCount() * p.targetCount();
    final WtaSolver solver = new WtaSolver(options(5), (pairs + 3) / 4);
    final WtaSolution first = solver.solve(p);
    final ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      final List<Future<WtaSolution>> runs = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        runs.add(pool.submit(() -> solver.solve(p)));
      }
      for (Future<WtaSolution> f : runs) {
        final WtaSolution s = f.get();
        assertThat(s.assignment()).isEqualTo(first.assignment());
        assertThat(Double.doubleToLongBits(s.objective()))
            .isEqualTo(Double.doubleToLongBits(first.objective()));
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * A solver reused on a smaller problem after a larger one (its working arrays longer than the
   * weapons) gives the answer of a new solver: the members' objectives are taken over the problem's
   * weapons only.
   */
  @Test
  void aReusedSolverGivesTheAnswerOfANewOne() {
    final WtaProblem large = RandomProblems.family(11, 80, 2);
    final WtaProblem small = RandomProblems.family(12, 75, 2);
    final long unit = 7_500;
    final WtaSolver reused = new WtaSolver(options(3), unit);
    reused.solve(large);
    final WtaSolution again = reused.solve(small);
    final WtaSolution fresh = new WtaSolver(options(3), unit).solve(small);
    assertThat(again.assignment()).isEqualTo(fresh.assignment());
    assertThat(Double.doubleToLongBits(again.objective()))
        .isEqualTo(Double.doubleToLongBits(fresh.objective()));
  }

  /** Random assignments of a small problem. */
  private static List<int[]> assignments(
      final WtaProblem p, final SplittableRandom rnd, final int count) {
    final List<int[]> out = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      final int[] a;
      if (s > 0 && rnd.nextBoolean()) {
        a = out.get(rnd.nextInt(s)).clone();
        a[rnd.nextInt(a.length)] = rnd.nextInt(p.targetCount());
      } else {
        a = new int[p.weaponCount()];
        for (int w = 0; w < a.length; w++) {
          a[w] = rnd.nextInt(p.targetCount());
        }
      }
      out.add(a);
    }
    return out;
  }

  /**
   * Two pools merged hold, target by target and in the same order, the columns of one pool that
   * took both pools' assignments, and recombine to the same child.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void mergedPoolsAreOnePool(final long seed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final WtaProblem p = RandomProblems.typed(rnd, 6, 4);
    final List<int[]> a = assignments(p, rnd, 2 + rnd.nextInt(4));
    final List<int[]> b = assignments(p, rnd, 1 + rnd.nextInt(4));
    final SetPartitionRecombination merged = new SetPartitionRecombination(p);
    a.forEach(merged::add);
    final SetPartitionRecombination other = new SetPartitionRecombination(p);
    b.forEach(other::add);
    merged.addAll(other);
    final SetPartitionRecombination whole = new SetPartitionRecombination(p);
    a.forEach(whole::add);
    b.forEach(whole::add);
    for (int j = 0; j < p.targetCount(); j++) {
      assertThat(merged.pooled(j)).as("target %d", j).isDeepEqualTo(whole.pooled(j));
    }
    final int[] incumbent = a.get(0);
    assertThat(merged.solve(incumbent, 1_000_000)).isEqualTo(whole.solve(incumbent, 1_000_000));
  }

  /**
   * The branch and bound's node budget, now spent without a branch ({@code search}): never more
   * nodes than the budget, a child only if better, and with a budget large enough the same child as
   * with a larger one.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void theNodeBudgetHolds(final long seed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final WtaProblem p = RandomProblems.typed(rnd, 10, 6);
    final List<int[]> pool = assignments(p, rnd, 8);
    final int[] incumbent = pool.get(0);
    final double inc = WtaSolution.evaluate(p, incumbent);
    final SetPartitionRecombination full = new SetPartitionRecombination(p);
    pool.forEach(full::add);
    final int[] unlimited = full.solve(incumbent, 10_000_000);
    final long needed = full.nodes();
    final List<Long> limits = new ArrayList<>();
    for (long limit = 1; limit <= Math.min(needed + 2, 150); limit++) {
      limits.add(limit);
    }
    limits.add(needed);
    limits.add(needed + 1);
    for (long limit : limits) {
      final SetPartitionRecombination spr = new SetPartitionRecombination(p);
      pool.forEach(spr::add);
      final int[] child = spr.solve(incumbent, limit);
      assertThat(spr.nodes()).isLessThanOrEqualTo(limit);
      if (child != null) {
        assertThat(WtaSolution.evaluate(p, child)).isLessThan(inc);
      }
      if (limit >= needed) {
        assertThat(child).isEqualTo(unlimited);
        assertThat(spr.nodes()).isEqualTo(needed);
      }
    }
  }
}
