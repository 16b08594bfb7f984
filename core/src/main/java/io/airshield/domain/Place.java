package io.airshield.domain;

/**
 * A named place: an airfield, a rail node, a city, or a point where enemy raids enter.
 *
 * @param id identifier used by references
 * @param name display name
 * @param kind what it is
 * @param at position
 * @param source source tag or "estimate"
 */
public record Place(String id, String name, Kind kind, GeoPoint at, String source) {
  /** What a place is. */
  public enum Kind {
    /** An airfield, possibly a base of fighter units. */
    AIRFIELD,
    /** A railway station or junction. */
    RAIL_NODE,
    /** A city or industrial area. */
    CITY,
    /** Where enemy raids come from (a base or a coast crossing). */
    ENTRY
  }
}
