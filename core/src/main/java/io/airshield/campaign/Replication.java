package io.airshield.campaign;

import io.airshield.domain.Light;
import io.airshield.domain.Mission;
import io.airshield.domain.Target;
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
  private static final int EV_PATROL_END = 8;
  private static final int EV_JOB_READY = 9;
  private static final int EV_REPLACEMENT = 10;
  private static final int EV_BUILT = 11;

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

  /** The theatre's unit count, the stride of the reach tables' (route, unit) runs. */
  private final int unitCount;

  /**
   * The stride of every per-(raid, unit) array: the most units under one command post. A raid is
   * decided by its own post, and only for that post's units, so each raid needs a slot for each of
   * them ({@link #postSlot}), not for every unit of the theatre.
   */
  private final int postWidth;

  /** Per unit, its place in its command post's list of units ({@code Theatre.cpUnits}). */
  private final int[] postSlot;

  private final Params mp;
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
  private int[] raidSweepFree = new int[256];
  // per (raid, unit of its post): the first route sample that was reachable at the last search,
  // -1 if none (scramble, patrol, scramble from the forward base)
  private byte[] isam;
  private byte[] psam;
  private byte[] fsam;

  /**
   * Per (raid, unit of its post): the largest lateness (now minus the raid's attack time, whole
   * seconds) at which the sample above is still the first reachable one, rounded down (for a whole
   * lateness x and a limit v, x &gt; v exactly when x &gt; floor(v)); {@link Integer#MIN_VALUE}
   * before the first search, {@link Integer#MAX_VALUE} once no sample is reachable. Within it a
   * lookup needs no search. Integers in rows of the post's units keep these arrays small enough to
   * stay in cache: a fifth of the bytes of doubles for every unit of the theatre.
   */
  private int[] ilim;

  // per (eligible unit, kind (ground, patrol), raid) of a decision: contact probability, sample
  private final double[] kindPc;

  /** Per eligible unit and kind, whether any pending raid has a chance of contact. */
  private final boolean[] kindLive;

  private final int[] kindSample;

  private int[] plim;
  private int[] flim;
  // the fighter sweeps among the raids, in order
  private int[] sweepRaid = new int[64];
  private int sweeps;
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
  private int[] icGci = new int[256];
  // interceptions each GCI radar is directing now; the radar sigmaAt chose last
  private final int[] gciActive;
  private int lastGci;

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
  private final int[] patrolHeld;

  /** Whether the unit flies from its forward airfield today. */
  private final boolean[] forward;

  // targets and lines: each target's outstanding hits, each hit a repair job for one crew
  private final boolean[] closed;
  private final boolean[] building;
  private final int[] hits;
  private final int[] jobsStarted;
  // per target: crews at work on it, and jobs a night attack has set back but not yet charged
  private final int[] working;
  private final int[] setBack;
  private final long[] closedSince;
  private final double[] closedTotal;
  private final int[] lineClosed;
  private final long[] lineMark;
  // the share of a line's capacity lost while targets on it are closed (less what bypasses carry)
  private final double[] lineLoss;
  private final long[] lineLossSince;
  private final double[] lineOpenToday;
  private final double[] lineLossDark;
  private final double[] lineOpenTotal;
  // repair crews: free crews and a FIFO of waiting jobs (target, time queued) per pool
  private final int[] poolFree;
  private final int[][] poolQueue;
  private final long[][] poolQueued;
  private final int[] pqHead;
  private final int[] pqSize;

  // missions
  private final boolean[] nightShift;
  private final double[] missionSorties;
  private final double[] missionLosses;

  private int lastLosses;
  private int lastDamaged;

  // decision scratch
  private final int[] eligibleUnit;
  // whether each eligible unit of a decision has flights on the ground ready to go
  private final boolean[] eligibleGround;

  /** Per eligible unit of a decision, whether it has patrol flights on station. */
  private final boolean[] eligiblePatrol;

  private final int[] wUnit;
  private final int[] wSize;
  private final boolean[] wPatrol;
  private final double[] wpP;
  private final int[] wpSample;
  private final double[] tValue;
  private final int[] tRaid;
  private final int[] assignment;
  private final int assignmentSize;

  /** Each unit's first day in this replication: its own, or drawn by {@link Theatre#entry}. */
  private final int[] fromDay;

  /** Each city's share of its value still standing (1 at the start). */
  private final double[] cityLeft;

  /** Each AA unit's presence today (1 from its first day, 0 before): its searchlights' weight. */
  private final double[] aaPresent;

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
    this.unitCount = theatre.units.count;
    this.postSlot = new int[unitCount];
    Arrays.fill(postSlot, -1);
    int width = 1;
    for (final int[] list : theatre.cpUnits) {
      for (int k = 0; k < list.length; k++) {
        postSlot[list[k]] = k;
      }
      width = Math.max(width, list.length);
    }
    this.postWidth = width;
    this.mp = theatre.mp;
    this.allocator = allocator;
    this.tracer = tracer;
    wx = new int[th.regions];
    isam = new byte[256 * postWidth];
    fsam = new byte[256 * postWidth];
    psam = new byte[256 * postWidth];
    ilim = new int[256 * postWidth];
    flim = new int[256 * postWidth];
    plim = new int[256 * postWidth];
    pending = new int[th.posts][64];
    pendingSize = new int[th.posts];
    activeIntercepts = new int[th.posts];
    ready = new int[th.units.count];
    busy = new int[th.units.count];
    inRepair = new int[th.units.count];
    aircraft = new int[th.units.count];
    pilots = new int[th.units.count];
    sortiesToday = new int[th.units.count];
    patrolFree = new int[th.units.count];
    patrolEnd = new long[th.units.count];
    patrolPending = new int[th.units.count];
    patrolHeld = new int[th.units.count];
    forward = new boolean[th.units.count];
    gciActive = new int[th.gciErrorM.length];
    building = new boolean[th.targets.count];
    closed = new boolean[th.targets.count];
    hits = new int[th.targets.count];
    jobsStarted = new int[th.targets.count];
    working = new int[th.targets.count];
    setBack = new int[th.targets.count];
    closedSince = new long[th.targets.count];
    closedTotal = new double[th.targets.count];
    lineClosed = new int[th.lines];
    lineMark = new long[th.lines];
    lineLoss = new double[th.lines];
    lineLossSince = new long[th.lines];
    lineOpenToday = new double[th.lines];
    lineLossDark = new double[th.lines];
    lineOpenTotal = new double[th.lines];
    poolFree = new int[th.targets.poolCrews.length];
    poolQueue = new int[th.targets.poolCrews.length][64];
    poolQueued = new long[th.targets.poolCrews.length][64];
    pqHead = new int[th.targets.poolCrews.length];
    pqSize = new int[th.targets.poolCrews.length];
    nightShift = new boolean[th.missions.count];
    missionSorties = new double[th.missions.count * th.days];
    missionLosses = new double[th.missions.count * th.days];
    int flights = 0;
    for (int u = 0; u < th.units.count; u++) {
      flights += mp.flightsPerDecision + th.units.patrolFlights[u];
    }
    final int maxW = Math.max(1, flights);
    eligibleUnit = new int[Math.max(1, th.units.count)];
    eligibleGround = new boolean[Math.max(1, th.units.count)];
    eligiblePatrol = new boolean[Math.max(1, th.units.count)];
    kindPc = new double[Math.max(1, th.units.count) * 2 * 64];
    kindLive = new boolean[Math.max(1, th.units.count) * 2];
    kindSample = new int[Math.max(1, th.units.count) * 2 * 64];
    wUnit = new int[maxW];
    wSize = new int[maxW];
    wPatrol = new boolean[maxW];
    wpP = new double[maxW * 64];
    wpSample = new int[maxW * 64];
    assignmentSize = maxW;
    tValue = new double[64];
    tRaid = new int[64];
    assignment = new int[maxW];
    fromDay = new int[th.units.count];
    cityLeft = new double[th.targets.cities];
    aaPresent = new double[th.batteries.aaUnitFromDay.length];
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
        case EV_JOB_READY -> queueJob(arg);
        case EV_REPLACEMENT -> replace(arg);
        case EV_BUILT -> built(arg);
        case EV_PATROL_END -> {
          ready[arg] += Math.max(0, patrolHeld[arg]);
          patrolHeld[arg] = 0;
          patrolFree[arg] = 0;
        }
        case EV_PATROL_RESUME -> {
          if (now < patrolEnd[arg]) {
            // at the patrol's start all its flights take station; later, one relieved flight
            patrolFree[arg] =
                Math.min(
                    th.units.patrolFlights[arg], patrolFree[arg] + Math.max(1, patrolPending[arg]));
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
    out[Metric.EVENTS.slot()] = events;
  }

  private void reset() {
    now = 0;
    queue.clear();
    raids = 0;
    sweeps = 0;
    intercepts = 0;
    Arrays.fill(pendingSize, 0);
    Arrays.fill(activeIntercepts, 0);
    for (int u = 0; u < th.units.count; u++) {
      aircraft[u] = th.units.aircraft[u];
      pilots[u] = th.units.pilots[u];
      ready[u] = 0;
      busy[u] = 0;
      inRepair[u] = 0;
    }
    Arrays.fill(closed, false);
    Arrays.fill(hits, 0);
    Arrays.fill(jobsStarted, 0);
    Arrays.fill(working, 0);
    Arrays.fill(setBack, 0);
    Arrays.fill(closedTotal, 0);
    Arrays.fill(lineClosed, 0);
    Arrays.fill(lineMark, 0);
    Arrays.fill(lineOpenToday, 0);
    Arrays.fill(lineLossDark, 0);
    Arrays.fill(lineLoss, 0);
    Arrays.fill(lineLossSince, 0);
    Arrays.fill(lineOpenTotal, 0);
    Arrays.fill(patrolHeld, 0);
    Arrays.fill(patrolFree, 0);
    Arrays.fill(patrolEnd, 0);
    Arrays.fill(patrolPending, 0);
    System.arraycopy(th.targets.poolCrews, 0, poolFree, 0, poolFree.length);
    Arrays.fill(pqHead, 0);
    Arrays.fill(pqSize, 0);
    Arrays.fill(forward, false);
    Arrays.fill(gciActive, 0);
    Arrays.fill(building, false);
    for (int t = 0; t < th.targets.count; t++) {
      if (th.targets.builtDay[t] > 0) {
        // under construction: closed from the start until built (and its hits repaired)
        building[t] = true;
        closed[t] = true;
        closedSince[t] = 0;
        final int l = th.targets.line[t];
        if (l >= 0) {
          lineClosed[l]++;
          lineChanged(l);
        }
        if (th.targets.builtDay[t] < th.days) {
          queue.push((long) th.targets.builtDay[t] * 86_400, P_REPAIR, EV_BUILT, t);
        }
      }
    }
    Arrays.fill(cityLeft, 1);
    System.arraycopy(th.units.fromDay, 0, fromDay, 0, th.units.count);
    if (th.entry != null) {
      th.entry.draw(seed, rep, fromDay);
    }
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
    for (int a = 0; a < aaPresent.length; a++) {
      aaPresent[a] = d >= th.batteries.aaUnitFromDay[a] ? 1 : 0;
    }
    if (d > 0) {
      for (int r = 0; r < th.regions; r++) {
        wx[r] = drawWeather(r, d, wx[r]);
      }
    }
    adapt(d);
    for (int u = 0; u < th.units.count; u++) {
      sortiesToday[u] = 0;
      forward[u] =
          th.units.hasForward[u]
              && (th.units.forwardTarget[u] < 0 || !closed[th.units.forwardTarget[u]]);
      if (d < fromDay[u]) {
        ready[u] = 0;
        continue;
      }
      // a night patrol flown across midnight keeps its aircraft until it lands
      final boolean onPatrol = patrolEnd[u] > now;
      final int held = onPatrol ? Math.max(0, patrolHeld[u]) : 0;
      final int available = Math.max(0, aircraft[u] - inRepair[u] - busy[u] - held);
      occasion(rSort, 8, (long) d * 65_536 + u);
      ready[u] = rSort.binomial(available, th.units.serviceability[u]);
      if (!onPatrol) {
        patrolFree[u] = 0;
        patrolEnd[u] = 0;
        patrolHeld[u] = 0;
      }
    }
    for (int u = 0; u < th.units.count; u++) {
      if (th.units.patrolGroup[u].length > 0 && th.units.patrolGroup[u][0] == u) {
        standPatrol(th.units.patrolGroup[u], d);
      }
    }
    for (int m = 0; m < th.missions.count; m++) {
      if (d >= th.missions.fromDay[m] && d <= th.missions.toDay[m]) {
        generate(m, d);
      }
    }
    trace(Tracer.DAY, d, -1, -1, 0);
    queue.push((long) (d + 1) * 86_400, P_DAY, EV_DAY, d + 1);
  }

  /**
   * Standing patrols by day over one patrol place, from an hour after sunrise to an hour before
   * sunset, taken in turn by the units that share the place (the first turn rotating by day). Each
   * unit in turn holds its patrol flights (at most as many as half its ready aircraft can keep on
   * station, with a relief flight turning round for each) for as many hours as its pilots can fly
   * with {@link io.airshield.domain.ModelParameter#PATROL_PILOT_SHARE} of their day's sorties, one
   * sortie an aircraft an hour on station, and hands over to the next. A unit short of pilots thus
   * patrols part of the day rather than not at all; one that is not yet in the theatre, or has no
   * aircraft ready, is passed over.
   */
  private void standPatrol(final int[] group, final int d) {
    final int region = th.units.patrolRegion[group[0]];
    final boolean night = th.units.patrolNight[group[0]];
    // by day an hour after sunrise to an hour before sunset; at night an hour after sunset to an
    // hour before the next sunrise
    long t = night ? sunset(region, d) + 3600 : sunrise(region, d) + 3600;
    final long end = night ? sunrise(region, d + 1) - 3600 : sunset(region, d) - 3600;
    for (int k = 0; k < group.length && t < end; k++) {
      final int u = group[(d + k) % group.length];
      if (d < fromDay[u]) {
        continue;
      }
      final int flight = th.units.flightSize[u];
      final int flights = Math.min(th.units.patrolFlights[u], ready[u] / (2 * flight));
      if (flights == 0) {
        continue;
      }
      final double qualified = night ? th.units.nightShare[u] : 1;
      final double budget =
          mp.patrolPilotShare * qualified * pilots[u] * th.units.sortiesPerPilotPerDay[u];
      final long hold = (long) Math.floor(budget / (flights * flight)) * (long) mp.patrolStationS;
      final long until = Math.min(end, t + hold);
      if (until <= t) {
        continue;
      }
      patrolHeld[u] = 2 * flights * flight;
      ready[u] -= patrolHeld[u];
      final int sorties = (int) Math.round(flights * flight * (until - t) / mp.patrolStationS);
      sortiesToday[u] += sorties;
      out[Metric.OWN_SORTIES.slot()] += sorties;
      out[th.metrics.unitSorties(u)] += sorties;
      // the flights take station at the turn's start (EV_PATROL_RESUME) and land at its end
      patrolEnd[u] = until;
      patrolPending[u] = flights;
      queue.push(t, P_READY, EV_PATROL_RESUME, u);
      queue.push(until, P_READY, EV_PATROL_END, u);
      t = until;
    }
  }

  /** The enemy's adaptation: a day mission that lost too much over its window goes to night. */
  private void adapt(final int d) {
    for (int m = 0; m < th.missions.count; m++) {
      final Mission.Adaptation a = th.missions.record[m].adaptation();
      if (a == null || nightShift[m] || th.missions.light[m] != Mission.LightWindow.DAY.ordinal()) {
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
        out[Metric.ENEMY_WENT_NIGHT.slot()] = 1;
      }
    }
  }

  private void generate(final int m, final int d) {
    final boolean sweep = th.missions.kind[m] == Mission.Kind.FIGHTER_SWEEP.ordinal();
    final int packages = rRaid.poisson(th.missions.sortiesPerDay[m] / th.missions.packageSize[m]);
    final int light = nightShift[m] ? Mission.LightWindow.NIGHT.ordinal() : th.missions.light[m];
    for (int p = 0; p < packages; p++) {
      final int e = rRaid.nextInt(th.missions.entries[m].length);
      final int aim = pickAim(m);
      final int t = th.missions.aimTarget[m][aim];
      final int route = th.missions.route[m][e][aim];
      final int region = th.targets.region[t];
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
      if (wx[region] > th.missions.worstWeather[m]) {
        out[Metric.RAIDS_WEATHER_CANCELLED.slot()]++;
        continue;
      }
      if (wx[region] < th.missions.bestWeather[m]) {
        // a flight that relies on cloud cover stays at home in fair weather
        continue;
      }
      if (attack >= (long) th.days * 86_400) {
        continue;
      }
      final int i = newRaid();
      raidMission[i] = m;
      raidRoute[i] = route;
      raidTarget[i] = t;
      raidN[i] = th.missions.packageSize[m];
      raidDamaged[i] = 0;
      raidEscorts[i] = th.missions.escorts[m];
      raidSweepFree[i] = sweep ? th.missions.packageSize[m] : 0;
      Arrays.fill(ilim, i * postWidth, (i + 1) * postWidth, Integer.MIN_VALUE);
      Arrays.fill(flim, i * postWidth, (i + 1) * postWidth, Integer.MIN_VALUE);
      Arrays.fill(plim, i * postWidth, (i + 1) * postWidth, Integer.MIN_VALUE);
      raidAttack[i] = attack;
      raidWx[i] = wx[region];
      raidDay[i] = d;
      raidFlags[i] = nightShift[m] ? F_NIGHT_SHIFT : 0;
      raidCp[i] = -1;
      trace(Tracer.RAID, i, route, m, attack);
      final int sorties = th.missions.packageSize[m] + th.missions.escorts[m];
      out[Metric.ENEMY_SORTIES.slot()] += sorties;
      missionSorties[m * th.days + d] += sorties;
      if (sweep) {
        if (sweeps == sweepRaid.length) {
          sweepRaid = Arrays.copyOf(sweepRaid, sweeps * 2);
        }
        sweepRaid[sweeps++] = i;
        raidFlags[i] |= F_DONE;
        continue;
      }
      if (th.missions.kind[m] == Mission.Kind.INTRUSION.ordinal()) {
        out[Metric.INTRUSIONS.slot()] += 1;
      } else {
        out[Metric.RAIDS.slot()] += 1;
      }
      scheduleDetection(i, route, attack, detectU);
      queue.push(attack, P_ATTACK, EV_ATTACK, i);
    }
  }

  private int pickAim(final int m) {
    final double[] cum = th.missions.aimCumWeight[m];
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
      raidSweepFree = Arrays.copyOf(raidSweepFree, n);
      isam = Arrays.copyOf(isam, n * postWidth);
      fsam = Arrays.copyOf(fsam, n * postWidth);
      psam = Arrays.copyOf(psam, n * postWidth);
      ilim = Arrays.copyOf(ilim, n * postWidth);
      flim = Arrays.copyOf(flim, n * postWidth);
      plim = Arrays.copyOf(plim, n * postWidth);
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
      final double f = th.routes.detectFrac[route * th.posts + c];
      if (!Double.isNaN(f) && (cp < 0 || f < frac)) {
        cp = c;
        frac = f;
      }
    }
    if (cp < 0) {
      return;
    }
    final int slot = route * th.posts + cp;
    final double duration = th.routes.durationS[route];
    final double p = th.routes.detectProbPerScan[slot];
    if (p <= 0) {
      return;
    }
    final double scans = p >= 1 ? 0 : Math.floor(Math.log(1 - u) / Math.log(1 - p));
    final double tDetect =
        attack - duration + frac * duration + scans * th.routes.detectScanS[slot];
    final long tReport = (long) Math.max(0, tDetect + th.routes.reportDelayS[slot]);
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
   * The probability that a flight of unit u finds raid i where it meets it, at sample s of its
   * route at time t ({@link Contact}): the vectoring error of the post's best GCI radar covering
   * that point, the chance that searchlights within reach hold the raid there (1 - (1 - p)^n over
   * the n lights of the AA units in position), and the night's moonlight.
   */
  private double contactProb(final int u, final int light, final int i, final int s, final long t) {
    return contactProb(u, light, i, s, t, -1);
  }

  /**
   * The same with the GCI radar that controls the interception already chosen: {@code gci} its
   * index, or -1 to take the best covering set with a controller free.
   */
  private double contactProb(
      final int u, final int light, final int i, final int s, final long t, final int gci) {
    final int route = raidRoute[i];
    final int weather = raidWx[i];
    if (light != Light.NIGHT.ordinal() && weather != Weather.ADVERSE.ordinal()) {
      return Contact.probability(th, u, light, weather, 0, 0, 0);
    }
    if (Contact.qualified(th, u, light, weather) <= 0) {
      // no pilot of the unit may fly in this: the radar, searchlight and moon terms are moot
      return 0;
    }
    final double sigma =
        gci >= 0
            ? th.gciErrorM[gci]
            : sigmaAt((route * th.posts + th.units.commandPost[u]) * K1 + s);
    final double held =
        AirDefenceMath.searchlightHold(mp.lightPickup, th.routes.lights[route * K1 + s], aaPresent);
    // the night that began on the evening of day d: the early hours belong to the day before
    final long clock = Math.floorMod(t, 86_400L);
    final int d = (int) Math.min(th.days - 1, Math.max(0, t / 86_400 - (clock < 43_200 ? 1 : 0)));
    final double moon = th.moonLight[th.targets.region[raidTarget[i]] * th.days + d];
    return Contact.probability(th, u, light, weather, sigma, held, moon);
  }

  /**
   * The vectoring error at a route sample: that of the best GCI radar covering it whose controllers
   * are not all directing other interceptions (its limit, {@code gciControllers}), or {@link
   * io.airshield.domain.ModelParameter#GCI_NONE} when none is free. Sets {@link #lastGci} to the
   * radar, or -1.
   */
  private double sigmaAt(final int slot) {
    for (final int x : th.routes.gciList[slot]) {
      if (th.gciControllers[x] == 0 || gciActive[x] < th.gciControllers[x]) {
        lastGci = x;
        return th.gciErrorM[x];
      }
    }
    lastGci = -1;
    return mp.gciNoneM;
  }

  /**
   * The first sample of the raid's route where a flight of unit u, ordered now, can be when the
   * raid is: scramble, climb, then a straight dash at 90% of maximum speed, within the type's
   * radius (from its forward base when it is there). -1 if none before the target. A sample once
   * out of reach stays out of reach as time passes, so the answer holds until the lateness passes
   * that sample's limit.
   *
   * @param c the (raid, unit) slot of the answers kept: raid x {@link #postWidth} + the unit's
   *     place in its post
   * @param late the raid's lateness now: now - its time over the target (s)
   * @param ru the (route, unit) run of the reach tables: route x units + unit
   */
  private int groundSample(final int u, final int c, final long late, final int ru) {
    return forward[u]
        ? firstReachable(th.routes.forwardReach, fsam, flim, c, late, ru)
        : firstReachable(th.routes.unitReach, isam, ilim, c, late, ru);
  }

  /**
   * The first sample of the raid's route that a flight on patrol over the unit's patrol point can
   * reach no later than the raid: no scramble, the same dash. -1 if none. Arguments as {@link
   * #groundSample}.
   */
  private int patrolSample(final int c, final long late, final int ru) {
    return firstReachable(th.routes.patrolReach, psam, plim, c, late, ru);
  }

  /**
   * The first reachable sample from one reach table, kept in {@code sample[c]} until the lateness
   * passes {@code lim[c]}. The raid-dependent arguments are the caller's, computed once a raid for
   * all the units it looks at.
   */
  private static int firstReachable(
      final ReachTable reach,
      final byte[] sample,
      final int[] lim,
      final int c,
      final long late,
      final int ru) {
    if (late > lim[c]) {
      final int r = reach.first(ru, late);
      if (r < reach.count(ru)) {
        sample[c] = (byte) reach.sample(ru, r);
        lim[c] = floorLimit(reach.latest(ru, r));
      } else {
        sample[c] = -1;
        lim[c] = Integer.MAX_VALUE;
      }
    }
    return sample[c];
  }

  /**
   * A limit v of lateness as a whole number of seconds that a whole lateness exceeds exactly when
   * it exceeds v: floor(v), clamped to [-(2^31 - 1), 2^31 - 2]. A scenario's period is at most ten
   * years (docs/limits.md), so a lateness lies far inside +-(2^31 - 2) s and a clamped limit still
   * compares the same.
   */
  static int floorLimit(final double v) {
    return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE - 1, Math.floor(v)));
  }

  /**
   * Fills cell (raid j, unit and kind {@code uk}) of the decision's table: the sample s where the
   * flights would meet the raid (-1 if none) and the contact probability there. Returns whether the
   * probability is positive.
   */
  private boolean kindCell(final int uk, final int j, final int u, final int i, final int s) {
    double pc = 0;
    if (s >= 0) {
      final int t = raidTarget[i];
      final long tk = meetTime(i, s);
      pc = contactProb(u, lightAt(th.targets.region[t], tk), i, s, tk);
    }
    final int cell = uk * tValue.length + j;
    kindPc[cell] = pc;
    kindSample[cell] = s;
    kindLive[uk] |= pc > 0;
    return pc > 0;
  }

  /** When raid i passes sample s of its route (s), the sample's share of the route's duration. */
  private long meetTime(final int i, final int s) {
    return (long)
        (raidAttack[i] - th.routes.durationS[raidRoute[i]] * (1.0 - (double) s / Theatre.K));
  }

  private boolean groundReady(final int u) {
    final int base = forward[u] ? th.units.forwardTarget[u] : th.units.baseTarget[u];
    return ready[u] > 0
        && pilots[u] * th.units.sortiesPerPilotPerDay[u] > sortiesToday[u]
        && !(base >= 0 && closed[base]);
  }

  private void decide(final int cp) {
    int free = th.cpMax[cp] - activeIntercepts[cp];
    if (pendingSize[cp] == 0 || free <= 0) {
      return;
    }
    // units that could fly now
    final int[] cpUnits = th.cpUnits[cp];
    int eligible = 0;
    for (final int u : cpUnits) {
      if (today < fromDay[u]) {
        continue;
      }
      final boolean ground = groundReady(u);
      if (ground || patrolFree[u] > 0 && now < patrolEnd[u]) {
        eligibleGround[eligible] = ground;
        eligibleUnit[eligible++] = u;
      }
    }
    if (eligible == 0) {
      // no flight to send: pruning the list can wait for a decision that has one, since what
      // it drops (raids no unit can reach, or that are settled) stays dropped
      return;
    }
    // keep the raids some unit can still reach; reach only shrinks as time passes, so a raid
    // that no unit of the post can reach now is dropped for good
    int n = 0;
    for (int q = 0; q < pendingSize[cp]; q++) {
      final int i = pending[cp][q];
      if ((raidFlags[i] & (F_ASSIGNED | F_ABORTED | F_DONE)) != 0 || raidAttack[i] <= now) {
        continue;
      }
      final long late = now - raidAttack[i];
      final int ruBase = raidRoute[i] * unitCount;
      final int cBase = i * postWidth;
      boolean reachable = false;
      for (int k = 0; k < cpUnits.length && !reachable; k++) {
        final int u = cpUnits[k];
        final int c = cBase + postSlot[u];
        reachable =
            today >= fromDay[u]
                && (groundSample(u, c, late, ruBase + u) >= 0
                    || now < patrolEnd[u] && patrolSample(c, late, ruBase + u) >= 0);
      }
      if (reachable) {
        pending[cp][n++] = i;
      }
    }
    pendingSize[cp] = n;
    if (n == 0) {
      return;
    }
    final int targets = Math.min(n, tValue.length);
    // the geometry and contact depend on the unit and where its flights are (on the ground or on
    // patrol), not on the flight: computed once per unit and kind, before any flight is listed,
    // so that a decision no flight can act on ends here. Raid by raid, so that what belongs to a
    // raid is read once for all the units.
    for (int e = 0; e < eligible; e++) {
      final int u = eligibleUnit[e];
      kindLive[e * 2] = false;
      kindLive[e * 2 + 1] = false;
      eligiblePatrol[e] = patrolFree[u] > 0 && now < patrolEnd[u];
    }
    boolean any = false;
    for (int j = 0; j < targets; j++) {
      final int i = pending[cp][j];
      final long late = now - raidAttack[i];
      final int ruBase = raidRoute[i] * unitCount;
      final int cBase = i * postWidth;
      for (int e = 0; e < eligible; e++) {
        final int u = eligibleUnit[e];
        final int c = cBase + postSlot[u];
        if (eligibleGround[e]) {
          any |= kindCell(e * 2, j, u, i, groundSample(u, c, late, ruBase + u));
        }
        if (eligiblePatrol[e]) {
          any |= kindCell(e * 2 + 1, j, u, i, patrolSample(c, late, ruBase + u));
        }
      }
    }
    if (!any) {
      return;
    }
    for (int j = 0; j < targets; j++) {
      final int i = pending[cp][j];
      tRaid[j] = i;
      final int m = raidMission[i];
      tValue[j] =
          th.missions.kind[m] == Mission.Kind.INTRUSION.ordinal()
              ? mp.intruderValue * raidN[i]
              : raidN[i] * th.missions.hitProb[m] * th.targets.valueTons[raidTarget[i]];
    }
    int weapons = 0;
    for (int e = 0; e < eligible; e++) {
      final int u = eligibleUnit[e];
      for (int kind = 0; kind < 2; kind++) {
        final boolean patrol = kind == 1;
        final int first = weapons;
        if (!kindLive[e * 2 + kind]) {
          // flights that can meet no raid would stand idle whatever the assignment: they are
          // left out, so that they neither cost the search time nor decide how it is done
          continue;
        }
        if (patrol) {
          for (int f = 0; f < patrolFree[u] && now < patrolEnd[u]; f++) {
            wUnit[weapons] = u;
            wSize[weapons] = th.units.flightSize[u];
            wPatrol[weapons] = true;
            weapons++;
          }
        } else if (eligibleGround[e]) {
          int avail = ready[u];
          int pilotSorties = pilots[u] * th.units.sortiesPerPilotPerDay[u] - sortiesToday[u];
          for (int f = 0; f < mp.flightsPerDecision && avail > 0 && pilotSorties > 0; f++) {
            final int size = Math.min(th.units.flightSize[u], Math.min(avail, pilotSorties));
            wUnit[weapons] = u;
            wSize[weapons] = size;
            wPatrol[weapons] = false;
            avail -= size;
            pilotSorties -= size;
            weapons++;
          }
        }
        final int row = (e * 2 + kind) * tValue.length;
        for (int j = 0; j < targets; j++) {
          final int i = tRaid[j];
          final double pc = kindPc[row + j];
          final int s = kindSample[row + j];
          for (int k = first; k < weapons; k++) {
            wpP[k * targets + j] =
                pc == 0 ? 0 : pc * wSize[k] / (wSize[k] + 0.5 * raidEscorts[i] + 0.25 * raidN[i]);
            wpSample[k * targets + j] = s;
          }
        }
      }
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
      final long tk = Math.max(now + 1, meetTime(i, s));
      final int ic = newIntercept();
      icUnit[ic] = u;
      icRaid[ic] = i;
      icCount[ic] = wSize[k];
      icSample[ic] = s;
      icPatrol[ic] = wPatrol[k];
      icGci[ic] = -1;
      final int meet = lightAt(th.targets.region[raidTarget[i]], tk);
      if (meet == Light.NIGHT.ordinal() || raidWx[i] == Weather.ADVERSE.ordinal()) {
        // a controller of the best free GCI set takes the interception until it ends
        sigmaAt((raidRoute[i] * th.posts + th.units.commandPost[u]) * K1 + s);
        if (lastGci >= 0) {
          icGci[ic] = lastGci;
          gciActive[lastGci]++;
        }
      }
      if (wPatrol[k]) {
        patrolFree[u]--;
      } else {
        ready[u] -= wSize[k];
        busy[u] += wSize[k];
        sortiesToday[u] += wSize[k];
        if (forward[u]) {
          out[Metric.FORWARD_SORTIES.slot()] += wSize[k];
        }
        out[Metric.OWN_SORTIES.slot()] += wSize[k];
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
      icGci = Arrays.copyOf(icGci, n);
    }
    return intercepts++;
  }

  // ---------------------------------------------------------------- air combat

  private void intercept(final int ic) {
    final int u = icUnit[ic];
    final int i = icRaid[ic];
    final int cp = th.units.commandPost[u];
    activeIntercepts[cp]--;
    final int gci = icGci[ic];
    if (gci >= 0) {
      gciActive[gci]--;
    }
    int m = icCount[ic];
    int damagedOwn = 0;
    if ((raidFlags[i] & (F_ABORTED | F_DONE)) == 0 && raidN[i] > 0) {
      final int t = raidTarget[i];
      final int light = lightAt(th.targets.region[t], now);
      final double pc = contactProb(u, light, i, icSample[ic], now, gci);
      occasion(rAir, 4, (long) i * 65_536 + u);
      if (rAir.chance(pc)) {
        raidFlags[i] |= F_CONTACT;
        combat(u, i, m, light, icSample[ic] >= Theatre.K);
        m -= lastLosses;
        damagedOwn = lastDamaged;
      }
    }
    if (icPatrol[ic]) {
      // a patrol flight that has fought goes home; a relief takes station after a while
      for (int k = 0; k < damagedOwn; k++) {
        inRepair[u]++;
        queue.push(now + (long) mp.fighterRepairS, P_READY, EV_AIRCRAFT_REPAIRED, u);
      }
      patrolHeld[u] -= icCount[ic] - m + damagedOwn;
      queue.push(now + (long) (mp.engagementS + mp.patrolReliefS), P_READY, EV_PATROL_RESUME, u);
      decide(cp);
      return;
    }
    // the flight returns: engagement, flight home, turnaround
    final int slot = (raidRoute[i] * th.units.count + u) * K1 + icSample[ic];
    final float back = forward[u] ? th.routes.forwardDistM[slot] : th.routes.unitDistM[slot];
    final long readyAt =
        now
            + (long)
                (mp.engagementS + back / (0.7 * th.units.speedMps[u]) + th.units.turnaroundS[u]);
    final int returning = Math.max(0, m - damagedOwn);
    busy[u] -= icCount[ic];
    busy[u] += returning;
    icCount[ic] = returning;
    queue.push(readyAt, P_READY, EV_FLIGHT_READY, ic);
    for (int k = 0; k < damagedOwn; k++) {
      inRepair[u]++;
      queue.push(now + (long) mp.fighterRepairS, P_READY, EV_AIRCRAFT_REPAIRED, u);
    }
    decide(cp);
  }

  /**
   * One engagement of m interceptors of unit u with raid i.
   *
   * <p>The screen: the raid's escorts not yet engaged, and the sweeping fighters nearby not yet
   * engaged, catch a share of the interceptors, S / (S + m) times the screen factor, and each
   * caught interceptor ties up one of them for the rest of the raid, so a screen is a finite pool
   * that later flights find thinner. Each such pair fights a duel in which both sides' losses come
   * from the same draw: a firing pass with probability {@link
   * io.airshield.domain.ModelParameter#FIRING_PASS_PER_ENGAGEMENT}, gained by either side in
   * proportion to its combat power (rating x proficiency), killing with {@link
   * io.airshield.domain.ModelParameter#KILL_PER_FIRING_PASS}.
   *
   * <p>Fighter-bombers fight as fighters: each interceptor that gets through fights a duel with a
   * fighter-bomber at the fighter-bomber's own rating, and each fighter-bomber engaged jettisons
   * its bombs and turns for home with {@link io.airshield.domain.ModelParameter#JETTISON_BOUNCED}
   * (or {@link io.airshield.domain.ModelParameter#JETTISON_IN_DIVE} when caught over the target):
   * the interception's main effect is the attack spoilt [SOURCES.md B19-B21]. Bombers and intruders
   * keep the pass model: each interceptor through makes a pass that kills with the pass kill
   * probability, and the bomber's gunners answer with its defensive fire; the raid jettisons with a
   * probability growing with the passes.
   *
   * <p>Sets {@link #lastLosses} and {@link #lastDamaged}.
   */
  private void combat(
      final int u, final int i, final int m, final int light, final boolean inDive) {
    final int mi = raidMission[i];
    final double ownPower = th.units.rating[u] * th.units.proficiency[u];
    final double decided = mp.firingPassPerEngagement * mp.killPerFiringPass;
    final int sweepers = sweepersNear(i);
    final int screen = raidEscorts[i] + sweepers;
    int caught = 0;
    if (screen > 0) {
      caught = Math.min(screen, rAir.binomial(m, mp.escortScreen * screen / (screen + (double) m)));
    }
    int losses = 0;
    int kills = 0;
    // the raid's own escorts first, then the sweeps, each caught interceptor against one of them
    final int byEscorts = Math.min(caught, raidEscorts[i]);
    raidEscorts[i] -= byEscorts;
    for (int k = 0; k < byEscorts; k++) {
      final int r =
          AirDefenceMath.duel(rAir.nextDouble(), ownPower, th.missions.escortRating[mi], decided);
      if (r == AirDefenceMath.DUEL_WON) {
        kills++;
        out[Metric.KILLS_FIGHTERS_BY_FIGHTERS.slot()]++;
        out[th.metrics.missionEscortsLost(mi)]++;
        missionLosses[mi * th.days + today]++;
      } else if (r == AirDefenceMath.DUEL_LOST) {
        losses++;
        out[Metric.OWN_LOST_TO_FIGHTERS.slot()]++;
      }
    }
    int bySweeps = caught - byEscorts;
    for (int q = sweeps - 1; q >= 0 && bySweeps > 0; q--) {
      final int j = sweepRaid[q];
      if (raidDay[j] < today - 1) {
        break;
      }
      if (!sweepNear(j, i) || raidSweepFree[j] <= 0) {
        continue;
      }
      final int sm = raidMission[j];
      final int n = Math.min(bySweeps, Math.min(raidN[j], raidSweepFree[j]));
      raidSweepFree[j] -= n;
      bySweeps -= n;
      for (int k = 0; k < n; k++) {
        final int r =
            AirDefenceMath.duel(
                rAir.nextDouble(), ownPower, th.missions.attackerRating[sm], decided);
        if (r == AirDefenceMath.DUEL_WON) {
          kills++;
          raidN[j] = Math.max(0, raidN[j] - 1);
          out[Metric.KILLS_FIGHTERS_BY_FIGHTERS.slot()]++;
          out[th.metrics.missionKillsByFighters(sm)]++;
          missionLosses[sm * th.days + today]++;
        } else if (r == AirDefenceMath.DUEL_LOST) {
          losses++;
          out[Metric.OWN_LOST_TO_FIGHTERS.slot()]++;
        }
      }
    }
    final int through = m - caught;
    int damagedOwn = 0;
    if (th.missions.kind[mi] == Mission.Kind.RAIL_INTERDICTION.ordinal()) {
      final int engaged = Math.min(through, raidN[i]);
      for (int k = 0; k < through && raidN[i] > 0; k++) {
        final int r =
            AirDefenceMath.defensiveDuel(
                rAir.nextDouble(),
                ownPower,
                th.missions.attackerRating[mi],
                decided,
                mp.defensiveKillShare);
        if (r == AirDefenceMath.DUEL_WON) {
          raidN[i]--;
          kills++;
          out[Metric.KILLS_FB_BY_FIGHTERS.slot()]++;
          out[th.metrics.missionKillsByFighters(mi)]++;
          missionLosses[mi * th.days + today]++;
        } else if (r == AirDefenceMath.DUEL_LOST) {
          losses++;
          out[Metric.OWN_LOST_TO_FIGHTERS.slot()]++;
        }
      }
      final double pj = inDive ? mp.jettisonInDive : mp.jettisonBounced;
      final int jettisoned = rAir.binomial(Math.min(engaged, raidN[i]), pj);
      raidN[i] -= jettisoned;
      out[Metric.JETTISONED.slot()] += jettisoned;
      if (raidN[i] <= 0) {
        raidFlags[i] |= F_ABORTED;
        out[Metric.RAIDS_ABORTED.slot()]++;
      }
    } else {
      final double pk =
          Math.min(
              0.9,
              mp.killPerFiringPass
                  * ownPower
                  * (light == Light.NIGHT.ordinal() ? mp.bomberKillNight : 1));
      int bomberKills = 0;
      for (int k = 0; k < through && raidN[i] > 0; k++) {
        if (rAir.chance(pk)) {
          raidN[i]--;
          bomberKills++;
        } else if (rAir.chance(mp.damagePerPass) && raidDamaged[i] < raidN[i]) {
          raidDamaged[i]++;
        }
        if (rAir.chance(th.missions.attackerDefence[mi])) {
          if (rAir.chance(0.5)) {
            losses++;
            out[Metric.OWN_LOST_TO_GUNNERS.slot()]++;
          } else {
            damagedOwn++;
          }
        }
      }
      kills += bomberKills;
      out[Metric.KILLS_BOMBERS_BY_FIGHTERS.slot()] += bomberKills;
      out[th.metrics.missionKillsByFighters(mi)] += bomberKills;
      missionLosses[mi * th.days + today] += bomberKills;
      final int attackers = Math.max(1, th.missions.packageSize[mi]);
      final double abort = Math.min(0.8, mp.abortBomber * through / attackers);
      if (th.missions.kind[mi] != Mission.Kind.INTRUSION.ordinal()
          && raidN[i] > 0
          && rAir.chance(abort)) {
        raidFlags[i] |= F_ABORTED;
        out[Metric.RAIDS_ABORTED.slot()]++;
      }
    }
    if (raidDamaged[i] > raidN[i]) {
      raidDamaged[i] = raidN[i];
    }
    if (losses > m) {
      // more duels lost than interceptors: the surplus draws are undone in the cause counts
      out[Metric.OWN_LOST_TO_FIGHTERS.slot()] -= losses - m;
      losses = m;
    }
    damagedOwn = Math.min(damagedOwn, m - losses);
    out[Metric.KILLS_BY_FIGHTERS.slot()] += kills;
    out[th.metrics.unitKills(u)] += kills;
    out[Metric.OWN_LOSSES.slot()] += losses;
    out[th.metrics.unitLosses(u)] += losses;
    for (int k = 0; k < losses; k++) {
      aircraft[u]--;
      if (!rAir.chance(mp.pilotSurvives)) {
        pilots[u] = Math.max(0, pilots[u] - 1);
      }
      queue.push(now + (long) mp.replacementS, P_READY, EV_REPLACEMENT, u);
    }
    trace(Tracer.COMBAT, i, u, kills, losses);
    if (kills > 0) {
      trace(Tracer.LOSS, i, Tracer.CAUSE_FIGHTERS, kills, u);
    }
    if (losses > 0) {
      trace(Tracer.LOSS, i, Tracer.CAUSE_OWN_IN_COMBAT, losses, u);
    }
    lastLosses = losses;
    lastDamaged = damagedOwn;
  }

  /** A replacement aircraft and, if one was lost, pilot arrive from the rear. */
  private void replace(final int u) {
    if (aircraft[u] < th.units.aircraft[u]) {
      aircraft[u]++;
      out[Metric.REPLACEMENTS.slot()]++;
    }
    if (pilots[u] < th.units.pilots[u]) {
      pilots[u]++;
    }
  }

  private boolean sweepNear(final int j, final int i) {
    return Math.abs(raidAttack[j] - now) <= mp.sweepHalfWindowS
        && th.targets.sweepNear[raidTarget[j] * th.targets.count + raidTarget[i]];
  }

  /** Sweeping fighters near raid i, now, not yet engaged. */
  private int sweepersNear(final int i) {
    int n = 0;
    for (int q = sweeps - 1; q >= 0; q--) {
      final int j = sweepRaid[q];
      if (raidDay[j] < today - 1) {
        break;
      }
      if (sweepNear(j, i)) {
        n += Math.min(raidN[j], raidSweepFree[j]);
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

  /**
   * Fire of n guns for exposure seconds at raid i; returns aircraft destroyed. Kills by the
   * rounds-per-kill method with the formation's kill probability ({@link
   * AirDefenceMath#killProbability}), and survivors damaged at {@link
   * io.airshield.domain.ModelParameter#AA_DAMAGE_PER_KILL} times that probability.
   */
  private int fire(
      final double guns,
      final double ratePerS,
      final double roundsPerKill,
      final double factor,
      final double exposure,
      final int i) {
    if (raidN[i] <= 0 || guns <= 0) {
      return 0;
    }
    final double lambda =
        AirDefenceMath.aaExpectedKills(guns, ratePerS, exposure, mp.aaFireDuty, roundsPerKill)
            * factor;
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
                    Math.min(0.9, mp.aaDamagePerKill * p)));
    return kills;
  }

  private int fireBattery(final int b, final double exposure, final int i, final int light) {
    if (today < th.batteries.fromDay[b]) {
      return 0;
    }
    final double f =
        AirDefenceMath.aaFactor(
            mp, th.batteries.gunLayingRadar[b], th.batteries.searchlights[b], light, raidWx[i]);
    final int kills =
        fire(
            th.batteries.guns[b],
            th.batteries.roundsPerS[b],
            th.batteries.roundsPerKill[b],
            f,
            exposure,
            i);
    out[
            th.batteries.light[b]
                ? Metric.KILLS_BY_LIGHT_AA.slot()
                : Metric.KILLS_BY_HEAVY_AA.slot()] +=
        kills;
    final int m = raidMission[i];
    out[
            th.batteries.light[b]
                ? th.metrics.missionKillsByLightAa(m)
                : th.metrics.missionKillsByHeavyAa(m)] +=
        kills;
    if (kills > 0) {
      trace(
          Tracer.LOSS,
          i,
          th.batteries.light[b] ? Tracer.CAUSE_LIGHT_AA : Tracer.CAUSE_HEAVY_AA,
          kills,
          b);
    }
    return kills;
  }

  private void attack(final int i) {
    raidFlags[i] |= F_DONE;
    final int m = raidMission[i];
    final int t = raidTarget[i];
    final int region = th.targets.region[t];
    final int light = lightAt(region, now);
    final boolean intrusion = th.missions.kind[m] == Mission.Kind.INTRUSION.ordinal();
    final int cond =
        raidWx[i] != Weather.CLEAR.ordinal()
            ? COND_BAD
            : light == Light.DAY.ordinal() ? COND_DAY : COND_NIGHT;
    final boolean contact = (raidFlags[i] & F_CONTACT) != 0;
    out[Metric.RAIDS_DAY.slot() + 2 * cond]++;
    if (contact) {
      out[Metric.CONTACTS_DAY.slot() + 2 * cond]++;
      if (intrusion) {
        out[Metric.INTRUSIONS_INTERCEPTED.slot()]++;
      }
    }
    if (intrusion && cond != COND_DAY) {
      final int slot =
          cond == COND_BAD ? Metric.INTRUSIONS_BAD.slot() : Metric.INTRUSIONS_NIGHT.slot();
      out[slot]++;
      if (contact) {
        out[slot + 1]++;
      }
    }
    if (th.targets.city[t] >= 0 && !intrusion) {
      out[th.metrics.cityRaids()]++;
      if (contact) {
        out[th.metrics.cityRaidsIntercepted()]++;
      }
    }
    if ((raidFlags[i] & F_ABORTED) != 0 || raidN[i] <= 0) {
      return;
    }
    int aaKills = 0;
    occasion(rAa, 5, i);
    occasion(rBomb, 6, i);
    final int route = raidRoute[i];
    for (int k = 0; k < th.routes.enRouteBattery[route].length; k++) {
      aaKills +=
          fireBattery(
              th.routes.enRouteBattery[route][k], th.routes.enRouteExposureS[route][k], i, light);
    }
    // guns firing at the attack: the point batteries covering the target, then the guns along
    // the line within reach of the aim point; their number (weighed by light and weather) also
    // drives the attackers' release height
    double firing = 0;
    final int[] tb = th.tmBatt[m * th.targets.count + t];
    final double[] te = th.tmExpo[m * th.targets.count + t];
    for (int k = 0; k < tb.length; k++) {
      final int b = tb[k];
      if (today >= th.batteries.fromDay[b]) {
        firing +=
            th.batteries.guns[b]
                * AirDefenceMath.aaFactor(
                    mp,
                    th.batteries.gunLayingRadar[b],
                    th.batteries.searchlights[b],
                    light,
                    raidWx[i]);
      }
      aaKills += fireBattery(b, te[k], i, light);
    }
    final double[] gf = th.targets.groundFire[t];
    final double along = AirDefenceMath.aaFactor(mp, false, false, light, raidWx[i]);
    int alongKills = 0;
    for (int k = 0; k < gf.length; k += Targets.GF) {
      if (today < gf[k + 4] || th.missions.attackAltM[m] > gf[k + 3]) {
        continue;
      }
      firing += gf[k] * along;
      alongKills += fire(gf[k], gf[k + 1], gf[k + 2], along, th.missions.attackS[m], i);
    }
    if (alongKills > 0) {
      out[Metric.KILLS_BY_LIGHT_AA.slot()] += alongKills;
      out[th.metrics.missionKillsByLightAa(m)] += alongKills;
      out[Metric.KILLS_ALONG_LINES.slot()] += alongKills;
      trace(Tracer.LOSS, i, Tracer.CAUSE_LIGHT_AA, alongKills, -1);
      aaKills += alongKills;
    }
    out[Metric.KILLS_BY_AA.slot()] += aaKills;
    out[th.metrics.targetAaKills(t)] += aaKills;
    missionLosses[m * th.days + raidDay[i]] += aaKills;
    if (intrusion && raidN[i] > 0) {
      out[Metric.INTRUSIONS_REACHED.slot()]++;
    }
    if (intrusion || raidN[i] <= 0) {
      trace(Tracer.ATTACK, i, t, 0, aaKills);
      return;
    }
    out[Metric.ATTACKS.slot()]++;
    out[th.metrics.targetAttacks(t)]++;
    if (light != Light.DAY.ordinal() && working[t] > 0) {
      // the crews at work on the site take cover and clear the new debris (SOURCES.md C11)
      setBack[t] += working[t];
      out[Metric.REPAIRS_DISRUPTED.slot()] += working[t];
    }
    if (!contact) {
      out[th.metrics.targetUnopposed(t)]++;
    }
    double ph = th.missions.hitProb[m] * th.targets.hitFactor[t];
    final boolean nightMission = th.missions.light[m] == Mission.LightWindow.NIGHT.ordinal();
    if ((raidFlags[i] & F_NIGHT_SHIFT) != 0) {
      ph *= th.missions.record[m].adaptation().nightHitFactor();
    } else if (!nightMission && light == Light.NIGHT.ordinal()) {
      ph *= mp.bombNight;
    }
    if (light == Light.TWILIGHT.ordinal()) {
      ph *= mp.bombTwilight;
    }
    if (raidWx[i] == Weather.MARGINAL.ordinal()) {
      ph *= mp.bombMarginal;
    } else if (raidWx[i] == Weather.ADVERSE.ordinal()) {
      ph *= mp.bombAdverse;
    }
    // suppression: an attacker pushed above its planned release height misses in proportion to
    // the height, so its chance of a hit on a small target falls with the square
    final double release = th.missions.attackAltM[m];
    final double pHigh =
        release < mp.suppressedReleaseM ? 1 - Math.exp(-firing / mp.suppressionGuns) : 0;
    final double high = (release / mp.suppressedReleaseM) * (release / mp.suppressedReleaseM);
    final int damaged = Math.min(raidDamaged[i], raidN[i]);
    int hitCount = 0;
    for (int a = 0; a < raidN[i]; a++) {
      double p = a < damaged ? ph * mp.bombDamaged : ph;
      if (pHigh > 0 && rBomb.chance(pHigh)) {
        p *= high;
        out[Metric.SUPPRESSED.slot()]++;
      }
      if (rBomb.chance(p)) {
        hitCount++;
      }
    }
    trace(Tracer.ATTACK, i, t, hitCount, aaKills);
    if (th.targets.city[t] >= 0) {
      cityHits(th.targets.city[t], hitCount);
      return;
    }
    final boolean delayed =
        th.missions.kind[m] == Mission.Kind.BOMBER_RAID.ordinal()
            && th.targets.kind[t] != Target.Kind.TRACK.ordinal();
    for (int h = 0; h < hitCount; h++) {
      hit(t, delayed && rBomb.chance(mp.daBombShare));
    }
  }

  // ---------------------------------------------------------------- damage, repair, supply

  /**
   * A hit: one more crater or broken span on the target, which closes when its outstanding hits
   * reach {@code hitsToClose}. Damage accumulates: a hit below that count stays until a crew has
   * repaired it. Each hit is one repair job, queued at once, or after the delayed-action bombs in
   * it have gone off or been defused.
   */
  private void hit(final int t, final boolean delayedAction) {
    out[Metric.HITS.slot()]++;
    hits[t]++;
    if (!closed[t] && hits[t] >= th.targets.hitsToClose[t]) {
      close(t);
    }
    if (delayedAction) {
      final double u = rBomb.nextDouble();
      final long wait = (long) (mp.daDelayMinS + u * (mp.daDelayMaxS - mp.daDelayMinS));
      queue.push(now + wait, P_REPAIR, EV_JOB_READY, t);
    } else {
      queueJob(t);
    }
  }

  /**
   * Hits on a city: each destroys the share {@link Targets#cityDamagePerHit} of what still stands,
   * at random over its area (random area coverage, see {@link io.airshield.domain.Target.City}); no
   * repair within the campaign, and no line closes.
   */
  private void cityHits(final int c, final int hitCount) {
    out[th.metrics.cityHits()] += hitCount;
    for (int h = 0; h < hitCount; h++) {
      cityLeft[c] *= 1 - th.targets.cityDamagePerHit[c];
    }
  }

  private void close(final int t) {
    closed[t] = true;
    closedSince[t] = now;
    out[th.metrics.targetCuts(t)]++;
    out[Metric.CUTS_TRACK.slot() + th.targets.kind[t]]++;
    final int l = th.targets.line[t];
    if (l >= 0) {
      if (lineClosed[l]++ == 0) {
        lineOpenToday[l] += now - lineMark[l];
      }
      lineChanged(l);
    }
  }

  /**
   * A target on line l closed or opened: the dark hours since the last change are charged at the
   * loss then in force, and the loss is worked out anew: all the capacity while a target without a
   * bypass is closed, else what the smallest bypass of the closed targets cannot carry.
   */
  private void lineChanged(final int l) {
    lineLossDark[l] += lineLoss[l] * darkBetween(th.lRegion[l], lineLossSince[l], now);
    lineLossSince[l] = now;
    double carried = 1;
    for (final int t : th.lTargets[l]) {
      if (closed[t]) {
        carried = Math.min(carried, th.targets.bypassShare[t]);
      }
    }
    lineLoss[l] = 1 - carried;
  }

  private void queueJob(final int t) {
    final int p = th.targets.pool[t];
    if (poolFree[p] > 0) {
      startRepair(t);
      return;
    }
    if (pqSize[p] == poolQueue[p].length) {
      final int n = pqSize[p] * 2;
      final int[] q = new int[n];
      final long[] w = new long[n];
      for (int k = 0; k < pqSize[p]; k++) {
        q[k] = poolQueue[p][(pqHead[p] + k) % pqSize[p]];
        w[k] = poolQueued[p][(pqHead[p] + k) % pqSize[p]];
      }
      poolQueue[p] = q;
      poolQueued[p] = w;
      pqHead[p] = 0;
    }
    final int slot = (pqHead[p] + pqSize[p]) % poolQueue[p].length;
    poolQueue[p][slot] = t;
    poolQueued[p][slot] = now;
    pqSize[p]++;
  }

  /**
   * A crew takes one hit of target t: the work is gamma distributed (shape 4) about the target's
   * repair time per hit, and is done only in the dark hours, when the railway troops worked
   * (SOURCES.md C13, C20).
   */
  private void startRepair(final int t) {
    poolFree[th.targets.pool[t]]--;
    working[t]++;
    occasion(rRep, 7, (long) t * 65_536 + jobsStarted[t]++);
    final double w = rRep.gamma4(th.targets.repairS[t]);
    final long done = darkFinish(th.targets.region[t], now, w);
    queue.push(Math.max(now + 1, done), P_REPAIR, EV_REPAIR_DONE, t);
  }

  private void repairDone(final int t) {
    if (setBack[t] > 0) {
      // a job on this site was set back by a night attack: its crew works the loss on (the jobs
      // of one site are alike, so the one ending first carries it)
      setBack[t]--;
      final long done = darkFinish(th.targets.region[t], now, mp.repairStrafeLossS);
      queue.push(Math.max(now + 1, done), P_REPAIR, EV_REPAIR_DONE, t);
      return;
    }
    working[t]--;
    hits[t] = Math.max(0, hits[t] - 1);
    if (closed[t] && !building[t] && hits[t] < th.targets.hitsToClose[t]) {
      reopen(t);
    }
    final int p = th.targets.pool[t];
    poolFree[p]++;
    if (pqSize[p] > 0) {
      final int next = poolQueue[p][pqHead[p]];
      out[th.metrics.targetRepairWaitH(next)] += (now - poolQueued[p][pqHead[p]]) / 3600.0;
      pqHead[p] = (pqHead[p] + 1) % poolQueue[p].length;
      pqSize[p]--;
      startRepair(next);
    }
  }

  /**
   * Construction done: the target opens, unless the hits it took while being built still close it,
   * in which case it stays closed as a cut until they are repaired.
   */
  private void built(final int t) {
    building[t] = false;
    closedTotal[t] += now - closedSince[t];
    out[th.metrics.targetClosedDark(t)] += darkSpan(th.targets.region[t], closedSince[t], now);
    closedSince[t] = now;
    if (hits[t] < th.targets.hitsToClose[t]) {
      closed[t] = false;
      final int l = th.targets.line[t];
      if (l >= 0) {
        if (--lineClosed[l] == 0) {
          lineMark[l] = now;
        }
        lineChanged(l);
      }
    } else {
      out[th.metrics.targetCuts(t)]++;
      out[Metric.CUTS_TRACK.slot() + th.targets.kind[t]]++;
    }
  }

  private void reopen(final int t) {
    closed[t] = false;
    closedTotal[t] += now - closedSince[t];
    out[th.metrics.targetClosedDark(t)] += darkSpan(th.targets.region[t], closedSince[t], now);
    out[Metric.CLOSED_H_TRACK.slot() + th.targets.kind[t]] += (now - closedSince[t]) / 3600.0;
    trace(Tracer.REPAIRED, t, -1, 0, 0);
    final int l = th.targets.line[t];
    if (l >= 0) {
      if (--lineClosed[l] == 0) {
        lineMark[l] = now;
      }
      lineChanged(l);
    }
  }

  /** Day d's dark hours [midnight, sunrise) and [sunset, midnight) in region r (s). */
  private long sunrise(final int r, final int d) {
    final int dd = Math.min(th.days - 1, Math.max(0, d));
    return th.lightTimes[(r * th.days + dd) * 4 + 1] + (long) (d - dd) * 86_400;
  }

  private long sunset(final int r, final int d) {
    final int dd = Math.min(th.days - 1, Math.max(0, d));
    return th.lightTimes[(r * th.days + dd) * 4 + 2] + (long) (d - dd) * 86_400;
  }

  /** The dark seconds between a and b (a &le; b, both within one day or at its end). */
  private double darkBetween(final int r, final long a, final long b) {
    if (b <= a) {
      return 0;
    }
    final int d = (int) Math.floorDiv(a, 86_400L);
    final long rise = sunrise(r, d);
    final long set = sunset(r, d);
    return Math.max(0, Math.min(b, rise) - a) + Math.max(0, b - Math.max(a, set));
  }

  /** The dark seconds between a and b, over any number of days. */
  private double darkSpan(final int r, final long a, final long b) {
    double sum = 0;
    for (long d0 = Math.floorDiv(a, 86_400L) * 86_400; d0 < b; d0 += 86_400) {
      sum += darkBetween(r, Math.max(a, d0), Math.min(b, d0 + 86_400));
    }
    return sum;
  }

  /** When work of w seconds started at t, done only in the dark, is finished. */
  private long darkFinish(final int r, final long t0, final double w) {
    long t = t0;
    double left = w;
    for (int guard = 0; guard < 100_000; guard++) {
      final int d = (int) Math.floorDiv(t, 86_400L);
      final long rise = sunrise(r, d);
      final long set = sunset(r, d);
      final long dayEnd = (long) (d + 1) * 86_400;
      if (t >= rise && t < set) {
        t = set;
        continue;
      }
      final long stop = t < rise ? rise : dayEnd;
      if (left <= stop - t) {
        return t + (long) Math.ceil(left);
      }
      left -= stop - t;
      t = stop;
    }
    return t;
  }

  /**
   * The day's supply: trains ran in the dark hours and sheltered in tunnels by day (SOURCES.md
   * C13), so a line delivers its capacity times the share of the day's dark hours in which it was
   * open.
   */
  private void closeDay(final int d) {
    final long boundary = (long) (d + 1) * 86_400;
    double tons = 0;
    double linesOpen = 0;
    for (int l = 0; l < th.lines; l++) {
      final int r = th.lRegion[l];
      if (lineClosed[l] == 0) {
        lineOpenToday[l] += boundary - lineMark[l];
      }
      lineLossDark[l] += lineLoss[l] * darkBetween(r, lineLossSince[l], boundary);
      lineLossSince[l] = boundary;
      lineMark[l] = boundary;
      final double dark = darkBetween(r, (long) d * 86_400, boundary);
      final double share = dark > 0 ? Math.max(0, 1 - lineLossDark[l] / dark) : 1;
      lineOpenTotal[l] += lineOpenToday[l];
      tons += th.lCapacity[l] * share;
      linesOpen += share;
      out[th.metrics.lineTons(l)] += th.lCapacity[l] * share;
      out[th.metrics.lineDayTons(l, d)] = th.lCapacity[l] * share;
      lineOpenToday[l] = 0;
      lineLossDark[l] = 0;
    }
    out[th.metrics.daySupply(d)] = tons;
    out[th.metrics.dayLinesOpen(d)] = linesOpen;
    out[Metric.SUPPLY_TONS.slot()] += tons;
  }

  private void finish() {
    final long end = (long) th.days * 86_400;
    final double period = end;
    for (int l = 0; l < th.lines; l++) {
      out[th.metrics.lineOpen(l)] = lineOpenTotal[l] / period;
    }
    for (int t = 0; t < th.targets.count; t++) {
      double c = closedTotal[t];
      if (closed[t]) {
        c += end - closedSince[t];
        out[th.metrics.targetClosedDark(t)] += darkSpan(th.targets.region[t], closedSince[t], end);
        if (!building[t]) {
          out[Metric.CLOSED_H_TRACK.slot() + th.targets.kind[t]] += (end - closedSince[t]) / 3600.0;
        }
      }
      out[th.metrics.targetOpen(t)] = 1 - c / period;
      final double dark = darkSpan(th.targets.region[t], 0, end);
      out[th.metrics.targetClosedDark(t)] =
          dark > 0 ? out[th.metrics.targetClosedDark(t)] / dark : 0;
      if (th.targets.kind[t] == Target.Kind.AIRFIELD.ordinal()) {
        out[Metric.AIRFIELD_DAYS_USABLE.slot()] += (period - c) / 86_400.0;
      }
    }
    for (int p = 0; p < pqSize.length; p++) {
      for (int q = 0; q < pqSize[p]; q++) {
        final int k = (pqHead[p] + q) % poolQueue[p].length;
        out[th.metrics.targetRepairWaitH(poolQueue[p][k])] += (end - poolQueued[p][k]) / 3600.0;
      }
    }
    for (int c = 0; c < th.targets.cities; c++) {
      out[th.metrics.cityDestroyed(c)] = 1 - cityLeft[c];
      out[th.metrics.cityValueDestroyed()] += th.targets.cityValueShare[c] * (1 - cityLeft[c]);
    }
    out[Metric.SUPPLY_TONS_PER_DAY.slot()] = out[Metric.SUPPLY_TONS.slot()] / th.days;
    final double cap = th.totalCapacityTonsPerDay() * th.days;
    out[Metric.SUPPLY_SHARE.slot()] = cap > 0 ? out[Metric.SUPPLY_TONS.slot()] / cap : 1;
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
