package io.airshield.campaign;

import io.airshield.domain.AaUnit;
import io.airshield.domain.GunType;
import io.airshield.domain.Scenario;
import io.airshield.domain.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets of a compiled theatre as a table: one final array per attribute, indexed by the
 * target's position in the scenario (structure of arrays, read in the replication's hot loops),
 * with the cities among them, the guns spread along the lines as each target sees them, and the
 * repair crews' pools. Immutable after construction; shared by all threads.
 */
final class Targets {
  /**
   * Values per entry of {@link #groundFire}: guns within reach of the aim point, rounds per second
   * a gun, rounds per kill, ceiling (m), first day, radius (m), the AA unit's index.
   */
  static final int GF = 7;

  /** The number of targets. */
  final int count;

  /** Each target's id, as in the scenario file. */
  final String[] id;

  /** Latitude of each target (degrees). */
  final double[] latDeg;

  /** Longitude of each target (degrees). */
  final double[] lonDeg;

  /** Each target's {@link Target.Kind} ordinal. */
  final int[] kind;

  /** Each target's line index, or -1 for a target on no line. */
  final int[] line;

  /** Hits that close each target. */
  final int[] hitsToClose;

  /** Time one crew takes to repair one hit on each target (s). */
  final double[] repairS;

  /** The weather and light region of each target (the nearest region centre). */
  final int[] region;

  /**
   * What closing each target is worth to the enemy, for the command posts' choice of raids: its
   * line's capacity times the days one closure lasts (t; 500 t/day for a target on no line), or a
   * city's share of value in the same scale.
   */
  final double[] valueTons;

  /** Hit probability factor of the target's kind (a bridge span is a small target). */
  final double[] hitFactor;

  /**
   * The day from which each target is built (0 for one usable from the start): until then it counts
   * as closed.
   */
  final int[] builtDay;

  /** Share of its line's capacity that a target's bypasses carry while it is closed (0 to 1). */
  final double[] bypassShare;

  /**
   * Whether a sweep aimed at the first target covers a raid on the second: within {@link
   * io.airshield.domain.ModelParameter#SWEEP_RADIUS}. [first * count + second]
   */
  final boolean[] sweepNear;

  /** Each target's city index, or -1 for a target of another kind (issue 19). */
  final int[] city;

  /** The number of city targets. */
  final int cities;

  /** Each city's target index. */
  final int[] cityTarget;

  /** Each city's share of the cities' total value (0 to 1). */
  final double[] cityValueShare;

  /** Each city's share of its remaining value one hit destroys (0 to 1). */
  final double[] cityDamagePerHit;

  /** Repair sector of each target: its line, or the number of lines for targets on no line. */
  final int[] sector;

  /** The crew pool that repairs each target. */
  final int[] pool;

  /** Repair crews of each pool (lines, then the targets on no line); see {@link #pool}. */
  final int[] poolCrews;

  /**
   * Ground fire spread along the line at each target: per target, {@link #GF} values an entry (see
   * there).
   */
  final double[][] groundFire;

  /** Each airfield place's target index (construction only: the fighter units' bases). */
  private final Map<String, Integer> airfieldTarget = new HashMap<>();

  /**
   * Compiles the targets.
   *
   * @param s a validated scenario
   * @param mp the model's parameters
   * @param lineIdx each line id's index
   * @param targetIdx each target id's index
   * @param guns each gun type by id
   * @param lineCapacityTonsPerDay each line's capacity (t/day)
   * @param lineLengthM each line's length (m)
   * @param epoch the scenario's first day
   */
  Targets(
      final Scenario s,
      final Params mp,
      final Map<String, Integer> lineIdx,
      final Map<String, Integer> targetIdx,
      final Map<String, GunType> guns,
      final double[] lineCapacityTonsPerDay,
      final double[] lineLengthM,
      final LocalDate epoch) {
    final int lines = lineCapacityTonsPerDay.length;
    count = s.targets().size();
    latDeg = new double[count];
    lonDeg = new double[count];
    kind = new int[count];
    line = new int[count];
    hitsToClose = new int[count];
    repairS = new double[count];
    region = new int[count];
    valueTons = new double[count];
    id = new String[count];
    hitFactor = new double[count];
    sector = new int[count];
    builtDay = new int[count];
    bypassShare = new double[count];
    for (int t = 0; t < count; t++) {
      final Target tg = s.targets().get(t);
      id[t] = tg.id();
      latDeg[t] = tg.at().latDeg();
      lonDeg[t] = tg.at().lonDeg();
      kind[t] = tg.kind().ordinal();
      line[t] = tg.lineId().isEmpty() ? -1 : lineIdx.get(tg.lineId());
      hitsToClose[t] = tg.hitsToClose();
      repairS[t] = tg.repairS();
      region[t] = Theatre.nearestRegion(s, tg.at());
      hitFactor[t] = tg.kind() == Target.Kind.BRIDGE ? mp.hitFactorBridge : 1;
      sector[t] = line[t] >= 0 ? line[t] : lines;
      bypassShare[t] = tg.bypass();
      builtDay[t] =
          tg.usableFrom() == null
              ? 0
              : (int) Math.max(0, tg.usableFrom().toEpochDay() - epoch.toEpochDay());
      final double days1 = tg.repairS() * tg.hitsToClose() / 86_400.0;
      valueTons[t] =
          (line[t] >= 0 ? lineCapacityTonsPerDay[line[t]] : 500.0) * Math.max(0.05, days1);
      if (tg.kind() == Target.Kind.AIRFIELD && !tg.placeId().isEmpty()) {
        airfieldTarget.put(tg.placeId(), t);
      }
    }

    city = new int[count];
    cities = (int) s.targets().stream().filter(x -> x.kind() == Target.Kind.CITY).count();
    cityTarget = new int[cities];
    cityValueShare = new double[cities];
    cityDamagePerHit = new double[cities];
    double cityValue = 0;
    for (Target tg : s.targets()) {
      cityValue += tg.kind() == Target.Kind.CITY ? tg.city().value() : 0;
    }
    for (int t = 0, c = 0; t < count; t++) {
      final Target tg = s.targets().get(t);
      city[t] = tg.kind() == Target.Kind.CITY ? c : -1;
      if (city[t] >= 0) {
        cityTarget[c] = t;
        cityValueShare[c] = tg.city().value() / cityValue;
        cityDamagePerHit[c] = tg.city().damagePerHit();
        // what a raid on it threatens, for the command posts' choice of raids: the share of the
        // cities' value one hit destroys, in the rail targets' ton-days as if all the cities
        // were worth a 500 t/day line closed for a day (the scale of a target on no line); only
        // the ratios between cities are sourced, the scale against rail targets is an estimate
        valueTons[t] = 500.0 * cityValueShare[c] * cityDamagePerHit[c];
        c++;
      }
    }
    sweepNear = new boolean[count * count];
    for (int a = 0; a < count; a++) {
      for (int b = 0; b < count; b++) {
        sweepNear[a * count + b] =
            Geodesy.haversineM(latDeg[a], lonDeg[a], latDeg[b], lonDeg[b]) <= mp.sweepRadiusM;
      }
    }
    groundFire = groundFire(s, guns, targetIdx, lineIdx, lineLengthM, epoch);
    pool = new int[count];
    poolCrews = crewPools(s.repair().crews(), lines);
  }

