package io.airshield.formation;

import io.airshield.engine.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A Monte Carlo of a formation plan under uncertain durations and capacities: how likely each unit
 * is to be ready by its deadline when the plan is carried out as a <i>policy</i>, not as a fixed
 * timetable.
 *
 * <p><b>What is drawn.</b> In each sample every phase's duration is its chosen mode's duration
 * times a factor drawn from the phase's {@link Spread} (the plan's default when the phase gives
 * none), rounded to whole days and at least 1; every capacity step (pilots graduating, aircraft
 * delivered) comes late by a delay drawn from its spread. One uniform number per phase and per
 * step, drawn in plan file order from the stream (seed, sample, {@link #PURPOSE}), whatever the
 * help: common random numbers, so two help options are compared on the same weather, accidents and
 * deliveries, and their difference is measured with far less noise than two independent runs give.
 *
 * <p><b>The policy.</b> The nominal schedule (the scheduler's, with nominal durations) fixes each
 * phase's mode and a priority order: its planned start, then the scheduler's activity order. The
 * phases are then dispatched as durations are revealed (a serial dispatching rule in the sense of
 * Möhring, Radermacher and Weiss, "Stochastic scheduling problems I", Z. Oper. Res. 28 (1984)): at
 * each event (a phase done, a unit released, a capacity step) a phase starts as soon as its
 * predecessors are done, its unit is released, every phase before it in the order that holds one of
 * the same resources has started (the plan's sequence on each resource is kept, so a late phase
 * delays those queued behind it instead of being overtaken), and what it holds fits the capacity
 * from now to its end. It knows the capacity steps' (drawn) dates, as a planner knows when
 * graduates are due, and never a running phase's remaining duration; a phase's own drawn length is
 * used only to check that capacity does not fall while it runs, which never happens in a plan whose
 * capacities only rise, as the embedded one's. Pilots are handed out as in {@link PlanProject}, by
 * priority, from the drawn graduation dates. With every spread fixed, no phase starts later than
 * planned.
 *
 * <p>Samples are independent of each other, so they run on any number of threads; results are
 * stored by sample index and do not depend on the thread count.
 */
public final class ReadinessSimulator {
  /** The random stream's purpose: formation durations and deliveries. */
  static final long PURPOSE = 0x19F0_4A71L;

  /** A unit that never becomes ready within the simulated span. */
  static final int NEVER = Integer.MAX_VALUE / 2;

  private final FormationPlan plan;
  private final List<ChosenHelp> help;

  /** Phases, in the unit order of the plan, then phase order: index by {@link #phaseIndex}. */
  private final int n;

  private final int[] unitOf;
  private final int[] nominalDays;
  private final int[] plannedStart;
  private final Spread[] factor;
  private final int[][] pred;

  /** demand[a][r] over the non-assigned resources, r indexing plan.resources(). */
  private final int[][] demand;

  /** Phases in dispatch order. */
  private final int[] order;

  /** Per resource: the dispatch-order positions of the phases that hold it, ascending. */
  private final int[][] queue;

  private final int[] deadlineDay;
  private final int steps;
  private final int span;

  /**
   * Compiles a nominal schedule into a policy.
   *
   * @param plan the plan
   * @param nominal the scheduler's schedule with the given help; must be feasible
   */
  public ReadinessSimulator(final FormationPlan plan, final PlanOutcome nominal) {
    if (!nominal.feasible()) {
      throw new IllegalArgumentException("the nominal schedule is infeasible");
    }
    this.plan = plan;
    this.help = nominal.help();
    final List<FormingUnit> units = plan.units();
    int count = 0;
    for (FormingUnit u : units) {
      count += u.phases().size();
    }
    n = count;
    unitOf = new int[n];
    nominalDays = new int[n];
    plannedStart = new int[n];
    factor = new Spread[n];
    demand = new int[n][plan.resources().size()];
    pred = new int[n][];
    deadlineDay = new int[units.size()];
    final int[] firstOf = new int[units.size()];
    int a = 0;
    for (int u = 0; u < units.size(); u++) {
      firstOf[u] = a;
      final FormingUnit unit = units.get(u);
      deadlineDay[u] = plan.day(unit.deadline());
      final UnitOutcome out = nominal.units().get(u);
      for (int p = 0; p < unit.phases().size(); p++, a++) {
        final TrainingPhase phase = unit.phases().get(p);
        final PhaseOutcome po = out.phases().get(p);
        unitOf[a] = u;
        nominalDays[a] = po.finishDay() - po.startDay();
        plannedStart[a] = po.startDay();
        factor[a] = phase.durationFactor() != null ? phase.durationFactor() : plan.durationFactor();
        for (int r = 0; r < plan.resources().size(); r++) {
          final PlanResource res = plan.resources().get(r);
          if (!res.assigned()) {
            demand[a][r] = po.uses().getOrDefault(res.id(), 0);
          }
        }
      }
    }
    for (int u = 0; u < units.size(); u++) {
      final FormingUnit unit = units.get(u);
      for (int p = 0; p < unit.phases().size(); p++) {
        final List<Integer> ps = new ArrayList<>();
        for (String ref : unit.phases().get(p).after()) {
          addRef(ref, units, firstOf, ps);
        }
        for (String ref : unit.after()) {
          addRef(ref, units, firstOf, ps);
        }
        pred[firstOf[u] + p] = ps.stream().mapToInt(Integer::intValue).distinct().toArray();
      }
    }
    final Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    // planned start, then priority (the scheduler's unit order), then file order
    Arrays.sort(
        boxed,
        (x, y) -> {
          if (plannedStart[x] != plannedStart[y]) {
            return Integer.compare(plannedStart[x], plannedStart[y]);
          }
          final int px = units.get(unitOf[x]).priority();
          final int py = units.get(unitOf[y]).priority();
          return px != py ? Integer.compare(px, py) : Integer.compare(x, y);
        });
    order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    queue = new int[plan.resources().size()][];
    for (int r = 0; r < queue.length; r++) {
      final List<Integer> q = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        if (demand[order[k]][r] > 0) {
          q.add(k);
        }
      }
      queue[r] = q.stream().mapToInt(Integer::intValue).toArray();
    }
    int s = 0;
    for (PlanResource r : plan.resources()) {
      s += r.steps().size();
    }
    steps = s;
    long total = plan.horizonDays();
    for (int i = 0; i < n; i++) {
      total += (long) Math.ceil(nominalDays[i] * factor[i].high()) + 1;
    }
    for (PlanResource r : plan.resources()) {
      for (CapacityStep st : r.steps()) {
        total += (long) Math.ceil(st.delayDays().high());
      }
    }
    span = (int) Math.min(NEVER - 1, total);
  }

  private static void addRef(
      final String ref,
      final List<FormingUnit> units,
      final int[] firstOf,
      final List<Integer> ps) {
    final int dot = ref.indexOf('.');
    for (int u = 0; u < units.size(); u++) {
      final FormingUnit unit = units.get(u);
      if (dot < 0 && unit.id().equals(ref)) {
        for (int p = 0; p < unit.phases().size(); p++) {
          ps.add(firstOf[u] + p);
        }
      } else if (dot > 0 && unit.id().equals(ref.substring(0, dot))) {
        for (int p = 0; p < unit.phases().size(); p++) {
          if (unit.phases().get(p).id().equals(ref.substring(dot + 1))) {
            ps.add(firstOf[u] + p);
          }
        }
      }
    }
  }

  /**
   * Runs the samples.
   *
   * @param samples how many
   * @param seed the master seed
   * @param threads worker threads (results do not depend on it)
   * @return each unit's ready day in each sample: {@code ready[sample][unit]}, {@link #NEVER} when
   *     it is not ready within the simulated span
   */
  public int[][] run(final int samples, final long seed, final int threads) {
    final int[][] ready = new int[samples][];
    final int blocks = Math.max(1, Math.min(samples, threads * 4));
    if (threads <= 1 || samples < 2) {
      final Work w = new Work();
      for (int i = 0; i < samples; i++) {
        ready[i] = w.sample(seed, i);
      }
      return ready;
    }
    final ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      final List<Future<?>> futures = new ArrayList<>();
      for (int b = 0; b < blocks; b++) {
        final int from = (int) ((long) samples * b / blocks);
        final int to = (int) ((long) samples * (b + 1) / blocks);
        futures.add(
            pool.submit(
                () -> {
                  final Work w = new Work();
                  for (int i = from; i < to; i++) {
                    ready[i] = w.sample(seed, i);
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return ready;
  }

  /**
   * One sample alone, as {@link #run} draws it: for a campaign that takes sample {@code index} for
   * its replication of the same index (common random numbers with {@code airshield form}). Safe to
   * call from several threads at once.
   *
   * @param seed the master seed
   * @param index the sample
   * @return each unit's ready day (from the plan's epoch), {@link #NEVER} when not ready within the
   *     simulated span
   */
  public int[] sample(final long seed, final int index) {
    return new Work().sample(seed, index);
  }

  /** One thread's working arrays, reused across its samples. */
  private final class Work {
    private final Rng rng = new Rng(0, 0, 0);
    private final int[] dur = new int[n];
    private final int[] start = new int[n];
    private final int[] finish = new int[n];
    private final boolean[] started = new boolean[n];
    private final int[] head = new int[queue.length];
    private final int[] usage = new int[queue.length];
    private final int[][] capFrom = new int[queue.length][];
    private final int[][] capValue = new int[queue.length][];
    private final int[] release = new int[plan.units().size()];
    private final double[] stepU = new double[steps];

    int[] sample(final long seed, final int index) {
      rng.reseed(seed, index, PURPOSE);
      for (int a = 0; a < n; a++) {
        final double u = rng.nextDouble();
        dur[a] = Math.max(1, (int) Math.round(nominalDays[a] * factor[a].quantile(u)));
      }
      for (int s = 0; s < steps; s++) {
        stepU[s] = rng.nextDouble();
      }
      capacities();
      releases();
      dispatch();
      final int[] ready = new int[plan.units().size()];
      for (int a = 0; a < n; a++) {
        final int u = unitOf[a];
        ready[u] = Math.max(ready[u], started[a] ? finish[a] : NEVER);
      }
      return ready;
    }

    /** Each resource's capacity as steps (drawn dates) plus the help, from day 0. */
    private void capacities() {
      int s = 0;
      for (int r = 0; r < queue.length; r++) {
        final PlanResource res = plan.resources().get(r);
        final int k = res.steps().size();
        final int[] day = new int[k];
        int last = 0;
        for (int j = 0; j < k; j++, s++) {
          final CapacityStep st = res.steps().get(j);
          final int d =
              Math.max(0, plan.day(st.from()))
                  + (int) Math.round(st.delayDays().quantile(stepU[s]));
          last = Math.max(last, d); // a step cannot overtake the one before it
          day[j] = last;
        }
        final java.util.TreeSet<Integer> points = new java.util.TreeSet<>();
        points.add(0);
        for (int d : day) {
          points.add(d);
        }
        for (ChosenHelp h : help) {
          if (h.option().resource().equals(res.id())) {
            points.add(Math.max(0, plan.day(h.from())));
          }
        }
        final int[] from = new int[points.size()];
        final int[] value = new int[points.size()];
        int i = 0;
        for (int p : points) {
          int c = 0;
          for (int j = 0; j < k; j++) {
            if (day[j] <= p) {
              c = res.steps().get(j).capacity();
            }
          }
          for (ChosenHelp h : help) {
            if (h.option().resource().equals(res.id()) && plan.day(h.from()) <= p) {
              c += h.option().amount();
            }
          }
          from[i] = p;
          value[i++] = c;
        }
        capFrom[r] = from;
        capValue[r] = value;
      }
    }

    /** Pilots by priority, then file order, as {@link PlanProject} hands them out. */
    private void releases() {
      final List<FormingUnit> units = plan.units();
      for (int u = 0; u < units.size(); u++) {
        final FormingUnit unit = units.get(u);
        release[u] = unit.notBefore() == null ? 0 : Math.max(0, plan.day(unit.notBefore()));
      }
      final Integer[] byPriority = new Integer[units.size()];
      for (int u = 0; u < byPriority.length; u++) {
        byPriority[u] = u;
      }
      Arrays.sort(
          byPriority,
          (x, y) ->
              units.get(x).priority() != units.get(y).priority()
                  ? Integer.compare(units.get(x).priority(), units.get(y).priority())
                  : Integer.compare(x, y));
      for (int r = 0; r < queue.length; r++) {
        final PlanResource res = plan.resources().get(r);
        if (!res.assigned()) {
          continue;
        }
        long taken = 0;
        for (int u : byPriority) {
          final int need = PlanProject.maxDemand(plan, units.get(u), res.id());
          if (need == 0) {
            continue;
          }
          taken += need;
          int day = NEVER;
          for (int k = 0; k < capFrom[r].length && day == NEVER; k++) {
            if (capValue[r][k] >= taken) {
              day = capFrom[r][k];
            }
          }
          release[u] = Math.max(release[u], day);
        }
      }
    }

    /** The least capacity of resource r over days [from, to). */
    private int minCapacity(final int r, final int from, final int to) {
      final int[] f = capFrom[r];
      final int[] v = capValue[r];
      int min = Integer.MAX_VALUE;
      for (int k = 0; k < f.length; k++) {
        final int end = k + 1 < f.length ? f[k + 1] : Integer.MAX_VALUE;
        if (f[k] < to && end > from) {
          min = Math.min(min, v[k]);
        }
      }
      return min;
    }

    private void dispatch() {
      Arrays.fill(started, false);
      Arrays.fill(head, 0);
      Arrays.fill(usage, 0);
      int left = n;
      int t = 0;
      while (left > 0 && t <= span) {
        for (int a = 0; a < n; a++) {
          if (started[a] && finish[a] == t) {
            for (int r = 0; r < usage.length; r++) {
              usage[r] -= demand[a][r];
            }
          }
        }
        for (int k = 0; k < n; k++) {
          final int a = order[k];
          if (started[a] || !canStart(a, k, t)) {
            continue;
          }
          started[a] = true;
          start[a] = t;
          finish[a] = t + dur[a];
          left--;
          for (int r = 0; r < usage.length; r++) {
            if (demand[a][r] > 0) {
              usage[r] += demand[a][r];
              while (head[r] < queue[r].length && started[order[queue[r][head[r]]]]) {
                head[r]++;
              }
            }
          }
        }
        t = next(t);
      }
    }

    private boolean canStart(final int a, final int k, final int t) {
      if (release[unitOf[a]] > t) {
        return false;
      }
      for (int q : pred[a]) {
        if (!started[q] || finish[q] > t) {
          return false;
        }
      }
      for (int r = 0; r < usage.length; r++) {
        final int d = demand[a][r];
        if (d == 0) {
          continue;
        }
        if (queue[r][head[r]] != k) {
          return false; // a phase before it on this resource has not started
        }
        if (d > minCapacity(r, t, t + dur[a]) - usage[r]) {
          return false;
        }
      }
      return true;
    }

    /** The next day something changes: a phase done, a unit released, a capacity step. */
    private int next(final int t) {
      int next = NEVER;
      for (int a = 0; a < n; a++) {
        if (started[a] && finish[a] > t) {
          next = Math.min(next, finish[a]);
        }
      }
      for (int r : release) {
        if (r > t) {
          next = Math.min(next, r);
        }
      }
      for (int[] f : capFrom) {
        for (int d : f) {
          if (d > t) {
            next = Math.min(next, d);
          }
        }
      }
      return next;
    }
  }
}
