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
 * @param patrolPlaceId the place over which it keeps a standing patrol by day, or empty
 * @param patrolFlights flights it keeps on patrol there (0 for ground alert only)
 * @param formationUnitId the unit of a formation plan it is, whose ready date and proficiency
 *     replace {@code from} and {@code proficiency} when the plan is given; or empty
 * @param forwardBaseId a forward airfield it moves to on each day that airfield is usable (built
 *     and not cut), flying from {@code baseId} otherwise; or empty
 * @param nightShare share of its pilots qualified to fight at night (0-1)
 * @param weatherShare share of its pilots qualified to fly on instruments in cloud (0-1)
 * @param patrolNight whether its standing patrol is flown at night (dusk to dawn) rather than by
 *     day
 */
public record FighterUnit(
    String id,
    String name,
    String baseId,
    String typeId,
    String commandPostId,
    int aircraft,
    int pilots,
    double serviceability,
    double proficiency,
    boolean nightTrained,
    int flightSize,
    double scrambleS,
    double turnaroundS,
    int sortiesPerPilotPerDay,
    LocalDate from,
    String source,
    String patrolPlaceId,
    int patrolFlights,
    String formationUnitId,
    String forwardBaseId,
    double nightShare,
    double weatherShare,
    boolean patrolNight) {

  /**
   * A unit with no forward airfield.
   *
   * @param id identifier
   * @param name display name
   * @param baseId airfield
   * @param typeId aircraft type
   * @param commandPostId command post
   * @param aircraft aircraft
   * @param pilots pilots
   * @param serviceability serviceable share
   * @param proficiency proficiency
   * @param nightTrained night training
   * @param flightSize flight size
   * @param scrambleS scramble delay (s)
   * @param turnaroundS turnaround (s)
   * @param sortiesPerPilotPerDay sorties a pilot a day
   * @param from first day
   * @param source source
   * @param patrolPlaceId patrol place or empty
   * @param patrolFlights patrol flights
   * @param formationUnitId formation unit or empty
   */
  public FighterUnit(
      final String id,
      final String name,
      final String baseId,
      final String typeId,
      final String commandPostId,
      final int aircraft,
      final int pilots,
      final double serviceability,
      final double proficiency,
      final boolean nightTrained,
      final int flightSize,
      final double scrambleS,
      final double turnaroundS,
      final int sortiesPerPilotPerDay,
      final LocalDate from,
      final String source,
      final String patrolPlaceId,
      final int patrolFlights,
      final String formationUnitId) {
    this(
        id,
        name,
        baseId,
        typeId,
        commandPostId,
        aircraft,
        pilots,
        serviceability,
        proficiency,
        nightTrained,
        flightSize,
        scrambleS,
        turnaroundS,
        sortiesPerPilotPerDay,
        from,
        source,
        patrolPlaceId,
        patrolFlights,
        formationUnitId,
        "",
        nightTrained ? 1 : 0,
        nightTrained ? 1 : 0,
        false);
  }

  /**
   * A unit on ground alert only, with no standing patrol.
   *
   * @param id identifier
   * @param name display name
   * @param baseId airfield
   * @param typeId aircraft type
   * @param commandPostId command post
   * @param aircraft aircraft
   * @param pilots pilots
   * @param serviceability serviceable share
   * @param proficiency proficiency 0-1
   * @param nightTrained night-trained
   * @param flightSize aircraft per flight
   * @param scrambleS scramble delay (s)
   * @param turnaroundS turnaround (s)
   * @param sortiesPerPilotPerDay sorties a pilot a day
   * @param from first day
   * @param source source
   */
  public FighterUnit(
      final String id,
      final String name,
      final String baseId,
      final String typeId,
      final String commandPostId,
      final int aircraft,
      final int pilots,
      final double serviceability,
      final double proficiency,
      final boolean nightTrained,
      final int flightSize,
      final double scrambleS,
      final double turnaroundS,
      final int sortiesPerPilotPerDay,
      final LocalDate from,
      final String source) {
    this(
        id,
        name,
        baseId,
        typeId,
        commandPostId,
        aircraft,
        pilots,
        serviceability,
        proficiency,
        nightTrained,
        flightSize,
        scrambleS,
        turnaroundS,
        sortiesPerPilotPerDay,
        from,
        source,
        "",
        0,
        "");
  }

  /**
   * @param n aircraft
   * @return a copy with that many aircraft (and pilots in proportion)
   */
  public FighterUnit withAircraft(final int n) {
    final Copy c = new Copy(this);
    c.aircraft = n;
    c.pilots = aircraft == 0 ? n : (int) Math.round((double) pilots * n / aircraft);
    return c.build();
  }

  /**
   * @param newId identifier
   * @param newName name
   * @param newBaseId base
   * @return a copy stationed elsewhere, under a new identity
   */
  public FighterUnit stationedAt(final String newId, final String newName, final String newBaseId) {
    final Copy c = new Copy(this);
    c.id = newId;
    c.name = newName;
    c.baseId = newBaseId;
    c.patrolPlaceId = "";
    c.patrolFlights = 0;
    return c.build();
  }

  /**
   * @param placeId the place to patrol over, or empty for none
   * @param flights flights kept on patrol
   * @return a copy with that standing patrol
   */
  public FighterUnit withPatrol(final String placeId, final int flights) {
    final Copy c = new Copy(this);
    c.patrolPlaceId = placeId;
    c.patrolFlights = flights;
    return c.build();
  }

  /**
   * @param readyFrom the first day it fights
   * @param newProficiency its pilots' proficiency
   * @return a copy formed by a formation plan
   */
  public FighterUnit formed(final LocalDate readyFrom, final double newProficiency) {
    final Copy c = new Copy(this);
    c.from = readyFrom;
    c.proficiency = newProficiency;
    return c.build();
  }

  /**
   * @param airfieldId a forward airfield (a place id), or empty
   * @return a copy that moves to that airfield on each day it is usable
   */
  public FighterUnit withForwardBase(final String airfieldId) {
    final Copy c = new Copy(this);
    c.forwardBaseId = airfieldId;
    return c.build();
  }

  /**
   * @param night share of pilots qualified for night (0-1)
   * @param weather share of pilots qualified on instruments (0-1)
   * @return a copy with those qualifications (night-trained if either is above zero)
   */
  public FighterUnit withQualification(final double night, final double weather) {
    final Copy c = new Copy(this);
    c.nightTrained = night > 0 || weather > 0;
    c.nightShare = night;
    c.weatherShare = weather;
    return c.build();
  }

  /**
   * @param placeId the place patrolled over
   * @param flights flights on station
   * @return a copy that keeps a standing patrol there at night (dusk to dawn) instead of by day
   */
  public FighterUnit withNightPatrol(final String placeId, final int flights) {
    final Copy c = new Copy(this);
    c.patrolPlaceId = placeId;
    c.patrolFlights = flights;
    c.patrolNight = true;
    return c.build();
  }

  /** A unit's fields, copied to be changed by a with-method and built into a new unit. */
  private static final class Copy {
    String id;
    String name;
    String baseId;
    String typeId;
    String commandPostId;
    int aircraft;
    int pilots;
    double serviceability;
    double proficiency;
    boolean nightTrained;
    int flightSize;
    double scrambleS;
    double turnaroundS;
    int sortiesPerPilotPerDay;
    LocalDate from;
    String source;
    String patrolPlaceId;
    int patrolFlights;
    String formationUnitId;
    String forwardBaseId;
    double nightShare;
    double weatherShare;
    boolean patrolNight;

    Copy(final FighterUnit u) {
      id = u.id;
      name = u.name;
      baseId = u.baseId;
      typeId = u.typeId;
      commandPostId = u.commandPostId;
      aircraft = u.aircraft;
      pilots = u.pilots;
      serviceability = u.serviceability;
      proficiency = u.proficiency;
      nightTrained = u.nightTrained;
      flightSize = u.flightSize;
      scrambleS = u.scrambleS;
      turnaroundS = u.turnaroundS;
      sortiesPerPilotPerDay = u.sortiesPerPilotPerDay;
      from = u.from;
      source = u.source;
      patrolPlaceId = u.patrolPlaceId;
      patrolFlights = u.patrolFlights;
      formationUnitId = u.formationUnitId;
      forwardBaseId = u.forwardBaseId;
      nightShare = u.nightShare;
      weatherShare = u.weatherShare;
      patrolNight = u.patrolNight;
    }

    FighterUnit build() {
      return new FighterUnit(
          id,
          name,
          baseId,
          typeId,
          commandPostId,
          aircraft,
          pilots,
          serviceability,
          proficiency,
          nightTrained,
          flightSize,
          scrambleS,
          turnaroundS,
          sortiesPerPilotPerDay,
          from,
          source,
          patrolPlaceId,
          patrolFlights,
          formationUnitId,
          forwardBaseId,
          nightShare,
          weatherShare,
          patrolNight);
    }
  }
}
