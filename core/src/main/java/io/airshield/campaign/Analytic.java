package io.airshield.campaign;

import io.airshield.domain.Light;
import io.airshield.domain.Mission;
import io.airshield.domain.Weather;
import java.util.Arrays;

/**
 * A fast analytic estimate of a campaign's expected figures from a compiled {@link Theatre}, with
 * no simulation: the screen of the reinforcement planner. It uses the same geometry the
 * replications use (the theatre's routes, radar cover, AA exposures and fighter reach) and the same
 * constants ({@link io.airshield.domain.ModelParameter}), but replaces the event simulation by
 * expectations:
 *
 * <ul>
 *   <li>Raids: the mission's expected packages per day, spread over its entries and targets by
 *       weight, flown when the day's weather (the region's climatology) is within the mission's
 *       limit; a day mission flies by day, a night one at night, an "any" one half and half.
 *   <li>Interception: a raid is plotted by the first command post whose radar covers its route,
 *       after the expected number of scans and the reporting delay; a unit of that post can
 *       intercept when it reaches some later point of the route in time and within its radius (the
 *       rule of {@code Replication.interceptSample}); its flight makes contact with the probability
 *       of {@code Replication.contactProb}. Units are taken as independent attempts: P(contact) = 1
 *       - prod (1 - p_u). Fighter availability, the command post's limit and fighter combat are not
 *       modelled.
 *   <li>AA fire: expected kills by layered defence, the survival of independent layers being the
 *       product of theirs (Przemieniecki, Mathematical Methods in Defense Analyses, 3rd ed., 2000,
 *       ch. 4), each layer's expected kills rounds fired / rounds per kill times the
 *       light-and-weather factor, exactly the rounds-per-kill formula of the model ({@link
 *       AirDefenceMath#killProbability}): a raid of n keeps n exp(-Lambda / n). The layers are the
 *       batteries on the way in, those covering the target, and the guns spread along the line
 *       within reach of the aim point. Suppression (AA spoiling the attackers' aim) is not
 *       modelled.
 *   <li>Cuts and supply: the surviving attackers' hits are Poisson with mean n' p_hit; a cut needs
 *       the target's hits to close; a line is open while none of its targets is closed, which for
 *       cuts arriving at rate lambda_t and lasting S_t each has probability exp(-sum lambda_t S_t)
 *       (the empty-system probability of an M/G/infinity queue). The repair crews' queue is
 *       ignored.
 * </ul>
 *
 * The estimate is first-order: it drops the hopeless plans and guides the search; the ranking
 * itself comes from the simulation.
 */
public final class Analytic {
  private final Theatre th;
  private final int routes;
  private final int[] rMission;
  private final int[] rTarget;
  private final double[] rShare;
  private final int[] rCp;
  private final double[][] rAaLambda;
  private final boolean[][] rFeasible;

  /** Each region's moonlight, averaged over the period's nights. */
  private final double[] meanMoon;

  private final int aaUnits;
  private final boolean[] aaLights;
  private final boolean[] aaRadar;
  private final int[] aaFrom;

