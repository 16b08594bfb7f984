package io.airshield.campaign;

import static io.airshield.campaign.ModelConstants.*;

import io.airshield.domain.Light;
import io.airshield.domain.Mission;
import io.airshield.domain.Weather;
import io.airshield.engine.EventQueue;
import io.airshield.engine.Rng;
import java.util.Arrays;

/**
 * Runs one replication of the campaign over a compiled {@link Theatre}. An instance holds all
 * mutable state in primitive arrays that are reset, not reallocated, between replications, so one
 * instance per thread runs any number of replications with no allocation per event.
 *
 * <p>The day: at midnight each region draws its weather (Markov chain), each unit its serviceable
 * aircraft, and each mission its raids (Poisson packages, targets by weight, times in the mission's
 * light window). A raid is detected where its route first enters a radar's cover (horizon and
 * instrumented range), after a geometric number of scans, and plotted at the command post after the
 * reporting delay. The post assigns its ready flights to the plotted raids as a weapon-target
 * assignment, within its limit of simultaneous intercepts; a flight meets the raid where the raid's
 * track first lies within the fighter's reach. Contact depends on light, weather and capability;
 * combat on escorts, ratings and proficiency. Over the target (and on the way in) AA fires by the
 * rounds-per-kill method; survivors bomb, hits cut track and drop bridges, the repair crews work
 * through the damage first come first served, and each line delivers its capacity while all its
 * targets are open. See docs/models.md for every formula and its source.
 *
 * <p>Random streams: weather, raids, detection, air combat, AA, bombing, repair and sortie
 * generation each draw from their own stream of (seed, replication, purpose), so that a change in
 * one mechanism does not shift the others' draws. Within a mechanism, each occasion starts its own
 * sub-stream keyed by what it concerns (the raid for its AA fire and its bombing, the raid and unit
 * for an engagement, the day and unit for serviceability, the target and its cut for a repair): a
 * reinforcement that destroys one more bomber then leaves every other raid's draws as they were.
 * Comparisons of plans made with the same seed are thereby common random numbers in the strong
 * sense, synchronised occasion by occasion (Law, Simulation Modeling and Analysis, 5th ed., section
 * 11.2.3), which narrows the paired differences that {@code airshield reinforce} ranks plans by.
 */
public final class Replication {
  private static final int EV_DAY = 0;
  private static final int EV_REPORT = 1;
  private static final int EV_INTERCEPT = 2;
  private static final int EV_ATTACK = 3;
  private static final int EV_FLIGHT_READY = 4;
  private static final int EV_REPAIR_DONE = 5;
  private static final int EV_AIRCRAFT_REPAIRED = 6;
  private static final int EV_PATROL_RESUME = 7;

  private static final int P_DAY = 0;
  private static final int P_REPAIR = 1;
  private static final int P_READY = 2;
  private static final int P_REPORT = 3;
  private static final int P_INTERCEPT = 4;
  private static final int P_ATTACK = 5;

  private static final int COND_DAY = 0;
  private static final int COND_NIGHT = 1;
  private static final int COND_BAD = 2;

  private static final int K1 = Theatre.K + 1;

  private final Theatre th;
  private final Allocator allocator;
  private final EventQueue queue = new EventQueue(1024);
  private final Rng rWx = new Rng(0, 0, 0);
  private final Rng rRaid = new Rng(0, 0, 0);
  private final Rng rDet = new Rng(0, 0, 0);
  private final Rng rAir = new Rng(0, 0, 0);
  private final Rng rAa = new Rng(0, 0, 0);
  private final Rng rBomb = new Rng(0, 0, 0);
  private final Rng rRep = new Rng(0, 0, 0);
  private final Rng rSort = new Rng(0, 0, 0);
  private final Tracer tracer;

  private double[] out;
  private long seed;
  private long rep;
  private long now;
  private int today;
  private final int[] wx;

  // raids
  private int raids;
  private int[] raidMission = new int[256];
  private int[] raidRoute = new int[256];
  private int[] raidTarget = new int[256];
  private int[] raidN = new int[256];
  private int[] raidDamaged = new int[256];
  private int[] raidEscorts = new int[256];
  private long[] raidAttack = new long[256];
  private int[] raidCp = new int[256];
  private int[] raidWx = new int[256];
  private int[] raidDay = new int[256];
  private byte[] raidFlags = new byte[256];
  private static final byte F_ASSIGNED = 1;
  private static final byte F_CONTACT = 2;
  private static final byte F_ABORTED = 4;
  private static final byte F_DONE = 8;
  private static final byte F_NIGHT_SHIFT = 16;

  // pending plotted raids per command post
  private final int[][] pending;
  private final int[] pendingSize;
  private final int[] activeIntercepts;

  // intercepts
  private int intercepts;
  private int[] icUnit = new int[256];
  private int[] icRaid = new int[256];
  private int[] icCount = new int[256];
  private int[] icSample = new int[256];
  private boolean[] icPatrol = new boolean[256];

  // units
  private final int[] ready;
  private final int[] busy;
  private final int[] inRepair;
  private final int[] aircraft;
  private final int[] pilots;
  private final int[] sortiesToday;
  private final int[] patrolFree;
  private final long[] patrolEnd;
  private final int[] patrolPending;

  // targets and lines
  private final boolean[] closed;
  private final boolean[] repairing;
  private final double[] work;
  private final long[] closedSince;
  private final long[] waitingSince;
  private final double[] closedTotal;
  private final int[] lineClosed;
  private final long[] lineMark;
  private final double[] lineOpenToday;
  private final double[] lineOpenTotal;
  private final int[] repairQueue;
  private int rqHead;
  private int rqSize;
  private int freeCrews;

  // missions
  private final boolean[] nightShift;
  private final double[] missionSorties;
  private final double[] missionLosses;

  private int lastLosses;
  private int lastDamaged;

