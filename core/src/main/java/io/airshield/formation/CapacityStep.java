package io.airshield.formation;

import java.time.LocalDate;

/**
 * One step of a resource's capacity: from {@code from} on (until the next step) {@code capacity}
 * units are available. Before a resource's first step its capacity is 0.
 *
 * @param from the date the step begins
 * @param capacity units available from that date (people, units, places, aircraft)
 */
public record CapacityStep(LocalDate from, int capacity) {}
