package io.airshield.formation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A formation plan: the units to form and train, the resources their training holds, and the
 * outside help that may be requested. Read by {@link PlanReader}, solved by {@link
 * FormationPlanner}. Time inside is whole days from {@link #start()}, the epoch.
 *
 * @param name the plan's short name
 * @param title a one-line description
 * @param source where the plan comes from
 * @param start the epoch: day 0
 * @param end the end of the horizon: nothing is dated after it
 * @param pilotResource the resource the units' {@code pilotsNeeded} are drawn from, or empty
 * @param proficientFlyingHours flying hours on type at which a unit has finished its course
 * @param formedProficiency the proficiency (on the scenarios' scale, 1 = the best Soviet regiments
 *     of 1951) of a newly formed unit whose pilots flew the full course on type; see {@link
 *     ReadyUnit}
 * @param resources the resources
 * @param units the units to form, in file order
 * @param help the outside help that may be requested
 * @param durationFactor the default factor a phase's duration may slip by
 * @param request the drafted request's addressee, sender and reference
 */
public record FormationPlan(
    String name,
    String title,
    String source,
    LocalDate start,
    LocalDate end,
    String pilotResource,
    double proficientFlyingHours,
    double formedProficiency,
    List<PlanResource> resources,
    List<FormingUnit> units,
    List<HelpOption> help,
    Spread durationFactor,
    RequestHeader request) {
  public FormationPlan {
    resources = List.copyOf(resources);
    units = List.copyOf(units);
    help = List.copyOf(help);
  }

  /**
   * @param date a date
   * @return whole days from the epoch to it
   */
  public int day(final LocalDate date) {
    return (int) ChronoUnit.DAYS.between(start, date);
  }

  /**
   * @param day days from the epoch
   * @return the date
   */
  public LocalDate date(final int day) {
    return start.plusDays(day);
  }

  /**
   * @return the horizon's length in days
   */
  public int horizonDays() {
    return day(end);
  }

  /**
   * @param id a resource id
   * @return the resource
   */
  public Optional<PlanResource> resource(final String id) {
    return resources.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * @param id a unit id
   * @return the unit
   */
  public Optional<FormingUnit> unit(final String id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst();
  }
}
