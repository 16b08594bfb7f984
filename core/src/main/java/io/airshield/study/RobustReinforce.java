package io.airshield.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.airshield.campaign.Allocator;
import io.airshield.reinforce.Pool;
import io.airshield.reinforce.Reinforcement;
import io.airshield.report.ReinforceData;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code reinforce --robust}: does the recommendation survive the estimates? The plans {@code
 * reinforce} leads with (the one its request asks for, the next of its ranking, and the pool's
 * named plans) are simulated at every point of a space-filling design over the plausible ranges of
 * the estimates, all under the same replication seeds, and compared there ({@link Robustness}): the
 * share of the range where each is best within the pool's indifference zone, its worst and mean
 * regret, and the factors whose threshold best separates where the recommended plan is best from
 * where it is not (a decision stump per factor). This is Lempert, Popper and Bankes's robust
 * decision making (Shaping the Next One Hundred Years, RAND MR-1626, 2003) on a nearly orthogonal
 * Latin hypercube (Cioppa and Lucas 2007), as the data-farming studies of the NPS SEED Center do.
 */
public final class RobustReinforce {
  private RobustReinforce() {}

  /**
   * Replications at each design point by default. Why 10: a share of the range is read from which
   * plan leads at each point; under common random numbers the plans' differences at a point have a
   * fraction of one replication's scatter, and 10 a point kept the korea and northeast pools'
   * ranking at a point stable when doubled (docs/explore.md, "Robust choice among plans").
   */
  public static final int REPLICATIONS = 10;

  /** Plans of reinforce's ranking compared, the recommended one included. */
  public static final int PLANS = 4;

  /** Factors that flip the choice listed in the outputs. */
  public static final int FLIPS = 3;

  /**
   * The outcome.
   *
   * @param result the study (its plans in the order compared; plan 0 is the recommended one)
   * @param plans each plan's figures, in the order compared
   * @param flips the factors that flip the recommended plan, most telling first
   */
  public record Outcome(
      ExploreResult result, List<Robustness.PlanFigures> plans, List<Robustness.Flip> flips) {
    public Outcome {
      plans = List.copyOf(plans);
      flips = List.copyOf(flips);
    }

    /**
     * @return the recommended plan's figures
     */
    public Robustness.PlanFigures recommended() {
      return plans.get(0);
    }
  }

  /**
   * The plans compared: the one reinforce recommends first, then the next of its ranking, then the
   * pool's named plans, each once.
   *
   * @param r reinforce's result
   * @param count plans of the ranking, the recommended included
   * @return canonical keys
   */
  public static List<String> planKeys(final Reinforcement r, final int count) {
    final Set<String> keys = new LinkedHashSet<>();
    keys.add(r.recommendedKey());
    for (Reinforcement.Ranked p : r.ranking()) {
      if (keys.size() >= count) {
        break;
      }
      keys.add(p.key());
    }
    for (Reinforcement.NamedPlan n : r.named()) {
      keys.add(n.key());
    }
    return List.copyOf(keys);
  }

  /**
   * The factors and settings of a robustness study: every ranged estimate of the scenario in a
   * nearly orthogonal Latin hypercube, {@link #REPLICATIONS} a point, unless a factor file says
   * otherwise.
   *
   * @param in the scenario
   * @param factorFile the factor file's name, or null
   * @param factorBytes its content, or null
   * @param seed master seed (reinforce's)
   * @param threads worker threads
   * @return the factors and settings
   * @throws io.airshield.scenario.InputException for a bad factor file
   */
  public static FactorFile.Spec settings(
      final ExploreStudy.Input in,
      final String factorFile,
      final byte[] factorBytes,
      final long seed,
      final int threads) {
    final ExploreSettings base =
        ExploreSettings.defaults()
            .withDesign(Design.Kind.NOLH)
            .withRun(REPLICATIONS, seed, threads, Long.MAX_VALUE);
    return factorFile == null
        ? new FactorFile.Spec(Factor.all(in.scenario()), base)
        : FactorFile.read(factorFile, factorBytes, in, base, PLANS);
  }

  /**
   * Runs the comparison on this JVM's threads.
   *
   * @param in the scenario
   * @param factors the factors (at most {@link Nolh#MAX_FACTORS} for the default NOLH)
   * @param s the settings (design, replications, seed, threads, budget)
   * @param pool the pool, as its file
   * @param r reinforce's result, whose plans are compared
   * @param allocators makes the command posts' allocator, one per thread
   * @param progress progress listener, or null
   * @return the outcome
   * @throws StudyException when the study cannot be run
   */
  public static Outcome run(
      final ExploreStudy.Input in,
      final List<Factor> factors,
      final ExploreSettings s,
      final ExploreStudy.PoolSource pool,
      final Reinforcement r,
      final Supplier<Allocator> allocators,
      final ExploreStudy.Progress progress) {
    final List<String> keys = planKeys(r, PLANS);
    final ExploreSettings st = s.withMeasures(s.measures(), s.days(), keys.size());
    final ExploreStudy.Prepared pr = ExploreStudy.prepare(in, factors, st, pool, keys);
    final ExploreResult res =
        ExploreStudy.execute(
            pr, PointEngine.local(st.threads(), allocators), List.of(), null, null, progress);
    return analyse(res, pr.compiled().pool().objective().indifference());
  }

