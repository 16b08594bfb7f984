package io.airshield.formation;

import java.time.LocalDate;

/**
 * One step of a resource's capacity: from {@code from} on (until the next step) {@code capacity}
 * units are available. Before a resource's first step its capacity is 0.
 *
 * @param from the date the step begins
 * @param capacity units available from that date (people, units, places, aircraft)
 * @param delayDays how many days the step may come late (graduations, deliveries), a spread in
 *     days; {@link Spread#NONE_DELAY} when certain
 */
public record CapacityStep(LocalDate from, int capacity, Spread delayDays) {
  /**
   * A step that comes on its date.
   *
   * @param from the date
   * @param capacity units available from it
   */
  public CapacityStep(final LocalDate from, final int capacity) {
    this(from, capacity, Spread.NONE_DELAY);
  }
}
