package io.airshield.campaign;

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

  /** The raid routes, sampled, with what each sample is within reach of. */
  final Routes routes;

  /** Each radar's vectoring error (m; 0 for an early-warning set), in scenario order. */
  final double[] gciErrorM;

  /** Each radar's limit on interceptions controlled at once (0: none). */
  final int[] gciControllers;

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
    gciErrorM = s.radars().stream().mapToDouble(Radar::gciErrorM).toArray();
    gciControllers = s.radars().stream().mapToInt(Radar::gciControllers).toArray();
    routes = new Routes(s, mp, missions, targets, units, batteries, posts, cpIdx);
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
    return routes.gciList[slot].length > 0 ? gciErrorM[routes.gciList[slot][0]] : mp.gciNoneM;
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
      out[2 * k] = routes.latDeg[r * (K + 1) + k];
      out[2 * k + 1] = routes.lonDeg[r * (K + 1) + k];
    }
    return out;
  }

  /**
   * @param r a route index
   * @return the time a raid takes along it (s)
   */
  public double routeDurationS(final int r) {
    return routes.durationS[r];
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
