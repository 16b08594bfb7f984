package io.airshield.montecarlo;

import io.airshield.campaign.Allocator;
import io.airshield.campaign.Metric;
import io.airshield.campaign.Replication;
import io.airshield.campaign.Theatre;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs replications of a compiled theatre in blocks on a pool of threads and merges the blocks
 * strictly in order. Replication r always draws from the streams of (seed, r), so a block's
 * outcomes do not depend on the thread that ran it; merging in block order makes the statistics
 * identical to the last bit for any thread count; and the stopping rule is checked only after each
 * merged block, so the number of replications is deterministic too. At most two blocks per thread
 * are in flight, so memory does not grow with the replication count.
 */
public final class MonteCarlo {
  private MonteCarlo() {}

  /**
   * What to run.
   *
   * @param seed master seed
   * @param maxReplications the cap (or the exact count when precision is 0)
   * @param precision target relative half-width of the headline's 95% interval (0.01 = 1%), or 0 to
   *     run exactly {@code maxReplications}
   * @param minReplications replications before the stopping rule is consulted
   * @param threads worker threads
   * @param blockSize replications per block
   * @param headline the slot whose precision decides stopping
   */
  public record Options(
      long seed,
      long maxReplications,
      double precision,
      long minReplications,
      int threads,
      int blockSize,
      int headline) {
    /**
     * @param seed master seed
     * @param replications replications to run
     * @param threads worker threads
     * @return options for a fixed number of replications
     */
    public static Options fixed(final long seed, final long replications, final int threads) {
      return new Options(
          seed, replications, 0, replications, threads, 8, Metric.SUPPLY_TONS_PER_DAY.slot());
    }
  }