  // decision scratch
  private final int[] eligibleUnit;
  private final int[] wUnit;
  private final int[] wSize;
  private final boolean[] wPatrol;
  private final double[] wpP;
  private final int[] wpSample;
  private final double[] tValue;
  private final int[] tRaid;
  private final int[] assignment;
  private final int assignmentSize;

  /**
   * @param theatre the compiled theatre
   * @param allocator the command posts' assignment of flights to raids
   */
  public Replication(final Theatre theatre, final Allocator allocator) {
    this(theatre, allocator, null);
  }

  /**
   * @param theatre the compiled theatre
   * @param allocator the command posts' assignment of flights to raids
   * @param tracer receives every event of the replication, or null
   */
  public Replication(final Theatre theatre, final Allocator allocator, final Tracer tracer) {
    this.th = theatre;
    this.allocator = allocator;
    this.tracer = tracer;
    wx = new int[th.regions];
    pending = new int[th.posts][64];
    pendingSize = new int[th.posts];
    activeIntercepts = new int[th.posts];
    ready = new int[th.units];
    busy = new int[th.units];
    inRepair = new int[th.units];
    aircraft = new int[th.units];
    pilots = new int[th.units];
    sortiesToday = new int[th.units];
    patrolFree = new int[th.units];
    patrolEnd = new long[th.units];
    patrolPending = new int[th.units];
    closed = new boolean[th.targets];
    repairing = new boolean[th.targets];
    work = new double[th.targets];
    closedSince = new long[th.targets];
    waitingSince = new long[th.targets];
    closedTotal = new double[th.targets];
    lineClosed = new int[th.lines];
    lineMark = new long[th.lines];
    lineOpenToday = new double[th.lines];
    lineOpenTotal = new double[th.lines];
    repairQueue = new int[Math.max(1, th.targets)];
    nightShift = new boolean[th.missions];
    missionSorties = new double[th.missions * th.days];
    missionLosses = new double[th.missions * th.days];
    final int maxW = Math.max(1, th.units * FLIGHTS_PER_DECISION);
    eligibleUnit = new int[Math.max(1, th.units)];
    wUnit = new int[maxW];
    wSize = new int[maxW * 2];
    wPatrol = new boolean[maxW * 2];
    wpP = new double[maxW * 64];
    wpSample = new int[maxW * 64];
    assignmentSize = maxW;
    tValue = new double[64];
    tRaid = new int[64];
    assignment = new int[maxW];
  }

  /**
   * Runs replication {@code rep} of the campaign.
   *
   * @param seed master seed
   * @param rep replication index
   * @param outcome output, {@link Metrics#size()} long; overwritten
   */
  public void run(final long seed, final long rep, final double[] outcome) {
    this.out = outcome;
    this.seed = seed;
    this.rep = rep;
    Arrays.fill(out, 0);
    rWx.reseed(seed, rep, 1);
    rRaid.reseed(seed, rep, 2);
    rDet.reseed(seed, rep, 3);
    rAir.reseed(seed, rep, 4);
    rAa.reseed(seed, rep, 5);
    rBomb.reseed(seed, rep, 6);
    rRep.reseed(seed, rep, 7);
    rSort.reseed(seed, rep, 8);
    reset();
    queue.push(0, P_DAY, EV_DAY, 0);
    long events = 0;
    final long end = (long) th.days * 86_400;
    while (!queue.isEmpty()) {
      final long t = queue.peekTime();
      final int kind = queue.peekKind();
      final int arg = queue.peekArg();
      queue.pop();
      if (t >= end && kind != EV_DAY) {
        continue;
      }
      now = t;
      events++;
      switch (kind) {
        case EV_DAY -> day(arg);
        case EV_REPORT -> report(arg);
        case EV_INTERCEPT -> intercept(arg);
        case EV_ATTACK -> attack(arg);
        case EV_FLIGHT_READY -> flightReady(arg);
        case EV_REPAIR_DONE -> repairDone(arg);
        case EV_PATROL_RESUME -> {
          if (now < patrolEnd[arg]) {
            // at the patrol's start all its flights take station; later, one relieved flight
            patrolFree[arg] += Math.max(1, patrolPending[arg]);
            patrolPending[arg] = 0;
          }
        }
        case EV_AIRCRAFT_REPAIRED -> {
          inRepair[arg]--;
          if (aircraft[arg] > 0) {
            ready[arg]++;
          }
        }
        default -> throw new IllegalStateException("unknown event " + kind);
      }
    }
    out[Metrics.EVENTS] = events;
  }

  private void reset() {
    queue.clear();
    raids = 0;
    intercepts = 0;
    Arrays.fill(pendingSize, 0);
    Arrays.fill(activeIntercepts, 0);
    for (int u = 0; u < th.units; u++) {
      aircraft[u] = th.uAircraft[u];
      pilots[u] = th.uPilots[u];
      ready[u] = 0;
      busy[u] = 0;
      inRepair[u] = 0;
    }
    Arrays.fill(closed, false);
    Arrays.fill(repairing, false);
    Arrays.fill(work, 0);
    Arrays.fill(closedTotal, 0);
    Arrays.fill(lineClosed, 0);
    Arrays.fill(lineMark, 0);
    Arrays.fill(lineOpenToday, 0);
    Arrays.fill(lineOpenTotal, 0);
    rqHead = 0;
    rqSize = 0;
    freeCrews = th.scenario.repair().crews();
    Arrays.fill(nightShift, false);
    Arrays.fill(missionSorties, 0);
    Arrays.fill(missionLosses, 0);
    for (int r = 0; r < th.regions; r++) {
      wx[r] = drawWeather(r, 0, -1);
    }
  }

  private int drawWeather(final int r, final int d, final int previous) {
    final int i = r * th.days + d;
    if (previous >= 0 && rWx.chance(th.wxPersist[i])) {
      return previous;
    }
    final double u = rWx.nextDouble();
    if (u < th.wxClear[i]) {
      return Weather.CLEAR.ordinal();
    }
    return u < th.wxClear[i] + th.wxMarginal[i]
        ? Weather.MARGINAL.ordinal()
        : Weather.ADVERSE.ordinal();
  }

