package io.airshield.store;

import io.airshield.montecarlo.MonteCarlo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Everything that decides a run's results, kept in the store so that a resumed run computes exactly
 * what the interrupted one would have: the scenario's own bytes (not its name, which may point to a
 * file edited since), the last simulated day, the formation plan's bytes if one was linked, and the
 * Monte Carlo options. The thread count is not part of it: results do not depend on it.
 *
 * @param scenarioName the file name or {@code embedded:NAME}, for messages
 * @param scenario the scenario file's bytes
 * @param lastDay the last simulated day (the scenario's end, or earlier with --days/--until)
 * @param formationName the formation plan's name, or null
 * @param formation the formation plan's bytes, or null
 * @param seed master seed
 * @param maxReplications the cap (or the exact count when precision is 0)
 * @param precision relative half-width target, or 0
 * @param minReplications replications before the stopping rule is consulted
 * @param blockSize replications per block
 * @param headline the slot whose precision decides stopping
 */
public record RunSpec(
    String scenarioName,
    byte[] scenario,
    LocalDate lastDay,
    String formationName,
    byte[] formation,
    long seed,
    long maxReplications,
    double precision,
    long minReplications,
    int blockSize,
    int headline) {

  /**
   * The spec of a run of these Monte Carlo options (an assessment study's {@code
   * AssessSettings.options()}), so the command line and the web server record runs alike.
   *
   * @param scenarioName the file name or {@code embedded:NAME}, for messages
   * @param scenario the scenario file's bytes
   * @param lastDay the last simulated day
   * @param formationName the formation plan's name, or null
   * @param formation the formation plan's bytes, or null
   * @param o the Monte Carlo options
   * @return the spec
   */
  public static RunSpec of(
      final String scenarioName,
      final byte[] scenario,
      final LocalDate lastDay,
      final String formationName,
      final byte[] formation,
      final MonteCarlo.Options o) {
    return new RunSpec(
        scenarioName,
        scenario,
        lastDay,
        formationName,
        formation,
        o.seed(),
        o.maxReplications(),
        o.precision(),
        o.minReplications(),
        o.blockSize(),
        o.headline());
  }

  /**
   * @param threads worker threads (they do not change the results)
   * @return the Monte Carlo options of this run
   */
  public MonteCarlo.Options options(final int threads) {
    return new MonteCarlo.Options(
        seed, maxReplications, precision, minReplications, threads, blockSize, headline);
  }

  /**
   * @return the SHA-256 of the scenario bytes, in hex (identifies the scenario's content)
   */
  public String scenarioHash() {
    return sha256(scenario);
  }

  /**
   * @param bytes some bytes
   * @return their SHA-256 in lower-case hex
   */
  static String sha256(final byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /**
   * @return a one-line summary of the options, for listings
   */
  public String describe() {
    final StringBuilder b = new StringBuilder();
    b.append("seed ").append(seed).append(", ");
    if (precision > 0) {
      b.append("precision ").append(precision * 100).append("%, cap ").append(maxReplications);
    } else {
      b.append(maxReplications).append(" replications");
    }
    b.append(", to ").append(lastDay);
    if (formationName != null) {
      b.append(", formation ").append(formationName);
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "RunSpec[" + scenarioName + " sha256 " + scenarioHash() + ", " + describe() + "]";
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof RunSpec r
        && Objects.equals(r.scenarioName, scenarioName)
        && Arrays.equals(r.scenario, scenario)
        && Objects.equals(r.lastDay, lastDay)
        && Objects.equals(r.formationName, formationName)
        && Arrays.equals(r.formation, formation)
        && r.seed == seed
        && r.maxReplications == maxReplications
        && Double.compare(r.precision, precision) == 0
        && r.minReplications == minReplications
        && r.blockSize == blockSize
        && r.headline == headline;
  }

  @Override
  public int hashCode() {
    return Objects.hash(scenarioName, Arrays.hashCode(scenario), lastDay, seed, maxReplications);
  }
}
