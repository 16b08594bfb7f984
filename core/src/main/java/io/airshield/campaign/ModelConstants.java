package io.airshield.campaign;

/**
 * The model's own constants: behaviours no scenario file sets because no source gives them per
 * unit. Each is an estimate, stated here once with its reasoning, and listed in docs/models.md.
 * Change them here, not in the code that uses them.
 */
final class ModelConstants {
  private ModelConstants() {}

  /**
   * Probability that a vectored flight finds its raid by day in clear weather (estimate: early GCI
   * in MiG Alley brought roughly three in four vectored flights into contact).
   */
  static final double CONTACT_DAY = 0.75;

  /** Factor on contact in twilight (estimate). */
  static final double CONTACT_TWILIGHT = 0.8;

  /** Factor on contact at night for a night fighter with its own radar (estimate). */
  static final double CONTACT_NIGHT_FULL = 0.6;

  /**
   * Factor on contact at night for a day fighter guided by searchlights and GCI (estimate; the
   * 351st regiment's La-11 and MiG-15 night results were few).
   */
  static final double CONTACT_NIGHT_ASSISTED = 0.3;

  /** Factor on contact in marginal weather (estimate). */
  static final double CONTACT_MARGINAL = 0.6;

  /** Factor on contact in adverse weather, for the all-weather units that fly in it. */
  static final double CONTACT_ADVERSE = 0.45;

  /** Share of interceptors the escorts catch when escorts equal interceptors (estimate). */
  static final double ESCORT_SCREEN = 0.8;

  /**
   * Per-engagement kill probability scale in fighter-versus-fighter combat (estimate set so that a
   * MiG-15 regiment against F-86 escorts loses and kills a few aircraft a week).
   */
  static final double FIGHTER_KILL_SCALE = 0.08;

  /**
   * Per-pass kill probability of an interceptor against a bomber, at rating 1 and proficiency 1, by
   * day (estimate).
   */
  static final double BOMBER_KILL_DAY = 0.25;

  /** Factor on an interceptor's kill probability at night (estimate). */
  static final double BOMBER_KILL_NIGHT = 0.6;

  /** Probability that a pass that does not kill damages the bomber (estimate). */
  static final double DAMAGE_PER_PASS = 0.4;

  /**
   * Probability that a fighter-bomber package jettisons its bombs per interceptor engaged per
   * attacker (estimate; fighter-bombers jumped by MiGs usually jettisoned).
   */
  static final double ABORT_FIGHTER_BOMBER = 0.6;

  /** The same for bombers, per interceptor that reaches them (estimate). */
  static final double ABORT_BOMBER = 0.4;

  /** Range within which a fighter sweep joins a fight (m, estimate). */
  static final double SWEEP_RADIUS_M = 150_000;

  /** Half-width of a sweep's time over its area (s, estimate). */
  static final double SWEEP_HALF_WINDOW_S = 1800;

  /**
   * Share of the time a raid is in a gun's envelope that the gun actually fires at it: acquisition,
   * traverse, reloading and masking take the rest (estimate).
   */
  static final double AA_FIRE_DUTY = 0.5;

  /** AA effectiveness at twilight, as a factor (estimate). */
  static final double AA_TWILIGHT = 0.7;

  /** AA effectiveness at night with gun-laying radar (estimate). */
  static final double AA_NIGHT_RADAR = 0.6;

  /** AA effectiveness at night with searchlights but no radar (estimate). */
  static final double AA_NIGHT_SEARCHLIGHTS = 0.4;

  /** AA effectiveness at night with neither: barrage fire (estimate). */
  static final double AA_NIGHT_BLIND = 0.15;

  /** AA effectiveness in marginal weather without radar (estimate). */
  static final double AA_MARGINAL_OPTICAL = 0.6;

  /** AA effectiveness in adverse weather without radar (estimate). */
  static final double AA_ADVERSE_OPTICAL = 0.25;

  /** AA effectiveness in bad weather with radar (estimate). */
  static final double AA_BAD_RADAR = 0.85;

  /** Aircraft damaged per aircraft destroyed by AA (estimate; wartime ratios were 2-5). */
  static final double AA_DAMAGE_PER_KILL = 2.0;

  /** Bombing accuracy factor at night for a mission planned for day (estimate). */
  static final double BOMB_NIGHT = 0.5;

  /** Bombing accuracy factor at twilight (estimate). */
  static final double BOMB_TWILIGHT = 0.8;

  /** Bombing accuracy factor in marginal weather (estimate). */
  static final double BOMB_MARGINAL = 0.7;

  /** Bombing accuracy factor in adverse weather (radar bombing, estimate). */
  static final double BOMB_ADVERSE = 0.35;

  /** Bombing accuracy factor for a damaged aircraft (estimate). */
  static final double BOMB_DAMAGED = 0.5;

  /** Time a flight spends in an engagement (s, estimate). */
  static final double ENGAGEMENT_S = 600;

  /** Days a damaged fighter is out of service (estimate). */
  static final double FIGHTER_REPAIR_S = 2 * 86_400;

  /** Probability that the pilot of a fighter shot down survives to fly again (estimate). */
  static final double PILOT_SURVIVES = 0.5;

  /**
   * Threat value of one intruding aircraft, in the command's weighing of raids (ton-days of supply,
   * estimate: the command treated intrusions as seriously as a small raid).
   */
  static final double INTRUDER_VALUE = 200;

  /**
   * Time a patrolling flight stays on station before it is relieved (s, estimate: a MiG-15's
   * endurance of about an hour and a half, less the transit). One sortie per aircraft is flown for
   * each such period of patrol.
   */
  static final double PATROL_STATION_S = 3600;

  /** Time before a patrol flight that has engaged is replaced on station (s, estimate). */
  static final double PATROL_RELIEF_S = 1800;

  /** Most flights a unit offers to one decision of its command post. */
  static final int FLIGHTS_PER_DECISION = 3;
}
