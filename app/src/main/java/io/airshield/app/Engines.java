package io.airshield.app;

import io.airshield.campaign.Theatre;
import io.airshield.montecarlo.BlockEngine;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.store.RunSpec;
import io.airshield.store.StoredRuns;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The engines {@code assess --engine} can use: {@code local} (this JVM's threads) and any {@link
 * BlockEngine.Provider} on the class path. The plain jar has none; the Spark jar ({@code
 * spark/target/airshield-spark.jar}) brings {@code spark}. Looking them up through {@link
 * ServiceLoader} keeps Spark out of the plain jar.
 */
final class Engines {
  /** The default engine. */
  static final String LOCAL = "local";

  private Engines() {}

  /**
   * @param name the --engine value
   * @param master the --master value, or null
   * @param spec what is run
   * @param theatre its theatre
   * @param progress progress listener, or null
   * @param cancelled polled between blocks
   * @return an engine that continues a run
   */
  static StoredRuns.Engine engine(
      final String name,
      final String master,
      final RunSpec spec,
      final Theatre theatre,
      final MonteCarlo.Progress progress,
      final BooleanSupplier cancelled) {
    if (isLocal(name, master)) {
      return StoredRuns.local(theatre, progress, cancelled);
    }
    final BlockEngine.Provider provider =
        provider(
            BlockEngine.Provider.class,
            BlockEngine.Provider::name,
            name,
            "'java -jar spark/target/airshield-spark.jar assess ... --engine spark --master"
                + " local[4]', or submit it to a cluster with 'spark-submit --class"
                + " io.airshield.spark.SparkMain spark/target/airshield-spark.jar assess ..."
                + " --engine spark' (see the README's Spark section)");
    if (spec.formation() != null) {
      throw new UserException("--formation runs on the local engine only; drop --engine " + name);
    }
    final Map<String, String> settings = settings(master);
    return (options, stats, start, sink) -> {
      try (BlockEngine e =
          provider.open(
              new BlockEngine.Request(
                  spec.scenarioName(),
                  spec.scenario(),
                  spec.lastDay(),
                  spec.seed(),
                  theatre.metrics().size(),
                  settings))) {
        return MonteCarlo.run(e, options, progress, cancelled, sink, stats, start);
      }
    };
  }

  /**
   * @param name the --engine value
   * @param master the --master value, or null
   * @return whether it names the local engine (which takes no master)
   */
  static boolean isLocal(final String name, final String master) {
    if (!name.toLowerCase(Locale.ROOT).equals(LOCAL)) {
      return false;
    }
    if (master != null) {
      throw new UserException("--master goes with --engine spark");
    }
    return true;
  }

  /**
   * The provider on the class path that an --engine value names: assess's block engines and
   * explore's point engines are found alike.
   *
   * @param type the provider interface
   * @param nameOf a provider's engine name
   * @param name the --engine value
   * @param howToRun how to run the command on the Spark build, for the message when it is missing
   * @return the provider
   */
  static <P> P provider(
      final Class<P> type,
      final Function<P, String> nameOf,
      final String name,
      final String howToRun) {
    final String n = name.toLowerCase(Locale.ROOT);
    return ServiceLoader.load(type).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> nameOf.apply(p).equals(n))
        .findFirst()
        .orElseThrow(
            () ->
                new UserException(
                    n.equals("spark")
                        ? "--engine spark needs the Spark build of airshield: build it with"
                            + " './mvnw -pl spark -am package -DskipTests', then run "
                            + howToRun
                        : "unknown --engine \"" + name + "\"; engines: local, spark"));
  }

  /**
   * @param master the --master value, or null
   * @return the engine's settings
   */
  static Map<String, String> settings(final String master) {
    final Map<String, String> settings = new HashMap<>();
    if (master != null) {
      settings.put("master", master);
    }
    return settings;
  }
}
