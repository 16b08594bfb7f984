package io.airshield.formation;

import java.util.Map;

/**
 * One way of carrying out a training phase, e.g. "trained by a Soviet division in 10 weeks" or "by
 * our own instructors in 16".
 *
 * @param name the mode's name for reports
 * @param durationDays how long the phase takes this way, in days (files give weeks)
 * @param uses resource id to the units held while the phase runs, in file order
 * @param flyingHours flying hours each pilot logs in the phase this way (0 for ground work)
 * @param substitute whether the mode may use resources that do not serve the unit's kind (a
 *     substitute the sources allow, e.g. piston-engine technicians on a jet; its duration gives the
 *     slower pace)
 * @param source where the numbers come from
 */
public record PhaseMode(
    String name,
    int durationDays,
    Map<String, Integer> uses,
    double flyingHours,
    boolean substitute,
    String source) {
  public PhaseMode {
    uses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(uses));
  }
}
