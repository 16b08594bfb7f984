package io.airshield.study;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.airshield.FuzzProperty;
import io.airshield.scenario.EmbeddedScenarios;

/**
 * Coverage-guided fuzzing of the factor file reader ({@code explore --factors}) against the
 * embedded autumn 1951 scenario, with Jazzer: any bytes give factors and settings or an {@link
 * io.airshield.scenario.InputException}; any other exception, or a hang, is a bug. Seeds: {@code
 * FactorFileFuzzTestInputs/factors/}.
 */
class FactorFileFuzzTest {
  private static final ExploreStudy.Input IN =
      new ExploreStudy.Input(
          "korea-1951-autumn",
          EmbeddedScenarios.bytes("korea-1951-autumn"),
          EmbeddedScenarios.load("korea-1951-autumn"));

  @FuzzTest(maxDuration = "10m")
  void factors(final byte[] bytes) throws Exception {
    FuzzProperty.resultOrUserError(
        () -> FactorFile.read("fuzz-factors.yaml", bytes, IN, ExploreSettings.defaults(), 0));
  }
}