  /**
   * The figures of each plan and the flips of plan 0, the recommended one (which need not be the
   * plan best on the largest share: that one is {@link Robustness.Result#recommended()}).
   *
   * @param res the study, plan 0 the recommended one
   * @param zone the pool's indifference zone
   * @return the outcome
   */
  static Outcome analyse(final ExploreResult res, final Pool.Indifference zone) {
    final double[][] obj = res.objective();
    final int n = obj.length;
    final boolean[] best = new boolean[n];
    for (int p = 0; p < n; p++) {
      double top = Double.NEGATIVE_INFINITY;
      for (double v : obj[p]) {
        top = Math.max(top, v);
      }
      // as ExploreStudy resolves the zone for Robustness: against the best objective there
      best[p] = top - obj[p][0] <= zone.resolve(top);
    }
    final List<Robustness.Flip> flips = new ArrayList<>();
    for (int f = 0; f < res.factors().size(); f++) {
      final Robustness.Flip s = Robustness.stump(res.x(), f, best);
      if (s != null && s.gain() > 0) {
        flips.add(s);
      }
    }
    flips.sort(
        Comparator.comparingDouble((Robustness.Flip fl) -> -fl.gain())
            .thenComparingInt(Robustness.Flip::factor));
    return new Outcome(res, res.robustness().plans(), flips);
  }

