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
 * <p>Run: {@code ./mvnw -q -pl bench -am package -DskipTests && java -jar
 * bench/target/benchmarks.jar ReplicationBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
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
