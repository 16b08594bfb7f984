package io.airshield.montecarlo;

import io.airshield.campaign.Metric;
import io.airshield.campaign.Metrics;
import io.airshield.campaign.Theatre;

/**
 * The statistics layout of a campaign: histograms for the headline and the daily series (their
 * ranges are known before the run: 0 to the lines' capacity), and the ratios the assessment
 * reports.
 */
public final class CampaignStatistics {
  /** Enemy destroyed by fighters per own fighter lost. */
  public static final int EXCHANGE = 0;

  /** Share of day raids intercepted. */
  public static final int INTERCEPT_DAY = 1;

  /** Share of night raids intercepted. */
  public static final int INTERCEPT_NIGHT = 2;

  /** Share of bad-weather raids intercepted. */
  public static final int INTERCEPT_BAD_WEATHER = 3;

  /** Share of intrusions intercepted. */
  public static final int INTERCEPT_INTRUSIONS = 4;

  /** Enemy aircraft destroyed by AA per enemy sortie. */
  public static final int AA_KILLS_PER_SORTIE = 5;

  /**
   * Mean hours a closure lasted, by target kind: track, bridge, airfield, junction (ratio of hours
   * closed to closures; add the kind's ordinal).
   */
  public static final int CUT_HOURS_TRACK = 6;

  /** Share of night intrusions intercepted. */
  public static final int INTERCEPT_INTRUSIONS_NIGHT = 10;

  /** Share of bad-weather intrusions intercepted. */
  public static final int INTERCEPT_INTRUSIONS_BAD = 11;

  /** Share of intrusions that reached their target. */
  public static final int INTRUSIONS_REACHED = 12;

  /**
   * Share of the raids against cities that fighters intercepted before they released their bombs;
   * registered only when the theatre has cities.
   */
  public static final int CITY_RAIDS_INTERCEPTED = 13;

  private CampaignStatistics() {}

  /**
   * @param theatre the compiled theatre
   * @return empty statistics laid out for it
   */
  public static Statistics create(final Theatre theatre) {
    final Metrics m = theatre.metrics();
    final int days = theatre.days();
    final double cap = Math.max(1, theatre.totalCapacityTonsPerDay());
    final int lines = theatre.scenario().lines().size();
    final int[] slots = new int[2 + 2 * days];
    final double[] lo = new double[slots.length];
    final double[] hi = new double[slots.length];
    slots[0] = Metric.SUPPLY_TONS_PER_DAY.slot();
    hi[0] = cap;
    slots[1] = Metric.SUPPLY_SHARE.slot();
    hi[1] = 1;
    for (int d = 0; d < days; d++) {
      slots[2 + d] = m.daySupply(d);
      hi[2 + d] = cap;
      slots[2 + days + d] = m.dayLinesOpen(d);
      hi[2 + days + d] = Math.max(1, lines);
    }
    final int[][] pairs = {
      {Metric.KILLS_BY_FIGHTERS.slot(), Metric.OWN_LOSSES.slot()},
      {Metric.CONTACTS_DAY.slot(), Metric.RAIDS_DAY.slot()},
      {Metric.CONTACTS_NIGHT.slot(), Metric.RAIDS_NIGHT.slot()},
      {Metric.CONTACTS_BAD_WEATHER.slot(), Metric.RAIDS_BAD_WEATHER.slot()},
      {Metric.INTRUSIONS_INTERCEPTED.slot(), Metric.INTRUSIONS.slot()},
      {Metric.KILLS_BY_AA.slot(), Metric.ENEMY_SORTIES.slot()},
      {Metric.CLOSED_H_TRACK.slot(), Metric.CUTS_TRACK.slot()},
      {Metric.CLOSED_H_BRIDGE.slot(), Metric.CUTS_BRIDGE.slot()},
      {Metric.CLOSED_H_AIRFIELD.slot(), Metric.CUTS_AIRFIELD.slot()},
      {Metric.CLOSED_H_JUNCTION.slot(), Metric.CUTS_JUNCTION.slot()},
      {Metric.INTRUSIONS_NIGHT_INTERCEPTED.slot(), Metric.INTRUSIONS_NIGHT.slot()},
      {Metric.INTRUSIONS_BAD_INTERCEPTED.slot(), Metric.INTRUSIONS_BAD.slot()},
      {Metric.INTRUSIONS_REACHED.slot(), Metric.INTRUSIONS.slot()}
    };
    if (m.cities() == 0) {
      return new Statistics(m.size(), slots, lo, hi, pairs);
    }
    final int[][] withCities = java.util.Arrays.copyOf(pairs, pairs.length + 1);
    withCities[CITY_RAIDS_INTERCEPTED] = new int[] {m.cityRaidsIntercepted(), m.cityRaids()};
    return new Statistics(m.size(), slots, lo, hi, withCities);
  }
}
