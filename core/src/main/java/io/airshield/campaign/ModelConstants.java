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

  /**
   * Vectoring error (m, per axis) where no GCI radar of the command post covers the raid: the pilot
   * is sent to a position plotted from early-warning reports and observers (estimate 10 km, range 5
   * to 20 km).
   */
  static final double GCI_NONE_M = 10_000;

  /**
   * A night fighter pilot's search range against a bomber on a dark night, no moon, no lights (m;
   * estimate 500, range 300 to 1,000: exhaust flames and silhouettes at close range).
   */
  static final double NIGHT_SEARCH_DARK_M = 500;

  /** The same under a full moon up all night (m; estimate 2,000, range 1,000 to 3,000; D20). */
  static final double NIGHT_SEARCH_MOON_M = 2_000;

  /**
   * The same against a bomber held in a searchlight beam (m; D9: a 150 cm light's useful range on a
   * bomber 8-10 km; the lit bomber is seen from about as far: estimate 6,000, range 4,000 to
   * 10,000).
   */
  static final double NIGHT_SEARCH_LIT_M = 6_000;

  /**
   * Search range in cloud, on instruments, by eye (m; estimate 1,000, range 500 to 2,000: the
   * target seen in gaps and under the base).
   */
  static final double CLOUD_SEARCH_M = 1_000;

  /**
   * Search range of an airborne intercept radar against a bomber (m; estimate 5,000, range 3,000 to
   * 8,000: the F-94B's APG-33 class, S37), for types with night capability "full".
   */
  static final double AIRBORNE_RADAR_M = 5_000;

  /**
   * Reach of a searchlight on a bomber (m; D9: useful range 8-10 km; estimate 8,000): an AA unit's
   * lights can hold a raid within this distance.
   */
  static final double SEARCHLIGHT_REACH_M = 8_000;

  /**
   * Probability that one searchlight within reach picks up and holds a raid (estimate 0.1, range
   * 0.05 to 0.2: D8's radar-directed master light opens at 4-6 km and the others join; lights
   * without radar swept for sound and plots). A field of n lights holds it with 1 - (1 - p)^n.
   */
  static final double LIGHT_PICKUP = 0.1;

  /** Factor on contact in marginal weather (estimate). */
  static final double CONTACT_MARGINAL = 0.6;

  /** Share of interceptors the escorts catch when escorts equal interceptors (estimate). */
  static final double ESCORT_SCREEN = 0.8;

  /**
   * Probability that a one-on-one engagement between fighters gives either side a firing pass
   * (estimate 0.3, range 0.15 to 0.5: most fights in MiG Alley were slashing passes at high speed
   * that ended with neither side in a firing position [SOURCES.md B6, B15, B16]). Which side gets
   * it follows the two sides' combat power (rating x proficiency); the pass then kills with {@link
   * #KILL_PER_FIRING_PASS}. Together they replace the former kill scale that had been set from an
   * outcome (losses a week).
   */
  static final double FIRING_PASS_PER_ENGAGEMENT = 0.3;

  /**
   * Probability that a firing pass destroys its target, at rating 1 and proficiency 1, by day
   * (estimate 0.25, range 0.15 to 0.4: a MiG-15's 37 mm and 23 mm cannon were lethal when they hit,
   * but its gunsight was poor [SOURCES.md B16]). Used for a fighter's pass at a bomber and for the
   * firing pass of a fighter-versus-fighter engagement.
   */
  static final double KILL_PER_FIRING_PASS = 0.25;

  /** Factor on an interceptor's kill probability at night (estimate). */
  static final double BOMBER_KILL_NIGHT = 0.6;

  /** Probability that a pass that does not kill damages the bomber (estimate). */
  static final double DAMAGE_PER_PASS = 0.4;

  /**
   * Probability that a fighter-bomber bounced by an interceptor before its dive jettisons its bombs
   * and turns into the attackers (SOURCES.md B21: 0.7 to 0.9, from B19's accounts of jettison and
   * defensive circles).
   */
  static final double JETTISON_BOUNCED = 0.8;

  /**
   * Share of a defending fighter-bomber's won exchanges that end with its attacker shot down, the
   * rest with an escape (estimate 0.1, range 0 to 0.3: SOURCES.md B20, the F-84 and F-80 could only
   * defend against the MiG-15; a turning fight sometimes gave a head-on shot).
   */
  static final double DEFENSIVE_KILL_SHARE = 0.1;

  /** The same once it is in its dive (SOURCES.md B21: about 0.2). */
  static final double JETTISON_IN_DIVE = 0.2;

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

  /**
   * A gun type whose ceiling is at most this counts as light AA (37 mm and below, machine guns,
   * small arms) in the per-cause breakdown; above it, heavy AA (85 mm). 37 mm is effective to about
   * 3,000 m [S64], the 85 mm to 7,000-8,000 m [S31].
   */
  static final double LIGHT_AA_CEILING_M = 4000;

  /**
   * Guns firing at an attack (within reach at its release height) that make an attacker release
   * higher with probability 1 - 1/e (estimate 6, range 3 to 12: SOURCES.md A14, A15 speak of fire
   * that pushed attackers higher, without numbers). Each attacker releases high independently with
   * probability 1 - exp(-guns / this).
   */
  static final double SUPPRESSION_GUNS = 6;

  /**
   * Release height of an attacker pushed up by ground fire (m; SOURCES.md A21: from 500-1,000 m up
   * to about 1,500-2,000 m). Bombing error grows in proportion to release height (A21), so a small
   * target's hit probability falls with its square: (planned / this)^2.
   */
  static final double SUPPRESSED_RELEASE_M = 1500;

  /**
   * Hit probability on a bridge span relative to a cut of track for the same attack (SOURCES.md
   * C22: per bomb 0.02-0.05 on a span against 0.05-0.15 on track; mid-points 0.035 / 0.10, range
   * 0.2 to 0.5). Junctions, yards and airfields are large targets: factor 1.
   */
  static final double HIT_FACTOR_BRIDGE = 0.35;

  /**
   * Share of a heavy bomber's hits on a key target that include delayed-action bombs (estimate 0.3,
   * range 0.1 to 0.5: SOURCES.md C11, C12 speak of "many" DA bombs on key targets, laid between
   * normal bombs).
   */
  static final double DA_BOMB_SHARE = 0.3;

  /** Shortest wait before a hit with delayed-action bombs can be worked on (s; C20: 12-48 h). */
  static final double DA_DELAY_MIN_S = 12 * 3600;

  /** Longest such wait (s; C20). */
  static final double DA_DELAY_MAX_S = 48 * 3600;

  /**
   * Time until a fighter unit's lost aircraft and pilot are replaced from the rear (s; estimate 10
   * days, range 5 to 20: the Soviet corps and the Chinese divisions drew on reserve regiments and
   * depots in Manchuria; no rate was found, SOURCES.md B18).
   */
  static final double REPLACEMENT_S = 10 * 86_400;

  /**
   * Share of a unit's pilot sorties for the day it may spend on standing patrol, the rest kept for
   * scrambles (estimate 0.75, range 0.5 to 0.9). A unit whose pilots cannot hold its patrol all day
   * holds it for the part of the day they can rather than not at all.
   */
  static final double PATROL_PILOT_SHARE = 0.75;

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
