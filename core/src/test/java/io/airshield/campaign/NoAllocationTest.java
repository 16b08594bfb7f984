package io.airshield.campaign;

import static io.airshield.testdomain.ThreadAllocation.allocated;
import static io.airshield.testdomain.ThreadAllocation.overhead;
import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.allocate.SmallWtaWorkspace;
import io.airshield.scenario.EmbeddedScenarios;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The replication's event loop allocates nothing once its arrays have grown (issue 15: "no
 * allocation per event"): the bytes this thread allocates over whole replications of the default
 * theatre are counted by the JVM (HotSpot's per-thread allocation counter; the test is skipped on a
 * JVM without one). The one allocation left is the weapon-target solver's search for a decision too
 * large to enumerate, so the replication is run with the greedy allocator, and the enumeration's
 * workspace is checked on its own.
 */
class NoAllocationTest {
  @Test
  void aReplicationAllocatesNothingOnceWarm() {
    final Theatre th = new Theatre(EmbeddedScenarios.load("korea-1951-autumn"));
    final Replication r = new Replication(th, new GreedyAllocator());
    final double[] out = new double[th.metrics().size()];
    // the same replications twice: the first pass grows the arrays to what they need
    for (int k = 0; k < 30; k++) {
      r.run(1951, k, out);
    }
    final long overhead = overhead();
    final long before = allocated();
    for (int k = 0; k < 30; k++) {
      r.run(1951, k, out);
    }
    assertThat(allocated() - before - overhead).as("bytes allocated by 30 replications").isZero();
  }

  @Test
  void theEnumerationAllocatesNothingOnceGrown() {
    final SmallWtaWorkspace ws = new SmallWtaWorkspace();
    final SplittableRandom rnd = new SplittableRandom(3);
    final int weapons = 8;
    final int targets = 3;
    final double[] value = new double[targets];
    final double[] p = new double[weapons * targets];
    final int[] assignment = new int[weapons];
    solveRandom(ws, rnd, value, p, assignment);
    final long overhead = overhead();
    final long before = allocated();
    for (int k = 0; k < 200; k++) {
      solveRandom(ws, rnd, value, p, assignment);
    }
    assertThat(allocated() - before - overhead).as("bytes allocated by 200 solves").isZero();
  }

  private static void solveRandom(
      final SmallWtaWorkspace ws,
      final SplittableRandom rnd,
      final double[] value,
      final double[] p,
      final int[] assignment) {
    for (int j = 0; j < value.length; j++) {
      value[j] = rnd.nextDouble();
    }
    for (int k = 0; k < p.length; k++) {
      p[k] = rnd.nextDouble();
    }
    ws.load(assignment.length, value.length, value, p);
    ws.solve(assignment);
  }
}
