package io.airshield.bench;

import io.airshield.engine.Rng;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Rng#binomial}, which counts its Bernoulli trials by the sign of an integer difference,
 * against the same sum of trials with a branch per trial ({@code nextDouble() < p}), the way it was
 * written before, in the same run. Both draw the same numbers and return the same counts; the
 * branch is taken with probability p, and what it costs depends on p and on how the compiler lays
 * it out, while the count by sign costs the same at any p. n = 30 is a fighter regiment's aircraft
 * drawn for serviceability each morning; p = 0.7 a typical serviceability.
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am package -DskipTests && java -jar
 * bench/target/benchmarks.jar BinomialBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BinomialBenchmark {
  /** Trials. */
  @Param({"30"})
  public int n;

  /** Success probability. */
  @Param({"0.1", "0.5", "0.7", "0.95"})
  public double p;

  private Rng rng;

  /** A fresh stream for each trial of the benchmark. */
  @Setup
  public void setUp() {
    rng = new Rng(1951, 0, 6);
  }

  /**
   * @return the count, so the work is not dead
   */
  @Benchmark
  public int branchFree() {
    return rng.binomial(n, p);
  }

  /**
   * @return the count from a branch per trial, on the same stream's next draws
   */
  @Benchmark
  public int branchPerTrial() {
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (rng.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }
}
