package io.airshield.reinforce;

import io.airshield.campaign.Allocator;
import io.airshield.campaign.Metrics;
import io.airshield.campaign.Replication;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.montecarlo.Estimate;
import io.airshield.montecarlo.StudentT;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Ranks a pool's stationing plans: enumerate (or search) the feasible plans, screen them
 * analytically ({@link Screen}) and keep the most promising, then simulate the survivors with
 * common random numbers under the fully sequential procedure KN ({@link KimNelson}) until the best
 * is known with the requested confidence within the indifference zone, or the cap is reached.
 * Finally the baseline (no reinforcement) is simulated on the same replications, so every gain is a
 * paired difference with its own interval.
 *
 * <p>Replication r of every plan and of the baseline draws from the streams of (seed, r): common
 * random numbers. Replications run on a thread pool, one task per plan and replication, and are
 * stored by index, so the results are identical to the last bit for any thread count; KN asks for a
 * fixed look-ahead block, so the count of replications is deterministic too.
 */
public final class Reinforcer {
  private static final int SCALARS = Metrics.scalarNames().size();
  private static final int LOOKAHEAD = 4;

  /** Figures reported for the situation and the request, besides the objective's own. */
  private static final List<String> FIGURES =
      List.of(
          "supplyTonsPerDay",
          "supplyShare",
          "raids",
          "attacks",
          "killsByAa",
          "killsByFighters",
          "intrusions",
          "intrusionsIntercepted",
          "raidsNight",
          "contactsNight",
          "raidsBadWeather",
          "contactsBadWeather");

  private Reinforcer() {}

