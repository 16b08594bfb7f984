package io.airshield.store;

import io.airshield.campaign.Metrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A stored run as tidy CSV files (one observation per row, one variable per column, a header row,
 * plain numbers with a dot) that pandas' {@code read_csv} and R's {@code read.csv} read as they
 * are: {@code run.csv} (one row: what was run, when, how far) and {@code replications.csv} (one row
 * per replication with its campaign-wide figures). Numbers are written in Java's shortest
 * round-trip form, so reading them back gives the very doubles the statistics used.
 */
public final class TidyExport {
  private TidyExport() {}

  /**
   * @param store the store
   * @param runId the run
   * @param dir the folder, created if needed
   * @throws IOException if a file cannot be written
   */
  public static void write(final RunStore store, final long runId, final Path dir)
      throws IOException {
    final RunInfo r = store.get(runId);
    Files.createDirectories(dir);
    try (PrintWriter w = writer(dir.resolve("run.csv"))) {
      w.println(
          "run,scenario_id,scenario_name,scenario_sha256,seed,max_replications,precision,"
              + "last_day,formation,engine,program_version,started_at,ended_at,status,"
              + "replications,precision_reached");
      final RunSpec s = r.spec();
      w.println(
          r.id()
              + ","
              + q(r.scenarioId())
              + ","
              + q(s.scenarioName())
              + ","
              + r.scenarioHash()
              + ","
              + s.seed()
              + ","
              + s.maxReplications()
              + ","
              + s.precision()
              + ","
              + s.lastDay()
              + ","
              + q(s.formationName())
              + ","
              + q(r.engine())
              + ","
              + q(r.programVersion())
              + ","
              + q(r.startedAt())
              + ","
              + q(r.endedAt())
              + ","
              + r.status().label()
              + ","
              + r.replications()
              + ","
              + r.precisionReached());
    }
    final List<String> names = Metrics.scalarNames();
    final double[][] rows = RunComparison.scalars(store, r);
    try (PrintWriter w = writer(dir.resolve("replications.csv"))) {
      w.println("run,replication," + String.join(",", names));
      for (int i = 0; i < rows.length; i++) {
        final StringBuilder b = new StringBuilder().append(r.id()).append(',').append(i);
        for (double v : rows[i]) {
          b.append(',').append(v);
        }
        w.println(b);
      }
    }
  }

  private static PrintWriter writer(final Path p) throws IOException {
    return new PrintWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8));
  }

  private static String q(final String s) {
    return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