  // ---------------------------------------------------------------- the day

  private void day(final int d) {
    if (d > 0) {
      closeDay(d - 1);
    }
    if (d >= th.days) {
      finish();
      return;
    }
    today = d;
    if (d > 0) {
      for (int r = 0; r < th.regions; r++) {
        wx[r] = drawWeather(r, d, wx[r]);
      }
    }
    adapt(d);
    for (int u = 0; u < th.units; u++) {
      sortiesToday[u] = 0;
      if (d < th.uFromDay[u]) {
        ready[u] = 0;
        continue;
      }
      final int available = Math.max(0, aircraft[u] - inRepair[u] - busy[u]);
      occasion(rSort, 8, (long) d * 65_536 + u);
      ready[u] = rSort.binomial(available, th.uService[u]);
      standPatrol(u, d);
    }
    for (int m = 0; m < th.missions; m++) {
      if (d >= th.mFromDay[m] && d <= th.mToDay[m]) {
        generate(m, d);
      }
    }
    trace(Tracer.DAY, d, -1, -1, 0);
    queue.push((long) (d + 1) * 86_400, P_DAY, EV_DAY, d + 1);
  }

  /**
   * A standing patrol by day: the unit keeps its patrol flights on station from an hour after
   * sunrise to an hour before sunset, a relief flight turning round for each one on station, so
   * twice the flights' aircraft are held from the ready pool; it costs one sortie per aircraft per
   * hour on station, within the pilots' daily sorties.
   */
  private void standPatrol(final int u, final int d) {
    patrolFree[u] = 0;
    patrolEnd[u] = 0;
    if (th.uPatrolFlights[u] == 0) {
      return;
    }
    final int li = (th.uPatrolRegion[u] * th.days + d) * 4;
    final long start = th.lightTimes[li + 1] + 3600;
    final long end = th.lightTimes[li + 2] - 3600;
    if (end <= start) {
      return;
    }
    final int flight = th.uFlight[u];
    final double periods = (end - start) / PATROL_STATION_S;
    final int pilotSorties = pilots[u] * th.uSortiesPerPilot[u];
    int flights = Math.min(th.uPatrolFlights[u], ready[u] / (2 * flight));
    while (flights > 0 && flights * flight * periods > 0.75 * pilotSorties) {
      flights--;
    }
    if (flights == 0) {
      return;
    }
    ready[u] -= 2 * flights * flight;
    final int sorties = (int) Math.round(flights * flight * periods);
    sortiesToday[u] += sorties;
    out[Metrics.OWN_SORTIES] += sorties;
    out[th.metrics.unitSorties(u)] += sorties;
    // the flights take station at the window's start (EV_PATROL_RESUME)
    patrolEnd[u] = end;
    patrolPending[u] = flights;
    queue.push(start, P_READY, EV_PATROL_RESUME, u);
  }

  /** The enemy's adaptation: a day mission that lost too much over its window goes to night. */
  private void adapt(final int d) {
    for (int m = 0; m < th.missions; m++) {
      final Mission.Adaptation a = th.mission[m].adaptation();
      if (a == null || nightShift[m] || th.mLight[m] != Mission.LightWindow.DAY.ordinal()) {
        continue;
      }
      double s = 0;
      double l = 0;
      for (int k = Math.max(0, d - a.windowDays()); k < d; k++) {
        s += missionSorties[m * th.days + k];
        l += missionLosses[m * th.days + k];
      }
      if (s > 0 && l / s > a.lossThreshold()) {
        nightShift[m] = true;
        out[Metrics.ENEMY_WENT_NIGHT] = 1;
      }
    }
  }

  private void generate(final int m, final int d) {
    final boolean sweep = th.mKind[m] == Mission.Kind.FIGHTER_SWEEP.ordinal();
    final int packages = rRaid.poisson(th.mSortiesPerDay[m] / th.mPackage[m]);
    final int light = nightShift[m] ? Mission.LightWindow.NIGHT.ordinal() : th.mLight[m];
    for (int p = 0; p < packages; p++) {
      final int e = rRaid.nextInt(th.mEntries[m].length);
      final int aim = pickAim(m);
      final int t = th.mAimTarget[m][aim];
      final int route = th.mRoute[m][e][aim];
      final int region = th.tRegion[t];
      final int li = (region * th.days + d) * 4;
      final long attack;
      if (light == Mission.LightWindow.DAY.ordinal()) {
        final long lo = th.lightTimes[li + 1] + 3600;
        final long hi = Math.max(lo + 60, th.lightTimes[li + 2] - 3600);
        attack = lo + (long) (rRaid.nextDouble() * (hi - lo));
      } else if (light == Mission.LightWindow.NIGHT.ordinal()) {
        final long lo = th.lightTimes[li + 3];
        final long hi = th.lightTimes[li] + 86_400;
        attack = lo + (long) (rRaid.nextDouble() * Math.max(60, hi - lo));
      } else {
        attack = (long) d * 86_400 + (long) (rRaid.nextDouble() * 86_400);
      }
      final double detectU = rDet.nextDouble();
      if (wx[region] > th.mWorstWeather[m]) {
        out[Metrics.RAIDS_WEATHER_CANCELLED]++;
        continue;
      }
      if (attack >= (long) th.days * 86_400) {
        continue;
      }
      final int i = newRaid();
      raidMission[i] = m;
      raidRoute[i] = route;
      raidTarget[i] = t;
      raidN[i] = th.mPackage[m];
      raidDamaged[i] = 0;
      raidEscorts[i] = th.mEscorts[m];
      raidAttack[i] = attack;
      raidWx[i] = wx[region];
      raidDay[i] = d;
      raidFlags[i] = nightShift[m] ? F_NIGHT_SHIFT : 0;
      raidCp[i] = -1;
      trace(Tracer.RAID, i, route, m, attack);
      final int sorties = th.mPackage[m] + th.mEscorts[m];
      out[Metrics.ENEMY_SORTIES] += sorties;
      missionSorties[m * th.days + d] += sorties;
      if (sweep) {
        raidFlags[i] |= F_DONE;
        continue;
      }
      if (th.mKind[m] == Mission.Kind.INTRUSION.ordinal()) {
        out[Metrics.INTRUSIONS] += 1;
      } else {
        out[Metrics.RAIDS] += 1;
      }
      scheduleDetection(i, route, attack, detectU);
      queue.push(attack, P_ATTACK, EV_ATTACK, i);
    }
  }