  /**
   * @param theatre the compiled theatre
   */
  public Analytic(final Theatre theatre) {
    this.th = theatre;
    meanMoon = new double[theatre.regions];
    for (int r = 0; r < theatre.regions; r++) {
      for (int d = 0; d < theatre.days; d++) {
        meanMoon[r] += theatre.moonLight[r * theatre.days + d] / theatre.days;
      }
    }
    aaUnits = theatre.scenario().aaUnits().size();
    aaLights = new boolean[aaUnits];
    aaRadar = new boolean[aaUnits];
    aaFrom = new int[aaUnits];
    for (int b = 0; b < th.batteries.count; b++) {
      aaLights[th.batteries.aaUnit[b]] = th.batteries.searchlights[b];
      aaRadar[th.batteries.aaUnit[b]] = th.batteries.gunLayingRadar[b];
      aaFrom[th.batteries.aaUnit[b]] = th.batteries.fromDay[b];
    }
    routes = th.routes.count;
    rMission = new int[routes];
    rTarget = new int[routes];
    rShare = new double[routes];
    rCp = new int[routes];
    rAaLambda = new double[routes][aaUnits];
    rFeasible = new boolean[routes][th.units.count];
    for (int m = 0; m < th.missions.count; m++) {
      final int entries = th.missions.entries[m].length;
      final double[] cum = th.missions.aimCumWeight[m];
      final double total = cum.length == 0 ? 0 : cum[cum.length - 1];
      for (int e = 0; e < entries; e++) {
        for (int a = 0; a < th.missions.aimTarget[m].length; a++) {
          final int r = th.missions.route[m][e][a];
          final double w = cum[a] - (a == 0 ? 0 : cum[a - 1]);
          rMission[r] = m;
          rTarget[r] = th.missions.aimTarget[m][a];
          rShare[r] = total > 0 ? w / total / entries : 0;
        }
      }
    }
    for (int r = 0; r < routes; r++) {
      final int m = rMission[r];
      final int t = rTarget[r];
      for (int k = 0; k < th.routes.enRouteBattery[r].length; k++) {
        final int b = th.routes.enRouteBattery[r][k];
        rAaLambda[r][th.batteries.aaUnit[b]] += lambda(b, th.routes.enRouteExposureS[r][k]);
      }
      final int[] tb = th.tmBatt[m * th.targets.count + t];
      for (int k = 0; k < tb.length; k++) {
        rAaLambda[r][th.batteries.aaUnit[tb[k]]] +=
            lambda(tb[k], th.tmExpo[m * th.targets.count + t][k]);
      }
      // the guns along the line within reach of the aim point fire through the attack, below
      // their ceiling, without radar or searchlights (as Replication.attack)
      final double[] gf = th.targets.groundFire[t];
      for (int k = 0; k < gf.length; k += Targets.GF) {
        if (th.missions.attackAltM[m] > gf[k + 3]) {
          continue;
        }
        final int a = (int) gf[k + 6];
        rAaLambda[r][a] +=
            AirDefenceMath.aaExpectedKills(
                gf[k], gf[k + 1], th.missions.attackS[m], th.mp.aaFireDuty, gf[k + 2]);
        aaFrom[a] = (int) gf[k + 4];
      }
      rCp[r] = -1;
      double frac = Double.NaN;
      for (int c = 0; c < th.posts; c++) {
        final double f = th.routes.detectFrac[r * th.posts + c];
        if (!Double.isNaN(f)
            && th.routes.detectProbPerScan[r * th.posts + c] > 0
            && (rCp[r] < 0 || f < frac)) {
          rCp[r] = c;
          frac = f;
        }
      }
      if (rCp[r] < 0) {
        continue;
      }
      final int slot = r * th.posts + rCp[r];
      final double dur = th.routes.durationS[r];
      final double p = th.routes.detectProbPerScan[slot];
      final double scans = p >= 1 ? 0 : (1 - p) / p;
      final double report =
          frac * dur + scans * th.routes.detectScanS[slot] + th.routes.reportDelayS[slot];
      for (int u = 0; u < th.units.count; u++) {
        rFeasible[r][u] =
            th.units.commandPost[u] == rCp[r] && report < dur && reachable(u, r, m, report);
      }
    }
  }

  private double lambda(final int b, final double exposure) {
    return AirDefenceMath.aaExpectedKills(
        th.batteries.guns[b],
        th.batteries.roundsPerS[b],
        exposure,
        th.mp.aaFireDuty,
        th.batteries.roundsPerKill[b]);
  }

