package io.airshield.domain;

import java.util.Optional;

/**
 * The model's own parameters: behaviours no scenario entity sets because no source gives them per
 * unit. Each has a name (the key a scenario's {@code constants} section and a factor file use, with
 * its unit in the name), a default, a plausible range (low, high) that a study sweeps, the legal
 * values a scenario may set, and the source of the estimate or the reason for its range. They were
 * the static finals of {@code campaign.ModelConstants}; docs/models.md tabulates them ("The model's
 * estimates and their plausible ranges").
 *
 * <p>Values are given in the unit of the name (km, min, h, days); {@link #toSi} converts them. A
 * range whose low equals its high marks a fixed choice (a classification, or the bounds of a range
 * that is itself the source's) that studies do not sweep. Where no source gives a range, the text
 * says "range assumed".
 */
public enum ModelParameter {
  /** Probability that a vectored flight finds its raid by day in clear weather. */
  CONTACT_DAY(
      "contactDay",
      "",
      1,
      0.75,
      0.6,
      0.9,
      0,
      1,
      "estimate: early GCI in MiG Alley brought roughly three in four vectored flights into"
          + " contact; range assumed"),
  /** Factor on contact in twilight. */
  CONTACT_TWILIGHT("contactTwilightFactor", "", 1, 0.8, 0.6, 1, 0, 1, "estimate; range assumed"),
  /** Vectoring error (per axis) where no GCI radar of the command post covers the raid. */
  GCI_NONE(
      "gciErrorNoGciKm",
      "km",
      1000,
      10,
      5,
      20,
      0,
      1000,
      "estimate: the pilot is sent to a position plotted from early-warning reports and"
          + " observers"),
  /** A night fighter pilot's search range against a bomber on a dark night. */
  NIGHT_SEARCH_DARK(
      "nightSearchDarkM",
      "m",
      1,
      500,
      300,
      1000,
      0,
      100_000,
      "estimate: exhaust flames and silhouettes at close range"),
  /** The same under a full moon up all night. */
  NIGHT_SEARCH_MOON("nightSearchMoonM", "m", 1, 2000, 1000, 3000, 0, 100_000, "D20"),
  /** The same against a bomber held in a searchlight beam. */
  NIGHT_SEARCH_LIT(
      "nightSearchLitM",
      "m",
      1,
      6000,
      4000,
      10_000,
      0,
      100_000,
      "D9: a 150 cm light's useful range on a bomber 8-10 km; the lit bomber is seen from about as"
          + " far"),
  /** Search range in cloud, on instruments, by eye. */
  CLOUD_SEARCH(
      "cloudSearchM",
      "m",
      1,
      1000,
      500,
      2000,
      0,
      100_000,
      "estimate: the target seen in gaps and under the cloud base"),
  /** Search range of an airborne intercept radar against a bomber (types with night "full"). */
  AIRBORNE_RADAR(
      "airborneRadarM", "m", 1, 5000, 3000, 8000, 0, 100_000, "S37: the F-94B's APG-33 class"),
  /** Reach of a searchlight on a bomber: an AA unit's lights hold a raid within it. */
  SEARCHLIGHT_REACH("searchlightReachKm", "km", 1000, 8, 6, 10, 0, 100, "D9: useful range 8-10 km"),
  /** Probability that one searchlight within reach picks up and holds a raid. */
  LIGHT_PICKUP(
      "lightPickup",
      "",
      1,
      0.1,
      0.05,
      0.2,
      0,
      1,
      "D8: the radar-directed master light opens at 4-6 km and the others join"),
  /** Factor on contact in marginal weather. */
  CONTACT_MARGINAL("contactMarginalFactor", "", 1, 0.6, 0.4, 0.8, 0, 1, "estimate; range assumed"),
  /** Share of interceptors the escorts catch when escorts equal interceptors. */
  ESCORT_SCREEN(
      "escortScreen",
      "",
      1,
      0.8,
      0.6,
      0.95,
      0,
      1,
      "estimate: share of interceptors an equal escort catches"),
  /** Probability that a one-on-one engagement between fighters gives either side a firing pass. */
  FIRING_PASS_PER_ENGAGEMENT(
      "firingPassPerEngagement",
      "",
      1,
      0.3,
      0.15,
      0.5,
      0,
      1,
      "B6, B15, B16: most MiG Alley fights ended with no firing pass"),
  /** Probability that a firing pass destroys its target, at rating 1 and proficiency 1, by day. */
  KILL_PER_FIRING_PASS(
      "killPerFiringPass",
      "",
      1,
      0.25,
      0.15,
      0.4,
      0,
      1,
      "B16: cannon lethal when they hit, the MiG's gunsight poor"),
  /** Factor on an interceptor's kill probability at night. */
  BOMBER_KILL_NIGHT("bomberKillNightFactor", "", 1, 0.6, 0.4, 0.8, 0, 1, "estimate; range assumed"),
  /** Probability that a pass that does not kill damages the bomber. */
  DAMAGE_PER_PASS("damagePerPass", "", 1, 0.4, 0.2, 0.6, 0, 1, "estimate; range assumed"),
  /** Probability that a fighter-bomber bounced before its dive jettisons its bombs. */
  JETTISON_BOUNCED("jettisonBounced", "", 1, 0.8, 0.7, 0.9, 0, 1, "B21: 0.7 to 0.9 (B19)"),
  /** Share of a defending fighter-bomber's won exchanges that down its attacker. */
  DEFENSIVE_KILL_SHARE(
      "defensiveKillShare",
      "",
      1,
      0.1,
      0,
      0.3,
      0,
      1,
      "B20: the F-84 and F-80 could only defend; a turning fight sometimes gave a head-on shot"),
  /** The same as {@link #JETTISON_BOUNCED} once in the dive. */
  JETTISON_IN_DIVE("jettisonInDive", "", 1, 0.2, 0.1, 0.3, 0, 1, "B21: about 0.2"),
  /** Probability that a bomber aborts, per interceptor that reaches it. */
  ABORT_BOMBER("abortBomber", "", 1, 0.4, 0.2, 0.6, 0, 1, "estimate; range assumed"),
  /** Range within which a fighter sweep joins a fight. */
  SWEEP_RADIUS("sweepRadiusKm", "km", 1000, 150, 100, 200, 0, 2000, "estimate; range assumed"),
  /** Half-width of a sweep's time over its area. */
  SWEEP_HALF_WINDOW(
      "sweepHalfWindowMin", "min", 60, 30, 15, 45, 0, 1440, "estimate; range assumed"),
  /** Share of the time a raid is in a gun's envelope that the gun fires at it. */
  AA_FIRE_DUTY(
      "aaFireDuty",
      "",
      1,
      0.5,
      0.3,
      0.7,
      0,
      1,
      "estimate: acquisition, traverse, reloading and masking take the rest"),
  /** AA effectiveness at twilight, as a factor. */
  AA_TWILIGHT("aaTwilightFactor", "", 1, 0.7, 0.5, 0.9, 0, 1, "estimate; range assumed"),
  /** AA effectiveness at night with gun-laying radar. */
  AA_NIGHT_RADAR("aaNightRadarFactor", "", 1, 0.6, 0.4, 0.8, 0, 1, "estimate; range assumed"),
  /** AA effectiveness at night with searchlights but no radar. */
  AA_NIGHT_SEARCHLIGHTS(
      "aaNightSearchlightsFactor", "", 1, 0.4, 0.25, 0.6, 0, 1, "estimate; range assumed"),
  /** AA effectiveness at night with neither: barrage fire. */
  AA_NIGHT_BLIND("aaNightBlindFactor", "", 1, 0.15, 0.05, 0.3, 0, 1, "estimate; range assumed"),
  /** AA effectiveness in marginal weather without radar. */
  AA_MARGINAL_OPTICAL(
      "aaMarginalOpticalFactor", "", 1, 0.6, 0.4, 0.8, 0, 1, "estimate; range assumed"),
  /** AA effectiveness in adverse weather without radar. */
  AA_ADVERSE_OPTICAL(
      "aaAdverseOpticalFactor", "", 1, 0.25, 0.1, 0.4, 0, 1, "estimate; range assumed"),
  /** AA effectiveness in bad weather with radar. */
  AA_BAD_RADAR("aaBadWeatherRadarFactor", "", 1, 0.85, 0.7, 1, 0, 1, "estimate; range assumed"),
  /** A gun type whose ceiling is at most this counts as light AA in the per-cause breakdown. */
  LIGHT_AA_CEILING(
      "lightAaCeilingM",
      "m",
      1,
      4000,
      4000,
      4000,
      0,
      100_000,
      "a classification, not swept: 37 mm to about 3,000 m (S64), 85 mm to 7,000-8,000 m (S31)"),
  /** Guns firing at an attack that make an attacker release higher with probability 1 - 1/e. */
  SUPPRESSION_GUNS(
      "suppressionGuns",
      "",
      1,
      6,
      3,
      12,
      0.01,
      10_000,
      "A14, A15: fire pushed attackers higher, without numbers"),
  /** Release height of an attacker pushed up by ground fire. */
  SUPPRESSED_RELEASE(
      "suppressedReleaseM",
      "m",
      1,
      1500,
      1500,
      2000,
      1,
      20_000,
      "A21: from 500-1,000 m up to about 1,500-2,000 m"),
  /** Hit probability on a bridge span relative to a cut of track for the same attack. */
  HIT_FACTOR_BRIDGE(
      "hitFactorBridge",
      "",
      1,
      0.35,
      0.2,
      0.5,
      0,
      1,
      "C22: per bomb 0.02-0.05 on a span against 0.05-0.15 on track"),
  /** Share of a heavy bomber's hits on a key target that include delayed-action bombs. */
  DA_BOMB_SHARE(
      "daBombShare", "", 1, 0.3, 0.1, 0.5, 0, 1, "C11, C12: \"many\" DA bombs on key targets"),
  /** Shortest wait before a hit with delayed-action bombs can be worked on. */
  DA_DELAY_MIN(
      "daDelayMinH", "h", 3600, 12, 12, 12, 0, 1000, "C20: 12-48 h; the range is the source's"),
  /** Longest such wait. */
  DA_DELAY_MAX(
      "daDelayMaxH", "h", 3600, 48, 48, 48, 0, 1000, "C20: 12-48 h; the range is the source's"),
  /**
   * Dark work a repair crew loses when a night attack falls on the site it is working: it takes
   * cover, counts its casualties and clears the new debris before it can go on.
   */
  REPAIR_STRAFE_LOSS(
      "repairStrafeLossH",
      "h",
      3600,
      1,
      0.5,
      3,
      0,
      48,
      "C11, C16: cluster and anti-personnel bombs on night repair crews, a few bombs and a few"
          + " dozen rounds per night attack; no figure for the work lost: estimate"),
  /** Time until a fighter unit's lost aircraft and pilot are replaced from the rear. */
  REPLACEMENT(
      "replacementDays",
      "days",
      86_400,
      10,
      5,
      20,
      0,
      1000,
      "B18: reserve regiments and depots in Manchuria; no rate found"),
  /** Share of a unit's pilot sorties for the day it may spend on standing patrol. */
  PATROL_PILOT_SHARE(
      "patrolPilotShare",
      "",
      1,
      0.75,
      0.5,
      0.9,
      0,
      1,
      "estimate: the rest of the pilots' sorties kept for scrambles"),
  /** Aircraft damaged per aircraft destroyed by AA. */
  AA_DAMAGE_PER_KILL(
      "aaDamagedPerKill", "", 1, 2, 2, 5, 0, 100, "estimate: wartime ratios were 2-5"),
  /** Bombing accuracy factor at night for a mission planned for day. */
  BOMB_NIGHT("bombNightFactor", "", 1, 0.5, 0.3, 0.7, 0, 1, "estimate; range assumed"),
  /** Bombing accuracy factor at twilight. */
  BOMB_TWILIGHT("bombTwilightFactor", "", 1, 0.8, 0.6, 1, 0, 1, "estimate; range assumed"),
  /** Bombing accuracy factor in marginal weather. */
  BOMB_MARGINAL("bombMarginalFactor", "", 1, 0.7, 0.5, 0.9, 0, 1, "estimate; range assumed"),
  /** Bombing accuracy factor in adverse weather (radar bombing). */
  BOMB_ADVERSE("bombAdverseFactor", "", 1, 0.35, 0.2, 0.5, 0, 1, "estimate; range assumed"),
  /** Bombing accuracy factor for a damaged aircraft. */
  BOMB_DAMAGED("bombDamagedFactor", "", 1, 0.5, 0.3, 0.7, 0, 1, "estimate; range assumed"),
  /** Time a flight spends in an engagement. */
  ENGAGEMENT("engagementMin", "min", 60, 10, 5, 15, 0, 600, "estimate; range assumed"),
  /** Time a damaged fighter is out of service. */
  FIGHTER_REPAIR("fighterRepairDays", "days", 86_400, 2, 1, 4, 0, 365, "estimate; range assumed"),
  /** Probability that the pilot of a fighter shot down survives to fly again. */
  PILOT_SURVIVES("pilotSurvives", "", 1, 0.5, 0.3, 0.7, 0, 1, "estimate; range assumed"),
  /** Threat value of one intruding aircraft, in the command's weighing of raids. */
  INTRUDER_VALUE(
      "intruderValueTonDays",
      "ton-days",
      1,
      200,
      100,
      400,
      0,
      1e9,
      "estimate: the command treated intrusions as seriously as a small raid; range assumed"),
  /** Time a patrolling flight stays on station before it is relieved. */
  PATROL_STATION(
      "patrolStationMin",
      "min",
      60,
      60,
      45,
      75,
      1,
      1440,
      "estimate: a MiG-15's endurance of about an hour and a half, less the transit"),
  /** Time before a patrol flight that has engaged is replaced on station. */
  PATROL_RELIEF("patrolReliefMin", "min", 60, 30, 15, 45, 0, 1440, "estimate; range assumed"),
  /** Most flights a unit offers to one decision of its command post (a whole number). */
  FLIGHTS_PER_DECISION(
      "flightsPerDecision",
      "",
      1,
      3,
      3,
      3,
      1,
      20,
      "a choice of the model, not swept: a whole number");

