package io.airshield.allocate;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.airshield.FuzzProperty;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of the weapon-target assignment reader, with Jazzer: any bytes give a
 * problem or an {@link InputException}; anything else, or a hang, is a bug. The bytes are decoded
 * as UTF-8 with replacement, as {@link WtaFormat#read(java.nio.file.Path)} reads a file through a
 * reader.
 */
class WtaFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void wta(final byte[] bytes) throws Exception {
    FuzzProperty.resultOrUserError(
        () ->
            WtaFormat.read(
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
                "fuzz.txt"));
  }
}
