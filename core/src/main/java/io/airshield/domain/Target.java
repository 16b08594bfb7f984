package io.airshield.domain;

/**
 * Something the enemy bombs: a stretch of track, a bridge, an airfield, a junction or a city. A
 * target on a rail line closes the line while it is cut; a city is never closed, it loses value.
 *
 * @param id identifier
 * @param name display name
 * @param kind what it is
 * @param at position
 * @param placeId the place it stands at (for AA cover and airfield bases), or empty
 * @param lineId the rail line it closes when cut, or empty
 * @param hitsToClose hits in one attack that cut it (a track 1, a bridge span more)
 * @param repairS repair work per hit (s of one repair crew)
 * @param source source tag or "estimate"
 * @param usableFrom for an airfield under construction, the day its construction would be done if
 *     nothing delayed it (it is not usable before); else null
 * @param bypass share of its line's capacity that bypass bridges carry while it is closed (0-1)
 * @param city what a city target is worth and how large it is; null for the other kinds
 */
public record Target(
    String id,
    String name,
    Kind kind,
    GeoPoint at,
    String placeId,
    String lineId,
    int hitsToClose,
    double repairS,
    String source,
    java.time.LocalDate usableFrom,
    double bypass,
    City city) {
  /**
   * A target of the other kinds than city.
   *
   * @param id identifier
   * @param name display name
   * @param kind what it is
   * @param at position
   * @param placeId place or empty
   * @param lineId line or empty
   * @param hitsToClose hits that close it
   * @param repairS repair work per hit (s)
   * @param source source
   * @param usableFrom the day it is built, or null
   * @param bypass share of its line's capacity its bypasses carry while closed (0-1)
   */
  public Target(
      final String id,
      final String name,
      final Kind kind,
      final GeoPoint at,
      final String placeId,
      final String lineId,
      final int hitsToClose,
      final double repairS,
      final String source,
      final java.time.LocalDate usableFrom,
      final double bypass) {
    this(
        id,
        name,
        kind,
        at,
        placeId,
        lineId,
        hitsToClose,
        repairS,
        source,
        usableFrom,
        bypass,
        null);
  }

  /**
   * A city as a point to defend (issue 19): its worth, its built-up area as a circle, and the area
   * one attacker's bombs destroy when they hit it. Damage is random area coverage (Morse and
   * Kimball, <i>Methods of Operations Research</i>, 1951, ch. 5, area bombing): each hit destroys
   * the share {@link #damagePerHit()} of what is left, placed at random over the area, so after
   * {@code n} hits the share still standing is {@code (1 - a / (pi R^2))^n}.
   *
   * @param value what the city is worth, in the scenario's own unit (e.g. thousands of people or
   *     the share of the country's industry it holds); only ratios between cities matter
   * @param radiusM the built-up area's radius (m)
   * @param hitAreaM2 the area one attacker's hitting bombs destroy (m^2)
   */
  public record City(double value, double radiusM, double hitAreaM2) {
    /**
     * @return the share of the remaining value one hit destroys: {@code min(1, a / (pi R^2))}
     */
    public double damagePerHit() {
      return Math.min(1, hitAreaM2 / (Math.PI * radiusM * radiusM));
    }
  }

  /**
   * A target usable from the start.
   *
   * @param id identifier
   * @param name display name
   * @param kind what it is
   * @param at position
   * @param placeId place or empty
   * @param lineId line or empty
   * @param hitsToClose hits that close it
   * @param repairS repair work per hit (s)
   * @param source source
   */
  public Target(
      final String id,
      final String name,
      final Kind kind,
      final GeoPoint at,
      final String placeId,
      final String lineId,
      final int hitsToClose,
      final double repairS,
      final String source) {
    this(id, name, kind, at, placeId, lineId, hitsToClose, repairS, source, null, 0, null);
  }

  /** What a target is. */
  public enum Kind {
    /** A stretch of track. */
    TRACK,
    /** A rail bridge. */
    BRIDGE,
    /** An airfield's runway. */
    AIRFIELD,
    /** A rail junction or marshalling yard. */
    JUNCTION,
    /**
     * A city defended as a point: raids damage its value, which is never repaired within a
     * campaign; it closes nothing.
     */
    CITY
  }
}
