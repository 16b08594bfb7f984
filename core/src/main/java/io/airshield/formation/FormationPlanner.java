package io.airshield.formation;

import io.airshield.formation.schedule.Scheduler;
import io.airshield.formation.schedule.SolveOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Schedules a formation plan, finds the units that miss their deadline and what binds them, and
 * searches for the least outside help that makes every unit ready in time.
 *
 * <p><b>What binds a late unit.</b> For each resource in turn, the plan is solved again with that
 * resource unlimited from the epoch; the binding resource of a late unit is the one, among those
 * its own phases may hold (in any mode, its pilots included), whose relaxation removes most of its
 * lateness (ties: most total lateness removed, then plan order). Resources the unit never holds are
 * left out: they act on it only through other units, and with a heuristic scheduler such indirect
 * effects are as likely to be noise as cause. When no single relaxation removes any lateness, the
 * pipeline itself (phase durations after the earliest possible start) is longer than the time left,
 * or resources bind only together.
 *
 * <p><b>Least outside help.</b> A choice gives each offered item "not asked" or one of its offered
 * dates. The objective is the least total cost subject to zero total lateness; among equal costs,
 * fewer items, then later dates (help asked for later is easier to give). The scheduler is the
 * oracle. The search assumes monotonicity: adding help, or bringing it earlier, never makes the
 * schedule later (true of an exact scheduler; a heuristic one is kept close to it by a fixed seed
 * and budget). Hence:
 *
 * <ol>
 *   <li>if no help is needed, none is asked; if even every item at its earliest date leaves a unit
 *       late, no combination suffices, and that is reported with what still binds;
 *   <li>when the choices are few (at most {@value #EXACT_MAX_CHOICES}, counting interchangeable
 *       items, e.g. three Soviet divisions, as one class chosen by count), an <em>exact</em>
 *       depth-first branch and bound over the classes, items at their earliest dates: a partial
 *       choice is abandoned when its cost reaches the best found, or when even adding every item
 *       still open leaves a unit late (which rules out all its completions);
 *   <li>with more choices, <em>greedy with drop and swap</em>: add the item with the largest
 *       lateness reduction per unit cost until no unit is late, then drop every item that is not
 *       needed (most costly first) and swap an item for a cheaper one while the schedule stays on
 *       time;
 *   <li>finally, each chosen item's date is moved as late as its offered dates allow while the
 *       schedule stays on time.
 * </ol>
 */
public final class FormationPlanner {
  /**
   * Up to this many choices (the product over classes of interchangeable items of their count plus
   * one) the least help is found exactly; above it, by greedy with drop and swap.
   */
  public static final long EXACT_MAX_CHOICES = 4096;

  /** Independent starts of the scheduler per solve, by default. */
  public static final int DEFAULT_STARTS = 3;

  private final Scheduler scheduler;
  private final SolveOptions options;
  private final int starts;

  /** Monte Carlo samples of the readiness ({@link ReadinessSimulator}); 0: none. */
  private final int samples;

  /** Threads of the Monte Carlo; results do not depend on it. */
  private final int threads;

  /**
   * A planner that also runs a Monte Carlo of the schedules without help and with the recommended
   * help.
   *
   * @param samples samples, at least 1
   * @param threads worker threads, at least 1 (results do not depend on it)
   * @return a new planner; this one is unchanged
   */
  public FormationPlanner withMonteCarlo(final int samples, final int threads) {
    if (samples < 1 || threads < 1) {
      throw new IllegalArgumentException("samples and threads must be >= 1");
    }
    return new FormationPlanner(scheduler, options, starts, samples, threads);
  }

  /**
   * The readiness of a schedule under the plan's spreads, common random numbers from the master
   * seed.
   *
   * @param plan the plan
   * @param outcome a feasible schedule of it
   * @param n samples
   * @return the statistics
   */
  public Readiness readiness(final FormationPlan plan, final PlanOutcome outcome, final int n) {
    final int[][] ready =
        new ReadinessSimulator(plan, outcome).run(n, options.seed(), Math.max(1, threads));
    return Readiness.of(plan, ready, options.seed());
  }

  /**
   * @param scheduler the scheduling engine
   * @param options its budget (per start) and seed, used for every solve
   */
  public FormationPlanner(final Scheduler scheduler, final SolveOptions options) {
    this(scheduler, options, DEFAULT_STARTS);
  }

  /**
   * @param scheduler the scheduling engine
   * @param options its budget (per start) and master seed
   * @param starts how many times each plan is solved, with seeds derived from the master seed,
   *     keeping the best (least lateness, then makespan). A heuristic scheduler sometimes misses an
   *     on-time schedule that exists; the least-help search trusts the oracle's "late", so a few
   *     independent starts make it less likely to ask for help not needed.
   */
  public FormationPlanner(final Scheduler scheduler, final SolveOptions options, final int starts) {
    this(scheduler, options, starts, 0, 1);
  }

  private FormationPlanner(
      final Scheduler scheduler,
      final SolveOptions options,
      final int starts,
      final int samples,
      final int threads) {
    if (starts < 1) {
      throw new IllegalArgumentException("starts must be >= 1, was " + starts);
    }
    this.scheduler = scheduler;
    this.options = options;
    this.starts = starts;
    this.samples = samples;
    this.threads = threads;
  }

  /**
   * @param plan a checked plan
   * @return the schedule without help, what binds the late units, and the least help
   */
  public FormationResult plan(final FormationPlan plan) {
    final Oracle oracle = new Oracle(plan);
    final int n = plan.help().size();
    final int[] none = new int[n];
    Arrays.fill(none, -1);
    final PlanOutcome base = oracle.eval(none);
    final List<Binding> binding = binding(plan, base, List.of());
    final LeastHelp least = leastHelp(plan, oracle, base);
    final FormationResult result = new FormationResult(plan, options, base, binding, least);
    if (samples == 0) {
      return result;
    }
    final Readiness without = base.feasible() ? readiness(plan, base, samples) : null;
    final PlanOutcome rec = result.recommended();
    final Readiness with =
        rec == base ? without : rec.feasible() ? readiness(plan, rec, samples) : null;
    return new FormationResult(plan, options, base, binding, least, without, with, null);
  }

  /**
   * Schedules a plan with the given help.
   *
   * @param plan the plan
   * @param help the help assumed
   * @return the outcome
   */
  public PlanOutcome schedule(final FormationPlan plan, final List<ChosenHelp> help) {
    return solve(PlanProject.build(plan, help, Set.of()));
  }

  private PlanOutcome solve(final PlanProject p) {
    if (!p.impossible.isEmpty()) {
      return p.outcome(null);
    }
    PlanOutcome best = null;
    for (int k = 0; k < starts; k++) {
      final SolveOptions o = new SolveOptions(options.maxSchedules(), seed(options.seed(), k));
      final PlanOutcome outcome = p.outcome(scheduler.solve(p.project, o));
      if (best == null
          || outcome.totalLatenessDays() < best.totalLatenessDays()
          || outcome.totalLatenessDays() == best.totalLatenessDays()
              && outcome.makespanDay() < best.makespanDay()) {
        best = outcome;
      }
    }
    return best;
  }

  /** The seed of start {@code k}: the master seed for the first, then a SplitMix64 step. */
  private static long seed(final long master, final int k) {
    if (k == 0) {
      return master;
    }
    long z = master + k * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Evaluates help choices, each once. */
  private final class Oracle {
    private final FormationPlan plan;
    private final Map<String, PlanOutcome> cache = new LinkedHashMap<>();

    Oracle(final FormationPlan plan) {
      this.plan = plan;
    }

    PlanOutcome eval(final int[] choice) {
      return cache.computeIfAbsent(
          Arrays.toString(choice), k -> schedule(plan, chosen(plan, choice)));
    }

    int evaluations() {
      return cache.size();
    }
  }

  private static List<ChosenHelp> chosen(final FormationPlan plan, final int[] choice) {
    final List<ChosenHelp> out = new ArrayList<>();
    for (int i = 0; i < choice.length; i++) {
      if (choice[i] >= 0) {
        final HelpOption h = plan.help().get(i);
        out.add(new ChosenHelp(h, h.offeredFrom().get(choice[i])));
      }
    }
    return out;
  }

  private List<Binding> binding(
      final FormationPlan plan, final PlanOutcome outcome, final List<ChosenHelp> help) {
    if (!outcome.feasible() || outcome.late().isEmpty()) {
      return List.of();
    }
    final List<PlanOutcome> relaxed = new ArrayList<>();
    for (PlanResource r : plan.resources()) {
      relaxed.add(solve(PlanProject.build(plan, help, Set.of(r.id()))));
    }
    final List<Binding> out = new ArrayList<>();
    for (int u = 0; u < outcome.units().size(); u++) {
      final UnitOutcome unit = outcome.units().get(u);
      if (!unit.late()) {
        continue;
      }
      int best = -1;
      int bestRemoved = 0;
      long bestTotal = Long.MIN_VALUE;
      final Set<String> own = usedBy(plan, plan.units().get(u));
      for (int r = 0; r < relaxed.size(); r++) {
        final PlanOutcome o = relaxed.get(r);
        if (!o.feasible() || !own.contains(plan.resources().get(r).id())) {
          continue;
        }
        final int removed = unit.latenessDays() - o.units().get(u).latenessDays();
        final long total = outcome.totalLatenessDays() - (long) o.totalLatenessDays();
        if (removed > bestRemoved || removed == bestRemoved && removed > 0 && total > bestTotal) {
          best = r;
          bestRemoved = removed;
          bestTotal = total;
        }
      }
      if (best < 0) {
        out.add(
            new Binding(
                unit.unitId(),
                unit.latenessDays(),
                "",
                "no single resource (several bind together, or the pipeline is too long)",
                unit.latenessDays()));
      } else {
        final PlanResource r = plan.resources().get(best);
        out.add(
            new Binding(
                unit.unitId(),
                unit.latenessDays(),
                r.id(),
                r.name(),
                unit.latenessDays() - bestRemoved));
      }
    }
    return out;
  }

  /** The resources a unit's phases may hold, in any mode, its pilots included. */
  private static Set<String> usedBy(final FormationPlan plan, final FormingUnit unit) {
    final Set<String> used = new java.util.LinkedHashSet<>();
    for (TrainingPhase p : unit.phases()) {
      for (PhaseMode m : p.modes()) {
        used.addAll(PlanProject.uses(plan, unit, p, m).keySet());
      }
    }
    return used;
  }

  private LeastHelp leastHelp(
      final FormationPlan plan, final Oracle oracle, final PlanOutcome base) {
    final int n = plan.help().size();
    if (base.feasible() && base.totalLatenessDays() == 0) {
      return new LeastHelp(
          LeastHelp.Status.NOT_NEEDED,
          List.of(),
          0,
          base,
          "none needed",
          oracle.evaluations(),
          List.of());
    }
    final int[] all = new int[n];
    final PlanOutcome full = oracle.eval(all);
    if (n == 0 || full.score() > 0) {
      final List<ChosenHelp> allHelp = chosen(plan, all);
      return new LeastHelp(
          LeastHelp.Status.INSUFFICIENT,
          List.of(),
          0,
          full,
          n == 0 ? "no help offered" : "every offered item at its earliest date",
          oracle.evaluations(),
          binding(plan, full, allHelp));
    }
    final int[] choice;
    final String method;
    final long space = exactSpace(plan);
    if (space <= EXACT_MAX_CHOICES) {
      choice = exact(plan, oracle);
      method =
          "exact branch and bound over "
              + space
              + " choices ("
              + n
              + " offered items in "
              + classes(plan).size()
              + " classes of interchangeable items)";
    } else {
      choice = greedy(plan, oracle);
      method =
          "greedy by lateness removed per unit cost, then drop and swap ("
              + space
              + " choices are too many to enumerate)";
    }
    latestDates(plan, oracle, choice);
    final PlanOutcome outcome = oracle.eval(choice);
    return new LeastHelp(
        LeastHelp.Status.FOUND,
        chosen(plan, choice),
        cost(plan, choice),
        outcome,
        method,
        oracle.evaluations(),
        List.of());
  }

  /** The family-wise error of {@link #leastHelpFor}: 5 %. */
  public static final double CONFIDENCE_ALPHA = 0.05;

  /**
   * The least outside help that makes every unit ready by its deadline with at least probability
   * {@code target}, by the plan's spreads and the dispatching policy of {@link ReadinessSimulator}.
   *
   * <p>Procedure: each help set considered is scheduled (nominal durations, as {@link #plan}) and
   * simulated with {@code n} samples on the same random numbers (common random numbers: every set
   * meets the same weather, accidents and deliveries). A set is accepted when the lower end of the
   * Wilson interval of P(every unit in time) at one-sided level {@code 5 % / K} reaches the target,
   * K the number of sets the search may test (Bonferroni). The sets are searched as for the
   * deterministic least help: an exact branch and bound over classes of interchangeable items,
   * cheapest first, a branch cut when even all its open items cannot be accepted (monotonicity:
   * more help never lowers the probability); above {@link #EXACT_MAX_CHOICES} choices, items are
   * dropped from the full set, costliest first, while it stays accepted. Items come at their
   * earliest offered dates.
   *
   * <p>Guarantee: with the exact search, and if monotonicity holds, the chance that the set
   * returned has a true probability below the target is at most 5 %; a cheaper set may exist whose
   * probability {@code n} samples cannot certify (more samples narrow the bound).
   *
   * @param plan the plan
   * @param target the probability asked for, in (0, 1)
   * @param n samples per help set
   * @return the least help found, with the probability with and without it
   */
  public ConfidenceHelp leastHelpFor(final FormationPlan plan, final double target, final int n) {
    if (!(target > 0 && target < 1) || n < 1) {
      throw new IllegalArgumentException("need 0 < target < 1 and n >= 1");
    }
    final Oracle oracle = new Oracle(plan);
    final Map<String, Readiness> sims = new LinkedHashMap<>();
    final long space = Math.max(1, exactSpace(plan));
    final boolean exact = space <= EXACT_MAX_CHOICES;
    final long k = exact ? space : Math.max(1, plan.help().size() + 1L);
    final double z = normalQuantile(1 - CONFIDENCE_ALPHA / k);
    final java.util.function.Function<int[], Readiness> sim =
        c ->
            sims.computeIfAbsent(
                Arrays.toString(c),
                key -> {
                  final PlanOutcome o = oracle.eval(c);
                  return o.feasible() ? readiness(plan, o, n) : null;
                });
    final Predicate<int[]> fails =
        c -> {
          final Readiness r = sim.apply(c);
          if (r == null) {
            return true;
          }
          long ok = 0;
          for (boolean b : r.onTime()) {
            ok += b ? 1 : 0;
          }
          return Readiness.Probability.wilson(ok, n, z).low() < target;
        };
    final int h = plan.help().size();
    final int[] none = new int[h];
    Arrays.fill(none, -1);
    final int[] all = new int[h];
    final Readiness base = sim.apply(none);
    final String procedure =
        (exact
                ? "exact branch and bound over " + space + " help sets"
                : "dropping items from the full set, costliest first ("
                    + space
                    + " sets are too many to enumerate)")
            + String.format(
                java.util.Locale.ROOT,
                "; a set is accepted when the Wilson lower bound of P(every unit in time) at"
                    + " one-sided level 5 %%/%d (z = %.2f) reaches %.0f %%; %d samples a set,"
                    + " common random numbers, seed %d. Guarantee%s: at most a 5 %% chance that"
                    + " the set found falls short of the target, if more help never lowers the"
                    + " probability; a cheaper set may exist that %d samples cannot certify.",
                k,
                z,
                100 * target,
                n,
                options.seed(),
                exact ? "" : " (of the sets tested)",
                n);
    final int[] choice;
    final LeastHelp.Status status;
    if (!fails.test(none)) {
      choice = none;
      status = LeastHelp.Status.NOT_NEEDED;
    } else if (h == 0 || fails.test(all)) {
      choice = all;
      status = LeastHelp.Status.INSUFFICIENT;
    } else {
      choice = exact ? exact(plan, fails) : dropFromFull(plan, fails);
      status = LeastHelp.Status.FOUND;
    }
    final Readiness with = sim.apply(choice);
    return new ConfidenceHelp(
        target,
        status,
        status == LeastHelp.Status.INSUFFICIENT ? List.of() : chosen(plan, choice),
        status == LeastHelp.Status.FOUND ? cost(plan, choice) : 0,
        oracle.eval(choice),
        with,
        base,
        pairedGain(with, base),
        procedure,
        sims.size());
  }

  /** Drops items from the full set, costliest first, while it passes. */
  private static int[] dropFromFull(final FormationPlan plan, final Predicate<int[]> fails) {
    final int n = plan.help().size();
    final int[] choice = new int[n];
    final Integer[] byCost = new Integer[n];
    for (int i = 0; i < n; i++) {
      byCost[i] = i;
    }
    Arrays.sort(
        byCost,
        (x, y) -> {
          final int c = Double.compare(plan.help().get(y).cost(), plan.help().get(x).cost());
          return c != 0 ? c : Integer.compare(x, y);
        });
    for (int i : byCost) {
      choice[i] = -1;
      if (fails.test(choice)) {
        choice[i] = 0;
      }
    }
    return choice;
  }

  /**
   * The paired difference of P(every unit in time), with minus without help, on the same samples,
   * with a normal 95 % interval of the mean difference.
   */
  static Readiness.Probability pairedGain(final Readiness with, final Readiness without) {
    if (with == null || without == null) {
      return new Readiness.Probability(Double.NaN, Double.NaN, Double.NaN);
    }
    final boolean[] a = with.onTime();
    final boolean[] b = without.onTime();
    final int n = a.length;
    double sum = 0;
    double sq = 0;
    for (int i = 0; i < n; i++) {
      final int d = (a[i] ? 1 : 0) - (b[i] ? 1 : 0);
      sum += d;
      sq += d * d;
    }
    final double mean = sum / n;
    final double var = n > 1 ? (sq - n * mean * mean) / (n - 1) : 0;
    final double half = Readiness.Z95 * Math.sqrt(Math.max(0, var) / n);
    return new Readiness.Probability(mean, mean - half, mean + half);
  }

  /**
   * The standard normal quantile, by bisection on the distribution function (erfc after Press et
   * al., <i>Numerical Recipes</i>, 3rd ed., 6.2.2, relative error below 1.2e-7).
   *
   * @param p a probability in (0, 1)
   * @return z with Phi(z) = p
   */
  static double normalQuantile(final double p) {
    double lo = -40;
    double hi = 40;
    for (int i = 0; i < 200; i++) {
      final double mid = (lo + hi) / 2;
      if (0.5 * erfc(-mid / Math.sqrt(2)) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  private static double erfc(final double x) {
    final double z = Math.abs(x);
    final double t = 1 / (1 + 0.5 * z);
    final double r =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }

  /**
   * Exact search. Items that are interchangeable (same resource, amount, dates and cost, such as
   * three Soviet divisions) form one class, chosen by count, so symmetric sets are solved once. A
   * depth-first branch and bound over the classes, cheapest counts first: a node is pruned when its
   * cost reaches the best found, or when even all the remaining items (the most it could still add)
   * leave a unit late, which by monotonicity rules out every completion.
   */
  private static int[] exact(final FormationPlan plan, final Oracle oracle) {
    return exact(plan, c -> oracle.eval(c).score() > 0);
  }

  /**
   * @param fails whether a choice (by monotonicity, and every choice below it) fails
   */
  private static int[] exact(final FormationPlan plan, final Predicate<int[]> fails) {
    final List<List<Integer>> classes = classes(plan);
    final int[] counts = new int[classes.size()];
    final Best best = new Best();
    branch(plan, fails, classes, counts, 0, best);
    if (best.choice == null) {
      throw new IllegalStateException("the full set was on time but no set was found");
    }
    return best.choice;
  }

  /** The best choice found by {@link #exact}. */
  private static final class Best {
    private int[] choice;
    private double cost = Double.POSITIVE_INFINITY;
  }

  private static void branch(
      final FormationPlan plan,
      final Predicate<int[]> fails,
      final List<List<Integer>> classes,
      final int[] counts,
      final int k,
      final Best best) {
    final int[] choice = choiceOf(plan, classes, counts, k);
    final double cost = cost(plan, choiceOf(plan, classes, counts, -1, k));
    if (cost >= best.cost) {
      return;
    }
    if (fails.test(choice)) {
      return; // even with everything still open, some unit is late
    }
    if (k == classes.size()) {
      best.choice = choice;
      best.cost = cost;
      return;
    }
    for (int c = 0; c <= classes.get(k).size(); c++) {
      counts[k] = c;
      branch(plan, fails, classes, counts, k + 1, best);
    }
    counts[k] = 0;
  }

  /** Items decided by count below {@code k}; from {@code k} on, every item (the optimist). */
  private static int[] choiceOf(
      final FormationPlan plan,
      final List<List<Integer>> classes,
      final int[] counts,
      final int k) {
    return choiceOf(plan, classes, counts, 0, k);
  }

  /**
   * @param open what undecided classes (from {@code k}) get: 0 all their items, -1 none
   */
  private static int[] choiceOf(
      final FormationPlan plan,
      final List<List<Integer>> classes,
      final int[] counts,
      final int open,
      final int k) {
    final int[] choice = new int[plan.help().size()];
    Arrays.fill(choice, -1);
    for (int c = 0; c < classes.size(); c++) {
      final List<Integer> items = classes.get(c);
      final int take = c < k ? counts[c] : open == 0 ? items.size() : 0;
      for (int i = 0; i < take; i++) {
        choice[items.get(i)] = 0;
      }
    }
    return choice;
  }

  /** Groups interchangeable items, in file order. */
  private static List<List<Integer>> classes(final FormationPlan plan) {
    final Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < plan.help().size(); i++) {
      final HelpOption h = plan.help().get(i);
      byKey
          .computeIfAbsent(
              h.resource() + "|" + h.amount() + "|" + h.offeredFrom() + "|" + h.cost(),
              key -> new ArrayList<>())
          .add(i);
    }
    return new ArrayList<>(byKey.values());
  }

  /**
   * @return how many distinct choices the exact search may visit at most
   */
  static long exactSpace(final FormationPlan plan) {
    long space = 1;
    for (List<Integer> c : classes(plan)) {
      space *= c.size() + 1;
      if (space > Integer.MAX_VALUE) {
        break;
      }
    }
    return space;
  }

  private static int[] greedy(final FormationPlan plan, final Oracle oracle) {
    final int n = plan.help().size();
    final int[] choice = new int[n];
    Arrays.fill(choice, -1);
    long current = oracle.eval(choice).score();
    while (current > 0) {
      int best = -1;
      double bestRatio = -1;
      for (int i = 0; i < n; i++) {
        if (choice[i] >= 0) {
          continue;
        }
        choice[i] = 0;
        final long s = oracle.eval(choice).score();
        choice[i] = -1;
        final double removed =
            current == Long.MAX_VALUE ? (s == Long.MAX_VALUE ? 0 : 1e12) : (double) current - s;
        final double ratio = removed / Math.max(1e-9, plan.help().get(i).cost());
        if (ratio > bestRatio
            || ratio == bestRatio
                && best >= 0
                && plan.help().get(i).cost() < plan.help().get(best).cost()) {
          best = i;
          bestRatio = ratio;
        }
      }
      choice[best] = 0;
      current = oracle.eval(choice).score();
    }
    boolean improved = true;
    while (improved) {
      improved = false;
      final List<Integer> byCost = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (choice[i] >= 0) {
          byCost.add(i);
        }
      }
      byCost.sort((a, b) -> Double.compare(plan.help().get(b).cost(), plan.help().get(a).cost()));
      for (int i : byCost) {
        choice[i] = -1;
        if (oracle.eval(choice).score() == 0) {
          improved = true;
          continue;
        }
        choice[i] = 0;
      }
      for (int i : byCost) {
        if (choice[i] < 0) {
          continue;
        }
        for (int j = 0; j < n && !improved; j++) {
          if (choice[j] >= 0 || plan.help().get(j).cost() >= plan.help().get(i).cost()) {
            continue;
          }
          choice[i] = -1;
          choice[j] = 0;
          if (oracle.eval(choice).score() == 0) {
            improved = true;
          } else {
            choice[i] = 0;
            choice[j] = -1;
          }
        }
        if (improved) {
          break;
        }
      }
    }
    return choice;
  }

  /** Moves each chosen item to its latest offered date that keeps every unit on time. */
  private static void latestDates(
      final FormationPlan plan, final Oracle oracle, final int[] choice) {
    for (int i = 0; i < choice.length; i++) {
      if (choice[i] < 0) {
        continue;
      }
      final int earliest = choice[i];
      for (int d = plan.help().get(i).offeredFrom().size() - 1; d > earliest; d--) {
        choice[i] = d;
        if (oracle.eval(choice).score() == 0) {
          break;
        }
        choice[i] = earliest;
      }
    }
  }

  private static double cost(final FormationPlan plan, final long set) {
    double c = 0;
    for (int i = 0; i < plan.help().size(); i++) {
      if ((set >> i & 1) == 1) {
        c += plan.help().get(i).cost();
      }
    }
    return c;
  }

  private static double cost(final FormationPlan plan, final int[] choice) {
    double c = 0;
    for (int i = 0; i < choice.length; i++) {
      if (choice[i] >= 0) {
        c += plan.help().get(i).cost();
      }
    }
    return c;
  }
}
