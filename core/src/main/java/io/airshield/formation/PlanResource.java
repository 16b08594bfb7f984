package io.airshield.formation;

import java.util.List;

/**
 * A resource that training phases hold: instructor pilots, a trainer unit, airfield places,
 * aircraft, maintenance crews, advisers, or the pilots themselves.
 *
 * @param id the name phases and help refer to
 * @param name a readable name for reports
 * @param assigned whether units keep what they take for good (pilots, aircraft): an assigned
 *     resource is held by a unit from its first phase that uses it until the end of the horizon,
 *     instead of being returned when a phase ends
 * @param serves the kinds of unit it can train or serve (e.g. {@code jet}, {@code MiG-9}); a unit
 *     may use it when one of them is among the unit's {@link FormingUnit#kinds()}, or in a mode
 *     marked {@link PhaseMode#substitute()}; empty: any unit
 * @param steps the capacity over time, by date, strictly increasing; 0 before the first
 * @param source where the numbers come from ({@code [S62]}, {@code [R]}, {@code cable}, {@code
 *     estimate: why})
 */
public record PlanResource(
    String id,
    String name,
    boolean assigned,
    List<String> serves,
    List<CapacityStep> steps,
    String source) {
  public PlanResource {
    serves = List.copyOf(serves);
    steps = List.copyOf(steps);
  }

  /**
   * @param unit a unit
   * @return whether this resource serves the unit's kind without a substitute mode
   */
  public boolean serves(final FormingUnit unit) {
    return serves.isEmpty() || serves.stream().anyMatch(unit.kinds()::contains);
  }

  /**
   * @return the largest capacity this resource ever has, before any help
   */
  public int maxCapacity() {
    int max = 0;
    for (CapacityStep s : steps) {
      max = Math.max(max, s.capacity());
    }
    return max;
  }
}
