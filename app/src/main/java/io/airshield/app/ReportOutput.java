package io.airshield.app;

import io.airshield.assessment.Assessment;
import io.airshield.campaign.Theatre;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.report.HtmlReport;
import io.airshield.report.ReinforceData;
import io.airshield.report.ReinforceHtml;
import io.airshield.report.ReportData;
import io.airshield.report.TraceWriter;
import io.airshield.study.Studies;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@code assess} and {@code reinforce} write besides their tables: the report folder (assess:
 * index.html and the CSV files; reinforce: index.html) and, for assess on request, the event log of
 * one replication for the replay. Kept out of the commands so that each stays a list of options and
 * one call, and so that both treat a bad {@code --report} alike.
 */
final class ReportOutput {
  private ReportOutput() {}

  /**
   * @param theatre the theatre run
   * @param result the run
   * @param a its assessment
   * @param seed master seed
   * @param dir the report folder, or null for none
   * @param trace the replication to trace, or null
   * @param traceFile where to write the trace, or null for trace-N.ndjson in the report folder (or
   *     the working folder without a report)
   * @param err where to say what was written, or null when quiet
   * @throws IOException if a file cannot be written
   */
  static Path write(
      final Theatre theatre,
      final MonteCarlo.Result result,
      final Assessment a,
      final long seed,
      final Path dir,
      final Long trace,
      final Path traceFile,
      final PrintWriter err)
      throws IOException {
    if (trace != null && (trace < 0 || trace >= Math.max(1, result.replications()))) {
      throw new UserException(
          "--trace takes a replication from 0 to "
              + (result.replications() - 1)
              + ", not "
              + trace);
    }
    if (dir != null) {
      checkFolder(dir);
      final long t0 = System.nanoTime();
      final Path index =
          HtmlReport.write(
              ReportData.of(theatre, result, a), dir, "airshield " + Version.current());
      final double ms = (System.nanoTime() - t0) / 1e6;
      if (err != null) {
        err.printf(
            Locale.ROOT,
            "Report written to %s (%,d bytes, %.0f ms)%n",
            index,
            Files.size(index),
            ms);
      }
    }
    if (trace != null) {
      final Path f =
          traceFile != null
              ? traceFile
              : (dir != null ? dir : Path.of(".")).resolve("trace-" + trace + ".ndjson");
      if (f.getParent() != null) {
        Files.createDirectories(f.getParent());
      }
      final long n;
      try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
        n = TraceWriter.write(theatre, Studies.allocator().get(), seed, trace, w);
      }
      if (err != null) {
        err.printf(
            Locale.ROOT, "Trace of replication %d written to %s (%,d events)%n", trace, f, n);
      }
      return f;
    }
    return null;
  }

  /**
   * Refuses, before any work, a report folder that cannot be written.
   *
   * @param dir the folder asked for
   */
  static void checkFolder(final Path dir) {
    OutputPaths.folder("--report", dir);
  }

  /**
   * Writes the reinforcement report folder.
   *
   * @param d what to report
   * @param dir the folder
   * @param err where to say what was written, or null when quiet
   * @return the page written
   */
  static Path reinforce(final ReinforceData d, final Path dir, final PrintWriter err) {
    checkFolder(dir);
    final long t0 = System.nanoTime();
    try {
      final Path index = ReinforceHtml.write(d, dir, "airshield " + Version.current());
      final double ms = (System.nanoTime() - t0) / 1e6;
      if (err != null) {
        err.printf(
            Locale.ROOT,
            "Report written to %s (%,d bytes, %.0f ms)%n",
            index,
            Files.size(index),
            ms);
        err.flush();
      }
      return index;
    } catch (IOException e) {
      throw new UserException("--report " + dir + " cannot be written: " + e.getMessage());
    }
  }
}
