package io.airshield.campaign;

import io.airshield.domain.AaUnit;
import io.airshield.domain.AircraftType;
import io.airshield.domain.CommandPost;
import io.airshield.domain.GeoPoint;
import io.airshield.domain.GunType;
import io.airshield.domain.Place;
import io.airshield.domain.Radar;
import io.airshield.domain.RailLine;
import io.airshield.domain.Scenario;
import io.airshield.domain.Target;
import io.airshield.domain.WeatherRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A scenario compiled once into flat arrays for fast replications: indices instead of names, SI
 * numbers, precomputed light times for every region and day, and every raid route sampled with its
 * radar detection point, the AA batteries it crosses and the distance of every fighter base to
 * every sample. Immutable after construction; shared by all threads.
 */
public final class Theatre {
  /** Samples along a route (intervals). */
  static final int K = 32;

  final Scenario scenario;

  /** The model's parameters for this scenario, resolved in SI (read in the hot loop). */
  final Params mp;

  final int days;
  final Metrics metrics;

  // regions: weather chain parameters per day, light times per day
  final int regions;
  final double[] wxClear;
  final double[] wxMarginal;
  final double[] wxPersist;
  final long[] lightTimes;

  /**
   * Moonlight in each region's dark hours of each day: the moon's illuminated fraction times the
   * share of two samples (23:00 and 03:00 local) at which it stands above the horizon (0 to 1).
   */
  final double[] moonLight;

  /** The targets, with the cities among them, ground fire along the lines and repair pools. */
  final Targets targets;

  // lines
  final int lines;
  final double[] lCapacity;

  /** The weather and light region of each line (its middle node's). */
  final int[] lRegion;

  /** Each line's length along its nodes (m). */
  final double[] lLengthM;

  /** The targets on each line. */
  final int[][] lTargets;

  /** The fighter units. */
  final Units units;

  /** Per command post, its units in index order. */
  final int[][] cpUnits;

  // command posts
  final int posts;
  final int[] cpMax;

  /** The AA batteries (point AA units x gun types). */
  final Batteries batteries;

  /** The enemy's missions. */
  final Missions missions;

  // routes
  final int routes;
  final double[] rDuration;
  final double[] rLat; // [route*(K+1)+k]
  final double[] rLon;
  final double[] rDetectFrac; // [route*posts+cp], NaN if never
  final double[] rDetectScan; // per route*posts
  final double[] rDetectP;
  final double[] rReportDelay;
  final float[] rUnitDist; // [(route*units+u)*(K+1)+k]

  /**
   * The GCI radars of each command post covering each route sample, best (smallest error) first:
   * indices into {@link #gciErrorM}. [(route*posts+cp)*(K+1)+k]
   */
  final int[][] rGciList;

  /** Each radar's vectoring error (m; 0 for an early-warning set), in scenario order. */
  final double[] gciErrorM;

  /** Each radar's limit on interceptions controlled at once (0: none). */
  final int[] gciControllers;

  /**
   * The AA units with searchlights within a light's reach of each route sample, and their lights:
   * pairs (unit, lights). [route*(K+1)+k]
   */
  final int[][] rLights;

  /**
   * For each route sample and unit, the latest time, relative to the raid's time over target, at
   * which an order lets a scrambled flight of the unit be there no later than the raid: sample time
   * less the dash at 90% of maximum speed less the scramble delay; -infinity when the sample lies
   * beyond the unit's radius or the route above its ceiling. [(route*units+u)*(K+1)+k]
   */
  final double[] rUnitLatest;

  /** The same for a flight already on patrol over the unit's patrol point (no scramble). */
  final double[] rPatrolLatest;

  /** {@link #rUnitDist} from each unit's forward base (its main base's when it has none). */
  final float[] rFwdDist;

  /** {@link #rUnitLatest} from each unit's forward base. */
  final double[] rFwdLatest;

