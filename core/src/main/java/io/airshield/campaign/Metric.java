package io.airshield.campaign;

import java.util.List;

/**
 * The campaign's scalar figures: one constant per slot at the head of a replication's outcome
 * vector ({@link Metrics} lays out the slots after them, per line, target, unit, day and mission).
 * Each constant carries the name it has in CSV headers, JSON and golden files (camel case, the unit
 * in the name where it has one), its unit and what it counts, so that the slot, the name and the
 * meaning are written once (the description is each figure's documentation). The declaration order
 * is the slot order: {@link #slot()} is the ordinal, and a new figure goes at the end so that
 * stored runs keep their meaning.
 */
public enum Metric {
  SUPPLY_TONS("supplyTons", "t", "Tons delivered over the campaign on all lines."),

  SUPPLY_TONS_PER_DAY(
      "supplyTonsPerDay", "t/day", "Tons delivered per day on all lines (the headline figure)."),

  SUPPLY_SHARE("supplyShare", "share", "Share of the lines' capacity delivered."),

  ENEMY_SORTIES(
      "enemySorties", "sorties", "Enemy sorties flown (attackers, escorts, sweeps, intruders)."),

  ATTACKS("attacks", "raids", "Raids that reached their target and attacked."),

  RAIDS("raids", "raids", "Raids launched against targets (not sweeps)."),

  RAIDS_ABORTED(
      "raidsAborted",
      "raids",
      "Raids that jettisoned their bombs or turned back after an interception."),

  KILLS_BY_FIGHTERS("killsByFighters", "aircraft", "Enemy aircraft destroyed by fighters."),

  KILLS_BY_AA("killsByAa", "aircraft", "Enemy aircraft destroyed by AA fire."),

  OWN_LOSSES("ownLosses", "aircraft", "Own fighters lost."),

  OWN_SORTIES("ownSorties", "sorties", "Own fighter sorties."),

  RAIDS_DAY("raidsDay", "raids", "Raids whose target was reached by day (and in clear weather)."),

  CONTACTS_DAY("contactsDay", "raids", "Of those, raids intercepted (fighters made contact)."),

  RAIDS_NIGHT("raidsNight", "raids", "Raids at night or in twilight, clear weather."),

  CONTACTS_NIGHT("contactsNight", "raids", "Of those, raids intercepted."),

  RAIDS_BAD_WEATHER("raidsBadWeather", "raids", "Raids in marginal or adverse weather."),

  CONTACTS_BAD_WEATHER("contactsBadWeather", "raids", "Of those, raids intercepted."),

  INTRUSIONS("intrusions", "flights", "Intrusion flights (reconnaissance, dropping)."),

  INTRUSIONS_INTERCEPTED("intrusionsIntercepted", "flights", "Intrusion flights intercepted."),

  ENEMY_WENT_NIGHT(
      "enemyWentNight", "flag", "1 if the enemy moved a day mission to night during the campaign."),

  EVENTS("events", "events", "Events processed (a measure of work, not a result)."),

  RAIDS_WEATHER_CANCELLED(
      "raidsWeatherCancelled", "raids", "Raids cancelled by weather over the target."),

  KILLS_FB_BY_FIGHTERS(
      "fighterBombersDestroyedByFighters", "aircraft", "Fighter-bombers destroyed by fighters."),

  KILLS_BOMBERS_BY_FIGHTERS(
      "bombersDestroyedByFighters", "aircraft", "Bombers and intruders destroyed by fighters."),

  KILLS_FIGHTERS_BY_FIGHTERS(
      "escortsDestroyedByFighters",
      "aircraft",
      "Escorting and sweeping fighters destroyed by fighters."),

  KILLS_BY_HEAVY_AA(
      "killsByHeavyAa",
      "aircraft",
      "Enemy aircraft destroyed by heavy AA (guns with a ceiling above 4,000 m)."),

  KILLS_BY_LIGHT_AA(
      "killsByLightAa",
      "aircraft",
      "Enemy aircraft destroyed by light AA, machine guns and small arms, at points and along the lines."),

