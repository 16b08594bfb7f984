package io.airshield.campaign;

import java.util.List;

/**
 * The layout of a replication's outcome vector: which slot holds which figure. One replication
 * writes one {@code double[]} of {@link #size()} figures; the Monte Carlo layer keeps only
 * streaming statistics of them. Slots are grouped: campaign totals (the {@link Metric}s), then per
 * line, per target, per fighter unit, per day, per mission, per city, and last per line and day.
 */
public final class Metrics {
  private static final List<String> NAMES = Metric.all().stream().map(Metric::key).toList();

  /** Slots of the campaign totals, one per {@link Metric}. */
  private static final int SCALARS = Metric.all().size();

  /** Slots of the cities' totals, after the missions' (present only with cities). */
  private static final int CITY_SCALARS = 4;

  private final int lines;
  private final int targets;
  private final int units;
  private final int days;
  private final int missions;
  private final int cities;

  /**
   * @param lines rail lines
   * @param targets targets
   * @param units fighter units
   * @param days days in the campaign
   * @param missions the enemy's missions
   */
  public Metrics(
      final int lines, final int targets, final int units, final int days, final int missions) {
    this(lines, targets, units, days, missions, 0);
  }

  /**
   * @param lines rail lines
   * @param targets targets
   * @param units fighter units
   * @param days days in the campaign
   * @param missions the enemy's missions
   * @param cities city targets: with none, no city slot exists and the layout is as before them
   */
  public Metrics(
      final int lines,
      final int targets,
      final int units,
      final int days,
      final int missions,
      final int cities) {
    this.lines = lines;
    this.targets = targets;
    this.units = units;
    this.days = days;
    this.missions = missions;
    this.cities = cities;
  }

  /**
   * @return the number of slots
   */
  public int size() {
    return ld0() + lines * days;
  }

  /** The first slot of the per-line daily series, after the cities' (after all older slots). */
  private int ld0() {
    return c0() + (cities > 0 ? CITY_SCALARS + cities : 0);
  }

  /**
   * The daily series per line: tons delivered on line l on day d. These slots come last, so the
   * slots before them keep the places they had before the series existed.
   *
   * @param l line
   * @param d day
   * @return slot of the tons delivered on that line that day
   */
  public int lineDayTons(final int l, final int d) {
    return ld0() + l * days + d;
  }

  /**
   * @return the first slot of the per-line daily series ({@link #size()} when there is none): every
   *     slot before it is laid out as before the series existed
   */
  public int lineDaysStart() {
    return ld0();
  }

  private int c0() {
    return SCALARS + 2 * lines + 7 * targets + 3 * units + 2 * days + 4 * missions;
  }

  /**
   * @return the number of city targets
   */
  public int cities() {
    return cities;
  }

  /**
   * @return slot of the share of the cities' total value destroyed (0 to 1); only with cities
   */
  public int cityValueDestroyed() {
    return c0();
  }

  /**
   * @return slot of raids against cities (those that reached their city or were turned back on the
   *     way); only with cities
   */
  public int cityRaids() {
    return c0() + 1;
  }

  /**
   * @return slot of the raids against cities that fighters intercepted before they released their
   *     bombs; only with cities
   */
  public int cityRaidsIntercepted() {
    return c0() + 2;
  }

  /**
   * @return slot of attackers whose bombs hit a city; only with cities
   */
  public int cityHits() {
    return c0() + 3;
  }

  /**
   * @param c a city (in the order of the targets)
   * @return slot of the share of its value destroyed (0 to 1)
   */
  public int cityDestroyed(final int c) {
    return c0() + CITY_SCALARS + c;
  }

  /**
   * @param l line @return slot of tons delivered on it
   */
  public int lineTons(final int l) {
    return SCALARS + l;
  }

  /**
   * @param l line @return slot of the share of time it was open
   */
  public int lineOpen(final int l) {
    return SCALARS + lines + l;
  }

  private int t0() {
    return SCALARS + 2 * lines;
  }

  /**
   * @param t target @return slot of the share of time it was open
   */
  public int targetOpen(final int t) {
    return t0() + t;
  }

  /**
   * @param t target @return slot of attacks on it
   */
  public int targetAttacks(final int t) {
    return t0() + targets + t;
  }

  /**
   * @param t target @return slot of attacks on it that no fighter intercepted
   */
  public int targetUnopposed(final int t) {
    return t0() + 2 * targets + t;
  }

  /**
   * @param t target @return slot of attackers destroyed by AA over it
   */
  public int targetAaKills(final int t) {
    return t0() + 3 * targets + t;
  }

  /**
   * @param t target @return slot of hours it waited for a repair crew
   */
  public int targetRepairWaitH(final int t) {
    return t0() + 4 * targets + t;
  }

  /**
   * @param t target @return slot of times it was cut
   */
  public int targetCuts(final int t) {
    return t0() + 5 * targets + t;
  }

  /**
   * @param t target @return slot of the share of the period's dark hours, when the trains ran, in
   *     which it was closed
   */
  public int targetClosedDark(final int t) {
    return t0() + 6 * targets + t;
  }

  private int u0() {
    return t0() + 7 * targets;
  }

  /**
   * @param u unit @return slot of its sorties
   */
  public int unitSorties(final int u) {
    return u0() + u;
  }

  /**
   * @param u unit @return slot of its kills
   */
  public int unitKills(final int u) {
    return u0() + units + u;
  }

  /**
   * @param u unit @return slot of its losses
   */
  public int unitLosses(final int u) {
    return u0() + 2 * units + u;
  }

  private int d0() {
    return u0() + 3 * units;
  }

  /**
   * @param d day @return slot of tons delivered that day
   */
  public int daySupply(final int d) {
    return d0() + d;
  }

  /**
   * @param d day @return slot of lines open that day (line-days)
   */
  public int dayLinesOpen(final int d) {
    return d0() + days + d;
  }

  private int m0() {
    return d0() + 2 * days;
  }

  /**
   * @param m mission @return slot of its aircraft destroyed by fighters (escorts and sweepers of
   *     other missions count under their own)
   */
  public int missionKillsByFighters(final int m) {
    return m0() + m;
  }

  /**
   * @param m mission @return slot of its aircraft destroyed by heavy AA
   */
  public int missionKillsByHeavyAa(final int m) {
    return m0() + missions + m;
  }

  /**
   * @param m mission @return slot of its aircraft destroyed by light AA and small arms
   */
  public int missionKillsByLightAa(final int m) {
    return m0() + 2 * missions + m;
  }

  /**
   * @param m mission @return slot of its escorts destroyed by fighters
   */
  public int missionEscortsLost(final int m) {
    return m0() + 3 * missions + m;
  }

  /**
   * @return the number of days
   */
  public int days() {
    return days;
  }

  /**
   * @return names of the scalar slots ({@link Metric#key()} in slot order), for CSV headers
   */
  public static List<String> scalarNames() {
    return NAMES;
  }
}
