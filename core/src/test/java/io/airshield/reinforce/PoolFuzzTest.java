package io.airshield.reinforce;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.airshield.FuzzProperty;
import io.airshield.domain.Scenario;
import io.airshield.scenario.EmbeddedScenarios;

/**
 * Coverage-guided fuzzing of the reinforcement pool reader against the embedded autumn 1951
 * scenario (so references to its places and types resolve), with Jazzer: any bytes give a pool or
 * an {@link InputException}; any other exception, or a hang, is a bug.
 */
class PoolFuzzTest {
  private static final Scenario SCENARIO = EmbeddedScenarios.load("korea-1951-autumn");

  @FuzzTest(maxDuration = "10m")
  void pool(final byte[] bytes) throws Exception {
    FuzzProperty.resultOrUserError(() -> PoolReader.read("fuzz-pool.yaml", bytes, SCENARIO));
  }
}