  /** {@link #rUnitLatest}, {@link #rPatrolLatest} and {@link #rFwdLatest} as search tables. */
  final ReachTable rUnitReach;

  final ReachTable rPatrolReach;
  final ReachTable rFwdReach;

  final int[][] rEnRouteBatt; // per route: batteries crossed
  final double[][] rEnRouteExpo; // seconds of exposure for each
  final int[][] tmBatt; // [mission*targets+t]: batteries covering target at attack altitude
  final double[][] tmExpo;

  /** Draws the formed units' first day per replication, or null (every unit's is its own). */
  final EntryDraw entry;

  /**
   * Compiles a scenario.
   *
   * @param s a validated scenario
   */
  public Theatre(final Scenario s) {
    this(s, null);
  }

  /**
   * Compiles a scenario whose units' first days are drawn per replication.
   *
   * @param s a validated scenario
   * @param entry draws the first day of the units still forming, per replication; or null
   */
  public Theatre(final Scenario s, final EntryDraw entry) {
    this.entry = entry;
    this.scenario = s;
    this.mp = new Params(s.parameters());
    this.days = s.days();
    final LocalDate epoch = s.start();
    final Map<String, Integer> placeIdx = index(s.places().stream().map(Place::id).toList());
    final Map<String, Integer> lineIdx = index(s.lines().stream().map(RailLine::id).toList());
    final Map<String, Integer> targetIdx = index(s.targets().stream().map(Target::id).toList());
    final Map<String, Integer> cpIdx =
        index(s.commandPosts().stream().map(CommandPost::id).toList());
    final Map<String, AircraftType> types = new HashMap<>();
    s.aircraftTypes().forEach(t -> types.put(t.id(), t));
    final Map<String, GunType> guns = new HashMap<>();
    s.gunTypes().forEach(g -> guns.put(g.id(), g));
    if (placeIdx.isEmpty() && s.places().isEmpty()) {
      throw new IllegalArgumentException("scenario has no places");
    }

    // regions, weather and light
    regions = Math.max(1, s.regions().size());
    wxClear = new double[regions * days];
    wxMarginal = new double[regions * days];
    wxPersist = new double[regions * days];
    lightTimes = new long[regions * days * 4];
    moonLight = new double[regions * days];
    for (int r = 0; r < regions; r++) {
      final WeatherRegion reg = s.regions().isEmpty() ? null : s.regions().get(r);
      final GeoPoint centre =
          reg == null
              ? new GeoPoint(
                  (s.bounds()[0] + s.bounds()[2]) / 2, (s.bounds()[1] + s.bounds()[3]) / 2)
              : reg.centre();
      for (int d = 0; d < days; d++) {
        final LocalDate day = epoch.plusDays(d);
        if (reg != null) {
          final WeatherRegion.MonthClimate c = reg.climate(day.getMonthValue());
          wxClear[r * days + d] = c.clear();
          wxMarginal[r * days + d] = c.marginal();
          wxPersist[r * days + d] = c.persistence();
        } else {
          wxClear[r * days + d] = 1;
        }
        final long[] t = SunLight.times(centre, day, s.zone(), epoch);
        System.arraycopy(t, 0, lightTimes, (r * days + d) * 4, 4);
        moonLight[r * days + d] = SunLight.moonLight(centre, day, s.zone());
      }
    }

    // lines
    lines = s.lines().size();
    lCapacity = new double[lines];
    lRegion = new int[lines];
    lLengthM = new double[lines];
    for (int l = 0; l < lines; l++) {
      final RailLine rl = s.lines().get(l);
      lCapacity[l] = rl.capacityTonsPerDay();
      final List<String> nodes = rl.nodes();
      lRegion[l] = nearestRegion(s, s.places().get(placeIdx.get(nodes.get(nodes.size() / 2))).at());
      for (int k = 1; k < nodes.size(); k++) {
        final GeoPoint a = s.places().get(placeIdx.get(nodes.get(k - 1))).at();
        final GeoPoint b = s.places().get(placeIdx.get(nodes.get(k))).at();
        lLengthM[l] += Geodesy.haversineM(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg());
      }
    }

    targets = new Targets(s, mp, lineIdx, targetIdx, guns, lCapacity, lLengthM, epoch);
    lTargets = new int[lines][];
    for (int l = 0; l < lines; l++) {
      final int line = l;
      lTargets[l] =
          java.util.stream.IntStream.range(0, targets.count)
              .filter(t -> targets.line[t] == line)
              .toArray();
    }

    // command posts
    posts = Math.max(1, s.commandPosts().size());
    cpMax = new int[posts];
    for (int c = 0; c < s.commandPosts().size(); c++) {
      cpMax[c] = s.commandPosts().get(c).maxIntercepts();
    }

    units = new Units(s, types, placeIdx, cpIdx, targets, epoch);

    batteries = new Batteries(s, mp, guns, epoch);

    // missions and routes
    missions = new Missions(s, types, placeIdx, targetIdx, epoch);
    final List<double[]> routeGeo = new ArrayList<>();
    final List<Integer> routeMission = new ArrayList<>();
    final List<Integer> routeTarget = new ArrayList<>();
    final List<GeoPoint> routeFrom = new ArrayList<>();
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
          routeFrom.add(from);
        }
      }
    }
    routes = routeGeo.size();
    rDuration = new double[routes];
    rLat = new double[routes * (K + 1)];
    rLon = new double[routes * (K + 1)];
    rDetectFrac = new double[routes * posts];
    rDetectScan = new double[routes * posts];
    rDetectP = new double[routes * posts];
    rReportDelay = new double[routes * posts];
    rUnitDist = new float[routes * units.count * (K + 1)];
    rGciList = new int[routes * posts * (K + 1)][];
    gciErrorM = s.radars().stream().mapToDouble(Radar::gciErrorM).toArray();
    gciControllers = s.radars().stream().mapToInt(Radar::gciControllers).toArray();
    rLights = new int[routes * (K + 1)][];
    rUnitLatest = new double[routes * units.count * (K + 1)];
    rPatrolLatest = new double[routes * units.count * (K + 1)];
    rFwdDist = new float[routes * units.count * (K + 1)];
    rFwdLatest = new double[routes * units.count * (K + 1)];
    final double[] fwdLat = units.forwardLatDeg;
    final double[] fwdLon = units.forwardLonDeg;
    rEnRouteBatt = new int[routes][];
    rEnRouteExpo = new double[routes][];
    for (int r = 0; r < routes; r++) {
      final double[] g = routeGeo.get(r);
      final int m = routeMission.get(r);
      System.arraycopy(g, 0, rLat, r * (K + 1), K + 1);
      System.arraycopy(g, K + 1, rLon, r * (K + 1), K + 1);
      final double len = g[2 * (K + 1)];
      rDuration[r] = len / missions.speedMps[m];
      for (int c = 0; c < posts; c++) {
        rDetectFrac[r * posts + c] = Double.NaN;
      }
      for (int k = 0; k <= K; k++) {
        final List<Integer> lit = new ArrayList<>();
        for (int a = 0; a < s.aaUnits().size(); a++) {
          final AaUnit aa = s.aaUnits().get(a);
          if (aa.searchlights() > 0
              && Geodesy.haversineM(
                      aa.at().latDeg(),
                      aa.at().lonDeg(),
                      rLat[r * (K + 1) + k],
                      rLon[r * (K + 1) + k])
                  <= mp.searchlightReachM) {
            lit.add(a);
            lit.add(aa.searchlights());
          }
        }
        rLights[r * (K + 1) + k] = lit.stream().mapToInt(Integer::intValue).toArray();
      }
      for (int k = 0; k <= K; k++) {
        for (int c = 0; c < posts; c++) {
          final int slot = (r * posts + c) * (K + 1) + k;
          final int rr = r;
          final int kk = k;
          final int cc = c;
          rGciList[slot] =
              java.util.stream.IntStream.range(0, s.radars().size())
                  .filter(
                      x -> {
                        final Radar rd = s.radars().get(x);
                        return rd.isGci()
                            && cpIdx.getOrDefault(rd.commandPostId(), 0) == cc
                            && Geodesy.haversineM(
                                    rd.at().latDeg(),
                                    rd.at().lonDeg(),
                                    rLat[rr * (K + 1) + kk],
                                    rLon[rr * (K + 1) + kk])
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
                  rd.at().latDeg(), rd.at().lonDeg(), rLat[r * (K + 1) + k], rLon[r * (K + 1) + k]);
          if (d <= range) {
            final double frac = (double) k / K;
            final int slot = r * posts + c;
            if (Double.isNaN(rDetectFrac[slot]) || frac < rDetectFrac[slot]) {
              rDetectFrac[slot] = frac;
              rDetectScan[slot] = rd.scanS();
              rDetectP[slot] = rd.detectProbPerScan();
              rReportDelay[slot] = rd.reportDelayS();
            }
            break;
          }
        }
      }
      for (int u = 0; u < units.count; u++) {
        final boolean above = missions.cruiseAltM[m] > units.ceilingM[u];
        for (int k = 0; k <= K; k++) {
          final int slot = (r * units.count + u) * (K + 1) + k;
          rUnitDist[slot] =
              (float)
                  Geodesy.haversineM(
                      units.latDeg[u],
                      units.lonDeg[u],
                      rLat[r * (K + 1) + k],
                      rLon[r * (K + 1) + k]);
          final double before = rDuration[r] * k / K - rDuration[r];
          rUnitLatest[slot] =
              above || rUnitDist[slot] > units.radiusM[u]
                  ? Double.NEGATIVE_INFINITY
                  : before - rUnitDist[slot] / units.speedMps[u] - units.scrambleS[u];
          rFwdDist[slot] =
              (float)
                  Geodesy.haversineM(
                      fwdLat[u], fwdLon[u], rLat[r * (K + 1) + k], rLon[r * (K + 1) + k]);
          rFwdLatest[slot] =
              above || rFwdDist[slot] > units.radiusM[u]
                  ? Double.NEGATIVE_INFINITY
                  : before - rFwdDist[slot] / units.speedMps[u] - units.scrambleS[u];
          rPatrolLatest[slot] =
              above || units.patrolFlights[u] == 0
                  ? Double.NEGATIVE_INFINITY
                  : before
                      - Geodesy.haversineM(
                              units.patrolLatDeg[u],
                              units.patrolLonDeg[u],
                              rLat[r * (K + 1) + k],
                              rLon[r * (K + 1) + k])
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
                  rLat[r * (K + 1) + k],
                  rLon[r * (K + 1) + k])
              <= batteries.radiusM[b]) {
            inside++;
          }
        }
        if (inside > 0) {
          bl.add(b);
          el.add(Math.min(2 * batteries.radiusM[b], inside * len / K) / missions.speedMps[m]);
        }
      }
      rEnRouteBatt[r] = bl.stream().mapToInt(Integer::intValue).toArray();
      rEnRouteExpo[r] = el.stream().mapToDouble(Double::doubleValue).toArray();
    }
    rUnitReach = new ReachTable(rUnitLatest, K + 1);
    rPatrolReach = new ReachTable(rPatrolLatest, K + 1);
    rFwdReach = new ReachTable(rFwdLatest, K + 1);
    cpUnits = new int[posts][];
    for (int c = 0; c < posts; c++) {
      final int post = c;
      cpUnits[c] =
          IntStream.range(0, units.count).filter(u -> units.commandPost[u] == post).toArray();
    }
    tmBatt = new int[missions.count * targets.count][];
    tmExpo = new double[missions.count * targets.count][];
    for (int m = 0; m < missions.count; m++) {
      for (int t = 0; t < targets.count; t++) {
        final List<Integer> bl = new ArrayList<>();
        final List<Double> el = new ArrayList<>();
        for (int b = 0; b < batteries.count; b++) {
          if (missions.attackAltM[m] <= batteries.ceilingM[b]
              && Geodesy.haversineM(
                      batteries.latDeg[b],
                      batteries.lonDeg[b],
                      targets.latDeg[t],
                      targets.lonDeg[t])
                  <= batteries.radiusM[b]) {
            bl.add(b);
            // the attack run: the time the raid spends within the guns' effective envelope
            el.add(missions.attackS[m]);
          }
        }
        tmBatt[m * targets.count + t] = bl.stream().mapToInt(Integer::intValue).toArray();
        tmExpo[m * targets.count + t] = el.stream().mapToDouble(Double::doubleValue).toArray();
      }
    }
    metrics = new Metrics(lines, targets.count, units.count, days, missions.count, targets.cities);
  }

  /**
   * The vectoring error (m) of the best GCI radar covering a route sample for a command post, all
   * controllers free, or {@link io.airshield.domain.ModelParameter#GCI_NONE} where none covers it.
   *
   * @param slot (route * posts + cp) * (K + 1) + k
   */
  double bestGciErrorM(final int slot) {
    return rGciList[slot].length > 0 ? gciErrorM[rGciList[slot][0]] : mp.gciNoneM;
  }

  private static Map<String, Integer> index(final List<String> ids) {
    final Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      m.put(ids.get(i), i);
    }
    return m;
  }

  static int nearestRegion(final Scenario s, final GeoPoint p) {
    int best = 0;
    double bestD = Double.MAX_VALUE;
    for (int r = 0; r < s.regions().size(); r++) {
      final GeoPoint c = s.regions().get(r).centre();
      final double d = Geodesy.haversineM(c.latDeg(), c.lonDeg(), p.latDeg(), p.lonDeg());
      if (d < bestD) {
        bestD = d;
        best = r;
      }
    }
    return best;
  }

  /**
   * @return the scenario compiled
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * @return the outcome vector's layout
   */
  public Metrics metrics() {
    return metrics;
  }

  /**
   * @return what draws the units' first days per replication, or null
   */
  public EntryDraw entryDraw() {
    return entry;
  }

  /**
   * @return the number of days
   */
  public int days() {
    return days;
  }

  /**
   * A raid route's samples, for drawing and replaying raids (the replication itself reads the
   * arrays directly).
   *
   * @param r a route index, as traced by {@link Tracer#RAID}
   * @return {lat0, lon0, lat1, lon1, ...} (degrees), from the entry to the target
   */
  public double[] route(final int r) {
    final double[] out = new double[2 * (K + 1)];
    for (int k = 0; k <= K; k++) {
      out[2 * k] = rLat[r * (K + 1) + k];
      out[2 * k + 1] = rLon[r * (K + 1) + k];
    }
    return out;
  }

  /**
   * @param r a route index
   * @return the time a raid takes along it (s)
   */
  public double routeDurationS(final int r) {
    return rDuration[r];
  }

  /**
   * @param b a battery index
   * @return {lat, lon, engagement radius (m), AA unit index}; batteries are the AA units' gun
   *     groups in scenario order
   */
  public double[] battery(final int b) {
    return new double[] {
      batteries.latDeg[b], batteries.lonDeg[b], batteries.radiusM[b], batteries.aaUnit[b]
    };
  }

  /**
   * @return the number of AA batteries (AA units x gun types)
   */
  public int batteries() {
    return batteries.count;
  }

  /**
   * @return the number of city targets
   */
  public int cities() {
    return targets.cities;
  }

  /**
   * @return total line capacity (t/day)
   */
  public double totalCapacityTonsPerDay() {
    double c = 0;
    for (double v : lCapacity) {
      c += v;
    }
    return c;
  }
}
