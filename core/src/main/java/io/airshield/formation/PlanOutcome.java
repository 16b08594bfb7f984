package io.airshield.formation;

import java.util.List;

/**
 * A plan scheduled with a given set of outside help.
 *
 * @param help the help assumed (empty: none)
 * @param feasible whether every phase had a mode it could ever run in; when false, {@code units} is
 *     empty and {@code impossible} names the phases
 * @param impossible phases ({@code unit.phase}) no mode of which can ever run with this help
 * @param units every unit, in plan order
 * @param totalLatenessDays the sum of the units' lateness
 * @param makespanDay the day the last training phase is done
 */
public record PlanOutcome(
    List<ChosenHelp> help,
    boolean feasible,
    List<String> impossible,
    List<UnitOutcome> units,
    int totalLatenessDays,
    int makespanDay) {
  public PlanOutcome {
    help = List.copyOf(help);
    impossible = List.copyOf(impossible);
    units = List.copyOf(units);
  }

  /**
   * @return the units that miss their deadline
   */
  public List<UnitOutcome> late() {
    return units.stream().filter(UnitOutcome::late).toList();
  }

  /**
   * @return the total lateness, or {@link Long#MAX_VALUE} when infeasible (for comparisons)
   */
  public long score() {
    return feasible ? totalLatenessDays : Long.MAX_VALUE;
  }

  /**
   * @return each unit's ready date and proficiency, for a campaign scenario to take newly formed
   *     units from
   */
  public List<ReadyUnit> readyUnits() {
    return units.stream()
        .map(u -> new ReadyUnit(u.unitId(), u.name(), u.aircraftType(), u.ready(), u.proficiency()))
        .toList();
  }
}
