package io.airshield;

import io.airshield.scenario.InputException;
import java.time.Duration;

/**
 * The property every fuzz target checks: reading any input either succeeds or fails with an {@link
 * InputException} (a user's mistake, reported with its place), in reasonable time. Any other
 * exception propagates and is a finding; so is an input that takes longer than {@link #SLOW} (a
 * hang in the making: every reader is linear or close to it in its input).
 */
public final class FuzzProperty {
  /** Longest a single input may take; generous, so a loaded machine does not fail the test. */
  public static final Duration SLOW = Duration.ofSeconds(10);

  /** A reader call that may throw checked exceptions. */
  @FunctionalInterface
  public interface Read {
    /**
     * Reads the input.
     *
     * @throws Exception any failure, a finding unless it is an {@link InputException}
     */
    void run() throws Exception;
  }

  private FuzzProperty() {}

  /**
   * Runs {@code read} and checks the property.
   *
   * @param read the reader call
   * @throws Exception what the reader threw, unless it was an {@link InputException}
   */
  public static void resultOrUserError(final Read read) throws Exception {
    final long t0 = System.nanoTime();
    try {
      read.run();
    } catch (InputException expected) {
      // a user's mistake, reported as such: what a reader must do with bad input
    }
    final long ns = System.nanoTime() - t0;
    if (ns > SLOW.toNanos()) {
      throw new AssertionError("one input took " + ns / 1_000_000 + " ms, more than " + SLOW);
    }
  }
}