  /** The rule of Replication.interceptSample, with the raid plotted at {@code report}. */
  private boolean reachable(final int u, final int r, final int m, final double report) {
    if (th.missions.cruiseAltM[m] > th.units.ceilingM[u]) {
      return false;
    }
    final double dur = th.routes.durationS[r];
    final int base = (r * th.units.count + u) * (Theatre.K + 1);
    for (int k = 0; k <= Theatre.K; k++) {
      final double tk = dur * k / Theatre.K;
      if (tk < report) {
        continue;
      }
      final double dist = th.routes.unitDistM[base + k];
      if (dist <= th.units.radiusM[u]
          && report + th.units.scrambleS[u] + dist / th.units.speedMps[u] <= tk) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return AA units of the compiled scenario
   */
  public int aaUnits() {
    return aaUnits;
  }

  /**
   * @return fighter units of the compiled scenario
   */
  public int fighterUnits() {
    return th.units.count;
  }

  /**
   * Expected campaign figures when each AA unit and fighter unit is present with the given
   * multiplicity (0 = absent, 1 = as in the scenario, 2 = two such units at the same place).
   *
   * @param aaWeight multiplicity of each AA unit, in scenario order
   * @param unitWeight multiplicity of each fighter unit
   * @return an array laid out like the scalar slots of {@link Metrics}; the slots this estimate
   *     does not model are NaN
   */
  public double[] expected(final double[] aaWeight, final double[] unitWeight) {
    final double[] out = new double[Metrics.scalarNames().size()];
    Arrays.fill(out, Double.NaN);
    double supply = 0;
    double kills = 0;
    double intrusions = 0;
    double intercepted = 0;
    double contactsNight = 0;
    double contactsBad = 0;
    double aborted = 0;
    double attacks = 0;
    final double[] cutRate = new double[th.targets.count];
    final double[] closureDays = new double[th.targets.count];
    for (int t = 0; t < th.targets.count; t++) {
      closureDays[t] = th.targets.hitsToClose[t] * th.targets.repairS[t] / 86_400.0;
    }
    final double[] pw = new double[3];
    final double[] lightShare = new double[3];
    for (int d = 0; d < th.days; d++) {
      Arrays.fill(cutRate, 0);
      for (int r = 0; r < routes; r++) {
        final int m = rMission[r];
        if (d < th.missions.fromDay[m]
            || d > th.missions.toDay[m]
            || rShare[r] == 0
            || th.missions.kind[m] == Mission.Kind.FIGHTER_SWEEP.ordinal()) {
          continue;
        }
        final int t = rTarget[r];
        final int reg = th.targets.region[t];
        final double c = th.wxClear[reg * th.days + d];
        final double g = th.wxMarginal[reg * th.days + d];
        pw[0] = c;
        pw[1] = g;
        pw[2] = Math.max(0, 1 - c - g);
        Arrays.fill(lightShare, 0);
        if (th.missions.light[m] == Mission.LightWindow.DAY.ordinal()) {
          lightShare[Light.DAY.ordinal()] = 1;
        } else if (th.missions.light[m] == Mission.LightWindow.NIGHT.ordinal()) {
          lightShare[Light.NIGHT.ordinal()] = 1;
        } else {
          lightShare[Light.DAY.ordinal()] = 0.5;
          lightShare[Light.NIGHT.ordinal()] = 0.5;
        }
        final boolean intrusion = th.missions.kind[m] == Mission.Kind.INTRUSION.ordinal();
        final int n = th.missions.packageSize[m];
        final double raids = th.missions.sortiesPerDay[m] / n * rShare[r];
        for (int w = 0; w <= th.missions.worstWeather[m]; w++) {
          for (int l = 0; l < 3; l++) {
            final double x = raids * pw[w] * lightShare[l];
            if (x == 0) {
              continue;
            }
            double miss = 1;
            double noAbort = 1;
            for (int u = 0; u < th.units.count; u++) {
              if (unitWeight[u] <= 0 || d < th.units.fromDay[u] || !rFeasible[r][u]) {
                continue;
              }
              final double pc = contact(u, l, w, r, t, aaWeight);
              miss *= Math.pow(1 - pc, unitWeight[u]);
              noAbort *= Math.pow(1 - pc * abort(m, u), unitWeight[u]);
            }
            final double pInt = 1 - miss;
            if (intrusion) {
              intrusions += x;
              intercepted += x * pInt;
            }
            if (w != Weather.CLEAR.ordinal()) {
              contactsBad += x * pInt;
            } else if (l == Light.NIGHT.ordinal()) {
              contactsNight += x * pInt;
            }
            final double reach = intrusion ? x : x * noAbort;
            aborted += x - reach;
            double lam = 0;
            for (int a = 0; a < aaUnits; a++) {
              if (aaWeight[a] > 0 && d >= aaFrom[a] && rAaLambda[r][a] > 0) {
                lam += aaWeight[a] * rAaLambda[r][a] * aaFactor(a, l, w);
              }
            }
            final double survive = Math.exp(-lam / n);
            kills += reach * n * (1 - survive);
            if (intrusion) {
              continue;
            }
            attacks += reach;
            if (th.targets.line[t] >= 0) {
              final double mu = n * survive * hitProb(m, l, w);
              cutRate[t] += reach * atLeast(th.targets.hitsToClose[t], mu);
            }
          }
        }
      }
      for (int li = 0; li < th.lines; li++) {
        double load = 0;
        for (int t = 0; t < th.targets.count; t++) {
          if (th.targets.line[t] == li) {
            load += cutRate[t] * closureDays[t];
          }
        }
        supply += th.lCapacity[li] * Math.exp(-load);
      }
    }
    out[Metric.SUPPLY_TONS.slot()] = supply;
    out[Metric.SUPPLY_TONS_PER_DAY.slot()] = supply / th.days;
    final double cap = th.totalCapacityTonsPerDay() * th.days;
    out[Metric.SUPPLY_SHARE.slot()] = cap > 0 ? supply / cap : 1;
    out[Metric.KILLS_BY_AA.slot()] = kills;
    out[Metric.INTRUSIONS.slot()] = intrusions;
    out[Metric.INTRUSIONS_INTERCEPTED.slot()] = intercepted;
    out[Metric.CONTACTS_NIGHT.slot()] = contactsNight;
    out[Metric.CONTACTS_BAD_WEATHER.slot()] = contactsBad;
    out[Metric.RAIDS_ABORTED.slot()] = aborted;
    out[Metric.ATTACKS.slot()] = attacks;
    return out;
  }

  /** P(X >= h) for X Poisson with mean mu. */
  private static double atLeast(final int h, final double mu) {
    double term = Math.exp(-mu);
    double below = 0;
    for (int j = 0; j < h; j++) {
      below += term;
      term *= mu / (j + 1);
    }
    return Math.max(0, 1 - below);
  }

  private double abort(final int m, final int u) {
    final int attackers = Math.max(1, th.missions.packageSize[m]);
    if (th.missions.kind[m] == Mission.Kind.RAIL_INTERDICTION.ordinal()) {
      // the share of the package engaged, each of them jettisoning (Replication.combat)
      return Math.min(1, (double) th.units.flightSize[u] / attackers) * th.mp.jettisonBounced;
    }
    return Math.min(0.8, th.mp.abortBomber * th.units.flightSize[u] / attackers);
  }

  private double hitProb(final int m, final int l, final int w) {
    double ph = th.missions.hitProb[m];
    if (th.missions.light[m] != Mission.LightWindow.NIGHT.ordinal() && l == Light.NIGHT.ordinal()) {
      ph *= th.mp.bombNight;
    }
    if (w == Weather.MARGINAL.ordinal()) {
      ph *= th.mp.bombMarginal;
    } else if (w == Weather.ADVERSE.ordinal()) {
      ph *= th.mp.bombAdverse;
    }
    return ph;
  }

  /** The replication's AA factor ({@link AirDefenceMath#aaFactor}) for AA unit a. */
  private double aaFactor(final int a, final int light, final int weather) {
    return AirDefenceMath.aaFactor(th.mp, aaRadar[a], aaLights[a], light, weather);
  }

  /**
   * The rule of Replication.contactProb at the raid's target (the last sample of route r): the GCI
   * error there, the searchlights of the AA units weighed by their presence, the period's mean
   * moonlight.
   */
  private double contact(
      final int u,
      final int light,
      final int weather,
      final int r,
      final int t,
      final double[] aaWeight) {
    if (light != Light.NIGHT.ordinal() && weather != Weather.ADVERSE.ordinal()) {
      return Contact.probability(th, u, light, weather, 0, 0, 0);
    }
    final int k = Theatre.K;
    final double sigma = th.bestGciErrorM((r * th.posts + th.units.commandPost[u]) * (k + 1) + k);
    final double held =
        AirDefenceMath.searchlightHold(
            th.mp.lightPickup, th.routes.lights[r * (k + 1) + k], aaWeight);
    return Contact.probability(th, u, light, weather, sigma, held, meanMoon[th.targets.region[t]]);
  }
}
