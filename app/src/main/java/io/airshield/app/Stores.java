package io.airshield.app;

import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.formation.PlanReader;
import io.airshield.scenario.ScenarioReader;
import io.airshield.store.RunSpec;
import io.airshield.store.RunStore;
import java.nio.file.Path;

/**
 * Where the results store lives and how a stored run's theatre is compiled again. The store is
 * {@code ~/.airshield/runs.db} unless {@code --store} says otherwise; the environment variable
 * {@code AIRSHIELD_HOME} moves the folder, for the store and for {@code serve}'s scenarios alike
 * (tests use it to keep out of the user's home).
 */
public final class Stores {
  private Stores() {}

  /**
   * @param store the --store option, or null
   * @return the store file to use
   */
  public static Path path(final Path store) {
    return store != null ? store : home(System.getenv()).resolve("runs.db");
  }

  /**
   * The folder where airshield keeps what it writes for the user (the store, the web UI's
   * scenarios): {@code $AIRSHIELD_HOME} when set and not blank, else {@code ~/.airshield}.
   *
   * @param env the environment
   * @return the folder
   */
  public static Path home(final java.util.Map<String, String> env) {
    final String home = env.get("AIRSHIELD_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    return Path.of(System.getProperty("user.home"), ".airshield");
  }

  /**
   * @param store the --store option, or null
   * @return the open store
   */
  public static RunStore open(final Path store) {
    return RunStore.open(path(store));
  }

  /**
   * Compiles a stored run's theatre exactly as it was: the stored scenario bytes, cut at the stored
   * last day, linked to the stored formation plan.
   *
   * @param spec the run's spec
   * @return the theatre
   */
  public static Theatre theatre(final RunSpec spec) {
    Scenario s = ScenarioReader.read(spec.scenarioName(), spec.scenario());
    if (!s.end().equals(spec.lastDay())) {
      s = s.withEnd(spec.lastDay());
    }
    if (spec.formation() != null) {
      return FormationLink.theatre(
          s, PlanReader.read(spec.formationName(), spec.formation()), null);
    }
    return new Theatre(s);
  }
}
