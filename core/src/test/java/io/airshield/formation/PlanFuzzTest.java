package io.airshield.formation;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.airshield.FuzzProperty;

/**
 * Coverage-guided fuzzing of the formation plan reader, with Jazzer: any bytes give a plan or an
 * {@link InputException}; any other exception, or a hang, is a bug. Seeds live under {@code
 * PlanFuzzTestInputs/plan/}; {@code JAZZER_FUZZ=1} fuzzes (see CONTRIBUTING.md).
 */
class PlanFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void plan(final byte[] bytes) throws Exception {
    FuzzProperty.resultOrUserError(() -> PlanReader.read("fuzz-plan.yaml", bytes));
  }
}
