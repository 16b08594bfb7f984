package io.airshield.formation;

import java.util.List;

/**
 * The least outside help that makes every unit ready by its deadline with at least a given
 * probability, as {@code airshield form --confidence} finds it.
 *
 * @param target the probability asked for, in (0, 1)
 * @param status what the search concluded
 * @param chosen the help (empty unless found)
 * @param totalCost the chosen items' weights summed
 * @param outcome the nominal schedule with that help (with every item when insufficient)
 * @param readiness its Monte Carlo
 * @param baseReadiness the Monte Carlo without help, on the same samples
 * @param gain the paired difference in the probability that every unit is ready (with minus
 *     without), with its 95 % interval, from the same samples
 * @param procedure how it was found and what it guarantees, in words
 * @param evaluations how many help sets were simulated
 */
public record ConfidenceHelp(
    double target,
    LeastHelp.Status status,
    List<ChosenHelp> chosen,
    double totalCost,
    PlanOutcome outcome,
    Readiness readiness,
    Readiness baseReadiness,
    Readiness.Probability gain,
    String procedure,
    int evaluations) {
  public ConfidenceHelp {
    chosen = List.copyOf(chosen);
  }
}
