package io.airshield.domain;

/**
 * Something the enemy bombs: a stretch of track, a bridge, an airfield or a junction. A target on a
 * rail line closes the line while it is cut.
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
    double bypass) {
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
    this(id, name, kind, at, placeId, lineId, hitsToClose, repairS, source, null, 0);
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
    JUNCTION
  }
}
