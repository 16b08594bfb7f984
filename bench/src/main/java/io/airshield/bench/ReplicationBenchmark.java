package io.airshield.bench;

import io.airshield.campaign.GreedyAllocator;
import io.airshield.campaign.Metric;
import io.airshield.campaign.Replication;
import io.airshield.campaign.Theatre;
import io.airshield.campaign.WtaAllocator;
import io.airshield.scenario.EmbeddedScenarios;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One replication of an embedded scenario on one core: time per replication (sample mode gives the
 * median), and with {@code -prof gc} the allocation per replication. The events per replication are
 * printed at tear-down, so allocation per event can be read off.
 *
 * <p>The warm-up is 8 iterations of 2 s: the command posts' decision is a large method that C2
 * compiles, throws away when a rare branch is first taken (an airfield closed under a unit, a post
 * already directing all the interceptions it can) and compiles again, up to 16 s into a run. With
 * the 6 s of warm-up used before, the first measured iteration of two forks in three was still at
 * 5.3-5.5 ms against 3.5-4.0 ms for the rest of the fork, so the mean measured part of the warm-up.
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am package -DskipTests && java -jar
 * bench/target/benchmarks.jar ReplicationBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplicationBenchmark {
  /** Embedded scenario. */
  @Param({"korea-1951-autumn"})
  public String scenario;

  /** The command posts' allocator: the WTA solver (default) or the allocation-free greedy. */
  @Param({"wta", "greedy"})
  public String allocator;

  private Replication replication;
  private double[] out;
  private long rep;
  private double events;
  private long runs;

  /** Compiles the theatre once. */
  @Setup(Level.Trial)
  public void setUp() {
    final Theatre th = new Theatre(EmbeddedScenarios.load(scenario));
    replication =
        new Replication(th, allocator.equals("wta") ? new WtaAllocator() : new GreedyAllocator());
    out = new double[th.metrics().size()];
  }

  /**
   * @return the headline, so the work is not dead
   */
  @Benchmark
  public double replication() {
    replication.run(1951, rep++, out);
    events += out[Metric.EVENTS.slot()];
    runs++;
    return out[Metric.SUPPLY_TONS.slot()];
  }

  /** Prints the mean events per replication. */
  @TearDown(Level.Trial)
  public void report() {
    System.out.printf(
        "%n%s: %.0f events per replication (mean of %d)%n",
        scenario, events / Math.max(1, runs), runs);
  }
}
