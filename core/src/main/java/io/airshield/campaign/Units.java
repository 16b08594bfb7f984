package io.airshield.campaign;

import io.airshield.domain.AircraftType;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.GeoPoint;
import io.airshield.domain.Scenario;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The fighter units of a compiled theatre as a table: one final array per attribute, indexed by the
 * unit's position in the scenario (structure of arrays, read in the replication's hot loops):
 * bases, aircraft type performance, strength, qualifications, timings and standing patrols.
 * Immutable after construction; shared by all threads.
 */
final class Units {
  /** The number of fighter units. */
  final int count;

  /** Latitude of each unit's main base (degrees). */
  final double[] latDeg;

  /** Longitude of each unit's main base (degrees). */
  final double[] lonDeg;

  /**
   * Each unit's intercept speed (m/s): an intercept is flown near maximum speed, 90% of it (an
   * estimate).
   */
  final double[] speedMps;

  /** Combat radius of each unit's type (m). */
  final double[] radiusM;

  /** Each unit's type's night capability ({@link io.airshield.domain.AircraftType} ordinal). */
  final int[] night;

  /** Each unit's type's bad-weather capability (ordinal). */
  final int[] weather;

  /** Combat rating of each unit's type. */
  final double[] rating;

  /** Aircraft of each unit at the start. */
  final int[] aircraft;

  /** Pilots of each unit at the start. */
  final int[] pilots;

  /** Share of each unit's aircraft serviceable (0 to 1). */
  final double[] serviceability;

  /** Proficiency of each unit's pilots (0 to 1). */
  final double[] proficiency;

  /** Share of each unit's pilots qualified for night. */
  final double[] nightShare;

  /** Share of each unit's pilots qualified for instrument flight in cloud. */
  final double[] weatherShare;

  /** Whether each unit's standing patrol is flown at night. */
  final boolean[] patrolNight;

  /** Aircraft in a flight of each unit. */
  final int[] flightSize;

  /** Time from order to take-off (s). */
  final double[] scrambleS;

  /** Time from landing to ready again (s). */
  final double[] turnaroundS;

  /** Sorties a pilot of each unit may fly per day. */
  final int[] sortiesPerPilotPerDay;

  /** The first day of each unit in its own scenario (a formed unit's may be drawn instead). */
  final int[] fromDay;

  /** Each unit's command post. */
  final int[] commandPost;

  /** The airfield target of each unit's main base, or -1 (not a target). */
  final int[] baseTarget;

  /** Ceiling of each unit's type (m). */
  final double[] ceilingM;

  /** Latitude of each unit's patrol point (degrees; 0 without a patrol). */
  final double[] patrolLatDeg;

  /** Longitude of each unit's patrol point (degrees; 0 without a patrol). */
  final double[] patrolLonDeg;

  /** Flights each unit keeps on patrol (0: none). */
  final int[] patrolFlights;

  /** The weather and light region of each unit's patrol point. */
  final int[] patrolRegion;

  /**
   * Units that share a patrol place take the day's patrol in turn: for each unit, the units of its
   * patrol place in scenario order (empty without a patrol).
   */
  final int[][] patrolGroup;

  /** The airfield target of each unit's forward base, or -1 (no forward base, or not a target). */
  final int[] forwardTarget;

  /** Whether the unit has a forward base. */
  final boolean[] hasForward;

  /** Latitude of each unit's forward base, or of its main base without one (degrees). */
  final double[] forwardLatDeg;

  /** Longitude of each unit's forward base, or of its main base without one (degrees). */
  final double[] forwardLonDeg;

