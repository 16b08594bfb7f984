package io.airshield.app;

import io.airshield.study.AssessSettings;
import io.airshield.study.Studies;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options the study commands share (assess, reinforce, form, explore), each written once as a
 * picocli mixin so that its name, help text and default cannot drift apart between commands. A
 * command declares the mixin where the option belongs in its help (the commands list their options
 * in a hand-chosen order, {@code sortOptions = false}); an option the user did not set is null, and
 * the command takes the study's default from its settings record.
 */
final class SharedOptions {
  private SharedOptions() {}

  /** {@code --seed N}: the master seed. */
  static final class Seed {
    @Option(
        names = "--seed",
        paramLabel = "N",
        description =
            "Master seed; the same seed gives the same results (default: "
                + AssessSettings.SEED
                + ").")
    Long seed;

    /**
     * @param dflt the study's default (or a file's)
     * @return the seed given, else the default
     */
    long orElse(final long dflt) {
      return seed != null ? seed : dflt;
    }
  }

  /** {@code --threads N}: worker threads, which never change the results. */
  static final class Threads {
    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    /**
     * @return the threads given, else every core
     */
    int orAllCores() {
      return threads != null ? threads : Studies.allCores();
    }

    /**
     * @param dflt the study's default (or a file's)
     * @return the threads given, else the default
     */
    int orElse(final int dflt) {
      return threads != null ? threads : dflt;
    }
  }

  /** {@code --format FMT}: text or json. */
  static final class Format {
    @Option(
        names = "--format",
        paramLabel = "FMT",
        defaultValue = "text",
        description = "Output: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    /**
     * @return whether JSON is asked for
     * @throws UserException if the format is neither text nor json
     */
    boolean json() {
      return OutputFormat.json(format);
    }
  }

  /** {@code -q, --quiet}: no progress bar and no notes on standard error. */
  static final class Quiet {
    @Option(
        names = {"-q", "--quiet"},
        description = "No progress bar, and no notes of what was written or stored.")
    boolean quiet;
  }

  /** {@code --store PATH} and {@code --no-store}: the results database a run is recorded in. */
  static final class Store {
    @Option(
        names = "--store",
        paramLabel = "PATH",
        description =
            "The results database the run is recorded in (default:"
                + " ~/.airshield/runs.db, or $AIRSHIELD_HOME/runs.db).")
    Path store;

    @Option(names = "--no-store", description = "Do not record the run.")
    boolean noStore;
  }
}
