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
 * @param steps the capacity over time, by date, strictly increasing; 0 before the first
 * @param source where the numbers come from ({@code [S62]}, {@code [R]}, {@code cable}, {@code
 *     estimate: why})
 */
public record PlanResource(
    String id, String name, boolean assigned, List<CapacityStep> steps, String source) {
  public PlanResource {
    steps = List.copyOf(steps);
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
