package io.airshield.formation.schedule;

/**
 * Budgets and seed for a {@link Scheduler}.
 *
 * @param maxSchedules the number of schedules the search may generate (a deterministic budget)
 * @param seed the seed of the search's random stream
 */
public record SolveOptions(long maxSchedules, long seed) {
  /** The defaults used by {@code airshield form}. */
  public static final SolveOptions DEFAULT = new SolveOptions(50_000, 1);
}
