package io.airshield.allocate;

import static io.airshield.testdomain.ThreadAllocation.allocated;
import static io.airshield.testdomain.ThreadAllocation.overhead;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, the weapon-target solver's part: the command posts call one solver, with the options
 * {@code WtaAllocator} uses, for every decision too large to enumerate, and its search now reuses
 * its working arrays across calls. A solver that has solved before gives the same bits as a new one
 * (whatever it solved before, and when two threads share it), and once its arrays have grown a
 * solve allocates little more than its answer.
 */
class Issue15Test {
  /** The command posts' options ({@code WtaAllocator}: 8 rounds, seed 1, enumeration to 20,000). */
  private static final WtaSolver.Options POSTS = new WtaSolver.Options(8, 1, 20_000);

  /** Random problems too large to enumerate with {@link #POSTS}, weapons allowed unassigned. */
  private static List<WtaProblem> searched(final long seed, final int count) {
    final SplittableRandom rnd = new SplittableRandom(seed);
    final List<WtaProblem> out = new ArrayList<>();
    while (out.size() < count) {
      final WtaProblem p = RandomProblems.typed(rnd, 6, 6).withAllowUnassigned(rnd.nextBoolean());
      if (WtaSolver.searchSpace(p) > POSTS.exactLimit()) {
        out.add(p);
      }
    }
    return out;
  }

  private static void assertSameBits(final WtaSolution a, final WtaSolution b) {
    assertThat(a.assignment()).isEqualTo(b.assignment());
    assertThat(Double.doubleToLongBits(a.objective()))
        .isEqualTo(Double.doubleToLongBits(b.objective()));
    assertThat(Double.doubleToLongBits(a.lowerBound()))
        .isEqualTo(Double.doubleToLongBits(b.lowerBound()));
  }

  /**
   * One solver through problems of changing sizes (its arrays grow, then serve smaller problems)
   * answers each exactly as a new solver does, with the posts' options and with the defaults (whose
   * bound reads the search's pool).
   */
  @Test
  void aReusedSolverAnswersAsANewOne() {
    for (WtaSolver.Options o : List.of(POSTS, WtaSolver.Options.DEFAULT.withExactLimit(100))) {
      final WtaSolver reused = new WtaSolver(o);
      for (WtaProblem p : searched(15, 60)) {
        assertSameBits(reused.solve(p), new WtaSolver(o).solve(p));
      }
    }
  }

  /** Two threads sharing one solver get what a new solver gives: a solve holds its own arrays. */
  @Test
  void aSharedSolverAnswersAsANewOne() throws Exception {
    final WtaSolver shared = new WtaSolver(POSTS);
    final List<WtaProblem> problems = searched(16, 80);
    final ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      final List<Future<List<WtaSolution>>> runs = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        runs.add(
            pool.submit(
                () -> {
                  final List<WtaSolution> out = new ArrayList<>();
                  for (WtaProblem p : problems) {
                    out.add(shared.solve(p));
                  }
                  return out;
                }));
      }
      for (Future<List<WtaSolution>> run : runs) {
        final List<WtaSolution> got = run.get();
        for (int x = 0; x < problems.size(); x++) {
          assertSameBits(got.get(x), new WtaSolver(POSTS).solve(problems.get(x)));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Once warm, repeated solves with the posts' options allocate at most about a kilobyte each: the
   * answer (a {@link WtaSolution} with its assignment, which it evaluates) and the seeded random
   * source. Before the arrays were reused, the same solves allocated about 10 kB each.
   */
  @Test
  void repeatedSolvesAllocateLittleMoreThanTheirAnswer() {
    final List<WtaProblem> problems = searched(17, 200);
    final WtaSolver solver = new WtaSolver(POSTS);
    for (WtaProblem p : problems) {
      solver.solve(p); // grows the arrays to the largest problem
    }
    final long overhead = overhead();
    final long before = allocated();
    for (WtaProblem p : problems) {
      solver.solve(p);
    }
    final long perSolve = (allocated() - before - overhead) / problems.size();
    assertThat(perSolve).as("bytes allocated per solve").isLessThan(1_024);
  }
}
