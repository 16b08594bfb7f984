package io.airshield.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An anti-aircraft unit around a defended point: guns by type, searchlights, and whether it has
 * gun-laying radar. At night its guns fire blind (barrage) unless it has searchlights or radar,
 * which the campaign model expresses as a factor on effectiveness.
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
    String source) {
  public AaUnit {
    guns = List.copyOf(guns);
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
        newId, newName, newPlaceId, newAt, guns, searchlights, gunLayingRadar, from, source);
  }
}
