package io.airshield.scenario;

import io.airshield.domain.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenarios shipped inside the program, as YAML resources under {@code
 * io/airshield/scenarios/}. The first name is the default scenario. They are read with the same
 * {@link ScenarioReader} as users' files, under the file name {@code embedded:NAME}.
 */
public final class EmbeddedScenarios {
  private static final String FOLDER = "/io/airshield/scenarios/";

  /** Name to one-line description, in order; the first is the default. */
  private static final Map<String, String> SCENARIOS = new LinkedHashMap<>();

  static {
    SCENARIOS.put(
        "korea-1951-autumn",
        "Korea, 24 Oct - 30 Nov 1951: rail interdiction of the"
            + " north-west lines and B-29 raids on the new airfields; what does one more AA division"
            + " at Anju add? (cable No. 25187)");
    SCENARIOS.put(
        "northeast-1952-spring",
        "Northeast China, Mar - Apr 1952: intrusions at night"
            + " and in bad weather; where should two night/all-weather jet regiments stand? (cable of"
            + " 11 Mar 1952)");
    SCENARIOS.put(
        "interior-1952",
        "China's interior, Mar - Apr 1952: raids and reconnaissance from Taiwan"
            + " and the sea on Beijing, Shanghai and Canton; with assess --formation"
            + " formation-1951, how well do the formed divisions defend the cities? (cable"
            + " No. 25187)");
  }

  private EmbeddedScenarios() {}

  /**
   * @return the embedded scenarios' names, the default first
   */
  public static List<String> names() {
    return List.copyOf(SCENARIOS.keySet());
  }

  /**
   * @return the default scenario's name
   */
  public static String defaultName() {
    return names().get(0);
  }

  /**
   * @param name a name
   * @return whether an embedded scenario has it
   */
  public static boolean exists(final String name) {
    return SCENARIOS.containsKey(name);
  }

  /**
   * @param name an embedded scenario's name
   * @return its one-line description
   * @throws IllegalArgumentException for an unknown name, with the nearest known one
   */
  public static String description(final String name) {
    check(name);
    return SCENARIOS.get(name);
  }

  /**
   * @param name a name
   * @return the description, or empty for an unknown name
   */
  public static Optional<String> findDescription(final String name) {
    return Optional.ofNullable(SCENARIOS.get(name));
  }

  /**
   * @param name an embedded scenario's name
   * @return the YAML file's bytes
   * @throws IllegalArgumentException for an unknown name, with the nearest known one
   */
  public static byte[] bytes(final String name) {
    check(name);
    final String resource = FOLDER + name + ".yaml";
    try (InputStream in = EmbeddedScenarios.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("embedded scenario resource missing: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * @param name an embedded scenario's name
   * @return the scenario, read and checked
   * @throws IllegalArgumentException for an unknown name, with the nearest known one
   * @throws InputException if the embedded file has a problem (a build defect)
   */
  public static Scenario load(final String name) {
    return ScenarioReader.read("embedded:" + name, bytes(name));
  }

  private static void check(final String name) {
    if (!SCENARIOS.containsKey(name)) {
      throw new IllegalArgumentException(
          "no embedded scenario \""
              + name
              + "\""
              + Fields.nearest(name, SCENARIOS.keySet())
                  .map(m -> ": maybe " + m + "?")
                  .orElse(": known are " + String.join(", ", SCENARIOS.keySet())));
    }
  }
}
