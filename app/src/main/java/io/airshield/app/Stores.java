package io.airshield.app;

import io.airshield.store.RunStore;
import java.nio.file.Path;

/**
 * Where the results store lives. The store is {@code ~/.airshield/runs.db} unless {@code --store}
 * says otherwise; the environment variable {@code AIRSHIELD_HOME} moves the folder, for the store
 * and for {@code serve}'s scenarios alike (tests use it to keep out of the user's home).
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
}
