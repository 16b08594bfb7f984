package io.airshield.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.airshield.FuzzProperty;

/**
 * Coverage-guided fuzzing of the scenario reader (YAML and JSON), with Jazzer.
 *
 * <p>The property: any bytes give either a scenario or an {@link InputException} (a user's mistake,
 * reported with its place); any other exception is a bug, and so is a hang. In the normal suite the
 * seeds under {@code ScenarioFuzzTestInputs/scenario/} run once each (regression mode); {@code
 * JAZZER_FUZZ=1} fuzzes (see CONTRIBUTING.md).
 */
class ScenarioFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void scenario(final byte[] bytes) throws Exception {
    FuzzProperty.resultOrUserError(() -> ScenarioReader.read("fuzz.yaml", bytes));
  }
}
