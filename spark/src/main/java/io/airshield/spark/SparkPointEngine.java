package io.airshield.spark;

import io.airshield.campaign.WtaAllocator;
import io.airshield.study.ExploreJob;
import io.airshield.study.PointEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs an explore study's design points as Spark tasks, one task per point: the job (the scenario's
 * and the pool's bytes, the factors, every point's values) travels once in a broadcast variable;
 * each executor compiles it once (cached per JVM) and computes its points with {@link
 * ExploreJob#point}, exactly the local engine's unit of work, with the same allocator. The driver
 * asks for the points in waves and collects each wave in point order (a map over a parallelized
 * list keeps its order), so the study sees the local engine's bits in the local engine's order: the
 * same results, and a store that holds a prefix of the points if the driver is killed.
 *
 * <p>With a {@code local[N]} master the driver binds to 127.0.0.1 and the web UI is off ({@link
 * SparkBlockEngine#context}).
 */
final class SparkPointEngine implements PointEngine {
  private final JavaSparkContext sc;

  /** Compiled jobs, one per job, per executor JVM: compiling once per task would cost more. */
  private static final Map<String, ExploreJob.Compiled> COMPILED = new ConcurrentHashMap<>();

  SparkPointEngine(final Map<String, String> settings) {
    sc = SparkBlockEngine.context(settings.get("master"));
  }

  /**
   * @return points asked for at once: enough to keep every worker busy, few enough that a stop
   *     (Ctrl-C) loses little
   */
  int pointsPerWave() {
    return 4 * Math.max(1, sc.defaultParallelism());
  }

  @Override
  public void run(
      final ExploreJob job,
      final ExploreJob.Compiled compiled,
      final int from,
      final Sink sink,
      final BooleanSupplier cancelled) {
    final Broadcast<ExploreJob> b = sc.broadcast(job);
    try {
      final int wave = pointsPerWave();
      for (int first = from; first < job.count(); first += wave) {
        if (cancelled != null && cancelled.getAsBoolean()) {
          return;
        }
        final List<Integer> points = new ArrayList<>();
        for (int p = first; p < Math.min(job.count(), first + wave); p++) {
          points.add(p);
        }
        final List<double[][]> values =
            sc.parallelize(points, points.size()).map(new RunPoint(b)).collect();
        for (int i = 0; i < values.size(); i++) {
          if (cancelled != null && cancelled.getAsBoolean()) {
            return;
          }
          sink.accept(points.get(i), values.get(i));
        }
      }
    } finally {
      b.destroy();
    }
  }

  @Override
  public void close() {
    sc.close();
  }

  /** The task: one design point. */
  static final class RunPoint implements Function<Integer, double[][]> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<ExploreJob> job;

    RunPoint(final Broadcast<ExploreJob> job) {
      this.job = job;
    }

    @Override
    public double[][] call(final Integer point) {
      final ExploreJob j = job.value();
      final ExploreJob.Compiled c = COMPILED.computeIfAbsent(j.key(), k -> j.compile());
      return j.point(c, point, new WtaAllocator());
    }
  }

  /** Makes {@code explore --engine spark} available when this jar is on the class path. */
  public static final class Provider implements PointEngine.Provider {
    /** For {@link java.util.ServiceLoader}. */
    public Provider() {
      // stateless
    }

    @Override
    public String name() {
      return "spark";
    }

    @Override
    public PointEngine open(final Map<String, String> settings) {
      return new SparkPointEngine(settings);
    }
  }
}