  private int pickAim(final int m) {
    final double[] cum = th.mAimCum[m];
    final double u = rRaid.nextDouble() * cum[cum.length - 1];
    for (int i = 0; i < cum.length; i++) {
      if (u < cum[i]) {
        return i;
      }
    }
    return cum.length - 1;
  }

  private int newRaid() {
    if (raids == raidMission.length) {
      final int n = raids * 2;
      raidMission = Arrays.copyOf(raidMission, n);
      raidRoute = Arrays.copyOf(raidRoute, n);
      raidTarget = Arrays.copyOf(raidTarget, n);
      raidN = Arrays.copyOf(raidN, n);
      raidDamaged = Arrays.copyOf(raidDamaged, n);
      raidEscorts = Arrays.copyOf(raidEscorts, n);
      raidAttack = Arrays.copyOf(raidAttack, n);
      raidCp = Arrays.copyOf(raidCp, n);
      raidWx = Arrays.copyOf(raidWx, n);
      raidDay = Arrays.copyOf(raidDay, n);
      raidFlags = Arrays.copyOf(raidFlags, n);
    }
    return raids++;
  }

  /**
   * Detection: the first command post whose radar cover the route enters, then a geometric number
   * of scans (each detecting with the radar's probability), then the reporting delay.
   */
  private void scheduleDetection(final int i, final int route, final long attack, final double u) {
    int cp = -1;
    double frac = Double.NaN;
    for (int c = 0; c < th.posts; c++) {
      final double f = th.rDetectFrac[route * th.posts + c];
      if (!Double.isNaN(f) && (cp < 0 || f < frac)) {
        cp = c;
        frac = f;
      }
    }
    if (cp < 0) {
      return;
    }
    final int slot = route * th.posts + cp;
    final double duration = th.rDuration[route];
    final double p = th.rDetectP[slot];
    if (p <= 0) {
      return;
    }
    final double scans = p >= 1 ? 0 : Math.floor(Math.log(1 - u) / Math.log(1 - p));
    final double tDetect = attack - duration + frac * duration + scans * th.rDetectScan[slot];
    final long tReport = (long) Math.max(0, tDetect + th.rReportDelay[slot]);
    if (tReport < attack) {
      raidCp[i] = cp;
      queue.push(tReport, P_REPORT, EV_REPORT, i);
    }
  }

  // ---------------------------------------------------------------- command and interception

  private void report(final int i) {
    final int cp = raidCp[i];
    if ((raidFlags[i] & (F_ABORTED | F_DONE)) != 0) {
      return;
    }
    if (pendingSize[cp] == pending[cp].length) {
      pending[cp] = Arrays.copyOf(pending[cp], pendingSize[cp] * 2);
    }
    pending[cp][pendingSize[cp]++] = i;
    trace(Tracer.DETECTED, i, cp, -1, 0);
    decide(cp);
  }

  private int lightAt(final int region, final long t) {
    final int d = (int) Math.min(th.days - 1, Math.max(0, t / 86_400));
    final int li = (region * th.days + d) * 4;
    final long dayStart = (long) d * 86_400;
    final long tt = t - dayStart;
    final long dawn = th.lightTimes[li] - dayStart;
    final long rise = th.lightTimes[li + 1] - dayStart;
    final long set = th.lightTimes[li + 2] - dayStart;
    final long dusk = th.lightTimes[li + 3] - dayStart;
    if (tt >= rise && tt < set) {
      return Light.DAY.ordinal();
    }
    if (tt >= dawn && tt < dusk) {
      return Light.TWILIGHT.ordinal();
    }
    return Light.NIGHT.ordinal();
  }

  /**
   * The probability that a flight of unit u finds a raid, given light and weather; 0 when the unit
   * cannot fly in them. A unit's weather limit is its type's if its pilots are trained for night
   * and instruments, else at most marginal.
   */
  private double contactProb(final int u, final int light, final int weather, final int t) {
    final double p = Contact.probability(th, u, light, weather);
    return p >= 0 ? p : searchlightsAt(t) ? -p : 0;
  }

