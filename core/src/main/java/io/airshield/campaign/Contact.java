package io.airshield.campaign;

import io.airshield.domain.AircraftType;
import io.airshield.domain.Light;
import io.airshield.domain.Weather;

/**
 * The rule of contact, shared by the simulation ({@link Replication}) and the analytic screen
 * ({@link Analytic}): the probability that a vectored flight of a unit finds its raid.
 *
 * <p>By day, and in twilight, in clear or marginal weather, the pilots see far and the rule is
 * model 1's: {@code contactDay} x (0.5 + 0.5 proficiency), with factors for twilight and cloud.
 *
 * <p>At night and in adverse weather the controllers place the fighter near the raid with a
 * vectoring error of standard deviation sigma per axis (a GCI radar's, or a large one from plotted
 * reports where no GCI radar covers the raid), and the pilot finds it if it lies within his search
 * range R: by eye R grows from a dark night to a full moon, a bomber held in a searchlight beam is
 * seen from far, in cloud only close; an airborne radar gives its own range. With a circular normal
 * error the miss distance is Rayleigh distributed, so the chance is 1 - exp(-R^2 / (2 sigma^2))
 * (Przemieniecki, Mathematical Methods in Defense Analyses, ch. 4; the same form as a circular
 * error's probability of falling within R). Only pilots qualified for the night or for instruments
 * fly then: the chance is scaled by the unit's qualified share. All ranges and errors are the
 * estimates of {@link io.airshield.domain.ModelParameter}, with their ranges in docs/models.md.
 */
final class Contact {
  private Contact() {}

  /**
   * @param th the theatre
   * @param u the unit
   * @param light the light (ordinal of {@link Light})
   * @param weather the weather (ordinal of {@link Weather})
   * @param sigma the vectoring error where the fighter meets the raid (m, per axis)
   * @param held probability that searchlights hold the raid there (0 to 1)
   * @param moon moonlight (0 no moon to 1 a full moon up all night)
   * @return the probability of contact; 0 when the unit cannot fight in that light and weather
   */
  static double probability(
      final Theatre th,
      final int u,
      final int light,
      final int weather,
      final double sigma,
      final double held,
      final double moon) {
    final double share = qualified(th, u, light, weather);
    if (share <= 0) {
      return 0;
    }
    final double pilot = th.mp.contactDay * (0.5 + 0.5 * th.units.proficiency[u]);
    final boolean night = light == Light.NIGHT.ordinal();
    final boolean cloud = weather == Weather.ADVERSE.ordinal();
    if (!night && !cloud) {
      double p = pilot;
      if (weather == Weather.MARGINAL.ordinal()) {
        p *= th.mp.contactMarginal;
      }
      return light == Light.TWILIGHT.ordinal() ? p * th.mp.contactTwilight : p;
    }
    final double radar =
        th.units.night[u] == AircraftType.NightCapability.FULL.ordinal() ? th.mp.airborneRadarM : 0;
    double found;
    if (cloud) {
      found = found(Math.max(th.mp.cloudSearchM, radar), sigma);
    } else {
      final double eye =
          th.mp.nightSearchDarkM + (th.mp.nightSearchMoonM - th.mp.nightSearchDarkM) * moon;
      found =
          held * found(Math.max(th.mp.nightSearchLitM, radar), sigma)
              + (1 - held) * found(Math.max(eye, radar), sigma);
    }
    if (weather == Weather.MARGINAL.ordinal()) {
      found *= th.mp.contactMarginal;
    }
    return pilot * found * share;
  }

  /**
   * The chance that a fighter placed with error sigma per axis (circular normal) comes within range
   * of the raid: the Rayleigh distribution's 1 - exp(-range^2 / (2 sigma^2)).
   *
   * @param range search range (m)
   * @param sigma vectoring error (m)
   * @return the probability
   */
  static double found(final double range, final double sigma) {
    return sigma <= 0 ? 1 : 1 - Math.exp(-range * range / (2 * sigma * sigma));
  }

  /**
   * The share of the unit's pilots who may fly in this light and weather: all by day below adverse
   * weather; at night those qualified for night, and only in types able to fly at night; in adverse
   * weather those qualified on instruments, in types able to fly in it; at night in adverse weather
   * the smaller of the two shares.
   */
  static double qualified(final Theatre th, final int u, final int light, final int weather) {
    double share = 1;
    if (weather > th.units.weather[u]) {
      return 0;
    }
    if (weather == Weather.ADVERSE.ordinal()) {
      share = Math.min(share, th.units.weatherShare[u]);
    }
    if (light == Light.NIGHT.ordinal()) {
      if (th.units.night[u] == AircraftType.NightCapability.NONE.ordinal()) {
        return 0;
      }
      share = Math.min(share, th.units.nightShare[u]);
    }
    return share;
  }
}
