package io.airshield.domain;

/**
 * An aircraft type's performance and what it can do in darkness and bad weather.
 *
 * @param id identifier
 * @param name display name
 * @param maxSpeedMps maximum speed (m/s)
 * @param cruiseSpeedMps cruise speed (m/s), used for transits and raids
 * @param climbRateMps initial rate of climb (m/s)
 * @param ceilingM service ceiling (m)
 * @param combatRadiusM radius of action on an intercept or a raid (m)
 * @param night what it can do at night
 * @param weather the worst weather it fights in
 * @param combatRating relative air-combat power per aircraft (1 = MiG-15bis), an estimate folding
 *     speed, armament and handling into one number
 * @param defensiveFire probability that one bomber's gunners destroy an attacking fighter in an
 *     engagement (fraction; 0 for fighters)
 * @param source source tag or "estimate"
 */
public record AircraftType(
    String id,
    String name,
    double maxSpeedMps,
    double cruiseSpeedMps,
    double climbRateMps,
    double ceilingM,
    double combatRadiusM,
    NightCapability night,
    Weather weather,
    double combatRating,
    double defensiveFire,
    String source) {

  /** What a type (with its crews) can do at night. */
  public enum NightCapability {
    /** Day only. */
    NONE,
    /** At night only where searchlights light the target and ground radar vectors it. */
    ASSISTED,
    /** A night fighter with its own means of finding the target. */
    FULL
  }
}