  /**
   * @param placeId a place's id
   * @return the index of the airfield target at that place, or -1
   */
  int airfieldAt(final String placeId) {
    return airfieldTarget.getOrDefault(placeId, -1);
  }

  /**
   * Guns spread along lines and sections, as each target sees them: a unit's guns of one type
   * spread evenly over the length L of its line (or of its section, L = line length / targets on
   * the line) put guns x min(1, 2 R / L) within a gun's reach R of an aim point.
   */
  private double[][] groundFire(
      final Scenario s,
      final Map<String, GunType> guns,
      final Map<String, Integer> targetIdx,
      final Map<String, Integer> lineIdx,
      final double[] lineLengthM,
      final LocalDate epoch) {
    final int[] onLine = new int[lineLengthM.length];
    for (int t = 0; t < count; t++) {
      if (line[t] >= 0) {
        onLine[line[t]]++;
      }
    }
    final List<List<double[]>> per = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      per.add(new ArrayList<>());
    }
    for (int a = 0; a < s.aaUnits().size(); a++) {
      final AaUnit aa = s.aaUnits().get(a);
      if (!aa.isAlongLine()) {
        continue;
      }
      final Integer section = targetIdx.get(aa.along());
      final int l = section != null ? line[section] : lineIdx.get(aa.along());
      if (l < 0) {
        continue;
      }
      final double length =
          Math.max(1, section != null ? lineLengthM[l] / onLine[l] : lineLengthM[l]);
      final double fromDay = aa.from().toEpochDay() - epoch.toEpochDay();
      for (AaUnit.Battery b : aa.guns()) {
        final GunType g = guns.get(b.gunTypeId());
        final double within = b.count() * Math.min(1, 2 * g.radiusM() / length);
        final double[] e = {
          within,
          g.roundsPerMinute() / 60.0,
          g.roundsPerKill(),
          g.maxAltitudeM(),
          fromDay,
          g.radiusM(),
          a
        };
        for (int t = 0; t < count; t++) {
          if (section != null ? t == section : line[t] == l) {
            per.get(t).add(e);
          }
        }
      }
    }
    final double[][] out = new double[count][];
    for (int t = 0; t < count; t++) {
      final List<double[]> l = per.get(t);
      out[t] = new double[GF * l.size()];
      for (int k = 0; k < l.size(); k++) {
        System.arraycopy(l.get(k), 0, out[t], GF * k, GF);
      }
    }
    return out;
  }

  /**
   * The repair force split into sectors: each line's crews work only on its targets, and the
   * targets on no line (airfields) have their own; crews go to sectors in proportion to their
   * targets (largest remainders, every sector with targets at least one), as the railway troops
   * were given lines to hold (SOURCES.md C6, C7). With fewer crews than sectors, one pool serves
   * all. Fills {@link #pool}.
   */
  private int[] crewPools(final int crews, final int lines) {
    final int[] n = new int[lines + 1];
    int repairable = 0;
    for (int t = 0; t < count; t++) {
      if (city[t] < 0) { // a city is not repaired within a campaign: it takes no crew
        n[sector[t]]++;
        repairable++;
      }
    }
    int used = 0;
    for (int c : n) {
      used += c > 0 ? 1 : 0;
    }
    if (crews < used || repairable == 0) {
      return new int[] {crews};
    }
    final int[] crewsOf = new int[lines + 1];
    int given = 0;
    final double[] rest = new double[lines + 1];
    for (int k = 0; k <= lines; k++) {
      if (n[k] == 0) {
        continue;
      }
      final double share = (double) (crews - used) * n[k] / repairable;
      crewsOf[k] = 1 + (int) Math.floor(share);
      rest[k] = share - Math.floor(share);
      given += crewsOf[k];
    }
    while (given < crews) {
      int best = -1;
      for (int k = 0; k <= lines; k++) {
        if (n[k] > 0 && (best < 0 || rest[k] > rest[best])) {
          best = k;
        }
      }
      crewsOf[best]++;
      rest[best] = -1;
      given++;
    }
    for (int t = 0; t < count; t++) {
      pool[t] = sector[t];
    }
    return crewsOf;
  }
}
