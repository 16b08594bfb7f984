package io.airshield.reinforce;

import io.airshield.domain.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The default reinforcement pool of each embedded scenario, a YAML resource under {@code
 * io/airshield/pools/} named after the scenario, read with {@link PoolReader} under the file name
 * {@code embedded:pools/NAME.yaml}.
 */
public final class EmbeddedPools {
  private static final String FOLDER = "/io/airshield/pools/";

  private EmbeddedPools() {}

  /**
   * @param scenarioId a scenario's id
   * @return the bytes of its embedded pool, if it has one
   */
  public static Optional<byte[]> bytes(final String scenarioId) {
    try (InputStream in = EmbeddedPools.class.getResourceAsStream(FOLDER + scenarioId + ".yaml")) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pool of " + scenarioId, e);
    }
  }

  /**
   * @param scenario a scenario
   * @return its embedded pool, read against it, if it has one
   */
  public static Optional<Pool> load(final Scenario scenario) {
    return bytes(scenario.id())
        .map(b -> PoolReader.read("embedded:pools/" + scenario.id() + ".yaml", b, scenario));
  }
}
