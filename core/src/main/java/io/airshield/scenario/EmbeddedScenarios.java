package io.airshield.scenario;

import io.airshield.domain.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The scenarios shipped inside airshield; the first is the default. */
public final class EmbeddedScenarios {
  private static final List<String> NAMES = List.of("korea-1951-autumn",
      "northeast-1952-spring");
  private static final List<String> DESCRIPTIONS = List.of(
      "24 Oct - 30 Nov 1951: rail interdiction in North Korea; what does one more AA division"
          + " at Anju add?",
      "Mar - Apr 1952: night and bad-weather intrusions into Northeast China; where should two"
          + " night-capable jet regiments stand?");

  private EmbeddedScenarios() {}

  /** @return the names, default first */
  public static List<String> names() {
    return NAMES;
  }

  /** @return the default scenario's name */
  public static String defaultName() {
    return NAMES.get(0);
  }

  /**
   * @param name an embedded scenario's name
   * @return its one-line description
   */
  public static String description(final String name) {
    return DESCRIPTIONS.get(indexOf(name));
  }

  /**
   * @param name an embedded scenario's name
   * @return whether it exists
   */
  public static boolean exists(final String name) {
    return NAMES.contains(name);
  }

  /**
   * @param name an embedded scenario's name
   * @return the file's bytes
   */
  public static byte[] bytes(final String name) {
    indexOf(name);
    try (InputStream in = EmbeddedScenarios.class.getResourceAsStream(
        "/io/airshield/scenarios/" + name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("embedded scenario " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param name an embedded scenario's name
   * @return the scenario
   */
  public static Scenario load(final String name) {
    return ScenarioReader.read("embedded:" + name, bytes(name));
  }

  private static int indexOf(final String name) {
    final int i = NAMES.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no embedded scenario \"" + name + "\""
          + Fields.nearest(name, NAMES).map(m -> "; maybe " + m + "?").orElse(
              "; embedded: " + String.join(", ", NAMES)));
    }
    return i;
  }
}
