package io.airshield.allocate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Partition crossover: the child is a complete assignment whose every type is placed as in one of
 * the parents, never worse than either parent, the base itself when the parents agree, and strictly
 * better than both when each parent is better on a part of its own.
 */
class PartitionCrossoverTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static WtaProblem random(final SplittableRandom rnd) {
    return RandomProblems.typed(rnd, 8, 6);
  }

  private static int[] randomAssignment(final WtaProblem p, final SplittableRandom rnd) {
    final int[] a = new int[p.weaponCount()];
    for (int w = 0; w < a.length; w++) {
      a[w] = rnd.nextInt(p.targetCount());
    }
    return a;
  }

  /** The multiset of targets of type i's units in assignment a. */
  private static int[] placement(final WtaProblem p, final int[] a, final int i) {
    final int[] type = p.weaponTypes();
    return Arrays.stream(java.util.stream.IntStream.range(0, a.length).toArray())
        .filter(w -> type[w] == i)
        .map(w -> a[w])
        .sorted()
        .toArray();
  }

  /** The crossing's child, or the base when it makes none (no part of b is better). */
  private static int[] child(final WtaProblem p, final int[] a, final int[] b) {
    final int[] c = new PartitionCrossover(p).cross(a, b);
    return c == null ? a.clone() : c;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void childTakesEachTypeFromAParentAndIsNoWorseThanEither(final long seed) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final WtaProblem p = random(rnd);
    final int[] a = randomAssignment(p, rnd);
    final int[] b = rnd.nextBoolean() ? randomAssignment(p, rnd) : mutate(a, p, rnd);
    final int[] child = child(p, a, b);
    assertThat(child).hasSize(a.length);
    for (int i = 0; i < p.typeCount(); i++) {
      final int[] c = placement(p, child, i);
      assertThat(Arrays.equals(c, placement(p, a, i)) || Arrays.equals(c, placement(p, b, i)))
          .as("type %d placed as in a parent", i)
          .isTrue();
    }
    final double fc = WtaSolution.evaluate(p, child);
    final double fa = WtaSolution.evaluate(p, a);
    final double fb = WtaSolution.evaluate(p, b);
    assertThat(fc).isLessThanOrEqualTo(Math.min(fa, fb) * (1 + 1e-12) + 1e-12);
  }

  private static int[] mutate(final int[] a, final WtaProblem p, final SplittableRandom rnd) {
    final int[] b = a.clone();
    for (int m = 0; m < 1 + rnd.nextInt(3); m++) {
      b[rnd.nextInt(b.length)] = rnd.nextInt(p.targetCount());
    }
    return b;
  }

  @Test
  void identicalParentsGiveTheBase() {
    final SplittableRandom rnd = new SplittableRandom(5);
    final WtaProblem p = random(rnd);
    final int[] a = randomAssignment(p, rnd);
    assertThat(child(p, a, a.clone())).isEqualTo(a);
  }

  /**
   * Two parts that share no target: on targets 0 and 1 parent b is better (its weapons 0 and 1 sit
   * where they kill surely), on targets 2 and 3 parent a is; the child takes both better parts and
   * beats both parents.
   */
  @Test
  void childCombinesTheBetterPartOfEachParent() {
    final double[] v = {10, 10, 10, 10};
    final double[][] k = {
      {0.9, 0.1, 0.0, 0.0},
      {0.1, 0.9, 0.0, 0.0},
      {0.0, 0.0, 0.9, 0.1},
      {0.0, 0.0, 0.1, 0.9}
    };
    final WtaProblem p = WtaProblem.ofWeapons(v, k);
    final int[] a = {1, 0, 2, 3}; // part 1 crossed (bad), part 2 right (good)
    final int[] b = {0, 1, 3, 2}; // part 1 right (good), part 2 crossed (bad)
    final int[] child = child(p, a, b);
    assertThat(child).containsExactly(0, 1, 2, 3);
    assertThat(WtaSolution.evaluate(p, child))
        .isLessThan(WtaSolution.evaluate(p, a))
        .isLessThan(WtaSolution.evaluate(p, b));
  }
}
