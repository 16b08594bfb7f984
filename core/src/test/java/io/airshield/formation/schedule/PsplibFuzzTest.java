package io.airshield.formation.schedule;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.airshield.FuzzProperty;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the PSPLIB reader, with Jazzer. The bytes are decoded as ISO-8859-1,
 * as {@link PsplibFormat#read} does, so every byte string is a possible file. Any input gives a
 * project or an {@link InputException}; anything else, or a hang, is a bug.
 */
class PsplibFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void psplib(final byte[] bytes) throws Exception {
    FuzzProperty.resultOrUserError(
        () -> PsplibFormat.parse("fuzz.sm", new String(bytes, StandardCharsets.ISO_8859_1)));
  }
}
