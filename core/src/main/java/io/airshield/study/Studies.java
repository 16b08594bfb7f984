package io.airshield.study;

import io.airshield.campaign.Allocator;
import io.airshield.campaign.WtaAllocator;
import java.util.function.Supplier;

/** What every study shares: the command posts' allocator and the bound on worker threads. */
public final class Studies {
  /** The most worker threads a study may ask for. */
  public static final int MAX_THREADS = 1024;

  private Studies() {}

  /**
   * @return a maker of the allocator every study uses, one per worker thread: the WTA solver
   */
  public static Supplier<Allocator> allocator() {
    return WtaAllocator::new;
  }

  /**
   * @return the default number of worker threads: every core
   */
  public static int allCores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * @param threads worker threads asked for
   * @throws StudyException unless from 1 to {@value #MAX_THREADS}
   */
  static void checkThreads(final int threads) {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new StudyException("threads must be from 1 to " + MAX_THREADS + ", not " + threads);
    }
  }
}
