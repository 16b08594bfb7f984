package io.airshield.domain;

import java.time.LocalDate;

/**
 * A fighter regiment or division on an airfield.
 *
 * @param id identifier
 * @param name display name
 * @param baseId the airfield it flies from
 * @param typeId its aircraft type
 * @param commandPostId the command post that vectors it
 * @param aircraft aircraft on strength
 * @param pilots pilots on strength
 * @param serviceability share of aircraft serviceable on a given day (fraction)
 * @param proficiency pilots' proficiency (0-1; 1 = the best Soviet regiments of 1951)
 * @param nightTrained whether its pilots are trained to fight at night
 * @param flightSize aircraft sent against one raid
 * @param scrambleS time from the order to take off (s)
 * @param turnaroundS time from landing to ready again (s)
 * @param sortiesPerPilotPerDay most sorties a pilot flies in a day
 * @param from first day it is in the theatre
 * @param source source tag or "estimate"
 */
public record FighterUnit(String id, String name, String baseId, String typeId,
    String commandPostId, int aircraft, int pilots, double serviceability, double proficiency,
    boolean nightTrained, int flightSize, double scrambleS, double turnaroundS,
    int sortiesPerPilotPerDay, LocalDate from, String source) {

  /**
   * @param n aircraft
   * @return a copy with that many aircraft (and pilots in proportion)
   */
  public FighterUnit withAircraft(final int n) {
    final int p = aircraft == 0 ? n : (int) Math.round((double) pilots * n / aircraft);
    return new FighterUnit(id, name, baseId, typeId, commandPostId, n, p, serviceability,
        proficiency, nightTrained, flightSize, scrambleS, turnaroundS, sortiesPerPilotPerDay,
        from, source);
  }

  /**
   * @param newId identifier
   * @param newName name
   * @param newBaseId base
   * @return a copy stationed elsewhere, under a new identity
   */
  public FighterUnit stationedAt(final String newId, final String newName,
      final String newBaseId) {
    return new FighterUnit(newId, newName, newBaseId, typeId, commandPostId, aircraft, pilots,
        serviceability, proficiency, nightTrained, flightSize, scrambleS, turnaroundS,
        sortiesPerPilotPerDay, from, source);
  }
}
