package io.airshield.study;

import io.airshield.campaign.Allocator;
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
 * of the model parameters in its {@link ModelParameters}, then compiled into a {@link
 * io.airshield.campaign.Theatre}.
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
        // the stacked copies less the points they repeat
        yield Design.nolh(k, s.points()).count();
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
   * A reinforcement pool as its file: its name (or {@code embedded:pools/ID.yaml}) and bytes, so
   * that a stored study and a cluster's executors read it as the command line did.
   *
   * @param name the file name, for messages
   * @param bytes its content
   */
  public record PoolSource(String name, byte[] bytes) {}

  /**
   * A study checked and laid out, ready to run: its design, the job its engines compute, and the
   * size of what it records.
   *
   * @param input the scenario
   * @param factors the factors
   * @param settings the settings
   * @param design the design
   * @param measures the measures analysed (empty with plans)
   * @param job the simulations, as engines receive them
   * @param compiled the job compiled on this JVM
   * @param total simulations (replications) in all
   */
  public record Prepared(
      Input input,
      List<Factor> factors,
      ExploreSettings settings,
      Design design,
      List<String> measures,
      ExploreJob job,
      ExploreJob.Compiled compiled,
      long total) {
    /**
     * @return values recorded per replication of a point (one per plan, else per measure)
     */
    public int width() {
      return compiled.width();
    }
  }

  /** A study stopped on request before its last point; the points done are kept. */
  public static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Points computed before the stop. */
    private final int points;

    Cancelled(final int points) {
      super("explore cancelled after " + points + " design points");
      this.points = points;
    }

    /**
     * @return points computed before the stop
     */
    public int points() {
      return points;
    }
  }

  /**
   * Runs the study on this JVM's threads, recording nothing.
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
      final PoolSource pool,
      final Supplier<Allocator> allocators,
      final Progress progress) {
    return execute(
        prepare(in, factors, s, pool),
        PointEngine.local(s.threads(), allocators),
        List.of(),
        null,
        null,
        progress);
  }

  /**
   * Checks a study and lays it out: the design, its points' values, the plans compared.
   *
   * @param in the scenario
   * @param factors the factors (at least one)
   * @param s the settings
   * @param pool a reinforcement pool whose leading plans are compared, or null
   * @return the study, ready to run
   * @throws StudyException when the settings, factors or measures cannot be run
   */
  public static Prepared prepare(
      final Input in, final List<Factor> factors, final ExploreSettings s, final PoolSource pool) {
    return prepare(in, factors, s, pool, List.of());
  }

  /**
   * Checks a study that compares given plans and lays it out.
   *
   * @param in the scenario
   * @param factors the factors (at least one)
   * @param s the settings
   * @param pool the reinforcement pool of the plans, or null
   * @param planKeys the plans compared, by canonical key; empty: the settings' leading plans
   * @return the study, ready to run
   * @throws StudyException when the settings, factors or measures cannot be run
   */
  public static Prepared prepare(
      final Input in,
      final List<Factor> factors,
      final ExploreSettings s,
      final PoolSource pool,
      final List<String> planKeys) {
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
    final List<String> measures =
        s.measures().isEmpty() ? List.of(headline(in.scenario())) : s.measures();
    final boolean withPlans = pool != null && (s.plans() > 0 || !planKeys.isEmpty());
    // the budget is checked on the plans' count before the design's points are laid out
    final ExploreJob probe =
        new ExploreJob(
            in.name(),
            in.bytes(),
            factors,
            new double[0][],
            s.days(),
            s.seed(),
            s.replications(),
            measures,
            withPlans ? pool.name() : null,
            withPlans ? pool.bytes() : null,
            withPlans ? s.plans() : 0,
            withPlans ? planKeys : List.of());
    final ExploreJob.Compiled compiled = probe.compile(in.scenario());
    final int np = compiled.plans().size();
    final String over = overBudget(k, s, np);
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
    final ExploreJob job =
        new ExploreJob(
            probe.name(),
            probe.scenario(),
            probe.factors(),
            x,
            probe.days(),
            probe.seed(),
            probe.replications(),
            probe.measures(),
            probe.poolName(),
            probe.pool(),
            probe.plans(),
            probe.planKeys());
    return new Prepared(
        in,
        List.copyOf(factors),
        s,
        design,
        np > 0 ? List.of() : List.copyOf(measures),
        job,
        compiled,
        simulations(k, s, np));
  }

  /**
   * Runs a prepared study, or the rest of one: the points already known (read back from a store)
   * are taken as they are, the others computed by the engine and handed to the sink in point order
   * as they come, then everything is analysed. Given the same points, the analysis is the same to
   * the last bit whether they were computed now, read back, or computed elsewhere.
   *
   * @param pr the study
   * @param engine computes the points
   * @param known the first points' values, as {@link ExploreJob#point} gave them
   * @param sink told each point computed now, in order, or null
   * @param cancelled polled between points, or null
   * @param progress progress listener, or null; it counts the simulations of this session only
   * @return the result
   * @throws Cancelled when cancelled before the last point
   */
  public static ExploreResult execute(
      final Prepared pr,
      final PointEngine engine,
      final List<double[][]> known,
      final PointEngine.Sink sink,
      final java.util.function.BooleanSupplier cancelled,
      final Progress progress) {
    final ExploreJob job = pr.job();
    final int n = job.count();
    final int reps = job.replications();
    final int np = pr.compiled().plans().size();
    final double[][][] values = new double[n][][];
    final int from = Math.min(n, known.size());
    for (int p = 0; p < from; p++) {
      values[p] = known.get(p);
    }
    final long perPoint = (long) reps * Math.max(1, np);
    final long[] done = {0};
    final long remaining = pr.total() - from * perPoint;
    if (from < n) {
      engine.run(
          job,
          pr.compiled(),
          from,
          (p, v) -> {
            values[p] = v;
            if (sink != null) {
              sink.accept(p, v);
            }
            done[0] += perPoint;
            if (progress != null) {
              progress.update(done[0], remaining);
            }
          },
          cancelled);
    }
    for (int p = 0; p < n; p++) {
      if (values[p] == null) {
        throw new Cancelled(p);
      }
    }
    final double[][][] outcomes = new double[n][][];
    final double[][] objective = np > 0 ? new double[n][np] : null;
    for (int p = 0; p < n; p++) {
      if (np == 0) {
        outcomes[p] = values[p];
      } else {
        outcomes[p] = new double[reps][0];
        for (int j = 0; j < np; j++) {
          objective[p][j] = mean(column(values[p], j));
        }
      }
    }
    return analyse(
        pr.input(),
        pr.factors(),
        pr.settings(),
        pr.design(),
        job.measures(),
        job.x(),
        outcomes,
        pr.compiled().plans(),
        pr.compiled().pool(),
        objective,
        pr.total());
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