  KILLS_ALONG_LINES("killsAlongLines", "aircraft", "Of those, by the guns spread along the lines."),

  OWN_LOST_TO_FIGHTERS(
      "ownLostToFighters", "aircraft", "Own fighters lost to escorts, sweeps and fighter-bombers."),

  OWN_LOST_TO_GUNNERS(
      "ownLostToGunners", "aircraft", "Own fighters lost to bombers' defensive fire."),

  JETTISONED(
      "jettisoned",
      "aircraft",
      "Fighter-bombers that jettisoned their bombs when intercepted (attacks spoilt by fighters)."),

  SUPPRESSED(
      "suppressed",
      "aircraft",
      "Attackers that released higher under ground fire (attacks spoilt by AA)."),

  CUTS_TRACK("cutsTrack", "closures", "Closures of track sections."),

  CUTS_BRIDGE("cutsBridge", "closures", "Closures of bridges."),

  CUTS_AIRFIELD("cutsAirfield", "closures", "Closures of airfields."),

  CUTS_JUNCTION("cutsJunction", "closures", "Closures of junctions and yards."),

  CLOSED_H_TRACK(
      "closedHoursTrack", "h", "Hours track sections were closed, summed over sections."),

  CLOSED_H_BRIDGE("closedHoursBridge", "h", "Hours bridges were closed, summed."),

  CLOSED_H_AIRFIELD("closedHoursAirfield", "h", "Hours airfields were closed, summed."),

  CLOSED_H_JUNCTION("closedHoursJunction", "h", "Hours junctions were closed, summed."),

  HITS("hits", "hits", "Hits on targets (each a cut or a hole needing repair)."),

  REPLACEMENTS("replacements", "aircraft", "Aircraft and pilots replaced from the rear."),

  AIRFIELD_DAYS_USABLE(
      "airfieldDaysUsable",
      "day",
      "Days the airfields were usable (built and not cut), summed over the airfields."),

  FORWARD_SORTIES("forwardSorties", "sorties", "Own fighter sorties flown from forward airfields."),

  INTRUSIONS_NIGHT("intrusionsNight", "flights", "Intrusion flights at night or in twilight."),

  INTRUSIONS_NIGHT_INTERCEPTED("intrusionsNightIntercepted", "flights", "Of them, intercepted."),

  INTRUSIONS_BAD("intrusionsBadWeather", "flights", "Intrusion flights in bad weather."),

  INTRUSIONS_BAD_INTERCEPTED("intrusionsBadWeatherIntercepted", "flights", "Of them, intercepted."),

  INTRUSIONS_REACHED(
      "intrusionsReached", "flights", "Intrusion flights that reached their target."),

  REPAIRS_DISRUPTED(
      "repairsDisrupted",
      "jobs",
      "Repair jobs set back by a night attack on the site their crew was working (by"
          + " repairStrafeLossH of dark work each).");

  private static final List<Metric> ALL = List.of(values());

  private final String key;
  private final String unit;
  private final String description;

  Metric(final String key, final String unit, final String description) {
    this.key = key;
    this.unit = unit;
    this.description = description;
  }

  /**
   * @return the figure's slot in the outcome vector (its ordinal)
   */
  public int slot() {
    return ordinal();
  }

  /**
   * @return the figure's name in CSV headers, JSON and golden files, e.g. {@code supplyTonsPerDay}
   */
  public String key() {
    return key;
  }

  /**
   * @return the unit of the figure per replication ({@code t}, {@code t/day}, {@code h}, {@code
   *     share} for a fraction from 0 to 1, or what it counts: {@code raids}, {@code aircraft} ...)
   */
  public String unit() {
    return unit;
  }

  /**
   * @return what the figure counts, in a sentence for readers
   */
  public String description() {
    return description;
  }

  /**
   * @return every figure in slot order (an immutable list; {@code values()} copies)
   */
  public static List<Metric> all() {
    return ALL;
  }

  /**
   * @param key a figure's name, as {@link #key()}
   * @return the figure, or null if no figure has that name
   */
  public static Metric byKey(final String key) {
    for (Metric m : ALL) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    return null;
  }
}
