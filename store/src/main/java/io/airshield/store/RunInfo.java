package io.airshield.store;

/**
 * A stored run as listed: what it was, when, and how far it got.
 *
 * @param id the run's number in the store
 * @param scenarioId the scenario's id
 * @param spec what decides its results
 * @param scenarioHash SHA-256 of the scenario bytes
 * @param vectorSize slots in an outcome vector
 * @param engine the engine that ran it (local or spark)
 * @param programVersion the airshield version that started it
 * @param startedAt start time (ISO-8601, UTC)
 * @param endedAt end time, or null while running
 * @param status running, complete, cancelled or failed
 * @param replications replications stored
 * @param precisionReached whether the precision target was met
 * @param message why it failed, or null
 */
public record RunInfo(
    long id,
    String scenarioId,
    RunSpec spec,
    String scenarioHash,
    int vectorSize,
    String engine,
    String programVersion,
    String startedAt,
    String endedAt,
    Status status,
    long replications,
    boolean precisionReached,
    String message) {

  /** A run's state. A run killed while running stays {@code RUNNING} until resumed. */
  public enum Status {
    /** Being written, or killed while being written (resume it). */
    RUNNING,
    /** Ran to its end or reached its precision. */
    COMPLETE,
    /** Stopped by the user; resumable. */
    CANCELLED,
    /** Stopped by an error; resumable once the cause is mended. */
    FAILED;

    /**
     * @return the name stored in the database and printed
     */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Status of(final String label) {
      return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
