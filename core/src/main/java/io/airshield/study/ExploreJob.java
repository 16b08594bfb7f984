package io.airshield.study;

import io.airshield.campaign.Allocator;
import io.airshield.campaign.Metrics;
import io.airshield.campaign.Replication;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.reinforce.Plan;
import io.airshield.reinforce.Pool;
import io.airshield.reinforce.PoolReader;
import io.airshield.scenario.ScenarioReader;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The simulations of an explore study, as the engines that compute them receive them: only bytes
 * and numbers, so the job travels to Spark executors as it is and each compiles it itself. Point p
 * is the scenario at the factor values {@code x[p]}, run for replications 0 .. reps-1 with the
 * streams of (seed, r): the same function on every engine and thread, hence the same bits.
 *
 * @param name the scenario's file name or {@code embedded:NAME}, for messages
 * @param scenario the scenario file's bytes
 * @param factors the factors, in design column order
 * @param x each point's factor values (file units)
 * @param days simulate only the first days (0: all)
 * @param seed master seed of the replications
 * @param replications replications at each point
 * @param measures the measures recorded (names of {@link Metrics#scalarNames()}), without plans
 * @param poolName the reinforcement pool's name, or null without plans
 * @param pool the pool file's bytes, or null
 * @param plans leading plans compared (0: none)
 * @param planKeys the plans compared, by canonical key; empty: the {@code plans} leading plans of
 *     the pool's analytic screen and its named plans
 */
public record ExploreJob(
    String name,
    byte[] scenario,
    List<Factor> factors,
    double[][] x,
    int days,
    long seed,
    int replications,
    List<String> measures,
    String poolName,
    byte[] pool,
    int plans,
    List<String> planKeys)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * @param name the file name
   * @param scenario its bytes
   * @param factors factors
   * @param x points' values
   * @param days days (0 all)
   * @param seed seed
   * @param replications replications per point
   * @param measures measures
   * @param poolName pool name or null
   * @param pool pool bytes or null
   * @param plans plans (0 none)
   * @param planKeys plans by key, or empty
   */
  public ExploreJob {
    factors = List.copyOf(factors);
    measures = List.copyOf(measures);
    planKeys = List.copyOf(planKeys);
  }

  /**
   * What a job compiles to on a JVM: the scenario, the pool and its leading plans, the slots of the
   * measures. Made once per JVM and job (a Spark executor caches it), never sent.
   *
   * @param input the scenario read
   * @param pool the pool, or null
   * @param plans the plans compared (empty without a pool)
   * @param slots the measures' slots in the outcome vector
   */
  public record Compiled(ExploreStudy.Input input, Pool pool, List<Plan> plans, int[] slots) {
    /**
     * @return values recorded per replication: one per plan, else one per measure
     */
    public int width() {
      return plans.isEmpty() ? slots.length : plans.size();
    }
  }

  /**
   * @return the design points
   */
  public int count() {
    return x.length;
  }

  /**
   * A key that tells this job's content from another's, for caches of compiled jobs.
   *
   * @return the key
   */
  public String key() {
    return name
        + "#"
        + Arrays.hashCode(scenario)
        + "#"
        + Arrays.hashCode(pool)
        + "#"
        + plans
        + "#"
        + planKeys
        + "#"
        + measures;
  }

  /**
   * @return the job compiled on this JVM
   * @throws StudyException for a measure the model does not record
   */
  public Compiled compile() {
    return compile(ScenarioReader.read(name, scenario));
  }

  /**
   * @param s the scenario read from {@link #scenario()} (the driver has it already)
   * @return the job compiled on this JVM
   * @throws StudyException for a measure the model does not record
   */
  public Compiled compile(final Scenario s) {
    final List<String> scalars = Metrics.scalarNames();
    final int[] slots = new int[measures.size()];
    for (int m = 0; m < slots.length; m++) {
      slots[m] = scalars.indexOf(measures.get(m));
      if (slots[m] < 0) {
        throw new StudyException(
            "unknown measure \""
                + measures.get(m)
                + "\". "
                + io.airshield.scenario.Fields.nearest(measures.get(m), scalars)
                    .map(v -> "Maybe " + v + "? ")
                    .orElse("")
                + "Known: "
                + String.join(", ", scalars));
      }
    }
    final Pool p = pool == null ? null : PoolReader.read(poolName, pool, s);
    final List<Plan> ps =
        p == null
            ? List.of()
            : !planKeys.isEmpty()
                ? planKeys.stream().map(k -> Plan.of(k, p)).toList()
                : plans == 0 ? List.of() : ExploreStudy.leadingPlans(s, p, plans);
    return new Compiled(new ExploreStudy.Input(name, scenario, s), p, ps, slots);
  }

  /**
   * Simulates one design point: replications 0 .. reps-1 of the scenario at the point's values.
   *
   * @param c the job compiled
   * @param p the point
   * @param allocator the command posts' allocator (one per thread)
   * @return [replication][value]: each plan's objective, or each measure
   */
  public double[][] point(final Compiled c, final int p, final Allocator allocator) {
    final Scenario sc = ExploreStudy.scenarioAt(c.input(), factors, x[p], days);
    final int w = c.width();
    final double[][] o = new double[replications][w];
    if (c.plans().isEmpty()) {
      final Theatre th = new Theatre(sc);
      final Replication rep = new Replication(th, allocator);
      final double[] out = new double[th.metrics().size()];
      for (int r = 0; r < replications; r++) {
        rep.run(seed, r, out);
        for (int m = 0; m < w; m++) {
          o[r][m] = out[c.slots()[m]];
        }
      }
      return o;
    }
    for (int j = 0; j < w; j++) {
      final Theatre th = new Theatre(c.plans().get(j).apply(sc, c.pool()));
      final Replication rep = new Replication(th, allocator);
      final double[] out = new double[th.metrics().size()];
      for (int r = 0; r < replications; r++) {
        rep.run(seed, r, out);
        o[r][j] = c.pool().objective().value(out);
      }
    }
    return o;
  }
}
