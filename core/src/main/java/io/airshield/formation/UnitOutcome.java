package io.airshield.formation;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit in a schedule: when it is ready against its deadline.
 *
 * @param unitId the unit's id
 * @param name its name
 * @param aircraftType what it flies
 * @param priority 1 is most urgent
 * @param readyDay the day its last phase is done, from the epoch
 * @param ready that date
 * @param deadline the date it must be ready by
 * @param latenessDays days late, 0 when on time
 * @param slackDays days to spare (negative when late)
 * @param proficiency 0..1, on the scenarios' scale from the flying hours on type, see {@link
 *     ReadyUnit}
 * @param phases its phases in file order
 */
public record UnitOutcome(
    String unitId,
    String name,
    String aircraftType,
    int priority,
    int readyDay,
    LocalDate ready,
    LocalDate deadline,
    int latenessDays,
    int slackDays,
    double proficiency,
    List<PhaseOutcome> phases) {
  public UnitOutcome {
    phases = List.copyOf(phases);
  }

  /**
   * @return whether the unit misses its deadline
   */
  public boolean late() {
    return latenessDays > 0;
  }
}
