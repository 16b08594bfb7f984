package io.airshield.campaign;

import io.airshield.domain.AircraftType;
import io.airshield.domain.Mission;
import io.airshield.domain.Scenario;
import java.time.LocalDate;
import java.util.Map;

/**
 * The enemy's missions of a compiled theatre as a table: one final array per attribute, indexed by
 * the mission's position in the scenario (structure of arrays, read when raids are launched and
 * fought), with each mission's entry points, aim points and the index of the route from every entry
 * to every aim point. Immutable after construction; shared by all threads.
 */
final class Missions {
  /** The number of missions. */
  final int count;

  /** Each mission as the scenario gives it (for its adaptation rules). */
  final Mission[] record;

  /** Each mission's {@link Mission.Kind} ordinal. */
  final int[] kind;

  /** Sorties each mission flies per day (attackers). */
  final double[] sortiesPerDay;

  /** Attackers in a package of each mission. */
  final int[] packageSize;

  /** Escorts with each package (0 without an escort type). */
  final int[] escorts;

  /** Each mission's {@link Mission.LightWindow} ordinal. */
  final int[] light;

  /** The worst weather each mission flies in ({@link io.airshield.domain.Weather} ordinal). */
  final int[] worstWeather;

  /** The best weather each mission flies in (an intruder relying on cloud: marginal or adverse). */
  final int[] bestWeather;

  /** Cruise altitude of each mission (m). */
  final double[] cruiseAltM;

  /** Attack altitude of each mission (m). */
  final double[] attackAltM;

  /** Time each attack run spends within the target's guns (s). */
  final double[] attackS;

  /** Probability that one attacker's bombs hit, by day in clear weather. */
  final double[] hitProb;

  /** First day of each mission. */
  final int[] fromDay;

  /** Last day of each mission. */
  final int[] toDay;

  /** Defensive fire of each mission's attacker type (chance that a gunner hits an attacker). */
  final double[] attackerDefence;

  /** Combat rating of each mission's attacker type. */
  final double[] attackerRating;

  /** Combat rating of each mission's escort type (0 without escort). */
  final double[] escortRating;

  /** Cruise speed of each mission's attacker type (m/s). */
  final double[] speedMps;

  /** Each mission's entry points (place indices). */
  final int[][] entries;

  /** Each mission's aim points (target indices). */
  final int[][] aimTarget;

  /** Each mission's aim points' cumulative weights, for drawing one. */
  final double[][] aimCumWeight;

  /** The route of each mission, entry and aim point: [mission][entry][aim] -> route index. */
  final int[][][] route;

  /** The number of routes (every mission's entries x aim points, numbered in that order). */
  final int routes;

  /**
   * Compiles the missions.
   *
   * @param s a validated scenario
   * @param types each aircraft type by id
   * @param placeIdx each place id's index
   * @param targetIdx each target id's index
   * @param epoch the scenario's first day
   */
  Missions(
      final Scenario s,
      final Map<String, AircraftType> types,
      final Map<String, Integer> placeIdx,
      final Map<String, Integer> targetIdx,
      final LocalDate epoch) {
    count = s.missions().size();
    record = s.missions().toArray(new Mission[0]);
    kind = new int[count];
    sortiesPerDay = new double[count];
    packageSize = new int[count];
    escorts = new int[count];
    light = new int[count];
    worstWeather = new int[count];
    bestWeather = new int[count];
    cruiseAltM = new double[count];
    attackAltM = new double[count];
    attackS = new double[count];
    hitProb = new double[count];
    fromDay = new int[count];
    toDay = new int[count];
    attackerDefence = new double[count];
    attackerRating = new double[count];
    escortRating = new double[count];
    speedMps = new double[count];
    entries = new int[count][];
    aimTarget = new int[count][];
    aimCumWeight = new double[count][];
    route = new int[count][][];
    int r = 0;
    for (int m = 0; m < count; m++) {
      final Mission mi = record[m];
      final AircraftType ty = types.get(mi.typeId());
      final AircraftType esc = mi.escortTypeId().isEmpty() ? null : types.get(mi.escortTypeId());
      kind[m] = mi.kind().ordinal();
      sortiesPerDay[m] = mi.sortiesPerDay();
      packageSize[m] = mi.packageSize();
      escorts[m] = esc == null ? 0 : mi.escortsPerPackage();
      light[m] = mi.light().ordinal();
      worstWeather[m] = mi.worstWeather().ordinal();
      bestWeather[m] = mi.bestWeather().ordinal();
      cruiseAltM[m] = mi.cruiseAltitudeM();
      attackAltM[m] = mi.attackAltitudeM();
      attackS[m] = mi.attackS();
      hitProb[m] = mi.hitProb();
      fromDay[m] = (int) (mi.from().toEpochDay() - epoch.toEpochDay());
      toDay[m] = (int) (mi.to().toEpochDay() - epoch.toEpochDay());
      attackerDefence[m] = ty.defensiveFire();
      attackerRating[m] = ty.combatRating();
      escortRating[m] = esc == null ? 0 : esc.combatRating();
      speedMps[m] = ty.cruiseSpeedMps();
      entries[m] = mi.entries().stream().mapToInt(placeIdx::get).toArray();
      aimTarget[m] = mi.targets().stream().mapToInt(a -> targetIdx.get(a.targetId())).toArray();
      aimCumWeight[m] = new double[aimTarget[m].length];
      double cum = 0;
      for (int i = 0; i < aimTarget[m].length; i++) {
        cum += mi.targets().get(i).weight();
        aimCumWeight[m][i] = cum;
      }
      route[m] = new int[entries[m].length][aimTarget[m].length];
      for (int e = 0; e < entries[m].length; e++) {
        for (int i = 0; i < aimTarget[m].length; i++) {
          route[m][e][i] = r++;
        }
      }
    }
    routes = r;
  }
}
