package io.airshield.montecarlo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A backend that runs replication blocks somewhere else than this JVM's threads (a Spark cluster),
 * found through {@link java.util.ServiceLoader} so that the command line does not depend on any
 * cluster library: the plain jar has no provider, the Spark jar has one.
 *
 * <p>An engine only computes: each block is {@link MonteCarlo#runBlock} of the same replications
 * with the same seed, so its outcome vectors are the very bits the local engine would produce;
 * {@link MonteCarlo#run(BlockEngine, MonteCarlo.Options, MonteCarlo.Progress,
 * java.util.function.BooleanSupplier, MonteCarlo.BlockSink, Statistics, long)} merges them in block
 * order, so the statistics are identical to the last bit.
 */
public interface BlockEngine extends AutoCloseable {
  /**
   * @return how many blocks to ask for at once (enough to keep every worker busy)
   */
  int blocksPerWave();

  /**
   * Runs blocks of replications.
   *
   * @param firsts each block's first replication
   * @param counts each block's replication count
   * @return each block's outcome vectors in replication order, blocks in the order asked
   */
  List<double[][]> runBlocks(long[] firsts, int[] counts);

  /** Releases the engine's resources (stops the Spark context). */
  @Override
  void close();

  /**
   * What an engine needs to compile the theatre on its workers: the scenario's bytes (workers
   * compile them themselves, so nothing but bytes travels) and the options.
   *
   * @param scenarioName the scenario's file name, for messages
   * @param scenario the scenario file's bytes
   * @param lastDay the last simulated day
   * @param seed master seed
   * @param vectorSize outcome vector size, to check the workers compiled the same theatre
   * @param settings engine settings, e.g. {@code master -> local[2]}
   */
  record Request(
      String scenarioName,
      byte[] scenario,
      LocalDate lastDay,
      long seed,
      int vectorSize,
      Map<String, String> settings) {}

  /** Makes engines; registered in {@code META-INF/services}. */
  interface Provider {
    /**
     * @return the engine's name as given to {@code --engine}
     */
    String name();

    /**
     * @param request what to run
     * @return a started engine
     */
    BlockEngine open(Request request);
  }
}
