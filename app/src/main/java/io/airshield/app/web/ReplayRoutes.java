package io.airshield.app.web;

import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.report.TraceWriter;
import io.airshield.study.AssessSettings;
import io.airshield.study.Studies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;

/**
 * The replay resource: one replication's events as NDJSON, for the replay page, written on the
 * request's thread within the server's limits of size, time and traces at once.
 */
final class ReplayRoutes {
  /** Set on a request whose trace was refused as too large (413, with its own message). */
  static final String TRACE_REFUSED = "airshield.trace-refused";

  private final WebServer.Options options;
  private final ScenarioRoutes scenarios;
  private final java.util.concurrent.Semaphore permits;

  /**
   * @param options the server's options (the trace limits)
   * @param scenarios where scenarios are read
   * @param permits the traces that may be written at once
   */
  ReplayRoutes(
      final WebServer.Options options,
      final ScenarioRoutes scenarios,
      final java.util.concurrent.Semaphore permits) {
    this.options = options;
    this.scenarios = scenarios;
    this.permits = permits;
  }

  /**
   * @param app the server
   */
  void register(final Javalin app) {
    app.get("/api/scenarios/{name}/trace", this::trace);
  }

  private void trace(final Context ctx) throws IOException {
    if (!permits.tryAcquire()) {
      throw new HttpResponseException(
          429,
          "too many traces: "
              + WebServer.MAX_CONCURRENT_TRACES
              + " being written at once is the limit; try again in a few seconds");
    }
    try {
      writeTrace(ctx);
    } finally {
      permits.release();
    }
  }

  private void writeTrace(final Context ctx) throws IOException {
    final long started = System.nanoTime();
    Scenario s = scenarios.scenario(ctx.pathParam("name"));
    final long rep = Http.longParam(ctx, "replication", 0, 0, 1_000_000);
    final long seed =
        Http.longParam(ctx, "seed", AssessSettings.SEED, Long.MIN_VALUE, Long.MAX_VALUE);
    // at most the scenario's period, itself at most 10 years (ScenarioReader)
    final long days = Http.longParam(ctx, "days", s.days(), 1, s.days());
    s = s.withEnd(s.start().plusDays(days - 1));
    final BoundedWriter w =
        new BoundedWriter(options.maxTraceBytes(), started + options.maxTraceTime().toNanos());
    try {
      TraceWriter.write(new Theatre(s), Studies.allocator().get(), seed, rep, w);
    } catch (BoundedWriter.Late e) {
      // the replication writes at least one event a day, so it stops within a day of the limit
      throw new HttpResponseException(
          503,
          "the trace of "
              + days
              + " day"
              + (days == 1 ? "" : "s")
              + " took longer than this server's limit of "
              + Http.seconds(options.maxTraceTime())
              + "; ask for fewer days (?days=N), or write it with"
              + " airshield assess --trace N and open the file in the replay");
    } catch (BoundedWriter.Full e) {
      // refused whole: half a trace would replay as a quiet end of the period
      ctx.attribute(TRACE_REFUSED, Boolean.TRUE);
      throw new HttpResponseException(
          413,
          "the trace of "
              + days
              + " day"
              + (days == 1 ? "" : "s")
              + " is larger than this server's limit of "
              + options.maxTraceBytes()
              + " bytes; ask for fewer days (?days=N), or write it with"
              + " airshield assess --trace N and open the file in the replay");
    }
    ctx.contentType("application/x-ndjson; charset=utf-8").result(w.toString());
  }
}
