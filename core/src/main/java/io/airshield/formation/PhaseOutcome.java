package io.airshield.formation;

import java.time.LocalDate;
import java.util.Map;

/**
 * When a phase runs in a schedule, in which mode, and what it holds.
 *
 * @param phaseId the phase's id
 * @param name the phase's name
 * @param startDay start, in days from the epoch
 * @param finishDay finish (exclusive), in days from the epoch
 * @param start start date
 * @param finish finish date (the day the phase is done)
 * @param mode the chosen mode's name
 * @param uses resource id to the units held, including the unit's pilots
 * @param flyingHours flying hours each pilot logs in it
 */
public record PhaseOutcome(
    String phaseId,
    String name,
    int startDay,
    int finishDay,
    LocalDate start,
    LocalDate finish,
    String mode,
    Map<String, Integer> uses,
    double flyingHours) {
  public PhaseOutcome {
    uses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(uses));
  }
}
