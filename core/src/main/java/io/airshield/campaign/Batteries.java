package io.airshield.campaign;

import io.airshield.domain.AaUnit;
import io.airshield.domain.GunType;
import io.airshield.domain.Scenario;
import java.time.LocalDate;
import java.util.Map;

/**
 * The AA batteries of a compiled theatre as a table: one battery per point AA unit and gun type, in
 * scenario order, one final array per attribute (structure of arrays, read when raids are fired
 * on). Guns spread along the lines are not batteries: {@link Targets#groundFire} holds them.
 * Immutable after construction; shared by all threads.
 */
final class Batteries {
  /** The number of batteries. */
  final int count;

  /** Each battery's AA unit (scenario order). */
  final int[] aaUnit;

  /** Latitude of each battery (degrees). */
  final double[] latDeg;

  /** Longitude of each battery (degrees). */
  final double[] lonDeg;

  /** Guns in each battery. */
  final int[] guns;

  /** Rounds per second a gun of each battery fires. */
  final double[] roundsPerS;

  /** Rounds each battery's guns fire per aircraft destroyed (wartime statistics). */
  final double[] roundsPerKill;

  /** Ceiling of each battery's guns (m): no fire at raids above it. */
  final double[] ceilingM;

  /** Engagement radius of each battery's guns (m). */
  final double[] radiusM;

  /** Whether each battery's unit has searchlights. */
  final boolean[] searchlights;

  /** Whether each battery's unit has gun-laying radar. */
  final boolean[] gunLayingRadar;

  /** The first day each battery is in position. */
  final int[] fromDay;

  /**
   * Whether the battery's guns count as light AA ({@link
   * io.airshield.domain.ModelParameter#LIGHT_AA_CEILING}).
   */
  final boolean[] light;

  /** First day of each AA unit, point or along a line (scenario order). */
  final int[] aaUnitFromDay;

  /**
   * Compiles the batteries.
   *
   * @param s a validated scenario
   * @param mp the model's parameters
   * @param gunTypes each gun type by id
   * @param epoch the scenario's first day
   */
  Batteries(
      final Scenario s,
      final Params mp,
      final Map<String, GunType> gunTypes,
      final LocalDate epoch) {
    int n = 0;
    for (AaUnit aa : s.aaUnits()) {
      n += aa.isAlongLine() ? 0 : aa.guns().size();
    }
    count = n;
    aaUnit = new int[count];
    latDeg = new double[count];
    lonDeg = new double[count];
    guns = new int[count];
    roundsPerS = new double[count];
    roundsPerKill = new double[count];
    ceilingM = new double[count];
    radiusM = new double[count];
    searchlights = new boolean[count];
    gunLayingRadar = new boolean[count];
    fromDay = new int[count];
    light = new boolean[count];
    aaUnitFromDay =
        s.aaUnits().stream()
            .mapToInt(a -> (int) (a.from().toEpochDay() - epoch.toEpochDay()))
            .toArray();
    int b = 0;
    for (int a = 0; a < s.aaUnits().size(); a++) {
      final AaUnit aa = s.aaUnits().get(a);
      if (aa.isAlongLine()) {
        continue;
      }
      for (AaUnit.Battery bt : aa.guns()) {
        final GunType g = gunTypes.get(bt.gunTypeId());
        latDeg[b] = aa.at().latDeg();
        lonDeg[b] = aa.at().lonDeg();
        roundsPerS[b] = g.roundsPerMinute() / 60.0;
        roundsPerKill[b] = g.roundsPerKill();
        ceilingM[b] = g.maxAltitudeM();
        radiusM[b] = g.radiusM();
        searchlights[b] = aa.searchlights() > 0;
        gunLayingRadar[b] = aa.gunLayingRadar();
        aaUnit[b] = a;
        guns[b] = bt.count();
        fromDay[b] = (int) (aa.from().toEpochDay() - epoch.toEpochDay());
        light[b] = ceilingM[b] <= mp.lightAaCeilingM;
        b++;
      }
    }
  }
}
