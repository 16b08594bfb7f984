package io.airshield.campaign;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a replication's outcome vector: which slot holds which figure. One replication
 * writes one {@code double[]} of {@link #size()} figures; the Monte Carlo layer keeps only
 * streaming statistics of them. Slots are grouped: campaign totals, then per line, per target, per
 * fighter unit and per day.
 */
public final class Metrics {
  /** Tons delivered over the campaign on all lines. */
  public static final int SUPPLY_TONS = 0;

  /** Tons delivered per day on all lines (the headline figure). */
  public static final int SUPPLY_TONS_PER_DAY = 1;

  /** Share of the lines' capacity delivered. */
  public static final int SUPPLY_SHARE = 2;

  /** Enemy sorties flown (attackers, escorts, sweeps, intruders). */
  public static final int ENEMY_SORTIES = 3;

  /** Raids that reached their target and attacked. */
  public static final int ATTACKS = 4;

  /** Raids launched against targets (not sweeps). */
  public static final int RAIDS = 5;

  /** Raids that jettisoned their bombs or turned back after an interception. */
  public static final int RAIDS_ABORTED = 6;

  /** Enemy aircraft destroyed by fighters. */
  public static final int KILLS_BY_FIGHTERS = 7;

  /** Enemy aircraft destroyed by AA fire. */
  public static final int KILLS_BY_AA = 8;

  /** Own fighters lost. */
  public static final int OWN_LOSSES = 9;

  /** Own fighter sorties. */
  public static final int OWN_SORTIES = 10;

  /** Raids whose target was reached by day (and in clear weather). */
  public static final int RAIDS_DAY = 11;

  /** Of those, raids intercepted (fighters made contact). */
  public static final int CONTACTS_DAY = 12;

  /** Raids at night or in twilight, clear weather. */
  public static final int RAIDS_NIGHT = 13;

  /** Of those, raids intercepted. */
  public static final int CONTACTS_NIGHT = 14;

  /** Raids in marginal or adverse weather. */
  public static final int RAIDS_BAD_WEATHER = 15;

  /** Of those, raids intercepted. */
  public static final int CONTACTS_BAD_WEATHER = 16;

  /** Intrusion flights (reconnaissance, dropping). */
  public static final int INTRUSIONS = 17;

  /** Intrusion flights intercepted. */
  public static final int INTRUSIONS_INTERCEPTED = 18;

  /** 1 if the enemy moved a day mission to night during the campaign. */
  public static final int ENEMY_WENT_NIGHT = 19;

  /** Events processed (a measure of work, not a result). */
  public static final int EVENTS = 20;

  /** Raids cancelled by weather over the target. */
  public static final int RAIDS_WEATHER_CANCELLED = 21;

  /** Fighter-bombers destroyed by fighters. */
  public static final int KILLS_FB_BY_FIGHTERS = 22;

  /** Bombers and intruders destroyed by fighters. */
  public static final int KILLS_BOMBERS_BY_FIGHTERS = 23;

  /** Escorting and sweeping fighters destroyed by fighters. */
  public static final int KILLS_FIGHTERS_BY_FIGHTERS = 24;

  /** Enemy aircraft destroyed by heavy AA (guns with a ceiling above 4,000 m). */
  public static final int KILLS_BY_HEAVY_AA = 25;

  /**
   * Enemy aircraft destroyed by light AA, machine guns and small arms, at points and along the
   * lines.
   */
  public static final int KILLS_BY_LIGHT_AA = 26;

  /** Of those, by the guns spread along the lines. */
  public static final int KILLS_ALONG_LINES = 27;

  /** Own fighters lost to escorts, sweeps and fighter-bombers. */
  public static final int OWN_LOST_TO_FIGHTERS = 28;

  /** Own fighters lost to bombers' defensive fire. */
  public static final int OWN_LOST_TO_GUNNERS = 29;

  /** Fighter-bombers that jettisoned their bombs when intercepted (attacks spoilt by fighters). */
  public static final int JETTISONED = 30;

  /** Attackers that released higher under ground fire (attacks spoilt by AA). */
  public static final int SUPPRESSED = 31;

  /** Closures of track sections. */
  public static final int CUTS_TRACK = 32;

  /** Closures of bridges. */
  public static final int CUTS_BRIDGE = 33;

  /** Closures of junctions and yards. */
  public static final int CUTS_JUNCTION = 35;

  /** Closures of airfields. */
  public static final int CUTS_AIRFIELD = 34;

  /** Hours track sections were closed, summed over sections. */
  public static final int CLOSED_H_TRACK = 36;

  /** Hours bridges were closed, summed. */
  public static final int CLOSED_H_BRIDGE = 37;

  /** Hours junctions were closed, summed. */
  public static final int CLOSED_H_JUNCTION = 39;

  /** Hours airfields were closed, summed. */
  public static final int CLOSED_H_AIRFIELD = 38;

  /** Hits on targets (each a cut or a hole needing repair). */
  public static final int HITS = 40;

  /** Aircraft and pilots replaced from the rear. */
  public static final int REPLACEMENTS = 41;

  /** Days the airfields were usable (built and not cut), summed over the airfields. */
  public static final int AIRFIELD_DAYS_USABLE = 42;

  /** Own fighter sorties flown from forward airfields. */
  public static final int FORWARD_SORTIES = 43;

  /** Intrusion flights at night or in twilight. */
  public static final int INTRUSIONS_NIGHT = 44;

  /** Of them, intercepted. */
  public static final int INTRUSIONS_NIGHT_INTERCEPTED = 45;

  /** Intrusion flights in bad weather. */
  public static final int INTRUSIONS_BAD = 46;

  /** Of them, intercepted. */
  public static final int INTRUSIONS_BAD_INTERCEPTED = 47;

  /** Intrusion flights that reached their target. */
  public static final int INTRUSIONS_REACHED = 48;

  /**
   * Repair jobs set back by a night attack on the site their crew was working ({@link
   * io.airshield.domain.ModelParameter#REPAIR_STRAFE_LOSS}).
   */
  public static final int REPAIRS_DISRUPTED = 49;

  private static final int SCALARS = 50;

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
    return c0() + (cities > 0 ? CITY_SCALARS + cities : 0);
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
   * @return names of the scalar slots, for CSV headers
   */
  public static List<String> scalarNames() {
    final List<String> names =
        new ArrayList<>(
            List.of(
                "supplyTons",
                "supplyTonsPerDay",
                "supplyShare",
                "enemySorties",
                "attacks",
                "raids",
                "raidsAborted",
                "killsByFighters",
                "killsByAa",
                "ownLosses",
                "ownSorties",
                "raidsDay",
                "contactsDay",
                "raidsNight",
                "contactsNight",
                "raidsBadWeather",
                "contactsBadWeather",
                "intrusions",
                "intrusionsIntercepted",
                "enemyWentNight",
                "events",
                "raidsWeatherCancelled",
                "fighterBombersDestroyedByFighters",
                "bombersDestroyedByFighters",
                "escortsDestroyedByFighters",
                "killsByHeavyAa",
                "killsByLightAa",
                "killsAlongLines",
                "ownLostToFighters",
                "ownLostToGunners",
                "jettisoned",
                "suppressed",
                "cutsTrack",
                "cutsBridge",
                "cutsAirfield",
                "cutsJunction",
                "closedHoursTrack",
                "closedHoursBridge",
                "closedHoursAirfield",
                "closedHoursJunction",
                "hits",
                "replacements",
                "airfieldDaysUsable",
                "forwardSorties",
                "intrusionsNight",
                "intrusionsNightIntercepted",
                "intrusionsBadWeather",
                "intrusionsBadWeatherIntercepted",
                "intrusionsReached",
                "repairsDisrupted"));
    if (names.size() != SCALARS) {
      throw new IllegalStateException("scalar names out of step");
    }
    return names;
  }
}
