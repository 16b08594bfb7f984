package io.airshield.formation;

import io.airshield.formation.schedule.Activity;
import io.airshield.formation.schedule.Mode;
import io.airshield.formation.schedule.Project;
import io.airshield.formation.schedule.Resource;
import io.airshield.formation.schedule.Schedule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A plan turned into a scheduling {@link Project} for one choice of outside help, and the way back
 * from a {@link Schedule} to units and phases.
 *
 * <p>Activities, in order: the units sorted by priority (then file order), each with its phases in
 * file order, then its zero-length "ready" milestone, which carries the unit's deadline and follows
 * every phase.
 *
 * <p>Assigned resources (the pilots) are not renewable: a pilot who joins a unit stays with it. A
 * renewable resource cannot say so (a holding activity could be postponed by the scheduler, lending
 * the pilots out meanwhile), so they are handed out before scheduling instead: in priority order,
 * each unit may start once the supply so far covers its need and that of the units before it
 * ({@link #allocateAssigned}). Their demands are left out of the project. Resources keep the plan's
 * order; capacities are the plan's steps plus the chosen help from its date.
 *
 * <p>A mode that demands more of a resource than this help choice ever makes available is left out
 * of the project; a phase left with no mode makes the choice infeasible.
 */
final class PlanProject {
  /** Marks the "ready" milestone in {@link #phaseOf}. */
  static final int READY = -1;

  final FormationPlan plan;
  final List<ChosenHelp> help;
  final Project project;
  final List<String> impossible;

  /** Per activity: index of its unit in the plan. */
  final int[] unitOf;

  /** Per activity: index of its phase in the unit, or READY. */
  final int[] phaseOf;

  /** Per activity: plan mode index of each project mode. */
  final int[][] planMode;

  private PlanProject(
      final FormationPlan plan,
      final List<ChosenHelp> help,
      final Project project,
      final List<String> impossible,
      final int[] unitOf,
      final int[] phaseOf,
      final int[][] planMode) {
    this.plan = plan;
    this.help = help;
    this.project = project;
    this.impossible = impossible;
    this.unitOf = unitOf;
    this.phaseOf = phaseOf;
    this.planMode = planMode;
  }

  /**
   * @param plan the plan
   * @param help the chosen help
   * @param relaxed resources made unlimited from the epoch (for finding what binds)
   * @return the project
   */
  static PlanProject build(
      final FormationPlan plan, final List<ChosenHelp> help, final Set<String> relaxed) {
    final List<PlanResource> resources = plan.resources();
    final Map<String, Integer> rIndex = new LinkedHashMap<>();
    for (int r = 0; r < resources.size(); r++) {
      rIndex.put(resources.get(r).id(), r);
    }
    final List<Resource> capacities = new ArrayList<>();
    final int[] maxCap = new int[resources.size()];
    final int unlimited = unlimited(plan);
    for (int r = 0; r < resources.size(); r++) {
      final PlanResource res = resources.get(r);
      final Resource cap =
          relaxed.contains(res.id())
              ? Resource.constant(res.id(), unlimited)
              : capacity(plan, res, help);
      capacities.add(cap);
      for (int c : cap.capacity()) {
        maxCap[r] = Math.max(maxCap[r], c);
      }
    }
    final List<Integer> order = new ArrayList<>();
    for (int u = 0; u < plan.units().size(); u++) {
      order.add(u);
    }
    order.sort(
        Comparator.comparingInt((Integer u) -> plan.units().get(u).priority())
            .thenComparingInt(u -> u));
    // Number the activities first, so successors can be given as indices.
    final Map<String, Integer> index = new LinkedHashMap<>();
    final List<int[]> slots = new ArrayList<>();
    for (int u : order) {
      final FormingUnit unit = plan.units().get(u);
      for (int p = 0; p < unit.phases().size(); p++) {
        index.put(unit.id() + "." + unit.phases().get(p).id(), slots.size());
        slots.add(new int[] {u, p});
      }
      index.put(unit.id(), slots.size());
      slots.add(new int[] {u, READY});
    }
    final int[] releaseOf = new int[plan.units().size()];
    final List<String> impossible = new ArrayList<>();
    allocateAssigned(plan, order, capacities, releaseOf, impossible);
    final int n = slots.size();
    final List<List<Integer>> succ = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      succ.add(new ArrayList<>());
    }
    for (int u : order) {
      final FormingUnit unit = plan.units().get(u);
      final int ready = index.get(unit.id());
      for (TrainingPhase p : unit.phases()) {
        final int a = index.get(unit.id() + "." + p.id());
        succ.get(a).add(ready);
        for (String pred : p.after()) {
          succ.get(index.get(pred)).add(a);
        }
        for (String pred : unit.after()) {
          succ.get(index.get(pred)).add(a);
        }
      }
    }
    final List<Activity> activities = new ArrayList<>();
    final int[] unitOf = new int[n];
    final int[] phaseOf = new int[n];
    final int[][] planMode = new int[n][];
    final int rn = resources.size();
    for (int a = 0; a < n; a++) {
      final int u = slots.get(a)[0];
      final int p = slots.get(a)[1];
      final FormingUnit unit = plan.units().get(u);
      unitOf[a] = u;
      phaseOf[a] = p;
      final int release = releaseOf[u];
      final List<Integer> s = succ.get(a).stream().distinct().sorted().toList();
      if (p == READY) {
        planMode[a] = new int[] {0};
        activities.add(
            new Activity(
                unit.id() + " ready",
                List.of(new Mode(0, new int[rn])),
                s,
                release,
                plan.day(unit.deadline())));
      } else {
        final TrainingPhase phase = unit.phases().get(p);
        final List<Mode> modes = new ArrayList<>();
        final List<Integer> kept = new ArrayList<>();
        for (int m = 0; m < phase.modes().size(); m++) {
          final Map<String, Integer> uses = uses(plan, unit, phase, phase.modes().get(m));
          final int[] demand = new int[rn];
          boolean possible = true;
          for (var e : uses.entrySet()) {
            final int r = rIndex.get(e.getKey());
            if (resources.get(r).assigned()) {
              continue; // allocated by release dates, see allocateAssigned
            }
            demand[r] += e.getValue();
            possible &= demand[r] <= maxCap[r];
          }
          if (possible) {
            modes.add(new Mode(phase.modes().get(m).durationDays(), demand));
            kept.add(m);
          }
        }
        if (modes.isEmpty()) {
          impossible.add(unit.id() + "." + phase.id());
          modes.add(new Mode(phase.modes().get(0).durationDays(), new int[rn]));
          kept.add(0);
        }
        planMode[a] = kept.stream().mapToInt(Integer::intValue).toArray();
        activities.add(
            new Activity(unit.id() + "." + phase.id(), modes, s, release, Activity.NO_DEADLINE));
      }
    }
    return new PlanProject(
        plan,
        List.copyOf(help),
        new Project(plan.name(), activities, capacities),
        List.copyOf(impossible),
        unitOf,
        phaseOf,
        planMode);
  }

  /** What a phase holds in a mode: the mode's uses plus, for pilot phases, the unit's pilots. */
  static Map<String, Integer> uses(
      final FormationPlan plan,
      final FormingUnit unit,
      final TrainingPhase phase,
      final PhaseMode mode) {
    final Map<String, Integer> uses = new LinkedHashMap<>();
    if (!plan.pilotResource().isEmpty()
        && phase.kind() == TrainingPhase.Kind.PILOTS
        && unit.pilotsNeeded() > 0) {
      uses.put(plan.pilotResource(), unit.pilotsNeeded());
    }
    mode.uses().forEach((k, v) -> uses.merge(k, v, Integer::sum));
    return uses;
  }

  /**
   * Hands out each assigned resource (the pilots) to the units in priority order, then file order:
   * a unit may start once the supply so far covers its own need and that of every unit before it.
   * Sets each unit's release to the latest of these dates and its {@code notBefore}.
   */
  private static void allocateAssigned(
      final FormationPlan plan,
      final List<Integer> order,
      final List<Resource> capacities,
      final int[] releaseOf,
      final List<String> impossible) {
    for (int u = 0; u < plan.units().size(); u++) {
      final FormingUnit unit = plan.units().get(u);
      releaseOf[u] = unit.notBefore() == null ? 0 : Math.max(0, plan.day(unit.notBefore()));
    }
    for (int r = 0; r < plan.resources().size(); r++) {
      final PlanResource res = plan.resources().get(r);
      if (!res.assigned()) {
        continue;
      }
      final int[] from = capacities.get(r).from();
      final int[] cap = capacities.get(r).capacity();
      long taken = 0;
      for (int u : order) {
        final FormingUnit unit = plan.units().get(u);
        final int need = maxDemand(plan, unit, res.id());
        if (need == 0) {
          continue;
        }
        taken += need;
        int day = -1;
        for (int k = 0; k < from.length && day < 0; k++) {
          if (cap[k] >= taken) {
            day = from[k];
          }
        }
        if (day < 0) {
          impossible.add(unit.id() + " (" + res.id() + ")");
        } else {
          releaseOf[u] = Math.max(releaseOf[u], day);
        }
      }
    }
  }

  static int maxDemand(final FormationPlan plan, final FormingUnit unit, final String resource) {
    int max = 0;
    for (TrainingPhase p : unit.phases()) {
      for (PhaseMode m : p.modes()) {
        max = Math.max(max, uses(plan, unit, p, m).getOrDefault(resource, 0));
      }
    }
    return max;
  }

  /** Enough of anything for every phase of every unit at once. */
  private static int unlimited(final FormationPlan plan) {
    long sum = 1;
    for (FormingUnit u : plan.units()) {
      sum += u.pilotsNeeded();
      for (TrainingPhase p : u.phases()) {
        int max = 0;
        for (PhaseMode m : p.modes()) {
          for (int v : m.uses().values()) {
            max = Math.max(max, v);
          }
        }
        sum += max;
      }
    }
    return (int) Math.min(Integer.MAX_VALUE / 4, sum);
  }

  /** The plan's capacity steps plus the chosen help, as a step function of days. */
  private static Resource capacity(
      final FormationPlan plan, final PlanResource res, final List<ChosenHelp> help) {
    final TreeMap<Integer, Integer> points = new TreeMap<>();
    points.put(0, 0);
    for (CapacityStep s : res.steps()) {
      points.put(Math.max(0, plan.day(s.from())), 0);
    }
    for (ChosenHelp h : help) {
      if (h.option().resource().equals(res.id())) {
        points.put(Math.max(0, plan.day(h.from())), 0);
      }
    }
    final List<Integer> from = new ArrayList<>();
    final List<Integer> cap = new ArrayList<>();
    for (int day : points.keySet()) {
      int c = 0;
      for (CapacityStep s : res.steps()) {
        if (plan.day(s.from()) <= day) {
          c = s.capacity();
        }
      }
      for (ChosenHelp h : help) {
        if (h.option().resource().equals(res.id()) && plan.day(h.from()) <= day) {
          c += h.option().amount();
        }
      }
      if (cap.isEmpty() || cap.get(cap.size() - 1) != c) {
        from.add(day);
        cap.add(c);
      }
    }
    return new Resource(
        res.id(),
        from.stream().mapToInt(Integer::intValue).toArray(),
        cap.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Reads a schedule back into units and phases.
   *
   * @param schedule a schedule of {@link #project}
   * @return the outcome
   */
  PlanOutcome outcome(final Schedule schedule) {
    if (!impossible.isEmpty()) {
      return new PlanOutcome(help, false, impossible, List.of(), 0, 0);
    }
    final int[] start = schedule.start();
    final int[] mode = schedule.mode();
    final List<UnitOutcome> units = new ArrayList<>();
    int total = 0;
    int makespan = 0;
    for (int u = 0; u < plan.units().size(); u++) {
      final FormingUnit unit = plan.units().get(u);
      final PhaseOutcome[] phases = new PhaseOutcome[unit.phases().size()];
      for (int a = 0; a < unitOf.length; a++) {
        if (unitOf[a] != u || phaseOf[a] < 0) {
          continue;
        }
        final TrainingPhase phase = unit.phases().get(phaseOf[a]);
        final PhaseMode m = phase.modes().get(planMode[a][mode[a]]);
        final int s = start[a];
        final int f = s + m.durationDays();
        phases[phaseOf[a]] =
            new PhaseOutcome(
                phase.id(),
                phase.name(),
                s,
                f,
                plan.date(s),
                plan.date(f),
                m.name(),
                uses(plan, unit, phase, m),
                m.flyingHours());
      }
      int ready = 0;
      double hours = 0;
      for (PhaseOutcome p : phases) {
        ready = Math.max(ready, p.finishDay());
        hours += p.flyingHours();
      }
      makespan = Math.max(makespan, ready);
      final int deadline = plan.day(unit.deadline());
      final int late = Math.max(0, ready - deadline);
      total += late;
      final LocalDate readyDate = plan.date(ready);
      units.add(
          new UnitOutcome(
              unit.id(),
              unit.name(),
              unit.aircraftType(),
              unit.priority(),
              ready,
              readyDate,
              unit.deadline(),
              late,
              deadline - ready,
              ReadyUnit.proficiency(plan, hours),
              List.of(phases)));
    }
    return new PlanOutcome(help, true, List.of(), units, total, makespan);
  }
}
