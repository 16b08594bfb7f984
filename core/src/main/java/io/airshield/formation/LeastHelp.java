package io.airshield.formation;

import java.util.List;

/**
 * The least outside help that makes every unit ready by its deadline.
 *
 * @param status what the search concluded
 * @param chosen the help to request, with dates (empty unless {@link Status#FOUND})
 * @param totalCost the sum of the chosen items' costs
 * @param outcome the schedule with that help; with {@link Status#INSUFFICIENT}, the schedule with
 *     every offered item at its earliest date
 * @param method how it was found: exact enumeration or greedy with drop and swap
 * @param evaluations how many schedules the search asked the scheduler for
 * @param residualBinding with {@link Status#INSUFFICIENT}, what still binds the late units
 */
public record LeastHelp(
    Status status,
    List<ChosenHelp> chosen,
    double totalCost,
    PlanOutcome outcome,
    String method,
    int evaluations,
    List<Binding> residualBinding) {
  public LeastHelp {
    chosen = List.copyOf(chosen);
    residualBinding = List.copyOf(residualBinding);
  }

  /** The conclusion of the search for help. */
  public enum Status {
    /** Every unit is ready in time without help. */
    NOT_NEEDED,
    /** Help makes every unit ready in time; {@code chosen} is the least found. */
    FOUND,
    /** Even every offered item at its earliest date leaves some unit late. */
    INSUFFICIENT
  }
}