  private final String key;
  private final String unit;
  private final double siPerUnit;
  private final double dflt;
  private final double low;
  private final double high;
  private final double legalMin;
  private final double legalMax;
  private final String source;

  ModelParameter(
      final String key,
      final String unit,
      final double siPerUnit,
      final double dflt,
      final double low,
      final double high,
      final double legalMin,
      final double legalMax,
      final String source) {
    this.key = key;
    this.unit = unit;
    this.siPerUnit = siPerUnit;
    this.dflt = dflt;
    this.low = low;
    this.high = high;
    this.legalMin = legalMin;
    this.legalMax = legalMax;
    this.source = source;
  }

  /**
   * @return the name in files, with its unit, e.g. {@code gciErrorNoGciKm}
   */
  public String key() {
    return key;
  }

  /**
   * @return the unit of the values in files ("" for a number without unit)
   */
  public String unit() {
    return unit;
  }

  /**
   * @return the default (file unit)
   */
  public double defaultValue() {
    return dflt;
  }

  /**
   * @return the lowest plausible value (file unit)
   */
  public double low() {
    return low;
  }

  /**
   * @return the highest plausible value (file unit)
   */
  public double high() {
    return high;
  }

  /**
   * @return the smallest value a scenario may set (file unit)
   */
  public double legalMin() {
    return legalMin;
  }

  /**
   * @return the largest value a scenario may set (file unit)
   */
  public double legalMax() {
    return legalMax;
  }

  /**
   * @return the source of the estimate, or why its range is what it is
   */
  public String source() {
    return source;
  }

  /**
   * @return whether studies sweep it (its plausible range is not a single value)
   */
  public boolean ranged() {
    return high > low;
  }

  /**
   * @return whether its values are whole numbers
   */
  public boolean integer() {
    return this == FLIGHTS_PER_DECISION;
  }

  /**
   * @param value a value in the file unit
   * @return the value in SI
   */
  public double toSi(final double value) {
    return value * siPerUnit;
  }

  /**
   * @param key a name in files
   * @return the parameter of that name
   */
  public static Optional<ModelParameter> byKey(final String key) {
    for (ModelParameter p : values()) {
      if (p.key.equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
