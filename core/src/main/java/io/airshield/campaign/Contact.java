package io.airshield.campaign;

import static io.airshield.campaign.ModelConstants.CONTACT_ADVERSE;
import static io.airshield.campaign.ModelConstants.CONTACT_DAY;
import static io.airshield.campaign.ModelConstants.CONTACT_MARGINAL;
import static io.airshield.campaign.ModelConstants.CONTACT_NIGHT_ASSISTED;
import static io.airshield.campaign.ModelConstants.CONTACT_NIGHT_FULL;
import static io.airshield.campaign.ModelConstants.CONTACT_TWILIGHT;

import io.airshield.domain.AircraftType;
import io.airshield.domain.Light;
import io.airshield.domain.Weather;

/**
 * The rule of contact, shared by the simulation ({@link Replication}) and the analytic screen
 * ({@link Analytic}): the probability that a vectored flight of a unit finds its raid, given light
 * and weather. A unit's weather limit is its type's if its pilots are trained for night and
 * instruments, else at most marginal; at night only night-trained units fly, a type with its own
 * radar at {@code CONTACT_NIGHT_FULL}, a type guided by searchlights and ground radar at {@code
 * CONTACT_NIGHT_ASSISTED} and only where searchlights light the target. All factors are the
 * estimates of {@link ModelConstants}.
 */
final class Contact {
  private Contact() {}

  /**
   * @param th the theatre
   * @param u the unit
   * @param light the light (ordinal of {@link Light})
   * @param weather the weather (ordinal of {@link Weather})
   * @return the probability of contact; 0 when the unit cannot fight in that light and weather; a
   *     negative value -p when it can only where searchlights light the target, in which case the
   *     probability is p there and 0 elsewhere (the caller knows where the lights are)
   */
  static double probability(final Theatre th, final int u, final int light, final int weather) {
    final int wxCap =
        th.uNightTrained[u] ? th.uWeather[u] : Math.min(th.uWeather[u], Weather.MARGINAL.ordinal());
    if (weather > wxCap) {
      return 0;
    }
    double p = CONTACT_DAY * (0.5 + 0.5 * th.uProf[u]);
    if (weather == Weather.MARGINAL.ordinal()) {
      p *= CONTACT_MARGINAL;
    } else if (weather == Weather.ADVERSE.ordinal()) {
      p *= CONTACT_ADVERSE;
    }
    if (light == Light.TWILIGHT.ordinal()) {
      return p * CONTACT_TWILIGHT;
    }
    if (light != Light.NIGHT.ordinal()) {
      return p;
    }
    if (!th.uNightTrained[u]) {
      return 0;
    }
    if (th.uNight[u] == AircraftType.NightCapability.FULL.ordinal()) {
      return p * CONTACT_NIGHT_FULL;
    }
    if (th.uNight[u] == AircraftType.NightCapability.ASSISTED.ordinal()) {
      return -p * CONTACT_NIGHT_ASSISTED;
    }
    return 0;
  }
}
