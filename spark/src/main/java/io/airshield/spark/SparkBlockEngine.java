package io.airshield.spark;

import io.airshield.campaign.Replication;
import io.airshield.campaign.Theatre;
import io.airshield.campaign.WtaAllocator;
import io.airshield.domain.Scenario;
import io.airshield.montecarlo.BlockEngine;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.scenario.ScenarioReader;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs replication blocks as Spark tasks, one task per block. The scenario travels as its file's
 * bytes in a broadcast variable; each executor compiles it once (cached per JVM) and runs its
 * blocks with {@link MonteCarlo#runBlock}, exactly the local engine's unit of work, with the same
 * allocator. The driver collects the blocks in block order (a map over a parallelized list keeps
 * its order) and {@link MonteCarlo} merges them, so the statistics are the local engine's to the
 * last bit.
 *
 * <p>With a {@code local[N]} master the driver binds to 127.0.0.1 and the web UI is off, so nothing
 * listens beyond this machine.
 */
final class SparkBlockEngine implements BlockEngine {
  private final JavaSparkContext sc;
  private final Broadcast<Job> job;

  /**
   * The scenario and seed, as the tasks receive them.
   *
   * @param scenarioName file name, for messages
   * @param scenario the scenario file's bytes
   * @param lastDay the last simulated day (ISO)
   * @param seed master seed
   * @param vectorSize outcome vector size the driver expects
   */
  record Job(String scenarioName, byte[] scenario, String lastDay, long seed, int vectorSize)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    String key() {
      return scenarioName + "@" + lastDay + "#" + java.util.Arrays.hashCode(scenario);
    }
  }

  /**
   * Compiled theatres, one per scenario, per executor JVM: compiling once per task would cost more
   * than the block.
   */
  private static final Map<String, Theatre> THEATRES = new ConcurrentHashMap<>();

  SparkBlockEngine(final BlockEngine.Request request) {
    sc = context(request.settings().get("master"));
    job =
        sc.broadcast(
            new Job(
                request.scenarioName(),
                request.scenario(),
                request.lastDay().toString(),
                request.seed(),
                request.vectorSize()));
  }

  /**
   * A Spark context for airshield's engines: the given master, else spark-submit's, else {@code
   * local[*]}; a local master binds the driver to 127.0.0.1 with the web UI off.
   *
   * @param master the --master value, or null
   * @return the context
   */
  static JavaSparkContext context(final String master) {
    final SparkConf conf = new SparkConf().setAppName("airshield");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    final JavaSparkContext sc = new JavaSparkContext(conf);
    sc.setLogLevel("WARN");
    return sc;
  }

  @Override
  public int blocksPerWave() {
    return 4 * Math.max(1, sc.defaultParallelism());
  }

  @Override
  public List<double[][]> runBlocks(final long[] firsts, final int[] counts) {
    final List<long[]> blocks = new ArrayList<>(firsts.length);
    for (int b = 0; b < firsts.length; b++) {
      blocks.add(new long[] {firsts[b], counts[b]});
    }
    return sc.parallelize(blocks, blocks.size()).map(new RunBlock(job)).collect();
  }

  @Override
  public void close() {
    sc.close();
  }

  /** The task: one block of replications. */
  static final class RunBlock implements Function<long[], double[][]> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Job> job;

    RunBlock(final Broadcast<Job> job) {
      this.job = job;
    }

    @Override
    public double[][] call(final long[] block) {
      final Job j = job.value();
      final Theatre theatre = THEATRES.computeIfAbsent(j.key(), k -> compile(j));
      if (theatre.metrics().size() != j.vectorSize()) {
        throw new IllegalStateException(
            "the executor compiled "
                + j.scenarioName()
                + " to "
                + theatre.metrics().size()
                + " figures per replication, the driver to "
                + j.vectorSize()
                + ": are driver and executors running the same airshield jar?");
      }
      return MonteCarlo.runBlock(
          new Replication(theatre, new WtaAllocator()),
          j.seed(),
          block[0],
          (int) block[1],
          j.vectorSize());
    }
  }

  static Theatre compile(final Job j) {
    Scenario s = ScenarioReader.read(j.scenarioName(), j.scenario());
    final LocalDate last = LocalDate.parse(j.lastDay());
    if (!s.end().equals(last)) {
      s = s.withEnd(last);
    }
    return new Theatre(s);
  }
}