  /**
   * The indifference zone cannot be set: a share of a baseline of zero. A user's mistake (exit 2 or
   * a 4xx), not a failure of the program.
   */
  public static final class ZoneException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ZoneException(final String message) {
      super(message);
    }
  }

  /**
   * KN's default first stage. Why 20: the first stage estimates the variance of every paired
   * difference, and KN's elimination distances scale with it. With n0 - 1 = 19 degrees of freedom a
   * sample variance lies within a factor 0.47 to 1.73 of the true one with 95% probability
   * (chi-square quantiles 8.91 and 32.85, divided by 19), against 0.30 to 2.11 with n0 = 10 (2.70
   * and 19.02 over 9); and for 15 systems at 95% KN's constant h^2 = 2 eta (n0 - 1) falls from 18.0
   * (n0 = 10) to 13.0 (n0 = 20), so the longer first stage is mostly paid back by earlier
   * eliminations. Kim and Nelson (2001, section 4) used n0 = 10 and 20 in their experiments; the
   * counts of intercepts and raids our objectives are made of are skewed, and 20 replications also
   * bring their paired means closer to the normal the procedure assumes. The PCS benchmark ({@code
   * bench} module, {@code SelectionPcsRunner}) measures the procedure with it.
   */
  public static final int FIRST_STAGE = 20;

  /**
   * Replications of the baseline (no reinforcement): those of {@code airshield assess} by default
   * (1,000, the same streams of (seed, r)), so that with the same seed the figure without
   * reinforcement is the very one {@code assess} prints, and a request never quotes a baseline of a
   * few replications.
   */
  public static final int BASELINE_REPLICATIONS = 1000;

  /**
   * @param seed master seed
   * @param confidence required probability of correct selection (e.g. 0.95)
   * @param indifference indifference zone, or null for the pool's
   * @param firstStage KN's first-stage replications n0
   * @param maxReplications most replications of any one plan
   * @param threads worker threads
   * @param screenKeep most plans the screen passes to the simulation
   * @param planCap most plans enumerated; beyond it the candidates are searched
   * @param baselineReplications replications of the baseline, run first (at least the plans' most)
   */
  public record Options(
      long seed,
      double confidence,
      Pool.Indifference indifference,
      int firstStage,
      int maxReplications,
      int threads,
      int screenKeep,
      int planCap,
      int baselineReplications) {
    /**
     * @param seed master seed
     * @return the defaults: 95%, the pool's indifference, n0 = {@value #FIRST_STAGE}, cap 400, 1
     *     thread, keep 12, plan cap 200, baseline {@value #BASELINE_REPLICATIONS}
     */
    public static Options defaults(final long seed) {
      return new Options(seed, 0.95, null, FIRST_STAGE, 400, 1, 12, 200, BASELINE_REPLICATIONS);
    }
  }

  /** Receives progress after each stage. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param replications replications run so far
     * @param alive plans still in contention
     * @param plans plans simulated
     */
    void update(long replications, int alive, int plans);
  }

  /**
   * @param scenario the scenario
   * @param pool its reinforcement pool
   * @param o options
   * @param allocators makes one allocator per replication runner
   * @param progress progress listener, or null
   * @return the ranking
   */
  public static Reinforcement run(
      final Scenario scenario,
      final Pool pool,
      final Options o,
      final Supplier<Allocator> allocators,
      final Progress progress) {
    return run(scenario, pool, o, allocators, progress, null);
  }

  /**
   * A ranking that can be stopped from outside, as a server stops a run that is cancelled or takes
   * too long: a ranking stopped half-way selects nothing, so it ends with an exception rather than
   * a result.
   *
   * @param scenario the scenario
   * @param pool its reinforcement pool
   * @param o options
   * @param allocators makes one allocator per replication runner
   * @param progress progress listener, or null
   * @param stop asked before each replication; once it says true the run ends, or null
   * @return the ranking
   * @throws CancellationException when stopped; the worker threads are released first
   */
  public static Reinforcement run(
      final Scenario scenario,
      final Pool pool,
      final Options o,
      final Supplier<Allocator> allocators,
      final Progress progress,
      final BooleanSupplier stop) {
    final List<String> notes = new ArrayList<>();
    final Pool.Indifference zone =
        o.indifference() == null ? pool.objective().indifference() : o.indifference();
    final long feasible = Plans.count(pool, scenario);
    final Screen screen = new Screen(scenario, pool);
    final boolean searched = feasible > o.planCap();
    final List<Plan> candidates =
        searched
            ? Plans.search(pool, scenario, screen::gain, o.planCap())
            : Plans.enumerate(pool, scenario, o.planCap());
    if (searched) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s feasible plans, more than the cap of %d: the"
                  + " %d candidates were found by screen-guided greedy and local search.",
              feasible >= Plans.COUNT_LIMIT ? "At least " + feasible : String.valueOf(feasible),
              o.planCap(),
              candidates.size()));
    }
    if (!screen.unsupported().isEmpty()) {
      notes.add(
          "The screen does not estimate "
              + String.join(", ", screen.unsupported())
              + "; it ranks the plans on the other figures of the objective only.");
    }
    final double[] gain = new double[candidates.size()];
    final Integer[] order = new Integer[candidates.size()];
    for (int i = 0; i < gain.length; i++) {
      gain[i] = screen.gain(candidates.get(i));
      order[i] = i;
    }
    java.util.Arrays.sort(
        order, Comparator.comparingDouble((Integer i) -> -gain[i]).thenComparingInt(i -> i));
    final int keep = Math.min(o.screenKeep(), order.length);
    final List<Plan> plans = new ArrayList<>();
    final double[] plansGain = new double[keep];
    for (int j = 0; j < keep; j++) {
      plans.add(candidates.get(order[j]));
      plansGain[j] = gain[order[j]];
    }
    final List<Reinforcement.Screened> dropped = new ArrayList<>();
    for (int j = keep; j < order.length; j++) {
      final Plan p = candidates.get(order[j]);
      dropped.add(new Reinforcement.Screened(p.key(), p.label(pool, scenario), gain[order[j]]));
    }
    if (keep < order.length) {
      notes.add(
          String.format(
              Locale.ROOT,
              "The screen kept the %d most promising of %d"
                  + " plans (expected gain %s to %s %s); the other %d expected at most %s.",
              keep,
              order.length,
              num(plansGain[keep - 1]),
              num(plansGain[0]),
              pool.objective().unit(),
              order.length - keep,
              num(gain[order[keep]])));
    }

    // the named plans join the simulated ones (a plan the screen kept is not simulated twice)
    final int[] namedIndex = new int[pool.compare().size()];
    for (int j = 0; j < namedIndex.length; j++) {
      final Plan np = pool.compare().get(j).plan();
      int at = -1;
      for (int i = 0; i < plans.size(); i++) {
        if (plans.get(i).key().equals(np.key())) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        plans.add(np);
        at = plans.size() - 1;
      }
      namedIndex[j] = at;
    }
    final double[] screenGain = new double[plans.size()];
    for (int i = 0; i < plans.size(); i++) {
      screenGain[i] = i < keep ? plansGain[i] : screen.gain(plans.get(i));
    }

    final Simulator sim = new Simulator(scenario, pool, plans, o, allocators, stop);
    try {
      // the baseline first: its mean sets a relative indifference zone, and its figures are
      // those of assess (same seed, same streams, as many replications)
      final int nBase = Math.max(o.baselineReplications(), 2);
      sim.ensure(new int[] {-1}, nBase - 1, nBase);
      final double[] base0 = new double[nBase];
      for (int r = 0; r < nBase; r++) {
        base0[r] = pool.objective().value(sim.scalars(-1, r));
      }
      final double baseMean = estimate(base0).mean();
      final double delta = zone.resolve(baseMean);
      if (!(delta > 0) || !Double.isFinite(delta)) {
        throw new ZoneException(
            "the indifference zone is "
                + zone.describe()
                + ", which is "
                + delta
                + " "
                + pool.objective().unit()
                + " (the objective without reinforcement is "
                + baseMean
                + "); give the zone in the objective's units, e.g. --indifference 1");
      }
      if (progress != null) {
        progress.update(sim.replications(), plans.size(), plans.size());
      }
      final KimNelson.Options kn =
          new KimNelson.Options(delta, 1 - o.confidence(), o.firstStage(), o.maxReplications());
      final KimNelson.Result res =
          KimNelson.select(
              plans.size(),
              kn,
              (systems, rep, out) -> {
                sim.ensure(systems, rep, (int) Math.max(rep + LOOKAHEAD, o.firstStage()));
                for (int j = 0; j < systems.length; j++) {
                  out[j] = pool.objective().value(sim.scalars(systems[j], (int) rep));
                }
                if (progress != null) {
                  progress.update(sim.replications(), systems.length, plans.size());
                }
              });
      int maxN = 0;
      for (int n : res.replications()) {
        maxN = Math.max(maxN, n);
      }
      sim.ensure(new int[] {-1}, maxN - 1, maxN);
      // the named plans all run as long as the longest, so that each pair is compared on maxN
      // common replications whatever KN dropped
      for (int j : namedIndex) {
        sim.ensure(new int[] {j}, maxN - 1, maxN);
      }
      if (progress != null) {
        progress.update(sim.replications(), res.survivors().length, plans.size());
      }
      return assemble(
          scenario,
          pool,
          o,
          zone,
          delta,
          feasible,
          searched,
          candidates.size(),
          plans,
          screenGain,
          namedIndex,
          dropped,
          res,
          sim,
          notes);
    } finally {
      sim.close();
    }
  }

  private static Reinforcement assemble(
      final Scenario scenario,
      final Pool pool,
      final Options o,
      final Pool.Indifference zone,
      final double delta,
      final long feasible,
      final boolean searched,
      final int screened,
      final List<Plan> plans,
      final double[] plansGain,
      final int[] namedIndex,
      final List<Reinforcement.Screened> dropped,
      final KimNelson.Result res,
      final Simulator sim,
      final List<String> notes) {
    final int k = plans.size();
    final double[][] obs = res.observations().clone();
    // a named plan's observations are all its replications (run to the longest plan's count)
    for (int i : namedIndex) {
      final int n = sim.count(i);
      obs[i] = new double[n];
      for (int r = 0; r < n; r++) {
        obs[i][r] = pool.objective().value(sim.scalars(i, r));
      }
    }
    final int maxN = sim.baselineCount();
    final double[] base = new double[maxN];
    for (int r = 0; r < maxN; r++) {
      base[r] = pool.objective().value(sim.scalars(-1, r));
    }
    final Estimate baseEst = estimate(base);
    final Set<Integer> survivors = new LinkedHashSet<>();
    for (int s : res.survivors()) {
      survivors.add(s);
    }
    final Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    final int best = res.best();
    // the others by their paired difference to the selected plan, on their common replications
    final double[] behind = new double[k];
    for (int i = 0; i < k; i++) {
      behind[i] =
          i == best
              ? 0
              : paired(obs[i], obs[best], Math.min(obs[i].length, obs[best].length)).mean();
    }
    java.util.Arrays.sort(
        order,
        Comparator.comparingInt((Integer i) -> i == best ? 0 : 1)
            // the plans still in contention before those KN dropped, whose paired means rest
            // on fewer replications
            .thenComparingInt(i -> survivors.contains(i) ? 0 : 1)
            .thenComparingDouble(i -> -behind[i])
            .thenComparingInt(i -> i));
    final int[] rankOf = new int[k];
    final List<Reinforcement.Ranked> ranking = new ArrayList<>();
    double miss = 0;
    // decided: KN ended with one plan, and no other plan gave the same outputs in every shared
    // replication (KN's tie rule drops such a twin, but the run has not told them apart)
    boolean decided = res.converged();
    for (int j = 0; j < k; j++) {
      final int i = order[j];
      rankOf[i] = j + 1;
      final Plan p = plans.get(i);
      final Estimate vsNothing = paired(obs[i], base, obs[i].length);
      final Estimate vsOther;
      if (j == 0) {
        vsOther =
            k > 1
                ? paired(obs[i], obs[order[1]], Math.min(obs[i].length, obs[order[1]].length))
                : nan();
      } else {
        vsOther = paired(obs[i], obs[best], Math.min(obs[i].length, obs[best].length));
        if (vsOther.mean() == 0 && vsOther.sd() == 0) {
          decided = false;
        }
        // Bonferroni: P(this plan is in truth better than the selected one by more than delta)
        final double se = vsOther.sd() / Math.sqrt(vsOther.n());
        if (se > 0) {
          miss += phi((vsOther.mean() - delta) / se);
        } else if (vsOther.mean() > delta) {
          miss += 1;
        }
      }
      ranking.add(
          new Reinforcement.Ranked(
              j + 1,
              p.key(),
              p.label(pool, scenario),
              p.stations(pool, scenario),
              plansGain[i],
              shifted(baseEst, vsNothing),
              vsNothing,
              vsOther,
              obs[i].length,
              survivors.contains(i)));
    }
    // the named plans: each one's gain over nothing and its paired difference to every other
    final List<Reinforcement.NamedPlan> named = new ArrayList<>();
    for (int a = 0; a < namedIndex.length; a++) {
      final int i = namedIndex[a];
      final Pool.Named np = pool.compare().get(a);
      final List<Estimate> vs = new ArrayList<>();
      for (int b = 0; b < namedIndex.length; b++) {
        final int l = namedIndex[b];
        vs.add(b == a ? nan() : paired(obs[i], obs[l], Math.min(obs[i].length, obs[l].length)));
      }
      named.add(
          new Reinforcement.NamedPlan(
              np.id(),
              np.name(),
              np.asked(),
              plans.get(i).key(),
              plans.get(i).label(pool, scenario),
              rankOf[i],
              shifted(baseEst, paired(obs[i], base, obs[i].length)),
              paired(obs[i], base, obs[i].length),
              paired(obs[best], obs[i], Math.min(obs[i].length, obs[best].length)),
              obs[i].length,
              vs));
    }
    // the request's plan: the selected one, unless the run cannot separate it from the plan the
    // cable asked for (KN did not drop the asked plan, or the paired interval of their difference
    // reaches zero); then the asked plan, and the request says why
    String recommended = plans.get(best).key();
    Estimate bestVsAsked = nan();
    boolean askedSeparated = true;
    for (int a = 0; a < namedIndex.length; a++) {
      final int i = namedIndex[a];
      if (!pool.compare().get(a).asked() || i == best) {
        continue;
      }
      bestVsAsked = paired(obs[best], obs[i], Math.min(obs[i].length, obs[best].length));
      askedSeparated =
          decided && !survivors.contains(i) && bestVsAsked.n() >= 2 && bestVsAsked.low() > 0;
      if (!askedSeparated) {
        recommended = plans.get(i).key();
      }
    }
    if (!decided) {
      final List<String> lead = new ArrayList<>();
      for (Reinforcement.Ranked rp : ranking) {
        if (rp.rank() == 1 || rp.survived() || rp.gainVsOther().sd() == 0) {
          lead.add(rp.label());
        }
      }
      final Estimate d = ranking.size() > 1 ? ranking.get(0).gainVsOther() : nan();
      if (res.converged()) {
        notes.add(
            String.format(
                Locale.ROOT,
                "The run cannot tell the leading plans apart (%s): they gave the same %s in every"
                    + " replication they shared, so the model does not tell them apart and the"
                    + " choice between them rests on what it leaves out; it declines to choose.",
                String.join("; ", lead),
                pool.objective().name()));
      } else {
        notes.add(
            String.format(
                Locale.ROOT,
                "The run cannot tell the leading plans apart (%s): the cap of %d replications per"
                    + " plan stopped the selection with %d plans in contention. The leader's lead"
                    + " over the next is %s %s (95%% CI %s to %s), so they may differ by as much"
                    + " as %s %s either way; it declines to choose between them (more"
                    + " replications, with --max-replications, or a wider --indifference may"
                    + " separate them).",
                String.join("; ", lead),
                o.maxReplications(),
                res.survivors().length,
                num(d.mean()),
                pool.objective().unit(),
                num(d.low()),
                num(d.high()),
                num(Math.max(Math.abs(d.low()), Math.abs(d.high()))),
                pool.objective().unit()));
      }
    }
    final List<String> figures = new ArrayList<>();
    for (Pool.Term t : pool.objective().terms()) {
      if (!figures.contains(t.metric())) {
        figures.add(t.metric());
      }
    }
    for (String f : FIGURES) {
      if (!figures.contains(f)) {
        figures.add(f);
      }
    }
    final List<String> names = Metrics.scalarNames();
    final Map<String, Estimate> baseFig = new LinkedHashMap<>();
    final Map<String, Estimate> bestFig = new LinkedHashMap<>();
    final Map<String, Estimate> bestGain = new LinkedHashMap<>();
    final int nb = obs[best].length;
    for (String f : figures) {
      final Estimate[] c = compared(sim, best, maxN, nb, names.indexOf(f));
      baseFig.put(f, c[0]);
      bestFig.put(f, c[1]);
      bestGain.put(f, c[2]);
    }
    // each rail line's share of time open, stored after the scalars (Simulator.runOne)
    final Map<String, String> lineNames = new LinkedHashMap<>();
    final Map<String, Estimate> baseOpen = new LinkedHashMap<>();
    final Map<String, Estimate> bestOpen = new LinkedHashMap<>();
    final Map<String, Estimate> openGain = new LinkedHashMap<>();
    for (int l = 0; l < scenario.lines().size(); l++) {
      final Estimate[] c = compared(sim, best, maxN, nb, SCALARS + l);
      final String id = scenario.lines().get(l).id();
      lineNames.put(id, scenario.lines().get(l).name());
      baseOpen.put(id, c[0]);
      bestOpen.put(id, c[1]);
      openGain.put(id, c[2]);
    }
    return new Reinforcement(
        scenario.id(),
        scenario.title(),
        scenario.start().toString(),
        scenario.end().toString(),
        scenario.days(),
        pool.id(),
        pool.title(),
        pool.objective().name(),
        pool.objective().unit(),
        o.seed(),
        o.confidence(),
        delta,
        zone.describe(),
        o.firstStage(),
        o.maxReplications(),
        feasible,
        searched,
        screened,
        k,
        ranking,
        dropped,
        estimate(base),
        baseFig,
        bestFig,
        bestGain,
        lineNames,
        baseOpen,
        bestOpen,
        openGain,
        res.converged(),
        decided,
        Math.max(0, Math.min(1, 1 - miss)),
        sim.replications(),
        maxN,
        named,
        recommended,
        askedSeparated,
        bestVsAsked,
        notes);
  }

  /**
   * One slot of the stored outcomes without reinforcement ({@code maxN} replications) and with the
   * best plan ({@code nb}), and the paired gain over the plan's replications.
   *
   * @return {without, with, gain}
   */
  private static Estimate[] compared(
      final Simulator sim, final int best, final int maxN, final int nb, final int slot) {
    final double[] b = new double[maxN];
    for (int r = 0; r < maxN; r++) {
      b[r] = sim.scalars(-1, r)[slot];
    }
    final double[] x = new double[nb];
    for (int r = 0; r < nb; r++) {
      x[r] = sim.scalars(best, r)[slot];
    }
    final Estimate without = estimate(b);
    final Estimate gain = paired(x, b, nb);
    return new Estimate[] {without, shifted(without, gain), gain};
  }

  /**
   * A plan's figure as the baseline's mean (all its replications) plus the plan's paired gain (over
   * the plan's replications), with the two half-widths combined in quadrature. Under common random
   * numbers this is the sharper estimate of the plan's mean (a control variate with coefficient 1),
   * and it keeps every table coherent: with minus without is the gain printed. The quadrature
   * ignores the positive covariance of the two parts, which shares the first replications; it errs
   * on the wide side only when that covariance is negative.
   */
  static Estimate shifted(final Estimate base, final Estimate gain) {
    if (Double.isNaN(gain.low()) || Double.isNaN(base.low())) {
      return new Estimate(base.mean() + gain.mean(), Double.NaN, Double.NaN, Double.NaN, gain.n());
    }
    final double hb = base.high() - base.mean();
    final double hg = gain.high() - gain.mean();
    final double hw = Math.sqrt(hb * hb + hg * hg);
    final double m = base.mean() + gain.mean();
    return new Estimate(m, m - hw, m + hw, Double.NaN, gain.n());
  }

  private static Estimate nan() {
    return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
  }

  /** Mean with a Student-t 95% interval. */
  static Estimate estimate(final double[] x) {
    return paired(x, null, x.length);
  }

  /** Mean of a[r] - b[r] over the first n replications with a Student-t 95% interval. */
  static Estimate paired(final double[] a, final double[] b, final int n) {
    double mean = 0;
    double m2 = 0;
    for (int r = 0; r < n; r++) {
      final double d = a[r] - (b == null ? 0 : b[r]);
      final double dm = d - mean;
      mean += dm / (r + 1);
      m2 += dm * (d - mean);
    }
    if (n < 2) {
      return new Estimate(n == 1 ? mean : Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
    }
    final double sd = Math.sqrt(m2 / (n - 1));
    final double hw = StudentT.q975(n - 1) * sd / Math.sqrt(n);
    return new Estimate(mean, mean - hw, mean + hw, sd, n);
  }

  /** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error 1.5e-7). */
  static double phi(final double z) {
    final double x = Math.abs(z) / Math.sqrt(2);
    final double t = 1 / (1 + 0.3275911 * x);
    final double erf =
        1
            - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t
                    + 0.254829592)
                * t
                * Math.exp(-x * x);
    return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
  }

  private static String num(final double v) {
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.3g", v);
  }

  /**
   * Runs and stores replications of the plans (index 0..k-1) and the baseline (index -1), one task
   * per plan and replication, stored by index. A plan that places nothing (a named "none") is the
   * baseline: it shares the baseline's replications rather than running them again.
   */
  private static final class Simulator implements AutoCloseable {
    private final Theatre[] theatres;
    private final int[] slots;
    private final List<ConcurrentLinkedQueue<Replication>> runners = new ArrayList<>();
    private final List<List<double[]>> results = new ArrayList<>();
    private final ExecutorService pool;
    private final Supplier<Allocator> allocators;
    private final long seed;
    private final int cap;
    private final BooleanSupplier stop;
    private long replications;

    Simulator(
        final Scenario scenario,
        final Pool p,
        final List<Plan> plans,
        final Options o,
        final Supplier<Allocator> allocators,
        final BooleanSupplier stop) {
      this.allocators = allocators;
      this.stop = stop;
      this.seed = o.seed();
      this.cap = o.maxReplications();
      theatres = new Theatre[plans.size() + 1];
      slots = new int[plans.size()];
      theatres[0] = new Theatre(scenario);
      for (int i = 0; i < plans.size(); i++) {
        if (plans.get(i).stations(p, scenario).isEmpty()) {
          slots[i] = 0;
        } else {
          slots[i] = i + 1;
          theatres[i + 1] = new Theatre(plans.get(i).apply(scenario, p));
        }
      }
      for (int i = 0; i < theatres.length; i++) {
        runners.add(new ConcurrentLinkedQueue<>());
        results.add(new ArrayList<>());
      }
      this.pool =
          Executors.newFixedThreadPool(
              Math.max(1, o.threads()),
              r -> {
                final Thread t = new Thread(r, "airshield-reinforce");
                t.setDaemon(true);
                return t;
              });
    }

    private int slot(final int system) {
      return system < 0 ? 0 : slots[system];
    }

    /**
     * Makes sure replications up to {@code rep} of each system exist, running up to end (for a plan
     * at most the cap; the baseline has none).
     */
    void ensure(final int[] systems, final long rep, final int end) {
      final List<Callable<double[]>> tasks = new ArrayList<>();
      final List<int[]> where = new ArrayList<>();
      final Set<Integer> asked = new LinkedHashSet<>();
      for (int s : systems) {
        final int idx = slot(s);
        final List<double[]> have = results.get(idx);
        if (have.size() > rep || !asked.add(idx)) {
          continue;
        }
        final int ceiling = idx == 0 ? Integer.MAX_VALUE : cap;
        final int to = Math.min(Math.max(end, (int) rep + 1), ceiling);
        for (int r = have.size(); r < to; r++) {
          final int rr = r;
          tasks.add(() -> runOne(idx, rr));
          where.add(new int[] {idx, r});
        }
      }
      if (tasks.isEmpty()) {
        return;
      }
      try {
        final List<Future<double[]>> done = pool.invokeAll(tasks);
        for (int j = 0; j < done.size(); j++) {
          final int[] w = where.get(j);
          final List<double[]> have = results.get(w[0]);
          if (have.size() != w[1]) {
            throw new IllegalStateException("replications stored out of order");
          }
          have.add(done.get(j).get());
          replications++;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    private double[] runOne(final int idx, final int rep) {
      if (stop != null && stop.getAsBoolean()) {
        throw new CancellationException("the ranking was stopped");
      }
      Replication r = runners.get(idx).poll();
      if (r == null) {
        r = new Replication(theatres[idx], allocators.get());
      }
      final Metrics m = theatres[idx].metrics();
      final double[] out = new double[m.size()];
      r.run(seed, rep, out);
      runners.get(idx).add(r);
      // the scalars, then each line's share of time open: all the ranking and its map need
      final int lines = theatres[idx].scenario().lines().size();
      final double[] kept = java.util.Arrays.copyOf(out, SCALARS + lines);
      if (lines > 0) {
        System.arraycopy(out, m.lineOpen(0), kept, SCALARS, lines);
      }
      return kept;
    }

    /** The scalars of a replication, then each line's share of time open. */
    double[] scalars(final int system, final int rep) {
      return results.get(slot(system)).get(rep);
    }

    /** Replications stored for a plan (or the baseline, -1). */
    int count(final int system) {
      return results.get(slot(system)).size();
    }

    int baselineCount() {
      return results.get(0).size();
    }

    long replications() {
      return replications;
    }

    @Override
    public void close() {
      pool.shutdownNow();
    }
  }
}