  private boolean searchlightsAt(final int t) {
    for (int b = 0; b < th.batteries; b++) {
      if (th.bSearchlights[b]
          && today >= th.bFromDay[b]
          && Geodesy.haversineM(th.bLat[b], th.bLon[b], th.tLat[t], th.tLon[t])
              <= th.bRadius[b] * 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first sample of the raid's route where a flight of unit u, ordered now, can be when the
   * raid is: scramble, climb, then a straight dash at 90% of maximum speed, within the type's
   * radius. -1 if none before the target.
   */
  private int interceptSample(final int u, final int i) {
    final int route = raidRoute[i];
    final double duration = th.rDuration[route];
    final double launch = raidAttack[i] - duration;
    final int m = raidMission[i];
    final double alt = th.mCruiseAlt[m];
    if (alt > th.uCeiling[u]) {
      return -1;
    }
    final double readyAt = now + th.uScrambleS[u];
    final int base = (route * th.units + u) * K1;
    for (int k = 0; k < K1; k++) {
      final double tk = launch + duration * k / Theatre.K;
      if (tk < now) {
        continue;
      }
      final double dist = th.rUnitDist[base + k];
      if (dist > th.uRadius[u]) {
        continue;
      }
      if (readyAt + dist / th.uSpeed[u] <= tk) {
        return k;
      }
    }
    return -1;
  }

  private boolean groundReady(final int u) {
    return ready[u] > 0
        && pilots[u] * th.uSortiesPerPilot[u] > sortiesToday[u]
        && !(th.uBaseTarget[u] >= 0 && closed[th.uBaseTarget[u]]);
  }

  /**
   * The first sample of the raid's route that a flight on patrol over the unit's patrol point can
   * reach no later than the raid: no scramble, the same dash. -1 if none.
   */
  private int patrolSample(final int u, final int i) {
    final int route = raidRoute[i];
    final double duration = th.rDuration[route];
    final double launch = raidAttack[i] - duration;
    if (th.mCruiseAlt[raidMission[i]] > th.uCeiling[u]) {
      return -1;
    }
    final int base = route * K1;
    for (int k = 0; k < K1; k++) {
      final double tk = launch + duration * k / Theatre.K;
      if (tk < now) {
        continue;
      }
      final double dist =
          Geodesy.haversineM(
              th.uPatrolLat[u], th.uPatrolLon[u], th.rLat[base + k], th.rLon[base + k]);
      if (now + dist / th.uSpeed[u] <= tk) {
        return k;
      }
    }
    return -1;
  }

  private void decide(final int cp) {
    int free = th.cpMax[cp] - activeIntercepts[cp];
    if (pendingSize[cp] == 0 || free <= 0) {
      return;
    }
    // units that could fly now
    int eligible = 0;
    for (int u = 0; u < th.units; u++) {
      if (th.uCp[u] != cp || today < th.uFromDay[u]) {
        continue;
      }
      if (groundReady(u) || patrolFree[u] > 0 && now < patrolEnd[u]) {
        eligibleUnit[eligible++] = u;
      }
    }
    // keep the raids some unit can still reach; reach only shrinks as time passes, so a raid
    // that no unit of the post can reach now is dropped for good
    int n = 0;
    for (int q = 0; q < pendingSize[cp]; q++) {
      final int i = pending[cp][q];
      if ((raidFlags[i] & (F_ASSIGNED | F_ABORTED | F_DONE)) != 0 || raidAttack[i] <= now) {
        continue;
      }
      boolean reachable = false;
      for (int u = 0; u < th.units; u++) {
        if (th.uCp[u] == cp
            && today >= th.uFromDay[u]
            && (interceptSample(u, i) >= 0 || now < patrolEnd[u] && patrolSample(u, i) >= 0)) {
          reachable = true;
          break;
        }
      }
      if (reachable) {
        pending[cp][n++] = i;
      }
    }
    pendingSize[cp] = n;
    if (n == 0 || eligible == 0) {
      return;
    }
    final int targets = Math.min(n, tValue.length);
    for (int j = 0; j < targets; j++) {
      final int i = pending[cp][j];
      tRaid[j] = i;
      final int m = raidMission[i];
      tValue[j] =
          th.mKind[m] == Mission.Kind.INTRUSION.ordinal()
              ? INTRUDER_VALUE * raidN[i]
              : raidN[i] * th.mHit[m] * th.tValue[raidTarget[i]];
    }
    int weapons = 0;
    boolean any = false;
    for (int e = 0; e < eligible; e++) {
      final int u = eligibleUnit[e];
      for (int kind = 0; kind < 2; kind++) {
        final boolean patrol = kind == 1;
        final int first = weapons;
        if (patrol) {
          for (int f = 0; f < patrolFree[u] && now < patrolEnd[u]; f++) {
            wUnit[weapons] = u;
            wSize[weapons] = th.uFlight[u];
            wPatrol[weapons] = true;
            weapons++;
          }
        } else if (groundReady(u)) {
          int avail = ready[u];
          int pilotSorties = pilots[u] * th.uSortiesPerPilot[u] - sortiesToday[u];
          for (int f = 0; f < FLIGHTS_PER_DECISION && avail > 0 && pilotSorties > 0; f++) {
            final int size = Math.min(th.uFlight[u], Math.min(avail, pilotSorties));
            wUnit[weapons] = u;
            wSize[weapons] = size;
            wPatrol[weapons] = false;
            avail -= size;
            pilotSorties -= size;
            weapons++;
          }
        }
        if (weapons == first) {
          continue;
        }
        // the geometry and contact depend on the unit and where its flights are, not on the
        // flight: computed once per unit for its ground flights and once for its patrols
        for (int j = 0; j < targets; j++) {
          final int i = tRaid[j];
          final int s = patrol ? patrolSample(u, i) : interceptSample(u, i);
          double pc = 0;
          if (s >= 0) {
            final int t = raidTarget[i];
            final long tk =
                (long)
                    (raidAttack[i] - th.rDuration[raidRoute[i]] * (1.0 - (double) s / Theatre.K));
            pc = contactProb(u, lightAt(th.tRegion[t], tk), raidWx[i], t);
          }
          for (int k = first; k < weapons; k++) {
            wpP[k * targets + j] =
                pc * wSize[k] / (wSize[k] + 0.5 * raidEscorts[i] + 0.25 * raidN[i]);
            wpSample[k * targets + j] = s;
          }
          any |= pc > 0;
        }
      }
    }
    if (!any) {
      return;
    }
    allocator.assign(weapons, targets, tValue, wpP, free, assignment);
    for (int k = 0; k < weapons && free > 0; k++) {
      final int j = assignment[k];
      if (j < 0 || wpP[k * targets + j] <= 0) {
        continue;
      }
      final int u = wUnit[k];
      final int i = tRaid[j];
      final int s = wpSample[k * targets + j];
      final long tk =
          Math.max(
              now + 1,
              (long) (raidAttack[i] - th.rDuration[raidRoute[i]] * (1.0 - (double) s / Theatre.K)));
      final int ic = newIntercept();
      icUnit[ic] = u;
      icRaid[ic] = i;
      icCount[ic] = wSize[k];
      icSample[ic] = s;
      icPatrol[ic] = wPatrol[k];
      if (wPatrol[k]) {
        patrolFree[u]--;
      } else {
        ready[u] -= wSize[k];
        busy[u] += wSize[k];
        sortiesToday[u] += wSize[k];
        out[Metrics.OWN_SORTIES] += wSize[k];
        out[th.metrics.unitSorties(u)] += wSize[k];
      }
      raidFlags[i] |= F_ASSIGNED;
      activeIntercepts[cp]++;
      free--;
      trace(Tracer.SCRAMBLE, i, u, wSize[k], tk);
      queue.push(Math.min(tk, raidAttack[i]), P_INTERCEPT, EV_INTERCEPT, ic);
    }
  }

  private int newIntercept() {
    if (intercepts == icUnit.length) {
      final int n = intercepts * 2;
      icUnit = Arrays.copyOf(icUnit, n);
      icRaid = Arrays.copyOf(icRaid, n);
      icCount = Arrays.copyOf(icCount, n);
      icSample = Arrays.copyOf(icSample, n);
      icPatrol = Arrays.copyOf(icPatrol, n);
    }
    return intercepts++;
  }

  // ---------------------------------------------------------------- air combat

  private void intercept(final int ic) {
    final int u = icUnit[ic];
    final int i = icRaid[ic];
    final int cp = th.uCp[u];
    activeIntercepts[cp]--;
    int m = icCount[ic];
    int damagedOwn = 0;
    if ((raidFlags[i] & (F_ABORTED | F_DONE)) == 0 && raidN[i] > 0) {
      final int t = raidTarget[i];
      final int light = lightAt(th.tRegion[t], now);
      final double pc = contactProb(u, light, raidWx[i], t);
      occasion(rAir, 4, (long) i * 65_536 + u);
      if (rAir.chance(pc)) {
        raidFlags[i] |= F_CONTACT;
        combat(u, i, m, light);
        m -= lastLosses;
        damagedOwn = lastDamaged;
      }
    }
    if (icPatrol[ic]) {
      // a patrol flight that has fought goes home; a relief takes station after a while
      for (int k = 0; k < damagedOwn; k++) {
        inRepair[u]++;
        queue.push(now + (long) FIGHTER_REPAIR_S, P_READY, EV_AIRCRAFT_REPAIRED, u);
      }
      queue.push(now + (long) (ENGAGEMENT_S + PATROL_RELIEF_S), P_READY, EV_PATROL_RESUME, u);
      decide(cp);
      return;
    }
    // the flight returns: engagement, flight home, turnaround
    final float back = th.rUnitDist[(raidRoute[i] * th.units + u) * K1 + icSample[ic]];
    final long readyAt = now + (long) (ENGAGEMENT_S + back / (0.7 * th.uSpeed[u]) + th.uTurnS[u]);
    final int returning = Math.max(0, m - damagedOwn);
    busy[u] -= icCount[ic];
    busy[u] += returning;
    icCount[ic] = returning;
    queue.push(readyAt, P_READY, EV_FLIGHT_READY, ic);
    for (int k = 0; k < damagedOwn; k++) {
      inRepair[u]++;
      queue.push(now + (long) FIGHTER_REPAIR_S, P_READY, EV_AIRCRAFT_REPAIRED, u);
    }
    decide(cp);
  }

  /**
   * One engagement of m interceptors of unit u with raid i. The escorts (and any sweep nearby)
   * catch a share of the interceptors, E / (E + m) times the screen factor, and fight them one
   * against one; the rest each make a pass at a bomber. Fighter-versus-fighter kills are split by
   * combat rating times proficiency (a stochastic duel). The raid jettisons its bombs with a
   * probability growing with the interceptors that reach it.
   *
   * <p>Sets {@link #lastLosses} and {@link #lastDamaged}.
   */
  private void combat(final int u, final int i, final int m, final int light) {
    final int mi = raidMission[i];
    final double ownPower = th.uRating[u] * th.uProf[u];
    final int sweepers = sweepersNear(i);
    final int escorts = raidEscorts[i] + sweepers;
    int caught = 0;
    if (escorts > 0) {
      caught = rAir.binomial(m, ESCORT_SCREEN * escorts / (escorts + (double) m));
    }
    int losses = 0;
    int kills = 0;
    int escortLosses = 0;
    final double escortPower = Math.max(th.mEscortRating[mi], sweepers > 0 ? 1.0 : 0);
    for (int k = 0; k < caught; k++) {
      final int r =
          AirDefenceMath.duel(rAir.nextDouble(), ownPower, escortPower, FIGHTER_KILL_SCALE);
      if (r == AirDefenceMath.DUEL_WON) {
        escortLosses++;
      } else if (r == AirDefenceMath.DUEL_LOST) {
        losses++;
      }
    }
    escortLosses = Math.min(escortLosses, raidEscorts[i]);
    raidEscorts[i] -= escortLosses;
    kills += escortLosses;
    final int through = m - caught;
    final double pk =
        Math.min(
            0.9,
            BOMBER_KILL_DAY * ownPower * (light == Light.NIGHT.ordinal() ? BOMBER_KILL_NIGHT : 1));
    int damagedOwn = 0;
    for (int k = 0; k < through && raidN[i] > 0; k++) {
      if (rAir.chance(pk)) {
        raidN[i]--;
        if (raidDamaged[i] > raidN[i]) {
          raidDamaged[i] = raidN[i];
        }
        kills++;
      } else if (rAir.chance(DAMAGE_PER_PASS) && raidDamaged[i] < raidN[i]) {
        raidDamaged[i]++;
      }
      if (rAir.chance(th.mAttackerDefence[mi])) {
        if (rAir.chance(0.5)) {
          losses++;
        } else {
          damagedOwn++;
        }
      }
    }
    losses = Math.min(losses, m);
    damagedOwn = Math.min(damagedOwn, m - losses);
    final int attackers = Math.max(1, th.mPackage[mi]);
    final double abort =
        th.mKind[mi] == Mission.Kind.RAIL_INTERDICTION.ordinal()
            ? Math.min(0.9, ABORT_FIGHTER_BOMBER * m / attackers)
            : Math.min(0.8, ABORT_BOMBER * through / attackers);
    if (th.mKind[mi] != Mission.Kind.INTRUSION.ordinal() && rAir.chance(abort)) {
      raidFlags[i] |= F_ABORTED;
      out[Metrics.RAIDS_ABORTED]++;
    }
    out[Metrics.KILLS_BY_FIGHTERS] += kills;
    out[th.metrics.unitKills(u)] += kills;
    out[Metrics.OWN_LOSSES] += losses;
    out[th.metrics.unitLosses(u)] += losses;
    missionLosses[mi * th.days + today] += kills;
    for (int k = 0; k < losses; k++) {
      aircraft[u]--;
      if (!rAir.chance(PILOT_SURVIVES)) {
        pilots[u] = Math.max(0, pilots[u] - 1);
      }
    }
    trace(Tracer.COMBAT, i, u, kills, losses);
    lastLosses = losses;
    lastDamaged = damagedOwn;
  }

  private int sweepersNear(final int i) {
    int n = 0;
    final int t = raidTarget[i];
    for (int j = raids - 1; j >= 0; j--) {
      if (raidDay[j] < today - 1) {
        break;
      }
      final int m = raidMission[j];
      if (th.mKind[m] != Mission.Kind.FIGHTER_SWEEP.ordinal()
          || Math.abs(raidAttack[j] - now) > SWEEP_HALF_WINDOW_S) {
        continue;
      }
      final int st = raidTarget[j];
      if (Geodesy.haversineM(th.tLat[st], th.tLon[st], th.tLat[t], th.tLon[t]) <= SWEEP_RADIUS_M) {
        n += raidN[j];
      }
    }
    return n;
  }

  private void flightReady(final int ic) {
    final int u = icUnit[ic];
    busy[u] -= icCount[ic];
    ready[u] += icCount[ic];
  }

  // ---------------------------------------------------------------- AA fire and bombing

  private double aaFactor(final int b, final int light, final int weather) {
    double f = 1;
    if (light == Light.TWILIGHT.ordinal()) {
      f = AA_TWILIGHT;
    } else if (light == Light.NIGHT.ordinal()) {
      f =
          th.bRadar[b]
              ? AA_NIGHT_RADAR
              : th.bSearchlights[b] ? AA_NIGHT_SEARCHLIGHTS : AA_NIGHT_BLIND;
    }
    if (weather == Weather.MARGINAL.ordinal()) {
      f *= th.bRadar[b] ? AA_BAD_RADAR : AA_MARGINAL_OPTICAL;
    } else if (weather == Weather.ADVERSE.ordinal()) {
      f *= th.bRadar[b] ? AA_BAD_RADAR : AA_ADVERSE_OPTICAL;
    }
    return f;
  }

  /** Fire of battery b for exposure seconds at raid i; returns aircraft destroyed. */
  private int fire(final int b, final double exposure, final int i, final int light) {
    if (today < th.bFromDay[b] || raidN[i] <= 0) {
      return 0;
    }
    final double rounds = th.bGuns[b] * th.bRatePerS[b] * exposure * AA_FIRE_DUTY;
    final double lambda = rounds / th.bRoundsPerKill[b] * aaFactor(b, light, raidWx[i]);
    final int n = raidN[i];
    final double p = AirDefenceMath.killProbability(lambda, n);
    final int kills = rAa.binomial(n, p);
    raidN[i] -= kills;
    raidDamaged[i] =
        Math.min(
            raidN[i],
            raidDamaged[i]
                + rAa.binomial(
                    raidN[i] - Math.min(raidN[i], raidDamaged[i]),
                    Math.min(0.9, AA_DAMAGE_PER_KILL * p)));
    return kills;
  }

  private void attack(final int i) {
    raidFlags[i] |= F_DONE;
    final int m = raidMission[i];
    final int t = raidTarget[i];
    final int region = th.tRegion[t];
    final int light = lightAt(region, now);
    final boolean intrusion = th.mKind[m] == Mission.Kind.INTRUSION.ordinal();
    final int cond =
        raidWx[i] != Weather.CLEAR.ordinal()
            ? COND_BAD
            : light == Light.DAY.ordinal() ? COND_DAY : COND_NIGHT;
    final boolean contact = (raidFlags[i] & F_CONTACT) != 0;
    out[Metrics.RAIDS_DAY + 2 * cond]++;
    if (contact) {
      out[Metrics.CONTACTS_DAY + 2 * cond]++;
      if (intrusion) {
        out[Metrics.INTRUSIONS_INTERCEPTED]++;
      }
    }
    if ((raidFlags[i] & F_ABORTED) != 0 || raidN[i] <= 0) {
      return;
    }
    int aaKills = 0;
    occasion(rAa, 5, i);
    occasion(rBomb, 6, i);
    final int route = raidRoute[i];
    for (int k = 0; k < th.rEnRouteBatt[route].length; k++) {
      aaKills += fire(th.rEnRouteBatt[route][k], th.rEnRouteExpo[route][k], i, light);
    }
    final int[] tb = th.tmBatt[m * th.targets + t];
    final double[] te = th.tmExpo[m * th.targets + t];
    for (int k = 0; k < tb.length; k++) {
      aaKills += fire(tb[k], te[k], i, light);
    }
    out[Metrics.KILLS_BY_AA] += aaKills;
    out[th.metrics.targetAaKills(t)] += aaKills;
    missionLosses[m * th.days + raidDay[i]] += aaKills;
    if (intrusion || raidN[i] <= 0) {
      return;
    }
    out[Metrics.ATTACKS]++;
    out[th.metrics.targetAttacks(t)]++;
    if (!contact) {
      out[th.metrics.targetUnopposed(t)]++;
    }
    double ph = th.mHit[m];
    final boolean nightMission = th.mLight[m] == Mission.LightWindow.NIGHT.ordinal();
    if ((raidFlags[i] & F_NIGHT_SHIFT) != 0) {
      ph *= th.mission[m].adaptation().nightHitFactor();
    } else if (!nightMission && light == Light.NIGHT.ordinal()) {
      ph *= BOMB_NIGHT;
    }
    if (light == Light.TWILIGHT.ordinal()) {
      ph *= BOMB_TWILIGHT;
    }
    if (raidWx[i] == Weather.MARGINAL.ordinal()) {
      ph *= BOMB_MARGINAL;
    } else if (raidWx[i] == Weather.ADVERSE.ordinal()) {
      ph *= BOMB_ADVERSE;
    }
    final int damaged = Math.min(raidDamaged[i], raidN[i]);
    final int hits =
        rBomb.binomial(raidN[i] - damaged, ph) + rBomb.binomial(damaged, ph * BOMB_DAMAGED);
    trace(Tracer.ATTACK, i, t, hits, aaKills);
    if (hits == 0) {
      return;
    }
    if (closed[t]) {
      work[t] += hits * th.tRepairS[t];
    } else if (hits >= th.tHits[t]) {
      work[t] += hits * th.tRepairS[t];
      close(t);
    }
  }

  // ---------------------------------------------------------------- damage, repair, supply

  private void close(final int t) {
    closed[t] = true;
    closedSince[t] = now;
    out[th.metrics.targetCuts(t)]++;
    final int l = th.tLine[t];
    if (l >= 0 && lineClosed[l]++ == 0) {
      lineOpenToday[l] += now - lineMark[l];
    }
    if (freeCrews > 0) {
      startRepair(t);
    } else {
      waitingSince[t] = now;
      repairQueue[(rqHead + rqSize) % repairQueue.length] = t;
      rqSize++;
    }
  }

  private void startRepair(final int t) {
    freeCrews--;
    repairing[t] = true;
    final double w = work[t];
    work[t] = 0;
    occasion(rRep, 7, (long) t * 65_536 + (long) out[th.metrics.targetCuts(t)]);
    queue.push(now + Math.max(1, (long) rRep.gamma4(w)), P_REPAIR, EV_REPAIR_DONE, t);
  }

  private void repairDone(final int t) {
    if (work[t] > 0) {
      final double w = work[t];
      work[t] = 0;
      queue.push(now + Math.max(1, (long) rRep.gamma4(w)), P_REPAIR, EV_REPAIR_DONE, t);
      return;
    }
    repairing[t] = false;
    closed[t] = false;
    closedTotal[t] += now - closedSince[t];
    trace(Tracer.REPAIRED, t, -1, 0, 0);
    final int l = th.tLine[t];
    if (l >= 0 && --lineClosed[l] == 0) {
      lineMark[l] = now;
    }
    freeCrews++;
    if (rqSize > 0) {
      final int next = repairQueue[rqHead];
      rqHead = (rqHead + 1) % repairQueue.length;
      rqSize--;
      out[th.metrics.targetRepairWaitH(next)] += (now - waitingSince[next]) / 3600.0;
      startRepair(next);
    }
  }

  private void closeDay(final int d) {
    final long boundary = (long) (d + 1) * 86_400;
    double tons = 0;
    double linesOpen = 0;
    for (int l = 0; l < th.lines; l++) {
      if (lineClosed[l] == 0) {
        lineOpenToday[l] += boundary - lineMark[l];
      }
      lineMark[l] = boundary;
      final double share = lineOpenToday[l] / 86_400.0;
      lineOpenTotal[l] += lineOpenToday[l];
      tons += th.lCapacity[l] * share;
      linesOpen += share;
      out[th.metrics.lineTons(l)] += th.lCapacity[l] * share;
      lineOpenToday[l] = 0;
    }
    out[th.metrics.daySupply(d)] = tons;
    out[th.metrics.dayLinesOpen(d)] = linesOpen;
    out[Metrics.SUPPLY_TONS] += tons;
  }

  private void finish() {
    final long end = (long) th.days * 86_400;
    final double period = end;
    for (int l = 0; l < th.lines; l++) {
      out[th.metrics.lineOpen(l)] = lineOpenTotal[l] / period;
    }
    for (int t = 0; t < th.targets; t++) {
      double c = closedTotal[t];
      if (closed[t]) {
        c += end - closedSince[t];
      }
      if (rqSize > 0) {
        for (int q = 0; q < rqSize; q++) {
          if (repairQueue[(rqHead + q) % repairQueue.length] == t) {
            out[th.metrics.targetRepairWaitH(t)] += (end - waitingSince[t]) / 3600.0;
          }
        }
      }
      out[th.metrics.targetOpen(t)] = 1 - c / period;
    }
    out[Metrics.SUPPLY_TONS_PER_DAY] = out[Metrics.SUPPLY_TONS] / th.days;
    final double cap = th.totalCapacityTonsPerDay() * th.days;
    out[Metrics.SUPPLY_SHARE] = cap > 0 ? out[Metrics.SUPPLY_TONS] / cap : 1;
    queue.clear();
  }

  /**
   * Starts the sub-stream of one occasion of a mechanism.
   *
   * @param r the mechanism's generator
   * @param purpose the mechanism's purpose code
   * @param key what the occasion concerns (a raid, a raid and unit, a day and unit, ...)
   */
  private void occasion(final Rng r, final long purpose, final long key) {
    r.reseed(seed, rep, purpose + 16 * (key + 1));
  }

  private void trace(final int kind, final int a, final int b, final long c, final long d) {
    if (tracer != null) {
      tracer.event(now, kind, a, b, c, d);
    }
  }
}
