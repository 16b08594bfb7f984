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
 * A plan turned into a scheduling {@link Project} for one choice of outside help, and the way
 * back from a {@link Schedule} to units and phases.
 *
 * <p>Activities, in order: the units sorted by priority (then file order), each with its phases
 * in file order, then its zero-length "ready" milestone, which carries the unit's deadline and
 * follows every phase; a unit holding an assigned resource (its pilots) also gets an "in service"
 * activity after it is ready, lasting past the horizon, that keeps holding what the unit took,
 * so pilots who joined a unit are not handed on to another. Resources keep the plan's order;
 * capacities are the plan's steps plus the chosen help from its date.
 *
 * <p>A mode that demands more of a resource than this help choice ever makes available is left
 * out of the project; a phase left with no mode makes the choice infeasible.
 */
final class PlanProject {
  /** Marks the "ready" milestone in {@link #phaseOf}. */
  static final int READY = -1;
  /** Marks the "in service" activity in {@link #phaseOf}. */
  static final int IN_SERVICE = -2;

  final FormationPlan plan;
  final List<ChosenHelp> help;
  final Project project;
  final List<String> impossible;
  /** Per activity: index of its unit in the plan. */
  final int[] unitOf;
  /** Per activity: index of its phase in the unit, or READY / IN_SERVICE. */
  final int[] phaseOf;
  /** Per activity: plan mode index of each project mode. */
  final int[][] planMode;

  private PlanProject(final FormationPlan plan, final List<ChosenHelp> help, final Project project,
      final List<String> impossible, final int[] unitOf, final int[] phaseOf,
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
  static PlanProject build(final FormationPlan plan, final List<ChosenHelp> help,
      final Set<String> relaxed) {
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
      final Resource cap = relaxed.contains(res.id()) ? Resource.constant(res.id(), unlimited)
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
    order.sort(Comparator.comparingInt((Integer u) -> plan.units().get(u).priority())
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
      if (holdsAssigned(plan, unit)) {
        slots.add(new int[] {u, IN_SERVICE});
      }
    }
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
      if (holdsAssigned(plan, unit)) {
        succ.get(ready).add(ready + 1);
      }
    }
    final List<Activity> activities = new ArrayList<>();
    final List<String> impossible = new ArrayList<>();
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
      final int release = unit.notBefore() == null ? 0 : Math.max(0, plan.day(unit.notBefore()));
      final List<Integer> s = succ.get(a).stream().distinct().sorted().toList();
      if (p == READY) {
        planMode[a] = new int[] {0};
        activities.add(new Activity(unit.id() + " ready", List.of(new Mode(0, new int[rn])), s,
            release, plan.day(unit.deadline())));
      } else if (p == IN_SERVICE) {
        final int[] demand = new int[rn];
        for (int r = 0; r < rn; r++) {
          if (resources.get(r).assigned()) {
            demand[r] = Math.min(maxDemand(plan, unit, resources.get(r).id()), maxCap[r]);
          }
        }
        planMode[a] = new int[] {0};
        activities.add(new Activity(unit.id() + " in service",
            List.of(new Mode(plan.horizonDays() + 1, demand)), s, release, Activity.NO_DEADLINE));
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
        activities.add(new Activity(unit.id() + "." + phase.id(), modes, s, release,
            Activity.NO_DEADLINE));
      }
    }
    return new PlanProject(plan, List.copyOf(help),
        new Project(plan.name(), activities, capacities), List.copyOf(impossible), unitOf, phaseOf,
        planMode);
  }

  /** What a phase holds in a mode: the mode's uses plus, for pilot phases, the unit's pilots. */
  static Map<String, Integer> uses(final FormationPlan plan, final FormingUnit unit,
      final TrainingPhase phase, final PhaseMode mode) {
    final Map<String, Integer> uses = new LinkedHashMap<>();
    if (!plan.pilotResource().isEmpty() && phase.kind() == TrainingPhase.Kind.PILOTS
        && unit.pilotsNeeded() > 0) {
      uses.put(plan.pilotResource(), unit.pilotsNeeded());
    }
    mode.uses().forEach((k, v) -> uses.merge(k, v, Integer::sum));
    return uses;
  }

  private static boolean holdsAssigned(final FormationPlan plan, final FormingUnit unit) {
    for (PlanResource r : plan.resources()) {
      if (r.assigned() && maxDemand(plan, unit, r.id()) > 0) {
        return true;
      }
    }
    return false;
  }

  private static int maxDemand(final FormationPlan plan, final FormingUnit unit,
      final String resource) {
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
  private static Resource capacity(final FormationPlan plan, final PlanResource res,
      final List<ChosenHelp> help) {
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
    return new Resource(res.id(), from.stream().mapToInt(Integer::intValue).toArray(),
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
        phases[phaseOf[a]] = new PhaseOutcome(phase.id(), phase.name(), s, f, plan.date(s),
            plan.date(f), m.name(), uses(plan, unit, phase, m), m.flyingHours());
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
      units.add(new UnitOutcome(unit.id(), unit.name(), unit.aircraftType(), unit.priority(),
          ready, readyDate, unit.deadline(), late, deadline - ready,
          Math.min(1.0, hours / plan.proficientFlyingHours()), List.of(phases)));
    }
    return new PlanOutcome(help, true, List.of(), units, total, makespan);
  }
}
