package io.airshield.campaign;

/** Closed forms shared by the model and its tests. */
public final class AirDefenceMath {
  private AirDefenceMath() {}

  /**
   * The probability that one of n aircraft is destroyed when the fire expects lambda kills among
   * them, shots falling at random on the formation: each aircraft then takes a Poisson number of
   * lethal hits with mean lambda / n, and survives with exp(-lambda / n). The number destroyed is
   * binomial (n, 1 - exp(-lambda / n)), whose mean tends to lambda when lambda is small against n
   * (the rounds-per-kill count of wartime statistics).
   *
   * @param lambda expected kills (rounds fired / rounds per kill)
   * @param n aircraft in the formation
   * @return each aircraft's kill probability
   */
  public static double killProbability(final double lambda, final int n) {
    if (n <= 0 || lambda <= 0) {
      return 0;
    }
    return 1 - Math.exp(-lambda / n);
  }

  /**
   * The probability that an aircraft survives layered defences with independent kill probabilities:
   * the product of the survivals (Przemieniecki, Mathematical Methods in Defense Analyses, 3rd ed.,
   * 2000, ch. 4).
   *
   * @param kill each layer's kill probability
   * @return the probability of surviving all layers
   */
  public static double layeredSurvival(final double... kill) {
    double s = 1;
    for (double p : kill) {
      s *= 1 - p;
    }
    return s;
  }

  /** A duel in which neither side fell. */
  public static final int DUEL_DRAWN = 0;

  /** A duel that the first side won. */
  public static final int DUEL_WON = 1;

  /** A duel that the first side lost. */
  public static final int DUEL_LOST = 2;

  /**
   * One fighter-versus-fighter duel: with probability {@code scale} one of the two falls, and it is
   * the second with probability a / (a + b), the first otherwise. Over many duels the exchange
   * ratio tends to a / b, the ratio of the attrition coefficients of Lanchester's square law for
   * aimed fire (Lanchester, Aircraft in Warfare, 1916; Taylor, Lanchester Models of Warfare, 1983),
   * and each side's loss per duel is binomial.
   *
   * @param u a uniform draw in [0, 1)
   * @param a the first side's combat power (rating x proficiency)
   * @param b the second side's
   * @param scale probability that the duel is decided
   * @return {@link #DUEL_WON}, {@link #DUEL_LOST} or {@link #DUEL_DRAWN}
   */
  public static int duel(final double u, final double a, final double b, final double scale) {
    final double share = a + b > 0 ? a / (a + b) : 0.5;
    if (u < scale * share) {
      return DUEL_WON;
    }
    return u < scale ? DUEL_LOST : DUEL_DRAWN;
  }

  /**
   * A duel in which the second side can only defend: a fighter-bomber bounced by an interceptor
   * turns into the attack and evades (SOURCES.md B19, B20: the straight-wing F-84 and F-80 were
   * "severely outclassed" and could only defend). With probability {@code scale} the duel is
   * decided, for the attacker with share a / (a + b) as in {@link #duel}; the defender's share b /
   * (a + b) ends in a kill of the attacker only with {@code defensiveShare}, and otherwise in an
   * escape. The attacker's exchange ratio is then a / (b x defensiveShare).
   *
   * @param u a uniform draw in [0, 1)
   * @param a the attacker's combat power
   * @param b the defender's
   * @param scale probability that the duel is decided
   * @param defensiveShare share of the defender's decided duels that end with the attacker shot
   *     down
   * @return {@link #DUEL_WON} (the attacker won), {@link #DUEL_LOST} or {@link #DUEL_DRAWN}
   */
  public static int defensiveDuel(
      final double u,
      final double a,
      final double b,
      final double scale,
      final double defensiveShare) {
    final double share = a + b > 0 ? a / (a + b) : 0.5;
    if (u < scale * share) {
      return DUEL_WON;
    }
    return u < scale * share + scale * (1 - share) * defensiveShare ? DUEL_LOST : DUEL_DRAWN;
  }