  /** Receives progress after every merged block. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param done replications merged
     * @param cap the cap
     * @param relativeHalfWidth the headline's current relative half-width (NaN early on)
     */
    void update(long done, long cap, double relativeHalfWidth);
  }

  /**
   * The outcome of a run.
   *
   * @param statistics the statistics of all merged replications
   * @param replications replications merged
   * @param precisionReached whether the precision target was met
   * @param cancelled whether the run was cancelled before its end
   */
  public record Result(
      Statistics statistics, long replications, boolean precisionReached, boolean cancelled) {}

  /** Receives each merged block, in order (for stores that keep per-block results). */
  @FunctionalInterface
  public interface BlockSink {
    /**
     * @param firstReplication index of the block's first replication
     * @param outcomes one outcome vector per replication of the block
     */
    void accept(long firstReplication, double[][] outcomes);
  }

  /**
   * Waits for a block, polling the cancel flag meanwhile, so that a cancellation stops the run
   * within about {@value #CANCEL_POLL_MS} ms instead of after the block.
   *
   * @return the block, or null if the run was cancelled first
   */
  private static double[][] awaitOrCancel(
      final Future<double[][]> f, final BooleanSupplier cancelled)
      throws InterruptedException, ExecutionException {
    while (true) {
      try {
        return f.get(CANCEL_POLL_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        if (cancelled != null && cancelled.getAsBoolean()) {
          return null;
        }
      }
    }
  }

  /** How often a run waiting for a block looks at its cancel flag (ms). */
  private static final long CANCEL_POLL_MS = 50;

  /**
   * {@link #runBlock} that gives up between replications once its thread is interrupted (the run
   * was cancelled and its blocks are dropped), so that cancelling frees the cores at once rather
   * than after the blocks in flight. A block that is not interrupted is unchanged.
   */
  private static double[][] runBlockUnlessInterrupted(
      final Replication replication,
      final long seed,
      final long first,
      final int count,
      final int size) {
    final double[][] out = new double[count][size];
    for (int k = 0; k < count; k++) {
      if (Thread.currentThread().isInterrupted()) {
        throw new java.util.concurrent.CancellationException("run cancelled");
      }
      replication.run(seed, first + k, out[k]);
    }
    return out;
  }

  /**
   * Runs replications {@code first .. first+count-1}; the unit of work of every backend.
   *
   * @param replication a replication runner (one per thread)
   * @param seed master seed
   * @param first first replication index
   * @param count replications
   * @param size outcome vector size
   * @return the outcomes in replication order
   */
  public static double[][] runBlock(
      final Replication replication,
      final long seed,
      final long first,
      final int count,
      final int size) {
    final double[][] out = new double[count][size];
    for (int k = 0; k < count; k++) {
      replication.run(seed, first + k, out[k]);
    }
    return out;
  }

  /**
   * The stopping rule, consulted after each merged block. Public so that a resumed run can replay
   * it over the stored blocks and stop exactly where the uninterrupted run would have.
   *
   * @param stats the statistics so far
   * @param options what is run
   * @param merged replications merged
   * @return true when the precision target is set and met
   */
  public static boolean precisionReached(
      final Statistics stats, final Options options, final long merged) {
    if (options.precision() <= 0 || merged < options.minReplications()) {
      return false;
    }
    final Estimate e = stats.estimate(options.headline());
    final double rel = e.mean() != 0 ? e.halfWidth() / Math.abs(e.mean()) : Double.NaN;
    return rel <= options.precision() || e.halfWidth() == 0;
  }

  /**
   * @param theatre the compiled theatre
   * @param allocators makes one allocator per worker thread
   * @param options what to run
   * @param progress progress listener, or null
   * @param cancelled polled between blocks; true stops the run
   * @param sink receives every merged block, or null
   * @return the statistics
   */
  public static Result run(
      final Theatre theatre,
      final Supplier<Allocator> allocators,
      final Options options,
      final Progress progress,
      final BooleanSupplier cancelled,
      final BlockSink sink) {
    final Statistics stats = CampaignStatistics.create(theatre);
    return run(theatre, allocators, options, progress, cancelled, sink, stats, 0);
  }

  /**
   * Continues a run from replication {@code start} into existing statistics (resume).
   *
   * @param theatre the compiled theatre
   * @param allocators makes one allocator per worker thread
   * @param options what to run
   * @param progress progress listener, or null
   * @param cancelled polled between blocks
   * @param sink receives every merged block, or null
   * @param stats statistics holding replications 0 .. start-1
   * @param start the first replication to run (a multiple of the block size)
   * @return the statistics
   */
  public static Result run(
      final Theatre theatre,
      final Supplier<Allocator> allocators,
      final Options options,
      final Progress progress,
      final BooleanSupplier cancelled,
      final BlockSink sink,
      final Statistics stats,
      final long start) {
    final int size = theatre.metrics().size();
    final int threads = Math.max(1, options.threads());
    final ThreadLocal<Replication> local =
        ThreadLocal.withInitial(() -> new Replication(theatre, allocators.get()));
    final ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              final Thread t = new Thread(r, "airshield-replication");
              t.setDaemon(true);
              return t;
            });
    final Deque<Future<double[][]>> inFlight = new ArrayDeque<>();
    final Deque<Long> firsts = new ArrayDeque<>();
    long next = start;
    long merged = start;
    boolean reached = false;
    boolean stopped = false;
    try {
      while (true) {
        while (inFlight.size() < 2 * threads && next < options.maxReplications()) {
          final long first = next;
          final int count = (int) Math.min(options.blockSize(), options.maxReplications() - next);
          inFlight.add(
              pool.submit(
                  () ->
                      runBlockUnlessInterrupted(local.get(), options.seed(), first, count, size)));
          firsts.add(first);
          next += count;
        }
        if (inFlight.isEmpty()) {
          break;
        }
        final double[][] block = awaitOrCancel(inFlight.peekFirst(), cancelled);
        if (block == null) {
          stopped = true;
          break;
        }
        inFlight.removeFirst();
        final long first = firsts.removeFirst();
        for (double[] x : block) {
          stats.add(x);
        }
        merged += block.length;
        if (sink != null) {
          sink.accept(first, block);
        }
        final Estimate e = stats.estimate(options.headline());
        final double rel = e.mean() != 0 ? e.halfWidth() / Math.abs(e.mean()) : Double.NaN;
        if (progress != null) {
          progress.update(merged, options.maxReplications(), rel);
        }
        if (precisionReached(stats, options, merged)) {
          reached = true;
          break;
        }
        if (cancelled != null && cancelled.getAsBoolean()) {
          stopped = true;
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    } catch (ExecutionException e) {
      final Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(c);
    } finally {
      for (Future<double[][]> f : inFlight) {
        f.cancel(true);
      }
      pool.shutdownNow();
    }
    return new Result(stats, merged, reached, stopped);
  }

  /**
   * Continues a run on a {@link BlockEngine}: asks it for a wave of blocks at a time and merges
   * them in block order exactly as the local engine does, consulting the stopping rule and the
   * cancel flag after each block; blocks of a wave past the stopping point are dropped, so the
   * statistics and the replication count are the local engine's to the last bit.
   *
   * @param engine the engine
   * @param options what to run (threads is ignored)
   * @param progress progress listener, or null
   * @param cancelled polled between blocks, or null
   * @param sink receives every merged block, or null
   * @param stats statistics holding replications 0 .. start-1
   * @param start the first replication to run (a multiple of the block size)
   * @return the statistics
   */
  public static Result run(
      final BlockEngine engine,
      final Options options,
      final Progress progress,
      final BooleanSupplier cancelled,
      final BlockSink sink,
      final Statistics stats,
      final long start) {
    long next = start;
    long merged = start;
    final int wave = Math.max(1, engine.blocksPerWave());
    while (next < options.maxReplications()) {
      final int blocks =
          (int)
              Math.min(
                  wave,
                  (options.maxReplications() - next + options.blockSize() - 1)
                      / options.blockSize());
      final long[] firsts = new long[blocks];
      final int[] counts = new int[blocks];
      for (int b = 0; b < blocks; b++) {
        firsts[b] = next;
        counts[b] = (int) Math.min(options.blockSize(), options.maxReplications() - next);
        next += counts[b];
      }
      final java.util.List<double[][]> out = engine.runBlocks(firsts, counts);
      for (int b = 0; b < blocks; b++) {
        final double[][] block = out.get(b);
        if (block.length != counts[b]) {
          throw new IllegalStateException(
              "engine returned " + block.length + " replications for a block of " + counts[b]);
        }
        for (double[] x : block) {
          stats.add(x);
        }
        merged += block.length;
        if (sink != null) {
          sink.accept(firsts[b], block);
        }
        if (progress != null) {
          final Estimate e = stats.estimate(options.headline());
          progress.update(
              merged,
              options.maxReplications(),
              e.mean() != 0 ? e.halfWidth() / Math.abs(e.mean()) : Double.NaN);
        }
        if (precisionReached(stats, options, merged)) {
          return new Result(stats, merged, true, false);
        }
        if (cancelled != null && cancelled.getAsBoolean()) {
          return new Result(stats, merged, false, true);
        }
      }
    }
    return new Result(stats, merged, false, false);
  }
}