  /**
   * Compiles the fighter units.
   *
   * @param s a validated scenario
   * @param types each aircraft type by id
   * @param placeIdx each place id's index
   * @param cpIdx each command post id's index
   * @param targets the compiled targets (for the airfields)
   * @param epoch the scenario's first day
   */
  Units(
      final Scenario s,
      final Map<String, AircraftType> types,
      final Map<String, Integer> placeIdx,
      final Map<String, Integer> cpIdx,
      final Targets targets,
      final LocalDate epoch) {
    count = s.fighterUnits().size();
    latDeg = new double[count];
    lonDeg = new double[count];
    speedMps = new double[count];
    radiusM = new double[count];
    night = new int[count];
    weather = new int[count];
    rating = new double[count];
    aircraft = new int[count];
    pilots = new int[count];
    serviceability = new double[count];
    proficiency = new double[count];
    nightShare = new double[count];
    weatherShare = new double[count];
    patrolNight = new boolean[count];
    flightSize = new int[count];
    scrambleS = new double[count];
    turnaroundS = new double[count];
    sortiesPerPilotPerDay = new int[count];
    fromDay = new int[count];
    commandPost = new int[count];
    baseTarget = new int[count];
    ceilingM = new double[count];
    patrolLatDeg = new double[count];
    patrolLonDeg = new double[count];
    patrolFlights = new int[count];
    patrolRegion = new int[count];
    patrolGroup = new int[count][];
    forwardTarget = new int[count];
    hasForward = new boolean[count];
    forwardLatDeg = new double[count];
    forwardLonDeg = new double[count];
    for (int u = 0; u < count; u++) {
      final int uu = u;
      final String pp = s.fighterUnits().get(u).patrolPlaceId();
      final boolean patrols = !pp.isEmpty() && s.fighterUnits().get(u).patrolFlights() > 0;
      patrolGroup[u] =
          IntStream.range(0, count)
              .filter(
                  v ->
                      patrols
                          && s.fighterUnits().get(v).patrolFlights() > 0
                          && s.fighterUnits().get(v).patrolPlaceId().equals(pp)
                          && s.fighterUnits().get(v).patrolNight()
                              == s.fighterUnits().get(uu).patrolNight())
              .toArray();
    }
    for (int u = 0; u < count; u++) {
      final FighterUnit f = s.fighterUnits().get(u);
      final AircraftType ty = types.get(f.typeId());
      final GeoPoint base = s.places().get(placeIdx.get(f.baseId())).at();
      latDeg[u] = base.latDeg();
      lonDeg[u] = base.lonDeg();
      // an intercept is flown near maximum speed: 90% of it, an estimate
      speedMps[u] = 0.9 * ty.maxSpeedMps();
      ceilingM[u] = ty.ceilingM();
      radiusM[u] = ty.combatRadiusM();
      night[u] = ty.night().ordinal();
      weather[u] = ty.weather().ordinal();
      rating[u] = ty.combatRating();
      aircraft[u] = f.aircraft();
      pilots[u] = f.pilots();
      serviceability[u] = f.serviceability();
      proficiency[u] = f.proficiency();
      nightShare[u] = f.nightShare();
      weatherShare[u] = f.weatherShare();
      patrolNight[u] = f.patrolNight();
      flightSize[u] = f.flightSize();
      scrambleS[u] = f.scrambleS();
      turnaroundS[u] = f.turnaroundS();
      sortiesPerPilotPerDay[u] = f.sortiesPerPilotPerDay();
      fromDay[u] = (int) (f.from().toEpochDay() - epoch.toEpochDay());
      commandPost[u] = cpIdx.getOrDefault(f.commandPostId(), 0);
      baseTarget[u] = targets.airfieldAt(f.baseId());
      hasForward[u] = !f.forwardBaseId().isEmpty();
      forwardTarget[u] = hasForward[u] ? targets.airfieldAt(f.forwardBaseId()) : -1;
      forwardLatDeg[u] = latDeg[u];
      forwardLonDeg[u] = lonDeg[u];
      if (hasForward[u]) {
        final GeoPoint fp = s.places().get(placeIdx.get(f.forwardBaseId())).at();
        forwardLatDeg[u] = fp.latDeg();
        forwardLonDeg[u] = fp.lonDeg();
      }
      if (!f.patrolPlaceId().isEmpty() && f.patrolFlights() > 0) {
        final GeoPoint pp = s.places().get(placeIdx.get(f.patrolPlaceId())).at();
        patrolLatDeg[u] = pp.latDeg();
        patrolLonDeg[u] = pp.lonDeg();
        patrolFlights[u] = f.patrolFlights();
        patrolRegion[u] = Theatre.nearestRegion(s, pp);
      }
    }
  }
}
