package io.airshield.assessment;

import io.airshield.montecarlo.Estimate;
import java.util.List;

/**
 * The answer to "is our air defence enough?" for one scenario and run.
 *
 * @param scenarioId scenario identifier
 * @param title scenario title
 * @param period "start to end" in words
 * @param days days simulated
 * @param seed master seed
 * @param replications replications merged
 * @param precisionReached whether the requested precision was met (false when none was asked)
 * @param supply headline: tons per day on all lines
 * @param supplyShare share of capacity delivered
 * @param lines per rail line
 * @param keyPoints bridges, junctions and airfields: share of time open
 * @param figures the enemy's effort and losses, own losses and sorties, rates
 * @param units per fighter unit
 * @param weakest the weakest points, worst first
 * @param daily daily supply and lines open: median and 10-90% band per day
 * @param question the scenario's question (supply or intrusions), named in lower camel case
 * @param headline the figures that answer the scenario's question when it is not the supply (which
 *     {@code supply} and {@code supplyShare} answer): what the assessment leads with
 * @param losses the enemy's losses by mission (so by aircraft type) and cause
 * @param dailyLines tons delivered per line per day: the mean with its 95% confidence interval,
 *     line by line, day by day
 */
public record Assessment(
    String scenarioId,
    String title,
    String period,
    int days,
    long seed,
    long replications,
    boolean precisionReached,
    Estimate supply,
    Estimate supplyShare,
    List<LineResult> lines,
    List<PointResult> keyPoints,
    List<Figure> figures,
    List<UnitResult> units,
    List<WeakPoint> weakest,
    List<DayResult> daily,
    String question,
    List<Figure> headline,
    List<MissionLosses> losses,
    List<LineDayResult> dailyLines) {
  public Assessment {
    lines = List.copyOf(lines);
    keyPoints = List.copyOf(keyPoints);
    figures = List.copyOf(figures);
    units = List.copyOf(units);
    weakest = List.copyOf(weakest);
    daily = List.copyOf(daily);
    headline = List.copyOf(headline);
    losses = List.copyOf(losses);
    dailyLines = List.copyOf(dailyLines);
  }

  /**
   * The enemy's losses of one mission, by cause: what a reader checks the model against the record
   * with.
   *
   * @param id mission id
   * @param name mission name
   * @param type its aircraft type's name
   * @param byFighters its aircraft destroyed by our fighters
   * @param byHeavyAa by heavy AA
   * @param byLightAa by light AA, machine guns and small arms
   * @param escortsLost its escorts destroyed by our fighters
   */
  public record MissionLosses(
      String id,
      String name,
      String type,
      Estimate byFighters,
      Estimate byHeavyAa,
      Estimate byLightAa,
      Estimate escortsLost) {}

  /**
   * A rail line's result.
   *
   * @param id line id
   * @param name line name
   * @param capacityTonsPerDay its capacity (t/day)
   * @param tonsPerDay supply delivered (t/day)
   * @param share share of capacity delivered
   */
  public record LineResult(
      String id, String name, double capacityTonsPerDay, Estimate tonsPerDay, Estimate share) {}

  /**
   * A key point's result.
   *
   * @param id target id
   * @param name its name
   * @param kind its kind, as written in files
   * @param open share of time open
   * @param attacks attacks on it over the campaign
   * @param cuts times it was cut
   */
  public record PointResult(
      String id, String name, String kind, Estimate open, Estimate attacks, Estimate cuts) {}

  /**
   * A named figure.
   *
   * @param key machine name
   * @param label words for people
   * @param unit its unit, or empty
   * @param value the estimate
   */
  public record Figure(String key, String label, String unit, Estimate value) {}

  /**
   * A fighter unit's result.
   *
   * @param id unit id
   * @param name its name
   * @param sorties sorties flown
   * @param kills enemy aircraft destroyed
   * @param losses own aircraft lost
   */
  public record UnitResult(
      String id, String name, Estimate sorties, Estimate kills, Estimate losses) {}

  /**
   * A weak point.
   *
   * @param targetId target id
   * @param name its name
   * @param tonsLostPerDay supply lost while it was cut (t/day of its line's capacity)
   * @param open share of time open
   * @param reason why, in words, from the run's figures
   */
  public record WeakPoint(
      String targetId, String name, Estimate tonsLostPerDay, Estimate open, String reason) {}

  /**
   * One day of the campaign across replications.
   *
   * @param date the date
   * @param supplyMean mean tons delivered
   * @param supplyP10 10th percentile
   * @param supplyMedian median
   * @param supplyP90 90th percentile
   * @param linesOpenMean mean line-days open
   * @param linesOpenP10 10th percentile
   * @param linesOpenP90 90th percentile
   */
  public record DayResult(
      String date,
      double supplyMean,
      double supplyP10,
      double supplyMedian,
      double supplyP90,
      double linesOpenMean,
      double linesOpenP10,
      double linesOpenP90) {}

  /**
   * One line's supply on one day of the campaign across replications.
   *
   * @param line the line's id
   * @param name its name
   * @param day the day of the campaign (0 for the first)
   * @param date the date
   * @param tons tons delivered on the line that day: mean and 95% confidence interval
   */
  public record LineDayResult(String line, String name, int day, String date, Estimate tons) {}

  /**
   * @param key a figure's key
   * @return the figure
   */
  public Figure figure(final String key) {
    return figures.stream()
        .filter(f -> f.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no figure " + key));
  }
}
