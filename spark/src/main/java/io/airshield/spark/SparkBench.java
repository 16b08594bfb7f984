package io.airshield.spark;

import io.airshield.campaign.Metric;
import io.airshield.campaign.Theatre;
import io.airshield.campaign.WtaAllocator;
import io.airshield.domain.Scenario;
import io.airshield.montecarlo.BlockEngine;
import io.airshield.montecarlo.CampaignStatistics;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.scenario.EmbeddedScenarios;
import io.airshield.scenario.ScenarioReader;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * Scaling of the engines on one run: replications per second of the local engine (all cores) and of
 * Spark local[1] and local[2], and Spark's fixed start-up cost (context, broadcast and a first
 * one-replication task, which compiles the theatre on the executor; the first context in a JVM also
 * loads Spark's classes, so local[1], measured first, carries that cost). Every engine runs the
 * same replications with the same seed and must give the same statistics; the bench checks it.
 *
 * <pre>
 * ./mvnw -q -B -pl spark -am package -DskipTests
 * java -cp spark/target/airshield-spark.jar io.airshield.spark.SparkBench [SCENARIO] [REPLICATIONS]
 * </pre>
 *
 * The default is the embedded korea-1951-autumn with 160 replications.
 */
public final class SparkBench {
  private SparkBench() {}

  /**
   * @param args scenario name (embedded), replications
   */
  @SuppressWarnings("SystemOut")
  public static void main(final String[] args) {
    final PrintStream out = System.out;
    final String name = args.length > 0 ? args[0] : "korea-1951-autumn";
    final long reps = args.length > 1 ? Long.parseLong(args[1]) : 160;
    final byte[] bytes = EmbeddedScenarios.bytes(name);
    final Scenario s = ScenarioReader.read(name, bytes);
    final Theatre theatre = new Theatre(s);
    final int size = theatre.metrics().size();
    final int cores = Runtime.getRuntime().availableProcessors();
    final MonteCarlo.Options options =
        new MonteCarlo.Options(1951, reps, 0, reps, cores, 8, Metric.SUPPLY_TONS_PER_DAY.slot());
    // warm the JIT on the driver, as the Spark runs will find it
    MonteCarlo.run(
        theatre,
        WtaAllocator::new,
        new MonteCarlo.Options(7, 64, 0, 64, cores, 8, Metric.SUPPLY_TONS_PER_DAY.slot()),
        null,
        null,
        null);
    long t0 = System.nanoTime();
    final MonteCarlo.Result local =
        MonteCarlo.run(theatre, WtaAllocator::new, options, null, null, null);
    final double localS = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "scenario %s, %d replications, %d cores%n", name, reps, cores);
    out.printf(
        Locale.ROOT,
        "%-16s %10s %12s %12s %14s%n",
        "engine",
        "start-up s",
        "run s",
        "rep/s (run)",
        "rep/s (total)");
    out.printf(
        Locale.ROOT,
        "%-16s %10s %12.2f %12.1f %14.1f%n",
        "local (" + cores + " thr)",
        "-",
        localS,
        reps / localS,
        reps / localS);
    for (String master : new String[] {"local[1]", "local[2]"}) {
      t0 = System.nanoTime();
      try (BlockEngine e =
          new SparkEngineProvider()
              .open(
                  new BlockEngine.Request(
                      name, bytes, s.end(), 1951, size, Map.of("master", master)))) {
        e.runBlocks(new long[] {reps + 1000}, new int[] {1});
        final double startS = (System.nanoTime() - t0) / 1e9;
        final long t1 = System.nanoTime();
        final MonteCarlo.Result r =
            MonteCarlo.run(e, options, null, null, null, CampaignStatistics.create(theatre), 0);
        final double runS = (System.nanoTime() - t1) / 1e9;
        final boolean same =
            r.statistics()
                .estimate(Metric.SUPPLY_TONS_PER_DAY.slot())
                .equals(local.statistics().estimate(Metric.SUPPLY_TONS_PER_DAY.slot()));
        out.printf(
            Locale.ROOT,
            "%-16s %10.2f %12.2f %12.1f %14.1f%s%n",
            "spark " + master,
            startS,
            runS,
            reps / runS,
            reps / (startS + runS),
            same ? "" : "  RESULTS DIFFER FROM LOCAL");
      }
    }
  }
}
