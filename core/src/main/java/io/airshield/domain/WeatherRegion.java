package io.airshield.domain;

import java.util.List;

/**
 * A region with its own daily weather, drawn from a Markov chain whose stationary distribution is
 * the month's climatology: with probability {@code persistence} the weather stays as it was,
 * otherwise it is drawn afresh from the month's shares. Every place belongs to the region with the
 * nearest centre.
 *
 * @param id identifier
 * @param name display name
 * @param centre the region's centre
 * @param months climatology by calendar month (those the scenario's period covers)
 * @param source source tag or "estimate"
 */
public record WeatherRegion(
    String id, String name, GeoPoint centre, List<MonthClimate> months, String source) {
  public WeatherRegion {
    months = List.copyOf(months);
  }

  /**
   * One month's climatology.
   *
   * @param month calendar month 1-12
   * @param clear share of clear days (fraction)
   * @param marginal share of marginal days (fraction)
   * @param adverse share of adverse days (fraction)
   * @param persistence probability that a day keeps the previous day's weather (fraction)
   */
  public record MonthClimate(
      int month, double clear, double marginal, double adverse, double persistence) {}

  /**
   * @param month calendar month 1-12
   * @return that month's climatology, or the nearest month given
   */
  public MonthClimate climate(final int month) {
    MonthClimate best = months.get(0);
    int bestD = Integer.MAX_VALUE;
    for (MonthClimate m : months) {
      final int d = Math.min(Math.abs(m.month() - month), 12 - Math.abs(m.month() - month));
      if (d < bestD) {
        bestD = d;
        best = m;
      }
    }
    return best;
  }
}
