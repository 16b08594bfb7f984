package io.airshield.study;

import io.airshield.campaign.Allocator;
import io.airshield.campaign.Metrics;
import io.airshield.campaign.Replication;
import io.airshield.campaign.Theatre;
import io.airshield.domain.ModelParameter;
import io.airshield.domain.ModelParameters;
import io.airshield.domain.Question;
import io.airshield.domain.Scenario;
import io.airshield.reinforce.Plan;
import io.airshield.reinforce.Plans;
import io.airshield.reinforce.Pool;
import io.airshield.reinforce.Screen;
import io.airshield.scenario.ScenarioReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs an {@code explore} study: builds the design, simulates every design point with the same
 * replication seeds (common random numbers: replication r of every point draws from the streams of
 * (seed, r), so the differences between points are not blurred by different luck; Law, Simulation
 * Modeling and Analysis, 5th ed., 11.2), and analyses the measures. Design points run in parallel,
 * each point's replications in order on one thread, so the results are the same to the last bit on
 * any number of threads.
 *
 * <p>A point's scenario is the file read again with the point's values in the fields its scenario
 * factors name ({@link ScenarioReader#readWith}, validated as the file is) and the point's values
 * of the model parameters in its {@link ModelParameters}, then compiled into a {@link Theatre}.
 */
public final class ExploreStudy {
  private ExploreStudy() {}

  /**
   * The scenario studied: its file, for the field factors, and the scenario read from it.
   *
   * @param name the file or embedded name, for messages
   * @param bytes the file's content
   * @param scenario the scenario as read from it
   */
  public record Input(String name, byte[] bytes, Scenario scenario) {}

  /** Receives progress after each design point. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param done simulations done
     * @param total simulations in all
     */
    void update(long done, long total);
  }

  /**
   * @param s the scenario
   * @return the headline measure of its question: supply delivered per day, or for intrusions the
   *     intrusion flights that reached their target
   */
  public static String headline(final Scenario s) {
    return s.question() == Question.INTRUSIONS ? "intrusionsReached" : "supplyTonsPerDay";
  }

  /**
   * @param k factors
   * @param s the settings
   * @return the design points the settings make for k factors
   */
  public static long points(final int k, final ExploreSettings s) {
    return switch (s.design()) {
      case MORRIS -> (long) s.trajectories() * (k + 1);
      case SOBOL -> (long) s.samples() * (k + 2);
      case LHS -> s.points() > 0 ? s.points() : 4L * k;
      case NOLH -> {
        if (k > Nolh.MAX_FACTORS) {
          yield 0;
        }
        final int n = Nolh.table(k).length;
        final int m = Nolh.table(k)[0].length;
        yield (long) n * Math.min(m, Math.max(1, (s.points() + n - 1) / n));
      }
    };
  }

  /**
   * @param k factors
   * @param s the settings
   * @param plans plans compared (0 when none)
   * @return the simulations (replications) the study runs
   */
  public static long simulations(final int k, final ExploreSettings s, final int plans) {
    return points(k, s) * s.replications() * Math.max(1, plans);
  }

  /**
   * Checks a study against its budget before it runs.
   *
   * @param k factors
   * @param s the settings
   * @param plans plans compared
   * @return null when it fits, else what is wrong and how to mend it
   */
  public static String overBudget(final int k, final ExploreSettings s, final int plans) {
    final long sims = simulations(k, s, plans);
    if (sims <= s.budget()) {
      return null;
    }
    return String.format(
        Locale.ROOT,
        "the %s design of %d factors needs %d simulations (%d points x %d replications%s), more"
            + " than the budget of %d. Maybe a budget of %d, fewer factors, %s, or fewer"
            + " replications.",
        s.design().key(),
        k,
        sims,
        points(k, s),
        s.replications(),
        plans > 0 ? " x " + plans + " plans" : "",
        s.budget(),
        sims,
        switch (s.design()) {
          case MORRIS -> "fewer trajectories";
          case SOBOL -> "fewer samples";
          default -> "fewer points";
        });
  }

  /**
   * Runs the study.
   *
   * @param in the scenario
   * @param factors the factors (at least one)
   * @param s the settings
   * @param pool a reinforcement pool whose leading plans are compared, or null
   * @param allocators makes the command posts' allocator, one per thread
   * @param progress progress listener, or null
   * @return the result
   * @throws StudyException when the settings, factors or measures cannot be run
   */
  public static ExploreResult run(
      final Input in,
      final List<Factor> factors,
      final ExploreSettings s,
      final Pool pool,
      final Supplier<Allocator> allocators,
      final Progress progress) {
    s.check();
    final int k = factors.size();
    if (k == 0) {
      throw new StudyException(
          "no factors to vary: "
              + in.scenario().id()
              + " gives no estimates and no model parameter is ranged. Maybe --factors FILE.");
    }
    for (Factor f : factors) {
      if (!(f.high() > f.low())) {
        throw new StudyException(
            "factor " + f.key() + " has no range (" + f.low() + " to " + f.high() + ")");
      }
    }
    if (s.design() == Design.Kind.NOLH && k > Nolh.MAX_FACTORS) {
      throw new StudyException(
          "a nearly orthogonal Latin hypercube takes at most "
              + Nolh.MAX_FACTORS
              + " factors, not "
              + k
              + ". Maybe --design lhs, or fewer factors.");
    }
    final List<String> scalars = Metrics.scalarNames();
    final List<String> measures =
        s.measures().isEmpty() ? List.of(headline(in.scenario())) : s.measures();
    final int[] slots = new int[measures.size()];
    for (int m = 0; m < slots.length; m++) {
      slots[m] = scalars.indexOf(measures.get(m));
      if (slots[m] < 0) {
        throw new StudyException(
            "unknown measure \""
                + measures.get(m)
                + "\". "
                + io.airshield.scenario.Fields.nearest(measures.get(m), scalars)
                    .map(x -> "Maybe " + x + "? ")
                    .orElse("")
                + "Known: "
                + String.join(", ", scalars));
      }
    }
    final List<Plan> plans =
        pool == null || s.plans() == 0 ? List.of() : leadingPlans(in.scenario(), pool, s.plans());
    final String over = overBudget(k, s, plans.size());
    if (over != null) {
      throw new StudyException(over);
    }
    final Design design =
        switch (s.design()) {
          case MORRIS -> Design.morris(k, s.trajectories(), s.levels(), s.seed());
          case SOBOL -> Design.sobol(k, s.samples(), s.seed());
          case LHS -> Design.lhs(k, (int) points(k, s), s.seed());
          case NOLH -> Design.nolh(k, s.points());
        };
    final int n = design.count();
    final double[][] x = new double[n][k];
    for (int p = 0; p < n; p++) {
      for (int i = 0; i < k; i++) {
        x[p][i] = factors.get(i).at(design.points()[p][i]);
      }
    }
    final int reps = s.replications();
    final int np = plans.size();
    final double[][][] outcomes = new double[n][][];
    final double[][] objective = np > 0 ? new double[n][np] : null;
    final long total = simulations(k, s, np);
    final ThreadLocal<Allocator> alloc = ThreadLocal.withInitial(allocators);
    final ExecutorService exec =
        Executors.newFixedThreadPool(
            s.threads(),
            r -> {
              final Thread t = new Thread(r, "airshield-explore");
              t.setDaemon(true);
              return t;
            });
    try {
      final List<Future<double[][]>> futures = new ArrayList<>();
      for (int p = 0; p < n; p++) {
        final double[] xp = x[p];
        futures.add(
            exec.submit(
                () -> {
                  final Scenario sc = scenarioAt(in, factors, xp, s.days());
                  if (np == 0) {
                    return simulate(sc, alloc.get(), s.seed(), reps, slots, null);
                  }
                  final double[][] obj = new double[np][];
                  for (int j = 0; j < np; j++) {
                    obj[j] =
                        simulate(
                            plans.get(j).apply(sc, pool),
                            alloc.get(),
                            s.seed(),
                            reps,
                            slots,
                            pool.objective())[0];
                  }
                  return obj;
                }));
      }
      long done = 0;
      for (int p = 0; p < n; p++) {
        final double[][] r = futures.get(p).get();
        if (np == 0) {
          outcomes[p] = r;
        } else {
          outcomes[p] = new double[reps][0];
          for (int j = 0; j < np; j++) {
            objective[p][j] = mean(r[j]);
          }
        }
        done += (long) reps * Math.max(1, np);
        if (progress != null) {
          progress.update(done, total);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("explore interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      exec.shutdownNow();
    }
    return analyse(in, factors, s, design, measures, x, outcomes, plans, pool, objective, total);
  }

  private static ExploreResult analyse(
      final Input in,
      final List<Factor> factors,
      final ExploreSettings s,
      final Design design,
      final List<String> measures,
      final double[][] x,
      final double[][][] outcomes,
      final List<Plan> plans,
      final Pool pool,
      final double[][] objective,
      final long total) {
    final int n = design.count();
    final int k = factors.size();
    final int nm = plans.isEmpty() ? measures.size() : 0;
    final double[][] mean = new double[nm][n];
    final double[][] se = new double[nm][n];
    for (int m = 0; m < nm; m++) {
      for (int p = 0; p < n; p++) {
        final double[] v = column(outcomes[p], m);
        mean[m][p] = mean(v);
        se[m][p] = Math.sqrt(variance(v) / v.length);
      }
    }
    Morris.Effect[][] morris = null;
    Sobol.Index[][] sobol = null;
    ExploreResult.MainEffect[][] main = null;
    if (nm > 0) {
      switch (design.kind()) {
        case MORRIS -> {
          morris = new Morris.Effect[nm][];
          for (int m = 0; m < nm; m++) {
            morris[m] = Morris.analyse(design, mean[m], pairedSe(design, outcomes, m));
          }
        }
        case SOBOL -> {
          sobol = new Sobol.Index[nm][];
          for (int m = 0; m < nm; m++) {
            sobol[m] = Sobol.analyse(design.size(), k, mean[m], s.bootstrap(), s.seed());
          }
        }
        default -> {
          main = new ExploreResult.MainEffect[nm][];
          for (int m = 0; m < nm; m++) {
            main[m] = mainEffects(design.points(), mean[m]);
          }
        }
      }
    }
    final List<String> labels = new ArrayList<>();
    Robustness.Result robust = null;
    if (!plans.isEmpty()) {
      for (Plan pl : plans) {
        labels.add(pl.label(pool, in.scenario()));
      }
      final double[] zone = new double[n];
      for (int p = 0; p < n; p++) {
        double top = Double.NEGATIVE_INFINITY;
        for (double v : objective[p]) {
          top = Math.max(top, v);
        }
        zone[p] = pool.objective().indifference().resolve(top);
      }
      robust = Robustness.analyse(x, objective, zone);
    }
    return new ExploreResult(
        in.scenario().id(),
        List.copyOf(factors),
        s,
        design,
        plans.isEmpty() ? List.copyOf(measures) : List.of(),
        x,
        mean,
        se,
        outcomes,
        morris,
        sobol,
        main,
        labels,
        objective,
        robust,
        pool == null || plans.isEmpty() ? "" : pool.objective().name(),
        total);
  }

  /**
   * The scenario at a design point: scenario fields replaced in the file, model parameters set, the
   * period cut to the first days when asked.
   *
   * @param in the scenario
   * @param factors the factors
   * @param values their values at the point
   * @param days days to simulate (0 all)
   * @return the scenario
   */
  public static Scenario scenarioAt(
      final Input in, final List<Factor> factors, final double[] values, final int days) {
    final Map<String, Double> fields = new LinkedHashMap<>();
    for (int i = 0; i < factors.size(); i++) {
      if (factors.get(i).kind() == Factor.Kind.SCENARIO) {
        fields.put(factors.get(i).key(), values[i]);
      }
    }
    Scenario sc =
        fields.isEmpty() ? in.scenario() : ScenarioReader.readWith(in.name(), in.bytes(), fields);
    ModelParameters mp = sc.parameters();
    for (int i = 0; i < factors.size(); i++) {
      if (factors.get(i).kind() == Factor.Kind.CONSTANT) {
        mp = mp.with(ModelParameter.byKey(factors.get(i).key()).orElseThrow(), values[i]);
      }
    }
    sc = sc.withParameters(mp);
    if (days > 0 && days < sc.days()) {
      sc = sc.withEnd(sc.start().plusDays(days - 1L));
    }
    return sc;
  }

  /**
   * Replications 0 .. reps-1 of a scenario: each replication's measures, or with an objective the
   * objective of each replication (one row).
   */
  private static double[][] simulate(
      final Scenario sc,
      final Allocator allocator,
      final long seed,
      final int reps,
      final int[] slots,
      final Pool.Objective obj) {
    final Theatre th = new Theatre(sc);
    final Replication rep = new Replication(th, allocator);
    final double[] out = new double[th.metrics().size()];
    if (obj != null) {
      final double[][] o = new double[1][reps];
      for (int r = 0; r < reps; r++) {
        rep.run(seed, r, out);
        o[0][r] = obj.value(out);
      }
      return o;
    }
    final double[][] o = new double[reps][slots.length];
    for (int r = 0; r < reps; r++) {
      rep.run(seed, r, out);
      for (int m = 0; m < slots.length; m++) {
        o[r][m] = out[slots[m]];
      }
    }
    return o;
  }

  /**
   * The leading plans of a pool: the candidates reinforce would consider (all feasible plans up to
   * its cap, else those its search finds), ranked by the analytic screen, the best {@code count},
   * then the pool's named plans not among them.
   */
  static List<Plan> leadingPlans(final Scenario s, final Pool pool, final int count) {
    final Screen screen = new Screen(s, pool);
    final int cap = 200;
    final List<Plan> candidates =
        new ArrayList<>(
            Plans.count(pool, s) > cap
                ? Plans.search(pool, s, screen::gain, cap)
                : Plans.enumerate(pool, s, cap));
    final double[] gain = new double[candidates.size()];
    final Integer[] idx = new Integer[candidates.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
      gain[i] = screen.gain(candidates.get(i));
    }
    java.util.Arrays.sort(
        idx,
        java.util.Comparator.comparingDouble((Integer i) -> -gain[i]).thenComparingInt(i -> i));
    final List<Plan> out = new ArrayList<>();
    for (int i = 0; i < idx.length && out.size() < count; i++) {
      out.add(candidates.get(idx[i]));
    }
    for (Pool.Named named : pool.compare()) {
      if (!out.contains(named.plan()) && !named.plan().key().isEmpty()) {
        out.add(named.plan());
      }
    }
    return out;
  }

  /**
   * The standard error of each Morris step's paired difference, from the replications: common
   * random numbers make it much smaller than that of either point alone.
   */
  private static double[] pairedSe(final Design d, final double[][][] outcomes, final int m) {
    final int k = d.points()[0].length;
    final double[] se = new double[d.count()];
    for (int t = 0; t < d.size(); t++) {
      for (int st = 1; st <= k; st++) {
        final int j = t * (k + 1) + st;
        final double[] a = column(outcomes[j - 1], m);
        final double[] b = column(outcomes[j], m);
        final double[] diff = new double[a.length];
        for (int r = 0; r < a.length; r++) {
          diff[r] = b[r] - a[r];
        }
        se[j] = Math.sqrt(variance(diff) / diff.length);
      }
    }
    return se;
  }

  /** Least-squares slope of y on each column of the unit-cube design, and the correlation. */
  static ExploreResult.MainEffect[] mainEffects(final double[][] u, final double[] y) {
    final int n = u.length;
    final int k = u[0].length;
    final double my = mean(y);
    final ExploreResult.MainEffect[] out = new ExploreResult.MainEffect[k];
    for (int i = 0; i < k; i++) {
      double mu = 0;
      for (double[] row : u) {
        mu += row[i];
      }
      mu /= n;
      double sxy = 0;
      double sxx = 0;
      double syy = 0;
      for (int p = 0; p < n; p++) {
        sxy += (u[p][i] - mu) * (y[p] - my);
        sxx += (u[p][i] - mu) * (u[p][i] - mu);
        syy += (y[p] - my) * (y[p] - my);
      }
      out[i] =
          new ExploreResult.MainEffect(
              sxx > 0 ? sxy / sxx : 0, sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0);
    }
    return out;
  }

  private static double[] column(final double[][] rows, final int m) {
    final double[] v = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      v[r] = rows[r][m];
    }
    return v;
  }

  static double mean(final double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return v.length == 0 ? Double.NaN : s / v.length;
  }

  static double variance(final double[] v) {
    if (v.length < 2) {
      return 0;
    }
    final double m = mean(v);
    double s = 0;
    for (double d : v) {
      s += (d - m) * (d - m);
    }
    return s / (v.length - 1);
  }
}
