package io.airshield.bench;

import io.airshield.allocate.WtaProblem;
import io.airshield.allocate.WtaSolution;
import io.airshield.allocate.WtaSolver;
import java.util.SplittableRandom;
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
 * The campaign-sized weapon-target assignment: a handful of flights against a handful of raids,
 * solved at every command-post decision, so its latency matters.
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am package -DskipTests && java -jar
 * bench/target/benchmarks.jar WtaSolverBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WtaSolverBenchmark {
  /** Weapons x targets. */
  @Param({"8x5", "12x6"})
  public String size;

  private WtaProblem problem;
  private final WtaSolver exactOrDefault = new WtaSolver();
  private final WtaSolver heuristic = new WtaSolver(WtaSolver.Options.DEFAULT.withExactLimit(0));

  /** Builds a random instance with a fixed seed. */
  @Setup
  public void setUp() {
    final String[] d = size.split("x");
    final int n = Integer.parseInt(d[0]);
    final int t = Integer.parseInt(d[1]);
    final SplittableRandom rnd = new SplittableRandom(2026);
    final double[] v = new double[t];
    for (int j = 0; j < t; j++) {
      v[j] = 10 + rnd.nextInt(90);
    }
    final double[][] p = new double[n][t];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < t; j++) {
        p[i][j] = rnd.nextDouble() < 0.2 ? 0.0 : 0.2 + 0.7 * rnd.nextDouble();
      }
    }
    problem = WtaProblem.ofWeapons(v, p);
  }

  /**
   * @return the default solver's answer (exact enumeration when the space is small)
   */
  @Benchmark
  public WtaSolution solveDefault() {
    return exactOrDefault.solve(problem);
  }

  /**
   * @return the heuristic's answer, enumeration disabled
   */
  @Benchmark
  public WtaSolution solveHeuristic() {
    return heuristic.solve(problem);
  }

  /**
   * @return the greedy construction alone
   */
  @Benchmark
  public WtaSolution greedy() {
    return WtaSolver.greedy(problem);
  }
}
