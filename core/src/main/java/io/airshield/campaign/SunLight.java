package io.airshield.campaign;

import io.airshield.domain.GeoPoint;
import io.airshield.domain.Light;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.shredzone.commons.suncalc.SunTimes;

/**
 * Times of civil dawn, sunrise, sunset and civil dusk for a place and day, from the sun's elevation
 * (commons-suncalc, after Montenbruck and Pfleger, Astronomy on the Personal Computer), as seconds
 * from the scenario's epoch. Light at a time is then day between sunrise and sunset, twilight down
 * to civil twilight (sun 6 degrees below the horizon), night otherwise.
 */
public final class SunLight {
  private SunLight() {}

  /**
   * @param at the place
   * @param day the local day
   * @param zone the theatre's offset
   * @param epochDay the scenario's first day
   * @return {dawn, sunrise, sunset, dusk} in s from the epoch (00:00 local of the first day)
   */
  public static long[] times(
      final GeoPoint at, final LocalDate day, final ZoneOffset zone, final LocalDate epochDay) {
    final SunTimes horizon =
        SunTimes.compute()
            .on(day.getYear(), day.getMonthValue(), day.getDayOfMonth())
            .timezone(zone)
            .at(at.latDeg(), at.lonDeg())
            .fullCycle()
            .execute();
    final SunTimes civil =
        SunTimes.compute()
            .on(day.getYear(), day.getMonthValue(), day.getDayOfMonth())
            .timezone(zone)
            .at(at.latDeg(), at.lonDeg())
            .twilight(SunTimes.Twilight.CIVIL)
            .fullCycle()
            .execute();
    final long base = (day.toEpochDay() - epochDay.toEpochDay()) * 86_400L;
    return new long[] {
      seconds(civil.getRise(), day, zone, epochDay, base + 6 * 3600L),
      seconds(horizon.getRise(), day, zone, epochDay, base + 7 * 3600L),
      seconds(horizon.getSet(), day, zone, epochDay, base + 17 * 3600L),
      seconds(civil.getSet(), day, zone, epochDay, base + 18 * 3600L)
    };
  }

  private static long seconds(
      final ZonedDateTime t,
      final LocalDate day,
      final ZoneOffset zone,
      final LocalDate epochDay,
      final long fallback) {
    if (t == null) {
      return fallback;
    }
    final long epoch = epochDay.atStartOfDay(zone).toEpochSecond();
    return t.toEpochSecond() - epoch;
  }

  /**
   * @param t time (s from the epoch)
   * @param times {dawn, sunrise, sunset, dusk} of that day
   * @return the light at t
   */
  public static Light light(final long t, final long[] times) {
    if (t >= times[1] && t < times[2]) {
      return Light.DAY;
    }
    if (t >= times[0] && t < times[3]) {
      return Light.TWILIGHT;
    }
    return Light.NIGHT;
  }

  /**
   * Moonlight for a night: the moon's illuminated fraction (commons-suncalc) times the share of two
   * samples, 23:00 of the day and 03:00 of the next, at which the moon stands above the horizon.
   *
   * @param at the place
   * @param day the local day whose evening begins the night
   * @param zone the theatre's offset
   * @return 0 (no moon) to 1 (a full moon up all night)
   */
  public static double moonLight(final GeoPoint at, final LocalDate day, final ZoneOffset zone) {
    double up = 0;
    double fraction = 0;
    for (ZonedDateTime t :
        new ZonedDateTime[] {
          day.atTime(23, 0).atZone(zone), day.plusDays(1).atTime(3, 0).atZone(zone)
        }) {
      final org.shredzone.commons.suncalc.MoonPosition pos =
          org.shredzone.commons.suncalc.MoonPosition.compute()
              .on(t)
              .at(at.latDeg(), at.lonDeg())
              .execute();
      up += pos.getAltitude() > 0 ? 0.5 : 0;
      fraction +=
          0.5
              * org.shredzone.commons.suncalc.MoonIllumination.compute()
                  .on(t)
                  .execute()
                  .getFraction();
    }
    return fraction * up;
  }
}
