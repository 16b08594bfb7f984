package io.airshield.testdomain;

import io.airshield.domain.Scenario;
import io.airshield.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test scenarios shipped in test resources. */
public final class TestScenarios {
  private TestScenarios() {}

  /**
   * @param name resource name without extension, under io/airshield/testdomain
   * @return the scenario
   */
  public static Scenario load(final String name) {
    try (InputStream in = TestScenarios.class.getResourceAsStream(name + ".yaml")) {
      if (in == null) {
        throw new IllegalArgumentException("no test scenario " + name);
      }
      return ScenarioReader.read(name + ".yaml", in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param name resource name without extension, under io/airshield/testdomain
   * @return the file's bytes, to be changed before reading
   */
  public static byte[] bytes(final String name) {
    try (InputStream in = TestScenarios.class.getResourceAsStream(name + ".yaml")) {
      if (in == null) {
        throw new IllegalArgumentException("no test scenario " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the small test theatre
   */
  public static Scenario mini() {
    return load("mini");
  }
}
