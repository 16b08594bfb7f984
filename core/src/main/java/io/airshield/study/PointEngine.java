package io.airshield.study;

import io.airshield.campaign.Allocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Computes the design points of an {@link ExploreJob}: this JVM's threads ({@link #local}) or a
 * cluster (the Spark jar's {@link Provider}, found through {@link java.util.ServiceLoader} so that
 * the plain jar does not depend on Spark). Every engine computes a point with {@link
 * ExploreJob#point}, each point's replications in order on one thread, and hands the points on in
 * point order: whatever the engine or the number of threads, the study sees the same bits in the
 * same order, and what a store has recorded when a run is killed is a prefix of the points.
 */
public interface PointEngine extends AutoCloseable {
  /** Receives each computed point, in point order. */
  @FunctionalInterface
  interface Sink {
    /**
     * @param point the point's index
     * @param values [replication][value], as {@link ExploreJob#point} returns them
     */
    void accept(int point, double[][] values);
  }

  /**
   * Computes points {@code from} .. {@code job.count() - 1}, or up to where {@code cancelled} turns
   * true (it is polled between points), handing each to the sink in order.
   *
   * @param job the job
   * @param compiled the job compiled on the driver
   * @param from the first point to compute
   * @param sink receives the points in order
   * @param cancelled polled between points; true stops after the points in hand
   */
  void run(
      ExploreJob job, ExploreJob.Compiled compiled, int from, Sink sink, BooleanSupplier cancelled);

  /** Releases the engine's resources (stops a Spark context). */
  @Override
  default void close() {}

  /** Makes engines other than the local one; registered in {@code META-INF/services}. */
  interface Provider {
    /**
     * @return the engine's name as given to {@code --engine}
     */
    String name();

    /**
     * @param settings engine settings, e.g. {@code master -> local[2]}
     * @return a started engine
     */
    PointEngine open(Map<String, String> settings);
  }

  /**
   * The local engine: points in parallel on a fixed pool of threads, collected in point order.
   *
   * @param threads worker threads (results do not depend on it)
   * @param allocators makes the command posts' allocator, one per thread
   * @return the engine
   */
  static PointEngine local(final int threads, final Supplier<Allocator> allocators) {
    return (job, compiled, from, sink, cancelled) -> {
      final ThreadLocal<Allocator> alloc = ThreadLocal.withInitial(allocators);
      final ExecutorService exec =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                final Thread t = new Thread(r, "airshield-explore");
                t.setDaemon(true);
                return t;
              });
      try {
        final List<Future<double[][]>> futures = new ArrayList<>();
        for (int p = from; p < job.count(); p++) {
          final int point = p;
          futures.add(exec.submit(() -> job.point(compiled, point, alloc.get())));
        }
        for (int p = from; p < job.count(); p++) {
          if (cancelled != null && cancelled.getAsBoolean()) {
            return;
          }
          sink.accept(p, futures.get(p - from).get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("explore interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        exec.shutdownNow();
      }
    };
  }
}
