package io.airshield.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An anti-aircraft unit around a defended point, or spread along a rail line or one section of it:
 * guns by type, searchlights, and whether it has gun-laying radar. At night its guns fire blind
 * (barrage) unless it has searchlights or radar, which the campaign model expresses as a factor on
 * effectiveness.
 *
 * <p>A unit spread along a line ({@code along} names a rail line or a target on one) stands for the
 * light AA, machine guns and small arms that lined the routes (SOURCES.md A8, A9, A20: more than
 * half of the communist AA sat along the lines struck almost daily): its guns are spread evenly
 * over the line's length (a section's length is the line's divided by its targets), and an attack
 * on a target there meets those within a gun's reach of the aim point.
 *
 * @param id identifier
 * @param name display name
 * @param placeId the place it defends
 * @param at its position (the place's, unless given)
 * @param guns its batteries
 * @param searchlights searchlights
 * @param gunLayingRadar whether it has gun-laying radar (e.g. SON-4)
 * @param from first day in position
 * @param source source tag or "estimate"
 * @param along the rail line or target section its guns are spread along, or "" for a unit around
 *     its place
 */
public record AaUnit(
    String id,
    String name,
    String placeId,
    GeoPoint at,
    List<Battery> guns,
    int searchlights,
    boolean gunLayingRadar,
    LocalDate from,
    String source,
    String along) {
  public AaUnit {
    guns = List.copyOf(guns);
  }

  /**
   * A unit around its place.
   *
   * @param id identifier
   * @param name display name
   * @param placeId the place it defends
   * @param at its position
   * @param guns its batteries
   * @param searchlights searchlights
   * @param gunLayingRadar whether it has gun-laying radar
   * @param from first day in position
   * @param source source tag or "estimate"
   */
  public AaUnit(
      final String id,
      final String name,
      final String placeId,
      final GeoPoint at,
      final List<Battery> guns,
      final int searchlights,
      final boolean gunLayingRadar,
      final LocalDate from,
      final String source) {
    this(id, name, placeId, at, guns, searchlights, gunLayingRadar, from, source, "");
  }

  /**
   * @return whether its guns are spread along a line or section rather than around its place
   */
  public boolean isAlongLine() {
    return !along.isEmpty();
  }

  /**
   * Guns of one type.
   *
   * @param gunTypeId the gun type
   * @param count number of guns
   */
  public record Battery(String gunTypeId, int count) {}

  /**
   * @return the total number of guns
   */
  public int gunCount() {
    return guns.stream().mapToInt(Battery::count).sum();
  }

  /**
   * @param newId identifier
   * @param newName name
   * @param newPlaceId defended place
   * @param newAt position
   * @return a copy that defends another place
   */
  public AaUnit stationedAt(
      final String newId, final String newName, final String newPlaceId, final GeoPoint newAt) {
    return new AaUnit(
        newId, newName, newPlaceId, newAt, guns, searchlights, gunLayingRadar, from, source, along);
  }
}
