package io.airshield.campaign;

import io.airshield.domain.AaUnit;
import io.airshield.domain.GeoPoint;
import io.airshield.domain.Radar;
import io.airshield.domain.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The raid routes of a compiled theatre as a table: every mission's route from each entry point to
 * each aim point ({@link Missions#route}), sampled at {@link Theatre#K} intervals, with the radar
 * detection point of each command post, the GCI radars and searchlights covering each sample, the
 * AA batteries crossed on the way, and the distance and latest order time of every fighter unit to
 * every sample. Flat primitive arrays indexed as noted on each (structure of arrays, read in the
 * replication's hot loops). Immutable after construction; shared by all threads.
 */
final class Routes {
  private static final int K = Theatre.K;

  /** The number of routes. */
  final int count;

  /** The time a raid takes along each route (s). */
  final double[] durationS;

  /** Latitude of each route sample (degrees). [route * (K + 1) + k] */
  final double[] latDeg;

  /** Longitude of each route sample (degrees). [route * (K + 1) + k] */
  final double[] lonDeg;

  /**
   * The fraction of each route at which a command post's radars first see the raid (0 to 1), NaN if
   * never. [route * posts + cp]
   */
  final double[] detectFrac;

  /** The scan period of the radar that first sees the raid (s). [route * posts + cp] */
  final double[] detectScanS;

  /** That radar's probability of detection per scan. [route * posts + cp] */
  final double[] detectProbPerScan;

  /** That radar's delay in reporting a plot to the command post (s). [route * posts + cp] */
  final double[] reportDelayS;

  /**
   * Distance of each unit's main base to each route sample (m). [(route * units + u) * (K + 1) + k]
   */
  final float[] unitDistM;

  /**
   * The GCI radars of each command post covering each route sample, best (smallest error) first:
   * indices into {@link Theatre#gciErrorM}. [(route * posts + cp) * (K + 1) + k]
   */
  final int[][] gciList;

  /**
   * The AA units with searchlights within a light's reach ({@link
   * io.airshield.domain.ModelParameter#SEARCHLIGHT_REACH}) of each route sample, and their lights:
   * pairs (unit, lights), the input of {@link AirDefenceMath#searchlightHold}. [route * (K + 1) +
   * k]
   */
  final int[][] lights;

  /**
   * For each route sample and unit, the latest time, relative to the raid's time over target, at
   * which an order lets a scrambled flight of the unit be there no later than the raid: sample time
   * less the dash at 90% of maximum speed less the scramble delay (s); -infinity when the sample
   * lies beyond the unit's radius or the route above its ceiling. [(route * units + u) * (K + 1) +
   * k]
   */
  final double[] unitLatestS;

  /** The same for a flight already on patrol over the unit's patrol point (no scramble; s). */
  final double[] patrolLatestS;

  /** {@link #unitDistM} from each unit's forward base (its main base's when it has none; m). */
  final float[] forwardDistM;

  /** {@link #unitLatestS} from each unit's forward base (s). */
  final double[] forwardLatestS;

  /** {@link #unitLatestS} as a search table. */
  final ReachTable unitReach;

  /** {@link #patrolLatestS} as a search table. */
  final ReachTable patrolReach;

  /** {@link #forwardLatestS} as a search table. */
  final ReachTable forwardReach;

  /**
   * Per route, the batteries whose circle it crosses below their ceiling on the way in (the
   * target's own cover excluded: that is the terminal exposure).
   */
  final int[][] enRouteBattery;

  /** Per route, the time spent within each of {@link #enRouteBattery} (s). */
  final double[][] enRouteExposureS;

  /**
   * Samples the routes.
   *
   * @param s a validated scenario
   * @param mp the model's parameters
   * @param missions the compiled missions, which number the routes
   * @param targets the compiled targets
   * @param units the compiled fighter units
   * @param batteries the compiled AA batteries
   * @param posts the number of command posts
   * @param cpIdx each command post id's index
   */
  Routes(
      final Scenario s,
      final Params mp,
      final Missions missions,
      final Targets targets,
      final Units units,
      final Batteries batteries,
      final int posts,
      final Map<String, Integer> cpIdx) {
    final List<double[]> routeGeo = new ArrayList<>();
    final List<Integer> routeMission = new ArrayList<>();
    final List<Integer> routeTarget = new ArrayList<>();
    for (int m = 0; m < missions.count; m++) {
      for (int e = 0; e < missions.entries[m].length; e++) {
        for (int i = 0; i < missions.aimTarget[m].length; i++) {
          final int t = missions.aimTarget[m][i];
          final double[] lat = new double[K + 1];
          final double[] lon = new double[K + 1];
          final GeoPoint from = s.places().get(missions.entries[m][e]).at();
          final double len =
              Geodesy.sample(from, new GeoPoint(targets.latDeg[t], targets.lonDeg[t]), K, lat, lon);
          final double[] g = new double[2 * (K + 1) + 1];
          System.arraycopy(lat, 0, g, 0, K + 1);
          System.arraycopy(lon, 0, g, K + 1, K + 1);
          g[2 * (K + 1)] = len;
          routeGeo.add(g);
          routeMission.add(m);
          routeTarget.add(t);
        }
      }
    }
    count = routeGeo.size();
    durationS = new double[count];
    latDeg = new double[count * (K + 1)];
    lonDeg = new double[count * (K + 1)];
    detectFrac = new double[count * posts];
    detectScanS = new double[count * posts];
    detectProbPerScan = new double[count * posts];
    reportDelayS = new double[count * posts];
    unitDistM = new float[count * units.count * (K + 1)];
    gciList = new int[count * posts * (K + 1)][];
    lights = new int[count * (K + 1)][];
    unitLatestS = new double[count * units.count * (K + 1)];
    patrolLatestS = new double[count * units.count * (K + 1)];
    forwardDistM = new float[count * units.count * (K + 1)];
    forwardLatestS = new double[count * units.count * (K + 1)];
    final double[] fwdLat = units.forwardLatDeg;
    final double[] fwdLon = units.forwardLonDeg;
    enRouteBattery = new int[count][];
    enRouteExposureS = new double[count][];
    for (int r = 0; r < count; r++) {
      final double[] g = routeGeo.get(r);
      final int m = routeMission.get(r);
      System.arraycopy(g, 0, latDeg, r * (K + 1), K + 1);
      System.arraycopy(g, K + 1, lonDeg, r * (K + 1), K + 1);
      final double len = g[2 * (K + 1)];
      durationS[r] = len / missions.speedMps[m];
      for (int c = 0; c < posts; c++) {
        detectFrac[r * posts + c] = Double.NaN;
      }
      for (int k = 0; k <= K; k++) {
        final List<Integer> lit = new ArrayList<>();
        for (int a = 0; a < s.aaUnits().size(); a++) {
          final AaUnit aa = s.aaUnits().get(a);
          if (aa.searchlights() > 0
              && Geodesy.haversineM(
                      aa.at().latDeg(),
                      aa.at().lonDeg(),
                      latDeg[r * (K + 1) + k],
                      lonDeg[r * (K + 1) + k])
                  <= mp.searchlightReachM) {
            lit.add(a);
            lit.add(aa.searchlights());
          }
        }
        lights[r * (K + 1) + k] = lit.stream().mapToInt(Integer::intValue).toArray();
      }
      for (int k = 0; k <= K; k++) {
        for (int c = 0; c < posts; c++) {
          final int slot = (r * posts + c) * (K + 1) + k;
          final int rr = r;
          final int kk = k;
          final int cc = c;
          gciList[slot] =
              java.util.stream.IntStream.range(0, s.radars().size())
                  .filter(
                      x -> {
                        final Radar rd = s.radars().get(x);
                        return rd.isGci()
                            && cpIdx.getOrDefault(rd.commandPostId(), 0) == cc
                            && Geodesy.haversineM(
                                    rd.at().latDeg(),
                                    rd.at().lonDeg(),
                                    latDeg[rr * (K + 1) + kk],
                                    lonDeg[rr * (K + 1) + kk])
                                <= Math.min(
                                    rd.rangeM(),
                                    Geodesy.radarHorizonM(
                                        rd.antennaHeightM(), missions.cruiseAltM[m]));
                      })
                  .boxed()
                  .sorted(
                      java.util.Comparator.comparingDouble(
                              (Integer x) -> s.radars().get(x).gciErrorM())
                          .thenComparingInt(x -> x))
                  .mapToInt(Integer::intValue)
                  .toArray();
        }
      }
      for (Radar rd : s.radars()) {
        final int c = cpIdx.getOrDefault(rd.commandPostId(), 0);
        final double range =
            Math.min(
                rd.rangeM(), Geodesy.radarHorizonM(rd.antennaHeightM(), missions.cruiseAltM[m]));
        for (int k = 0; k <= K; k++) {
          final double d =
              Geodesy.haversineM(
                  rd.at().latDeg(),
                  rd.at().lonDeg(),
                  latDeg[r * (K + 1) + k],
                  lonDeg[r * (K + 1) + k]);
          if (d <= range) {
            final double frac = (double) k / K;
            final int slot = r * posts + c;
            if (Double.isNaN(detectFrac[slot]) || frac < detectFrac[slot]) {
              detectFrac[slot] = frac;
              detectScanS[slot] = rd.scanS();
              detectProbPerScan[slot] = rd.detectProbPerScan();
              reportDelayS[slot] = rd.reportDelayS();
            }
            break;
          }
        }
      }
      for (int u = 0; u < units.count; u++) {
        final boolean above = missions.cruiseAltM[m] > units.ceilingM[u];
        for (int k = 0; k <= K; k++) {
          final int slot = (r * units.count + u) * (K + 1) + k;
          unitDistM[slot] =
              (float)
                  Geodesy.haversineM(
                      units.latDeg[u],
                      units.lonDeg[u],
                      latDeg[r * (K + 1) + k],
                      lonDeg[r * (K + 1) + k]);
          final double before = durationS[r] * k / K - durationS[r];
          unitLatestS[slot] =
              above || unitDistM[slot] > units.radiusM[u]
                  ? Double.NEGATIVE_INFINITY
                  : before - unitDistM[slot] / units.speedMps[u] - units.scrambleS[u];
          forwardDistM[slot] =
              (float)
                  Geodesy.haversineM(
                      fwdLat[u], fwdLon[u], latDeg[r * (K + 1) + k], lonDeg[r * (K + 1) + k]);
          forwardLatestS[slot] =
              above || forwardDistM[slot] > units.radiusM[u]
                  ? Double.NEGATIVE_INFINITY
                  : before - forwardDistM[slot] / units.speedMps[u] - units.scrambleS[u];
          patrolLatestS[slot] =
              above || units.patrolFlights[u] == 0
                  ? Double.NEGATIVE_INFINITY
                  : before
                      - Geodesy.haversineM(
                              units.patrolLatDeg[u],
                              units.patrolLonDeg[u],
                              latDeg[r * (K + 1) + k],
                              lonDeg[r * (K + 1) + k])
                          / units.speedMps[u];
        }
      }
      // en-route AA: batteries whose circle the route crosses below their ceiling, the target's
      // own cover excluded (that is the terminal exposure)
      final int t = routeTarget.get(r);
      final List<Integer> bl = new ArrayList<>();
      final List<Double> el = new ArrayList<>();
      for (int b = 0; b < batteries.count; b++) {
        if (missions.cruiseAltM[m] > batteries.ceilingM[b]
            || Geodesy.haversineM(
                    batteries.latDeg[b], batteries.lonDeg[b], targets.latDeg[t], targets.lonDeg[t])
                <= batteries.radiusM[b]) {
          continue;
        }
        int inside = 0;
        for (int k = 0; k <= K; k++) {
          if (Geodesy.haversineM(
                  batteries.latDeg[b],
                  batteries.lonDeg[b],
                  latDeg[r * (K + 1) + k],
                  lonDeg[r * (K + 1) + k])
              <= batteries.radiusM[b]) {
            inside++;
          }
        }
        if (inside > 0) {
          bl.add(b);
          el.add(Math.min(2 * batteries.radiusM[b], inside * len / K) / missions.speedMps[m]);
        }
      }
      enRouteBattery[r] = bl.stream().mapToInt(Integer::intValue).toArray();
      enRouteExposureS[r] = el.stream().mapToDouble(Double::doubleValue).toArray();
    }
    unitReach = new ReachTable(unitLatestS, K + 1);
    patrolReach = new ReachTable(patrolLatestS, K + 1);
    forwardReach = new ReachTable(forwardLatestS, K + 1);
  }
}
