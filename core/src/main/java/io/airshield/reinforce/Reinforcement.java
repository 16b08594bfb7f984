package io.airshield.reinforce;

import io.airshield.montecarlo.Estimate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of ranking a pool's stationing plans: every number the text, the JSON and the drafted
 * request print comes from here, and everything here comes from the run.
 *
 * @param scenarioId the scenario
 * @param scenarioTitle its title
 * @param periodStart first day of the period
 * @param periodEnd last day
 * @param days days in the period
 * @param poolId the pool
 * @param poolTitle its title
 * @param objectiveName the objective's name
 * @param objectiveUnit its unit
 * @param seed master seed
 * @param confidence the requested probability of correct selection
 * @param indifference the indifference zone, objective units
 * @param indifferenceRule how the zone was set, e.g. "2% of the baseline"
 * @param firstStage KN's first-stage replications
 * @param maxReplications the cap per plan
 * @param plansFeasible feasible plans (capped at Plans.COUNT_LIMIT)
 * @param searched whether the candidates were searched rather than enumerated
 * @param plansScreened plans the screen scored
 * @param plansSimulated plans the simulation ranked
 * @param ranking the simulated plans, best first
 * @param screenedOut the plans the screen dropped, best screen score first
 * @param baseline the objective with no reinforcement
 * @param baselineFigures campaign figures with no reinforcement
 * @param bestFigures the same figures with the best plan
 * @param bestGains the best plan's paired gain in each figure
 * @param lineNames each rail line's name, by id in scenario order
 * @param baselineLineOpen each rail line's share of time open (0 to 1) with no reinforcement, by
 *     line id in scenario order
 * @param bestLineOpen the same shares with the best plan
 * @param bestLineOpenGains the best plan's paired gain in each line's share of time open
 * @param converged whether KN ended with one plan (its guarantee holds)
 * @param decided whether the run chose: KN ended with one plan and no other plan gave the same
 *     outputs in every replication they shared; when false the output declines to choose
 * @param pcsEstimate estimated probability that the selected plan is the best or within the
 *     indifference zone of it (Bonferroni bound from the paired differences)
 * @param replications total replications run (plans and baseline)
 * @param baselineReplications replications of the baseline
 * @param named the pool's named plans, file order, each with its paired comparisons
 * @param recommendedKey the plan the request asks for: the selected one, or the plan the cable
 *     asked for when the run cannot separate the two
 * @param askedSeparated whether the selected plan is separated from the asked one (true when the
 *     pool marks none, or when the asked plan is the selected one)
 * @param bestVsAsked the selected plan's paired difference to the asked one (NaN if none or the
 *     same)
 * @param notes remarks on the run
 */
public record Reinforcement(
    String scenarioId,
    String scenarioTitle,
    String periodStart,
    String periodEnd,
    int days,
    String poolId,
    String poolTitle,
    String objectiveName,
    String objectiveUnit,
    long seed,
    double confidence,
    double indifference,
    String indifferenceRule,
    int firstStage,
    int maxReplications,
    long plansFeasible,
    boolean searched,
    int plansScreened,
    int plansSimulated,
    List<Ranked> ranking,
    List<Screened> screenedOut,
    Estimate baseline,
    Map<String, Estimate> baselineFigures,
    Map<String, Estimate> bestFigures,
    Map<String, Estimate> bestGains,
    Map<String, String> lineNames,
    Map<String, Estimate> baselineLineOpen,
    Map<String, Estimate> bestLineOpen,
    Map<String, Estimate> bestLineOpenGains,
    boolean converged,
    boolean decided,
    double pcsEstimate,
    long replications,
    long baselineReplications,
    List<NamedPlan> named,
    String recommendedKey,
    boolean askedSeparated,
    Estimate bestVsAsked,
    List<String> notes) {
  public Reinforcement {
    named = List.copyOf(named);
    ranking = List.copyOf(ranking);
    screenedOut = List.copyOf(screenedOut);
    baselineFigures = Collections.unmodifiableMap(new LinkedHashMap<>(baselineFigures));
    bestFigures = Collections.unmodifiableMap(new LinkedHashMap<>(bestFigures));
    bestGains = Collections.unmodifiableMap(new LinkedHashMap<>(bestGains));
    lineNames = Collections.unmodifiableMap(new LinkedHashMap<>(lineNames));
    baselineLineOpen = Collections.unmodifiableMap(new LinkedHashMap<>(baselineLineOpen));
    bestLineOpen = Collections.unmodifiableMap(new LinkedHashMap<>(bestLineOpen));
    bestLineOpenGains = Collections.unmodifiableMap(new LinkedHashMap<>(bestLineOpenGains));
    notes = List.copyOf(notes);
  }

  /**
   * One simulated plan.
   *
   * @param rank 1 = selected
   * @param key the plan's canonical key
   * @param label short label
   * @param stations its stations
   * @param screenGain the screen's expected gain over doing nothing
   * @param objective the objective: the baseline's mean plus the paired gain, 95% interval
   *     (Reinforcer.shifted)
   * @param gainVsNothing paired gain over no reinforcement, 95% interval
   * @param gainVsOther for rank 1, the paired gain over rank 2 (the runner-up); for the others, the
   *     paired difference to rank 1 (negative: what it falls short by)
   * @param replications replications of this plan
   * @param survived whether it was still in contention when KN stopped
   */
  public record Ranked(
      int rank,
      String key,
      String label,
      List<Plan.Station> stations,
      double screenGain,
      Estimate objective,
      Estimate gainVsNothing,
      Estimate gainVsOther,
      int replications,
      boolean survived) {
    public Ranked {
      stations = List.copyOf(stations);
    }
  }

  /**
   * A plan the screen dropped.
   *
   * @param key canonical key
   * @param label short label
   * @param screenGain the screen's expected gain
   */
  public record Screened(String key, String label, double screenGain) {}

  /**
   * @return the selected plan
   */
  public Ranked best() {
    return ranking.get(0);
  }

  /**
   * A named plan of the pool, evaluated beside the search on the same replications.
   *
   * @param id its short name in the pool file
   * @param name its display name
   * @param asked whether it is the plan the cable asked for
   * @param key the plan's canonical key
   * @param label its stations, short
   * @param rank its rank among the simulated plans
   * @param objective the objective: the baseline's mean plus the paired gain, 95% interval
   *     (Reinforcer.shifted)
   * @param gainVsNothing paired gain over no reinforcement, 95% interval
   * @param selectedLead the selected plan's paired lead over it (0 for the selected plan itself)
   * @param replications replications of it
   * @param versus its paired difference (this minus that) to each named plan, in pool order (NaN
   *     for itself)
   */
  public record NamedPlan(
      String id,
      String name,
      boolean asked,
      String key,
      String label,
      int rank,
      Estimate objective,
      Estimate gainVsNothing,
      Estimate selectedLead,
      int replications,
      List<Estimate> versus) {
    public NamedPlan {
      versus = List.copyOf(versus);
    }
  }

  /**
   * @return the ranked row of the plan the request asks for
   */
  public Ranked recommended() {
    return ranking.stream()
        .filter(p -> p.key().equals(recommendedKey))
        .findFirst()
        .orElse(ranking.get(0));
  }
}
