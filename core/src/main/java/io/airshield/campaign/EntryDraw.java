package io.airshield.campaign;

/**
 * Draws, for one replication, the first day of fighter units whose arrival is uncertain: units
 * still being formed, whose ready date comes from a formation plan's Monte Carlo (issue 19). The
 * replication calls it once at its start, after copying every unit's scenario {@code from} day, so
 * it changes only the units it knows.
 *
 * <p>It must be a pure function of (seed, replication): the same answer on any thread and in any
 * order, so that results stay identical to the last bit whatever the thread count. Implementations
 * are called from several threads at once.
 */
@FunctionalInterface
public interface EntryDraw {
  /**
   * @param seed the campaign's master seed
   * @param rep the replication index
   * @param fromDay each unit's first day (index from the scenario's first day, 0-based), in
   *     scenario order; holds the scenario's days on entry, to be overwritten for the units drawn
   *     (a day at or past the scenario's length: the unit does not fight)
   */
  void draw(long seed, long rep, int[] fromDay);
}