  /**
   * AA effectiveness against the light and weather, as a factor on rounds per kill by day in clear
   * weather: at night guns fire blind (barrage) unless searchlights or gun-laying radar help them;
   * in cloud optical laying fails where radar does not. One rule for the replication and the
   * analytic screen (the factors are {@link io.airshield.domain.ModelParameter} estimates).
   *
   * @param mp the model's parameters
   * @param radar whether the guns have gun-laying radar
   * @param searchlights whether searchlights light their targets
   * @param light a {@link io.airshield.domain.Light} ordinal
   * @param weather a {@link io.airshield.domain.Weather} ordinal
   * @return the factor, in (0, 1]
   */
  static double aaFactor(
      final Params mp,
      final boolean radar,
      final boolean searchlights,
      final int light,
      final int weather) {
    double f = 1;
    if (light == io.airshield.domain.Light.TWILIGHT.ordinal()) {
      f = mp.aaTwilight;
    } else if (light == io.airshield.domain.Light.NIGHT.ordinal()) {
      f = radar ? mp.aaNightRadar : searchlights ? mp.aaNightSearchlights : mp.aaNightBlind;
    }
    if (weather == io.airshield.domain.Weather.MARGINAL.ordinal()) {
      f *= radar ? mp.aaBadRadar : mp.aaMarginalOptical;
    } else if (weather == io.airshield.domain.Weather.ADVERSE.ordinal()) {
      f *= radar ? mp.aaBadRadar : mp.aaAdverseOptical;
    }
    return f;
  }

  /**
   * Expected kills of a group of guns firing at a raid by day in clear weather, by the
   * rounds-per-kill method: rounds fired (guns x rate x exposure x the share of the exposure the
   * guns fire, {@link io.airshield.domain.ModelParameter#AA_FIRE_DUTY}) over the rounds a kill took
   * in wartime statistics. One rule for the replication and the analytic screen; the light and
   * weather enter as {@link #aaFactor}.
   *
   * @param guns guns firing (a fractional number for guns spread along a line)
   * @param ratePerS rounds per second a gun
   * @param exposureS time the raid spends within the guns' envelope (s)
   * @param fireDuty share of that time the guns fire (0 to 1)
   * @param roundsPerKill rounds fired per aircraft destroyed
   * @return expected kills (the lambda of {@link #killProbability})
   */
  static double aaExpectedKills(
      final double guns,
      final double ratePerS,
      final double exposureS,
      final double fireDuty,
      final double roundsPerKill) {
    return guns * ratePerS * exposureS * fireDuty / roundsPerKill;
  }

  /**
   * The probability that searchlights within reach hold a raid at a point of its route: each of n
   * lights picks the raid up with p, so a field of lights holds it with 1 - (1 - p)^n, the exponent
   * summed over the AA units in reach (those within {@link
   * io.airshield.domain.ModelParameter#SEARCHLIGHT_REACH}, listed by the theatre), each weighed by
   * its presence. One rule for the replication (presence 0 or 1 on the day) and the analytic screen
   * (presence the unit's multiplicity).
   *
   * @param pickup probability that one light picks up the raid, {@link
   *     io.airshield.domain.ModelParameter#LIGHT_PICKUP} (0 to 1)
   * @param lights pairs (AA unit, lights) within reach of the point
   * @param presence each AA unit's presence (0 absent, 1 present, 2 two such units)
   * @return the probability that the raid is held (0 to 1)
   */
  static double searchlightHold(final double pickup, final int[] lights, final double[] presence) {
    double dark = 1;
    for (int k = 0; k < lights.length; k += 2) {
      final double w = presence[lights[k]];
      if (w != 0) {
        dark *= Math.pow(1 - pickup, lights[k + 1] * w);
      }
    }
    return 1 - dark;
  }
}