  /**
   * The paragraph the request adds: how robust its recommendation is.
   *
   * @param o the outcome
   * @param unit the objective's unit
   * @return e.g. "5. How robust it is. Over the plausible ranges of 64 estimates (...), this
   *     stationing is best in 87% of the range; ... It loses mainly when the rounds per kill of
   *     g12mm-dshk (...) exceeds 3200 (this rule sorts 95% of the design points)."
   */
  public static String paragraph(final Outcome o, final String unit) {
    final ExploreResult r = o.result();
    final Robustness.PlanFigures rec = o.recommended();
    final StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "5. How robust it is. Over the plausible ranges of %d estimates of the model and the"
                + " scenario (%s), against %d other plans, this stationing is best, or within the"
                + " indifference zone of the best, in %.0f%% of the plausible range; at worst it"
                + " falls %s %s short of the best plan there, %s on average.",
            r.factors().size(),
            design(r),
            o.plans().size() - 1,
            100 * rec.shareBest(),
            ExploreReport.fmt(rec.worstRegret()),
            unit,
            ExploreReport.fmt(rec.meanRegret())));
    b.append(' ').append(loses(o));
    return b.toString();
  }

  /** Where the recommended plan loses, in one sentence. */
  private static String loses(final Outcome o) {
    final Robustness.PlanFigures rec = o.recommended();
    if (rec.shareBest() >= 1) {
      return "No estimate within its range makes another of these plans better.";
    }
    if (o.flips().isEmpty()) {
      return "No single estimate explains where it loses.";
    }
    final Robustness.Flip f = o.flips().get(0);
    return String.format(
        Locale.ROOT,
        "It loses %s when %s %s %s (this rule sorts %.0f%% of the design points).",
        f.accuracy() >= 0.999 ? "only" : "mainly",
        o.result().factors().get(f.factor()).label(),
        f.losesAbove() ? "exceeds" : "falls below",
        ExploreReport.fmt(f.threshold()),
        100 * f.accuracy());
  }

  /**
   * The request with the robustness paragraph, before its closing note on where the figures come
   * from.
   *
   * @param request the drafted request
   * @param o the outcome
   * @param unit the objective's unit
   * @return the request with the paragraph
   */
  public static String request(final String request, final Outcome o, final String unit) {
    final String nl = System.lineSeparator();
    final String para = paragraph(o, unit) + nl + nl;
    final int at = request.lastIndexOf("(Figures from ");
    return at < 0 ? request + nl + para : request.substring(0, at) + para + request.substring(at);
  }

  /**
   * The table and the statement, as text.
   *
   * @param o the outcome
   * @param unit the objective's unit
   * @param out where to write
   */
  public static void text(final Outcome o, final String unit, final PrintWriter out) {
    final ExploreResult r = o.result();
    out.println();
    out.println(
        "Robustness over the estimates' plausible ranges ("
            + design(r)
            + "; best: within the indifference zone of the best plan at a point; regret in "
            + unit
            + "):");
    out.printf(
        Locale.ROOT,
        "%-46s %9s %13s %13s %13s%n",
        "plan",
        "best in",
        "worst regret",
        "mean regret",
        "mean value");
    for (int j = 0; j < o.plans().size(); j++) {
      final Robustness.PlanFigures p = o.plans().get(j);
      final String label = (j == 0 ? "* " : "  ") + r.planLabels().get(j);
      out.printf(
          Locale.ROOT,
          "%-46s %8.0f%% %13s %13s %13s%n",
          label.length() <= 46 ? label : label.substring(0, 45) + ".",
          100 * p.shareBest(),
          ExploreReport.fmt(p.worstRegret()),
          ExploreReport.fmt(p.meanRegret()),
          ExploreReport.fmt(p.meanObjective()));
    }
    out.println(statement(o));
    for (String f : flips(o)) {
      out.println("  flips: " + f);
    }
    out.flush();
  }

  /**
   * @param o the outcome
   * @return e.g. "The recommended plan is best in 87% of the plausible range (worst regret 0.4). It
   *     loses mainly when ..."
   */
  public static String statement(final Outcome o) {
    return String.format(
            Locale.ROOT,
            "The recommended plan (*) is best in %.0f%% of the plausible range (worst regret %s).",
            100 * o.recommended().shareBest(),
            ExploreReport.fmt(o.recommended().worstRegret()))
        + " "
        + loses(o);
  }

  /** The leading flips in words. */
  private static List<String> flips(final Outcome o) {
    final List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(FLIPS, o.flips().size()); i++) {
      final Robustness.Flip f = o.flips().get(i);
      out.add(
          String.format(
              Locale.ROOT,
              "%s %s %s (sorts %.0f%% of the points)",
              o.result().factors().get(f.factor()).label(),
              f.losesAbove() ? "above" : "below",
              ExploreReport.fmt(f.threshold()),
              100 * f.accuracy()));
    }
    return out;
  }

  /**
   * @param o the outcome
   * @return every figure as a JSON object
   */
  public static ObjectNode json(final Outcome o) {
    final ExploreResult r = o.result();
    final ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("design", r.design().kind().key());
    root.put("points", r.design().count());
    root.put("replications", r.settings().replications());
    root.put("simulations", r.simulations());
    root.put("seed", r.settings().seed());
    final ArrayNode fs = root.putArray("factors");
    for (Factor f : r.factors()) {
      final ObjectNode x = fs.addObject();
      x.put("name", f.key());
      x.put("low", f.low());
      x.put("high", f.high());
    }
    final ArrayNode ps = root.putArray("plans");
    for (int j = 0; j < o.plans().size(); j++) {
      final Robustness.PlanFigures p = o.plans().get(j);
      final ObjectNode x = ps.addObject();
      x.put("plan", r.planLabels().get(j));
      x.put("recommended", j == 0);
      x.put("shareBest", p.shareBest());
      x.put("worstRegret", p.worstRegret());
      x.put("meanRegret", p.meanRegret());
      x.put("meanObjective", p.meanObjective());
    }
    final ArrayNode fl = root.putArray("flips");
    for (Robustness.Flip f : o.flips()) {
      final ObjectNode x = fl.addObject();
      x.put("factor", r.factors().get(f.factor()).key());
      x.put("threshold", f.threshold());
      x.put("losesAbove", f.losesAbove());
      x.put("accuracy", f.accuracy());
    }
    root.put("statement", statement(o));
    return root;
  }

  /**
   * @param o the outcome
   * @return what the reinforce page draws
   */
  public static ReinforceData.Robust html(final Outcome o) {
    final ExploreResult r = o.result();
    final List<ReinforceData.RobustPlan> plans = new ArrayList<>();
    for (int j = 0; j < o.plans().size(); j++) {
      final Robustness.PlanFigures p = o.plans().get(j);
      plans.add(
          new ReinforceData.RobustPlan(
              r.planLabels().get(j),
              j == 0,
              p.shareBest(),
              p.worstRegret(),
              p.meanRegret(),
              p.meanObjective()));
    }
    return new ReinforceData.Robust(
        "Over the plausible ranges of "
            + r.factors().size()
            + " estimates: "
            + design(r)
            + ", the same replication seeds at every point.",
        plans,
        flips(o),
        statement(o));
  }

  private static String design(final ExploreResult r) {
    return String.format(
        Locale.ROOT,
        "%s of %d points x %d replications",
        r.design().kind() == Design.Kind.NOLH
            ? "a nearly orthogonal Latin hypercube"
            : r.design().kind() == Design.Kind.LHS ? "a Latin hypercube" : r.design().kind().key(),
        r.design().count(),
        r.settings().replications());
  }
}
