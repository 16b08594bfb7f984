package io.airshield.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airshield.campaign.Theatre;
import io.airshield.domain.Scenario;
import io.airshield.formation.PlanReader;
import io.airshield.reinforce.EmbeddedPools;
import io.airshield.reinforce.Pool;
import io.airshield.reinforce.PoolReader;
import io.airshield.report.Basemap;
import io.airshield.report.JsonReport;
import io.airshield.report.ReinforceData;
import io.airshield.report.ReinforceHtml;
import io.airshield.report.ReportData;
import io.airshield.report.SvgCharts;
import io.airshield.report.SvgMap;
import io.airshield.report.TraceWriter;
import io.airshield.scenario.EmbeddedScenarios;
import io.airshield.scenario.FileBytes;
import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import io.airshield.scenario.ReadLimits;
import io.airshield.scenario.ScenarioReader;
import io.airshield.store.RunInfo;
import io.airshield.store.RunStore;
import io.airshield.store.StoreException;
import io.airshield.study.AssessSettings;
import io.airshield.study.ReinforceSettings;
import io.airshield.study.Studies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.ConnectionLimit;

/**
 * The local web UI: static pages and Leaflet served from the jar, and a JSON API over the same core
 * as the command line. Nothing is fetched from the network, by the server or the pages.
 *
 * <p>Defences, because a page on any site can make a browser send requests to localhost: a
 * state-changing request whose {@code Origin} is not this server is refused (403); a {@code Host}
 * that is not this server's loopback name is refused (403, against DNS rebinding); bodies are
 * capped; scenario names are checked against a strict pattern so they cannot leave the scenarios
 * folder; runs are capped in number and length; errors carry a short message, never a stack trace.
 * Bound to anything but loopback, every request must carry the token.
 *
 * <p>The limits, each answered with a 4xx and a message that names it:
 *
 * <ul>
 *   <li>request body: {@value #MAX_BODY} bytes (413);
 *   <li>runs: {@link Options#maxRuns()} at once (2 for {@code airshield serve}), then {@link
 *       Options#maxQueued()} waiting (default {@value #DEFAULT_MAX_QUEUED}), then 429;
 *   <li>a run: at most {@value #MAX_REPLICATIONS} replications (400) and {@link
 *       Options#maxRunTime()} of execution (default {@link #DEFAULT_MAX_RUN_TIME}), after which it
 *       is stopped and keeps what it has; a reinforce run at most {@value
 *       #MAX_REINFORCE_REPLICATIONS} replications per plan, which with its 12 plans and the
 *       baseline stays under the same total, and stopped it keeps nothing (a ranking half-way
 *       selects nothing);
 *   <li>a trace (one replication, as NDJSON): at most {@link Options#maxTraceBytes()} bytes of
 *       UTF-8 (default {@value #DEFAULT_MAX_TRACE_BYTES}); a larger one is refused whole (413,
 *       asking for fewer days), never cut short, and no more than the limit is held in memory while
 *       it is written. It is written on the request's thread, for at most {@link
 *       Options#maxTraceTime()} (default {@link #DEFAULT_MAX_TRACE_TIME}); one that takes longer is
 *       abandoned and refused (503, asking for fewer days). Its days are at most the scenario's (a
 *       period of at most 10 years). At most {@value #MAX_CONCURRENT_TRACES} are written at once;
 *       another is refused (429).
 * </ul>
 */
public final class WebServer implements AutoCloseable {
  /** The default port, fixed so a bookmark keeps working. */
  public static final int DEFAULT_PORT = 8751;

  /** Largest request body accepted (bytes), with a Content-Length or chunked alike. */
  public static final long MAX_BODY = 2_000_000;

  /**
   * Slowest request body accepted (bytes per second, averaged from its first byte): a body that
   * trickles in holds a thread while it is read, so hundreds of them would starve every other
   * request; a browser on this machine sends 2 MB in milliseconds (408).
   */
  public static final long MIN_BODY_BYTES_PER_SECOND = 8_192;

  /** Longest wait for the next bytes of a request body, or to write an answer (ms; 408). */
  public static final long IO_TIMEOUT_MS = 10_000;

  /**
   * Most connections open at once; beyond it new connections wait to be accepted. An idle
   * keep-alive connection holds no thread, so the bound is on sockets, well above what the load
   * test's 200 clients keep open (a bound of 200 locked some of them out); the threads are kept
   * free by {@link #MIN_BODY_BYTES_PER_SECOND} and {@link #IO_TIMEOUT_MS}.
   */
  public static final int MAX_CONNECTIONS = 500;

  /** Shortest token accepted (characters). */
  public static final int MIN_TOKEN_LENGTH = 16;

  /** Largest run accepted from the UI (replications). */
  public static final long MAX_REPLICATIONS = 20_000;

  /** Largest trace answered (bytes of NDJSON, UTF-8), unless the options say otherwise. */
  public static final int DEFAULT_MAX_TRACE_BYTES = 64 << 20;

  /**
   * The longest a trace may take to write, in seconds, unless the options say otherwise: the whole
   * period of an embedded scenario takes a fraction of a second, a trace of the byte limit some
   * seconds.
   */
  public static final int DEFAULT_MAX_TRACE_SECONDS = 10;

  /** {@link #DEFAULT_MAX_TRACE_SECONDS} as a duration. */
  public static final java.time.Duration DEFAULT_MAX_TRACE_TIME =
      java.time.Duration.ofSeconds(DEFAULT_MAX_TRACE_SECONDS);

  /**
   * Largest cap per plan of a reinforce run: 12 plans and the baseline at this cap stay within
   * {@link #MAX_REPLICATIONS} replications.
   */
  public static final int MAX_REINFORCE_REPLICATIONS = 1500;

  /**
   * Traces written at once: each takes a request thread and a core for up to the trace time limit,
   * so more are refused (429) rather than left to pile up.
   */
  public static final int MAX_CONCURRENT_TRACES = 2;

  /** Permits for {@link #MAX_CONCURRENT_TRACES}; package-private for the test that drains it. */
  final java.util.concurrent.Semaphore tracePermits =
      new java.util.concurrent.Semaphore(MAX_CONCURRENT_TRACES);

  /** Runs that may wait for a free slot, unless the options say otherwise. */
  public static final int DEFAULT_MAX_QUEUED = 4;

  /** The longest a run started from the UI may execute, unless the options say otherwise. */
  public static final java.time.Duration DEFAULT_MAX_RUN_TIME = java.time.Duration.ofMinutes(30);

  /** Set on a request whose trace was refused as too large (413, with its own message). */
  private static final String TRACE_REFUSED = "airshield.trace-refused";

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
  private static final ObjectMapper JSON = JsonReport.mapper();

  /**
   * How to serve.
   *
   * @param bind address to bind (loopback by default)
   * @param port port, 0 for any free one
   * @param token the token every request must carry, or null (loopback only)
   * @param scenarios the folder of the user's scenarios
   * @param maxRuns runs at once
   * @param threads worker threads per run
   * @param store the results database whose runs the Runs page lists, or null for none
   * @param maxQueued runs that may wait for a free slot before a start is refused (429)
   * @param maxRunTime the longest a run may execute before it is stopped
   * @param maxTraceBytes the largest trace answered, in bytes of UTF-8 NDJSON (at least 1); a
   *     larger one is refused (413)
   * @param maxTraceTime the longest a trace may take to write (positive); a slower one is abandoned
   *     and refused (503)
   */
  public record Options(
      String bind,
      int port,
      String token,
      Path scenarios,
      int maxRuns,
      int threads,
      Path store,
      int maxQueued,
      java.time.Duration maxRunTime,
      int maxTraceBytes,
      java.time.Duration maxTraceTime) {
    /**
     * Options with the default trace time.
     *
     * @param bind address to bind
     * @param port port
     * @param token token or null
     * @param scenarios the folder of the user's scenarios
     * @param maxRuns runs at once
     * @param threads worker threads per run
     * @param store the results database, or null
     * @param maxQueued runs that may wait for a free slot
     * @param maxRunTime the longest a run may execute
     * @param maxTraceBytes the largest trace answered, in bytes
     */
    public Options(
        final String bind,
        final int port,
        final String token,
        final Path scenarios,
        final int maxRuns,
        final int threads,
        final Path store,
        final int maxQueued,
        final java.time.Duration maxRunTime,
        final int maxTraceBytes) {
      this(
          bind,
          port,
          token,
          scenarios,
          maxRuns,
          threads,
          store,
          maxQueued,
          maxRunTime,
          maxTraceBytes,
          DEFAULT_MAX_TRACE_TIME);
    }

    /**
     * Options with the default trace limits.
     *
     * @param bind address to bind
     * @param port port
     * @param token token or null
     * @param scenarios the folder of the user's scenarios
     * @param maxRuns runs at once
     * @param threads worker threads per run
     * @param store the results database, or null
     * @param maxQueued runs that may wait for a free slot
     * @param maxRunTime the longest a run may execute
     */
    public Options(
        final String bind,
        final int port,
        final String token,
        final Path scenarios,
        final int maxRuns,
        final int threads,
        final Path store,
        final int maxQueued,
        final java.time.Duration maxRunTime) {
      this(
          bind,
          port,
          token,
          scenarios,
          maxRuns,
          threads,
          store,
          maxQueued,
          maxRunTime,
          DEFAULT_MAX_TRACE_BYTES);
    }

    /**
     * Options with the default queue and run time.
     *
     * @param bind address to bind
     * @param port port
     * @param token token or null
     * @param scenarios the folder of the user's scenarios
     * @param maxRuns runs at once
     * @param threads worker threads per run
     * @param store the results database, or null
     */
    public Options(
        final String bind,
        final int port,
        final String token,
        final Path scenarios,
        final int maxRuns,
        final int threads,
        final Path store) {
      this(
          bind,
          port,
          token,
          scenarios,
          maxRuns,
          threads,
          store,
          DEFAULT_MAX_QUEUED,
          DEFAULT_MAX_RUN_TIME);
    }

    /**
     * Options with no results database.
     *
     * @param bind address to bind
     * @param port port
     * @param token token or null
     * @param scenarios the folder of the user's scenarios
     * @param maxRuns runs at once
     * @param threads worker threads per run
     */
    public Options(
        final String bind,
        final int port,
        final String token,
        final Path scenarios,
        final int maxRuns,
        final int threads) {
      this(bind, port, token, scenarios, maxRuns, threads, null);
    }
  }

  private final Options options;
  private final Runs runs;
  private final Javalin app;
  private final boolean loopback;

  private WebServer(final Options options) {
    if (options.maxTraceBytes() < 1) {
      throw new IllegalArgumentException(
          "the trace limit must be at least 1 byte, not " + options.maxTraceBytes());
    }
    if (options.maxTraceTime() == null
        || options.maxTraceTime().isNegative()
        || options.maxTraceTime().isZero()) {
      throw new IllegalArgumentException(
          "the trace time limit must be positive, not " + options.maxTraceTime());
    }
    this.options = options;
    final String v = WebServer.class.getPackage().getImplementationVersion();
    this.runs =
        new Runs(
            options.maxRuns(),
            options.maxQueued(),
            options.maxRunTime(),
            options.store(),
            v == null ? "dev" : v);
    this.loopback = isLoopback(options.bind());
    if (options.token() != null && !goodToken(options.token())) {
      // a blank or short token would let anyone in who sends an empty one
      throw new IllegalArgumentException(
          "a token must have at least "
              + MIN_TOKEN_LENGTH
              + " characters and no spaces or control characters");
    }
    if (!loopback && (options.token() == null || options.token().length() < 16)) {
      throw new IllegalArgumentException(
          "binding "
              + options.bind()
              + " (not loopback) needs"
              + " --token with at least 16 characters");
    }
    app =
        Javalin.create(
            c -> {
              c.showJavalinBanner = false;
              c.http.maxRequestSize = MAX_BODY;
              c.jetty.modifyHttpConfiguration(
                  h -> {
                    h.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
                    h.setIdleTimeout(IO_TIMEOUT_MS);
                  });
              c.jetty.modifyServer(
                  server -> server.addBean(new ConnectionLimit(MAX_CONNECTIONS, server)));
              c.http.defaultContentType = "application/json";
              c.jsonMapper(new JavalinJackson(JSON, false));
              c.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/io/airshield/web";
                    sf.location = Location.CLASSPATH;
                    sf.headers =
                        Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
                  });
              c.staticFiles.enableWebjars();
            });
    app.before(this::guard);
    app.after(
        ctx -> {
          ctx.header("X-Frame-Options", "DENY");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header(
              "Content-Security-Policy",
              "default-src 'self'; img-src 'self' data:;"
                  + " style-src 'self' 'unsafe-inline'; connect-src 'self'");
        });
    routes();
    app.exception(
        HttpResponseException.class,
        (e, ctx) ->
            error(
                ctx,
                e.getStatus(),
                e.getStatus() == 404
                        && e.getMessage() != null
                        && e.getMessage().startsWith("Endpoint ")
                    // Javalin's own "Endpoint GET /... not found" would echo the whole path back
                    ? "nothing at " + clip(ctx.path())
                    : e.getMessage()));
    app.exception(InputException.class, (e, ctx) -> problems(ctx, "scenario", e));
    app.exception(FileProblems.class, (e, ctx) -> problems(ctx, e.what, e.problems));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          // the details go to the operator's console, never to the client
          System.err.println(
              "airshield serve: internal error on " + ctx.method() + " " + clip(ctx.path()));
          e.printStackTrace();
          error(ctx, 500, "internal error; see the server's log");
        });
    app.error(
        404,
        ctx -> {
          // our own 404s are JSON already; Javalin's ("Endpoint GET /... not found") would echo
          // the whole path back
          if (ctx.result() == null || !ctx.result().startsWith("{")) {
            error(ctx, 404, "nothing at " + clip(ctx.path()));
          }
        });
    app.error(
        413,
        ctx -> {
          // a refused trace says so already; any other 413 is a body over the limit
          if (ctx.attribute(TRACE_REFUSED) == null) {
            error(ctx, 413, "request body larger than " + MAX_BODY + " bytes");
          }
        });
  }

  /**
   * @param options how to serve
   * @return the running server
   */
  public static WebServer start(final Options options) {
    final WebServer s = new WebServer(options);
    s.app.start(options.bind(), options.port());
    return s;
  }

  /**
   * @return the port bound
   */
  public int port() {
    return app.port();
  }

  /**
   * @return the address to open in a browser
   */
  public String url() {
    final String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
    return "http://"
        + host
        + ":"
        + port()
        + "/"
        + (options.token() == null ? "" : "?token=" + options.token());
  }

  @Override
  public void close() {
    runs.shutdown();
    app.stop();
  }

  static boolean isLoopback(final String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private void guard(final Context ctx) {
    final String method = ctx.method().name();
    final String host = ctx.header("Host");
    if (loopback
        && host != null
        && !host.matches("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d+)?")) {
      throw new HttpResponseException(
          403, "unexpected Host header: this server answers only" + " on its loopback address");
    }
    if (options.token() != null) {
      final String given =
          firstNonNull(
              ctx.header("X-Airshield-Token"),
              ctx.queryParam("token"),
              ctx.cookie("airshield-token"));
      if (!options.token().equals(given)) {
        throw new HttpResponseException(
            401, "this server needs its token: open the address" + " printed by airshield serve");
      }
      if (ctx.queryParam("token") != null) {
        ctx.cookie(
            new io.javalin.http.Cookie(
                "airshield-token",
                options.token(),
                "/",
                -1,
                false,
                0,
                true,
                null,
                null,
                io.javalin.http.SameSite.STRICT));
      }
    }
    if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
      final String origin = ctx.header("Origin");
      final String site = ctx.header("Sec-Fetch-Site");
      final boolean foreign =
          origin != null
              ? !origin.equals("http://" + host)
              : site != null && !site.equals("same-origin") && !site.equals("none");
      if (foreign) {
        throw new HttpResponseException(
            403,
            "cross-origin request refused: changes are"
                + " accepted only from this server's own pages");
      }
    }
  }

  private static String firstNonNull(final String... v) {
    for (String s : v) {
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** The runs of the results database, newest first; none when there is no database yet. */
  private List<Map<String, Object>> storedRuns() {
    final Path file = options.store();
    if (file == null || !Files.isRegularFile(file)) {
      return List.of();
    }
    try (RunStore store = RunStore.open(file)) {
      final List<Map<String, Object>> out = new ArrayList<>();
      final List<RunInfo> all = new ArrayList<>(store.list());
      java.util.Collections.reverse(all);
      for (RunInfo r : all) {
        final Map<String, Object> m = describe(r, store.label(r.id()));
        m.put("supplyTonsPerDay", headline(store.assessmentJson(r.id())));
        out.add(m);
      }
      return out;
    } catch (StoreException e) {
      throw storeProblem(e);
    }
  }

  /**
   * The headline of a finished run, supply delivered (t/day), read from its stored assessment so
   * the list costs no replay; null for a run without one.
   */
  private static Double headline(final java.util.Optional<String> assessment) {
    if (assessment.isEmpty()) {
      return null;
    }
    try {
      final JsonNode mean = JSON.readTree(assessment.get()).path("supply").path("mean");
      return mean.isNumber() ? mean.asDouble() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static Map<String, Object> describe(final RunInfo r, final RunStore.Label label) {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("name", label.name());
    m.put("note", label.note());
    m.put("scenario", r.scenarioId());
    m.put("status", r.status().label());
    m.put("replications", r.replications());
    m.put("seed", r.spec().seed());
    m.put("options", r.spec().describe());
    m.put("engine", r.engine());
    m.put("startedAt", r.startedAt());
    m.put("endedAt", r.endedAt());
    return m;
  }

  /** A stored run's id from the path or a query parameter: a positive whole number, else 400. */
  private static long storedId(final String text, final String what) {
    final String t = text == null ? "" : text;
    if (!t.matches("[0-9]{1,18}") || Long.parseLong(t) < 1) {
      throw new HttpResponseException(
          400,
          what + " must be a stored run's id, a positive whole number, not \"" + clip(t) + "\"");
    }
    return Long.parseLong(t);
  }

  /**
   * The results database for a request about one stored run; 404 when there is none yet.
   *
   * @param id the run asked for, named in the 404
   */
  private RunStore openStore(final long id) {
    final Path file = options.store();
    if (file == null || !Files.isRegularFile(file)) {
      throw new HttpResponseException(404, "no stored run " + id);
    }
    try {
      return RunStore.open(file);
    } catch (StoreException e) {
      throw storeProblem(e);
    }
  }

  /**
   * A store that cannot be written is the user's to fix (409, saying so); one that cannot be read
   * at all is the server's (503, details in its log).
   */
  private static HttpResponseException storeProblem(final StoreException e) {
    if (String.valueOf(e.getMessage()).contains("read-only")) {
      return new HttpResponseException(
          409, "the results database is read-only: runs can be read but not changed");
    }
    System.err.println("airshield serve: the results database cannot be read: " + e.getMessage());
    return new HttpResponseException(
        503, "the results database cannot be read; see the server's log");
  }

  private static RunInfo storedInfo(final RunStore store, final long id) {
    return store.find(id).orElseThrow(() -> new HttpResponseException(404, "no stored run " + id));
  }

  /**
   * One stored run as {@code airshield runs show ID} prints it, recomputed from its stored
   * replications as the command does, with the map and charts of the report; a run with none yet
   * has no assessment.
   */
  private void storedRun(final Context ctx) {
    final long id = storedId(ctx.pathParam("id"), "the run");
    try (RunStore store = openStore(id)) {
      final RunInfo r = storedInfo(store, id);
      final Map<String, Object> m = new LinkedHashMap<>();
      m.put("run", describe(r, store.label(id)));
      final ReportData d = replay(store, r);
      m.put("assessment", d == null ? null : d.assessment());
      m.put("charts", d == null ? List.of() : SvgCharts.all(d));
      m.put("map", d == null ? null : SvgMap.render(d, Basemap.get()));
      ctx.json(m);
    } catch (StoreException e) {
      throw storeProblem(e);
    }
  }

  /**
   * A stored run's assessment and report data, from its stored replications (the same bits as the
   * run's own); null when it has none yet.
   */
  private static ReportData replay(final RunStore store, final RunInfo r) {
    final Theatre theatre;
    try {
      theatre = io.airshield.store.StoredRuns.theatre(r.spec());
    } catch (InputException e) {
      throw new HttpResponseException(
          409,
          "stored run "
              + r.id()
              + "'s scenario is no longer accepted by this version of airshield: "
              + clip(e.getMessage()));
    }
    final io.airshield.store.StoredRuns.Replayed rep =
        io.airshield.store.StoredRuns.replay(store, r, theatre);
    if (rep.replications() == 0) {
      return null;
    }
    final io.airshield.montecarlo.MonteCarlo.Result result =
        new io.airshield.montecarlo.MonteCarlo.Result(
            rep.statistics(),
            rep.replications(),
            rep.precisionReached(),
            r.status() == RunInfo.Status.CANCELLED);
    return ReportData.of(
        theatre, result, io.airshield.assessment.Assessor.assess(theatre, result, r.spec().seed()));
  }

  /** Deletes a stored run with its replications, as {@code airshield runs delete ID} does. */
  private void deleteStoredRun(final Context ctx) {
    final long id = storedId(ctx.pathParam("id"), "the run");
    try (RunStore store = openStore(id)) {
      if (!store.delete(id)) {
        throw new HttpResponseException(404, "no stored run " + id);
      }
      ctx.status(204);
    } catch (StoreException e) {
      throw storeProblem(e);
    }
  }

  /**
   * Names and annotates a stored run: {@code {"name": TEXT, "note": TEXT}}, both strings (empty to
   * clear), the name on one line.
   */
  private void labelStoredRun(final Context ctx) {
    final long id = storedId(ctx.pathParam("id"), "the run");
    final JsonNode body;
    try {
      body = JSON.readTree(body(ctx));
    } catch (IOException e) {
      throw new HttpResponseException(
          400, "the body is not valid JSON: expected {\"name\": TEXT, \"note\": TEXT}");
    }
    if (body == null || !body.isObject()) {
      throw new HttpResponseException(
          400, "the body must be a JSON object: {\"name\": TEXT, \"note\": TEXT}");
    }
    final String name = labelText(body, "name", RunStore.MAX_NAME_LENGTH, false);
    final String note = labelText(body, "note", RunStore.MAX_NOTE_LENGTH, true);
    try (RunStore store = openStore(id)) {
      if (!store.label(id, new RunStore.Label(name, note))) {
        throw new HttpResponseException(404, "no stored run " + id);
      }
      ctx.json(describe(storedInfo(store, id), store.label(id)));
    } catch (StoreException e) {
      throw storeProblem(e);
    }
  }

  private static String labelText(
      final JsonNode body, final String field, final int max, final boolean lines) {
    final JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw new HttpResponseException(400, field + " must be a string");
    }
    final String t = v.asText().strip();
    if (t.length() > max) {
      throw new HttpResponseException(
          400, field + " must have at most " + max + " characters, not " + t.length());
    }
    for (int i = 0; i < t.length(); i++) {
      final char c = t.charAt(i);
      if (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\t' || c == '\r'))) {
        throw new HttpResponseException(
            400,
            field
                + " must not contain control characters"
                + (lines ? " other than line breaks and tabs" : " (it is one line)"));
      }
    }
    return t;
  }

  /**
   * Compares two stored runs as {@code airshield runs compare A B} does: {@code ?a=ID&b=ID}, each
   * figure's means, B - A and its 95% interval (paired when the runs share their random numbers).
   */
  private void compareStoredRuns(final Context ctx) {
    final long a = storedId(ctx.queryParam("a"), "a");
    final long b = storedId(ctx.queryParam("b"), "b");
    try (RunStore store = openStore(a)) {
      storedInfo(store, a);
      storedInfo(store, b);
      final io.airshield.store.RunComparison.Result r;
      try {
        r = io.airshield.store.RunComparison.compare(store, a, b);
      } catch (StoreException e) {
        // runs of different scenarios, or without replications: the user's choice, said plainly
        throw new HttpResponseException(409, clip(e.getMessage()));
      }
      final Map<String, Object> m = new LinkedHashMap<>();
      m.put("a", describe(r.a(), store.label(a)));
      m.put("b", describe(r.b(), store.label(b)));
      m.put("paired", r.paired());
      m.put("method", r.why());
      final List<Map<String, Object>> rows = new ArrayList<>();
      for (io.airshield.store.RunComparison.Row row : r.rows()) {
        final Map<String, Object> x = new LinkedHashMap<>();
        x.put("figure", row.figure());
        x.put("meanA", finite(row.meanA()));
        x.put("meanB", finite(row.meanB()));
        x.put("difference", finite(row.difference()));
        x.put("low", finite(row.low()));
        x.put("high", finite(row.high()));
        x.put("significant", row.significant());
        rows.add(x);
      }
      m.put("rows", rows);
      ctx.json(m);
    } catch (StoreException e) {
      throw storeProblem(e);
    }
  }

  private static Double finite(final double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static void error(final Context ctx, final int status, final String message) {
    ctx.status(status)
        .contentType("application/json")
        .result(
            json(
                Map.of(
                    "error",
                    message == null || message.isEmpty()
                        ? HttpStatus.forStatus(status).getMessage()
                        : message)));
  }

  private static String json(final Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void routes() {
    // a browser asks for it on pages without the icon link (the JSON API, a saved report)
    app.get("/favicon.ico", ctx -> ctx.redirect("/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
    app.get("/api/basemap", ctx -> ctx.contentType("application/json").result(Basemap.bytes()));
    app.get("/api/scenarios", ctx -> ctx.json(scenarioList()));
    app.get("/api/plans", ctx -> ctx.json(PlanReader.EMBEDDED));
    app.get(
        "/api/plans/{name}",
        ctx -> {
          final String name = ctx.pathParam("name");
          ctx.contentType("text/plain; charset=utf-8")
              .result(
                  PlanReader.embeddedBytes(name)
                      .orElseThrow(
                          () ->
                              new HttpResponseException(
                                  404,
                                  "no embedded formation plan named \""
                                      + name.substring(0, Math.min(64, name.length()))
                                      + "\"; known: "
                                      + String.join(", ", PlanReader.EMBEDDED))));
        });
    app.get(
        "/api/scenarios/{name}",
        ctx ->
            ctx.contentType("text/plain; charset=utf-8")
                .result(scenarioBytes(ctx.pathParam("name"))));
    app.get(
        "/api/scenarios/{name}/layers",
        ctx -> ctx.json(Layers.of(scenario(ctx.pathParam("name")))));
    app.get("/api/scenarios/{name}/pool", this::poolText);
    app.get("/api/scenarios/{name}/trace", this::trace);
    app.post("/api/scenarios/{name}", this::save);
    app.post(
        "/api/validate",
        ctx -> {
          final List<Map<String, Object>> problems = new ArrayList<>();
          final byte[] body = body(ctx);
          final boolean plan = PlanReader.looksLikePlan("plan.yaml", body);
          try {
            if (plan) {
              PlanReader.read("plan.yaml", body);
            } else {
              ScenarioReader.read("scenario.yaml", body);
            }
          } catch (InputException e) {
            problems.addAll(problems(e));
          }
          ctx.json(
              Map.of(
                  "ok",
                  problems.isEmpty(),
                  "kind",
                  plan ? "formation plan" : "scenario",
                  "problems",
                  problems));
        });
    app.get("/api/defaults", ctx -> ctx.json(defaults()));
    app.get("/api/runs", ctx -> ctx.json(runs.all().stream().map(Runs.Run::status).toList()));
    app.get("/api/stored-runs", ctx -> ctx.json(storedRuns()));
    app.get("/api/stored-runs/{id}", this::storedRun);
    app.delete("/api/stored-runs/{id}", this::deleteStoredRun);
    app.post("/api/stored-runs/{id}/label", this::labelStoredRun);
    app.get("/api/stored-compare", this::compareStoredRuns);
    app.post("/api/runs", this::startRun);
    app.get("/api/runs/{id}", ctx -> ctx.json(run(ctx).status()));
    app.post(
        "/api/runs/{id}/cancel",
        ctx -> {
          final Runs.Run r = run(ctx);
          runs.cancel(r);
          ctx.status(202).json(r.status());
        });
    app.get(
        "/api/runs/{id}/result",
        ctx -> {
          final Runs.Run r = run(ctx);
          if (r.reinforce != null) {
            ctx.json(ranking(r));
            return;
          }
          if (r.data == null) {
            throw new HttpResponseException(
                409, "run " + r.id + " has no result yet (it is " + r.status().get("state") + ")");
          }
          final Map<String, Object> m = new LinkedHashMap<>();
          m.put("run", r.status());
          m.put("assessment", r.assessment);
          m.put("charts", SvgCharts.all(r.data));
          m.put("map", SvgMap.render(r.data, Basemap.get()));
          ctx.json(m);
        });
    // an unknown run is a 404 before the event stream starts (after, the status is sent)
    app.before("/api/runs/{id}/events", this::run);
    app.sse(
        "/api/runs/{id}/events",
        client -> {
          final Runs.Run r = run(client.ctx());
          client.keepAlive();
          final java.util.function.Consumer<Map<String, Object>> l =
              s -> {
                if (!client.terminated()) {
                  client.sendEvent("progress", json(s));
                }
              };
          r.listeners.add(l);
          client.onClose(() -> r.listeners.remove(l));
          client.sendEvent("progress", json(r.status()));
        });
  }

  /**
   * The studies' defaults, which the run form starts from: those of the command line ({@link
   * AssessSettings}, {@link ReinforceSettings}), with the server's own caps.
   */
  private static Map<String, Object> defaults() {
    final Map<String, Object> assess = new LinkedHashMap<>();
    assess.put("replications", AssessSettings.REPLICATIONS);
    assess.put("seed", AssessSettings.SEED);
    assess.put("maxReplications", MAX_REPLICATIONS);
    final Map<String, Object> reinforce = new LinkedHashMap<>();
    reinforce.put("maxReplications", ReinforceSettings.MAX_REPLICATIONS);
    reinforce.put("seed", ReinforceSettings.SEED);
    reinforce.put("keep", ReinforceSettings.KEEP);
    reinforce.put("confidence", ReinforceSettings.CONFIDENCE);
    reinforce.put("maxMaxReplications", MAX_REINFORCE_REPLICATIONS);
    return Map.of("assess", assess, "reinforce", reinforce);
  }

  /**
   * A reinforce run's result: the ranking as {@code airshield reinforce --format json} gives it,
   * the drafted request, the map of the best plan and the chart of gains, as the report page draws
   * them.
   */
  private static Map<String, Object> ranking(final Runs.Run r) {
    final ReinforceData d = r.ranking;
    if (d == null) {
      throw new HttpResponseException(
          409,
          "run "
              + r.id
              + " has no result"
              + (r.state == Runs.State.CANCELLED
                  ? " (it was stopped before the ranking ended)"
                  : " yet (it is " + r.status().get("state") + ")"));
    }
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("run", r.status());
    m.put("reinforcement", d.result());
    m.put("request", d.request().isEmpty() ? null : d.request());
    m.put("charts", List.of(ReinforceHtml.gainChart(d.result())));
    m.put("map", ReinforceHtml.map(d));
    return m;
  }

  private Runs.Run run(final Context ctx) {
    final Runs.Run r = runs.get(ctx.pathParam("id"));
    if (r == null) {
      throw new HttpResponseException(404, "no run " + clip(ctx.pathParam("id")));
    }
    return r;
  }

  /** 429 for a run refused because the slots and the queue are full. */
  private HttpResponseException tooManyRuns() {
    return new HttpResponseException(
        429,
        "too many runs: "
            + options.maxRuns()
            + " running and "
            + options.maxQueued()
            + " waiting is the limit; wait for one to finish or cancel it");
  }

  private void startRun(final Context ctx) throws IOException {
    final JsonNode body;
    try {
      body = JSON.readTree(body(ctx));
    } catch (IOException e) {
      throw new HttpResponseException(
          400,
          "the body is not valid JSON: expected"
              + " {\"scenario\": NAME, \"replications\": N, \"seed\": N, \"days\": N}");
    }
    if (body == null || !body.isObject()) {
      throw new HttpResponseException(400, "the body must be a JSON object with \"scenario\"");
    }
    final String name = text(body, "scenario", EmbeddedScenarios.defaultName());
    Scenario s = scenario(name);
    final String kind = text(body, "kind", "assess");
    if (kind.equals("reinforce")) {
      startReinforce(ctx, body, name, s);
      return;
    }
    if (!kind.equals("assess")) {
      throw new HttpResponseException(400, "kind must be assess or reinforce");
    }
    final long reps = wholeNumber(body, "replications", AssessSettings.REPLICATIONS);
    if (reps < 1 || reps > MAX_REPLICATIONS) {
      throw new HttpResponseException(
          400,
          "replications must be from 1 to "
              + MAX_REPLICATIONS
              + " here; use the command line for more");
    }
    final long seed = wholeNumber(body, "seed", AssessSettings.SEED);
    if (body.hasNonNull("days")) {
      final long days = wholeNumber(body, "days", -1);
      if (days < 1 || days > s.days()) {
        throw new HttpResponseException(400, "days must be from 1 to " + s.days());
      }
      s = s.withEnd(s.start().plusDays(days - 1L));
    }
    final AssessSettings settings =
        AssessSettings.defaults()
            .withSeed(seed)
            .withReplications(reps)
            .withThreads(options.threads());
    final Runs.Run r =
        runs.start(
            name,
            new Runs.Assess(
                EmbeddedScenarios.exists(name) ? "embedded:" + name : name + ".yaml",
                scenarioBytes(name),
                new Theatre(s),
                settings));
    if (r == null) {
      throw tooManyRuns();
    }
    ctx.status(201).json(r.status());
  }

  /**
   * Starts a ranking of a reinforcement pool, in the queue of the assessments: {@code {"kind":
   * "reinforce", "scenario": NAME, "maxReplications": N, "seed": N, "request": true}}, with {@code
   * "pool": TEXT} (a pool file's text) to rank the user's own pool instead of the scenario's
   * embedded one.
   */
  private void startReinforce(
      final Context ctx, final JsonNode body, final String name, final Scenario s) {
    if (body.hasNonNull("days") || body.hasNonNull("replications")) {
      throw new HttpResponseException(
          400, "a reinforce run takes maxReplications (per plan)," + " not replications or days");
    }
    final Pool pool = body.has("pool") ? ownPool(body.get("pool"), s) : embeddedPool(name, s);
    final long cap = wholeNumber(body, "maxReplications", ReinforceSettings.MAX_REPLICATIONS);
    if (cap < 2 || cap > MAX_REINFORCE_REPLICATIONS) {
      throw new HttpResponseException(
          400,
          "maxReplications must be from 2 to "
              + MAX_REINFORCE_REPLICATIONS
              + " here; use the command line for more");
    }
    final ReinforceSettings settings =
        ReinforceSettings.defaults()
            .withRun(wholeNumber(body, "seed", ReinforceSettings.SEED), options.threads())
            .withSizes(0, (int) cap, ReinforceSettings.KEEP);
    final Runs.Run r =
        runs.start(name, new Runs.Reinforce(s, pool, settings, bool(body, "request", false)));
    if (r == null) {
      throw tooManyRuns();
    }
    ctx.status(201).json(r.status());
  }

  /**
   * The pool a reinforce run ranks when the request gives none: the scenario's embedded one.
   *
   * @return the pool
   */
  private static Pool embeddedPool(final String name, final Scenario s) {
    try {
      return EmbeddedPools.load(s)
          .orElseThrow(
              () ->
                  new HttpResponseException(
                      400,
                      "scenario "
                          + name
                          + " has no embedded reinforcement pool; give your own as \"pool\""));
    } catch (InputException e) {
      // a scenario of the user's that kept an embedded one's id, but not its places or period
      throw new HttpResponseException(
          400,
          "the embedded reinforcement pool of "
              + s.id()
              + " does not fit scenario "
              + name
              + "; give your own as \"pool\"");
    }
  }

  /**
   * The user's own pool, given as the text of a pool file (YAML or JSON) in the request's {@code
   * "pool"} field and read as {@code airshield reinforce --pool} reads a file; its problems are a
   * 422 with line, column and field of each, as for a scenario.
   *
   * @return the pool
   */
  private static Pool ownPool(final JsonNode text, final Scenario s) {
    if (!text.isTextual()) {
      throw new HttpResponseException(
          400, "pool must be the text of a pool file (YAML or JSON), as a JSON string");
    }
    try {
      return PoolReader.read("pool.yaml", text.asText().getBytes(StandardCharsets.UTF_8), s);
    } catch (InputException e) {
      throw new FileProblems("pool", e);
    }
  }

  /** The problems of a file other than a scenario, to be answered with a 422 naming it. */
  private static final class FileProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What the file is, e.g. "pool". */
    final String what;

    /** Its problems. */
    final transient InputException problems;

    FileProblems(final String what, final InputException problems) {
      super(what + " has problems", null, false, false);
      this.what = what;
      this.problems = problems;
    }
  }

  /** 422: the {@code what} has problems, each with its line, column, field, message and hint. */
  private static void problems(final Context ctx, final String what, final InputException e) {
    ctx.status(422).json(Map.of("error", "the " + what + " has problems", "problems", problems(e)));
  }

  /**
   * The text of a scenario's embedded reinforcement pool, the starting point for one's own; 404
   * when it has none.
   */
  private void poolText(final Context ctx) throws IOException {
    final String name = ctx.pathParam("name");
    final Scenario s = scenario(name);
    ctx.contentType("text/plain; charset=utf-8")
        .result(
            EmbeddedPools.bytes(s.id())
                .orElseThrow(
                    () ->
                        new HttpResponseException(
                            404,
                            "scenario " + clip(name) + " has no embedded reinforcement pool")));
  }

  private void trace(final Context ctx) throws IOException {
    if (!tracePermits.tryAcquire()) {
      throw new HttpResponseException(
          429,
          "too many traces: "
              + MAX_CONCURRENT_TRACES
              + " being written at once is the limit; try again in a few seconds");
    }
    try {
      writeTrace(ctx);
    } finally {
      tracePermits.release();
    }
  }

  private void writeTrace(final Context ctx) throws IOException {
    final long started = System.nanoTime();
    Scenario s = scenario(ctx.pathParam("name"));
    final long rep = longParam(ctx, "replication", 0, 0, 1_000_000);
    final long seed = longParam(ctx, "seed", AssessSettings.SEED, Long.MIN_VALUE, Long.MAX_VALUE);
    // at most the scenario's period, itself at most 10 years (ScenarioReader)
    final long days = longParam(ctx, "days", s.days(), 1, s.days());
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
              + seconds(options.maxTraceTime())
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

  /** A duration as the messages give it: {@code 10 s}, or {@code 250 ms} below whole seconds. */
  private static String seconds(final java.time.Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  /**
   * A string writer that refuses to grow past a limit in bytes of UTF-8 (the bytes the answer will
   * have), so a trace cannot exhaust memory: a write that would pass the limit throws {@link Full}
   * and is not kept, so the writer never holds more than the limit. With a deadline, a write after
   * it throws {@link Late}, so the trace being written stops.
   */
  static final class BoundedWriter extends java.io.Writer {
    /** Thrown when the limit is reached. */
    static final class Full extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Full() {
        super("trace too large", null, false, false);
      }
    }

    /** Thrown by a write after the deadline. */
    static final class Late extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Late() {
        super("trace too slow", null, false, false);
      }
    }

    private final StringBuilder sb = new StringBuilder();
    private final long max;
    private final long deadline;
    private final boolean timed;
    private long bytes;

    /**
     * @param max the limit in bytes of UTF-8
     */
    BoundedWriter(final long max) {
      this.max = max;
      this.deadline = 0;
      this.timed = false;
    }

    /**
     * @param max the limit in bytes of UTF-8
     * @param deadline the {@link System#nanoTime()} after which a write throws {@link Late}
     */
    BoundedWriter(final long max, final long deadline) {
      this.max = max;
      this.deadline = deadline;
      this.timed = true;
    }

    @Override
    public void write(final char[] buf, final int off, final int len) {
      if (timed && System.nanoTime() - deadline > 0) {
        throw new Late();
      }
      final long n = bytes + utf8Length(buf, off, len);
      if (n > max) {
        throw new Full();
      }
      sb.append(buf, off, len);
      bytes = n;
    }

    /**
     * @return the bytes held, as UTF-8
     */
    long bytes() {
      return bytes;
    }

    /** Bytes of UTF-8 for these chars; a surrogate pair counts 4, a lone surrogate 1 ('?'). */
    private static long utf8Length(final char[] buf, final int off, final int len) {
      long n = 0;
      for (int i = off; i < off + len; i++) {
        final char c = buf[i];
        if (c < 0x80) {
          n++;
        } else if (c < 0x800) {
          n += 2;
        } else if (Character.isHighSurrogate(c)
            && i + 1 < off + len
            && Character.isLowSurrogate(buf[i + 1])) {
          n += 4;
          i++;
        } else if (Character.isSurrogate(c)) {
          n++;
        } else {
          n += 3;
        }
      }
      return n;
    }

    @Override
    public void flush() {
      // nothing buffered outside the builder
    }

    @Override
    public void close() {
      // nothing to release
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  /**
   * A request's body, at most {@link #MAX_BODY} bytes however it is sent: Javalin's own limit reads
   * only the Content-Length, so a chunked body was read whole, however large (issue 18).
   */
  private static byte[] body(final Context ctx) {
    if (ctx.contentLength() > MAX_BODY) {
      throw new HttpResponseException(413, "request body larger than " + MAX_BODY + " bytes");
    }
    try {
      final byte[] b = ctx.bodyInputStream().readNBytes((int) MAX_BODY + 1);
      if (b.length > MAX_BODY) {
        throw new HttpResponseException(413, "request body larger than " + MAX_BODY + " bytes");
      }
      return b;
    } catch (BadMessageException e) {
      // Jetty's answer to a body slower than MIN_BODY_BYTES_PER_SECOND or IO_TIMEOUT_MS
      throw new HttpResponseException(
          e.getCode() == 408 ? 408 : 400, "request body too slow or broken; send it at once");
    } catch (IOException e) {
      throw new HttpResponseException(408, "request body too slow or broken; send it at once");
    }
  }

  /** A whole number field of a JSON body; text, fractions and booleans are refused, not coerced. */
  private static long wholeNumber(final JsonNode body, final String field, final long dflt) {
    final JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new HttpResponseException(
          400, field + " must be a whole number, not " + clip(v.toString()));
    }
    return v.asLong();
  }

  /** A text field of a JSON body. */
  private static String text(final JsonNode body, final String field, final String dflt) {
    final JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isTextual()) {
      throw new HttpResponseException(400, field + " must be a text, not " + clip(v.toString()));
    }
    return v.asText();
  }

  /** A true/false field of a JSON body. */
  private static boolean bool(final JsonNode body, final String field, final boolean dflt) {
    final JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isBoolean()) {
      throw new HttpResponseException(
          400, field + " must be true or false, not " + clip(v.toString()));
    }
    return v.asBoolean();
  }

  /**
   * @param token a token given to the server
   * @return whether it is long enough and made of visible characters only
   */
  public static boolean goodToken(final String token) {
    return token.length() >= MIN_TOKEN_LENGTH && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  private static long longParam(
      final Context ctx, final String name, final long dflt, final long lo, final long hi) {
    final String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return dflt;
    }
    try {
      final long x = Long.parseLong(v);
      if (x < lo || x > hi) {
        throw new HttpResponseException(400, name + " must be from " + lo + " to " + hi);
      }
      return x;
    } catch (NumberFormatException e) {
      throw new HttpResponseException(
          400, name + " must be a whole number, not \"" + clip(v) + "\"");
    }
  }

  private void save(final Context ctx) throws IOException {
    final String name = ctx.pathParam("name");
    checkName(name);
    if (EmbeddedScenarios.exists(name)) {
      throw new HttpResponseException(
          409, "\"" + name + "\" is an embedded scenario; save" + " under a new name");
    }
    final byte[] body = body(ctx);
    ScenarioReader.read(name + ".yaml", body);
    Files.createDirectories(options.scenarios());
    final Path f = options.scenarios().resolve(name + ".yaml");
    if (!f.normalize().getParent().equals(options.scenarios().normalize())) {
      throw new HttpResponseException(400, "bad scenario name");
    }
    Files.write(f, body);
    ctx.status(201).json(Map.of("name", name, "saved", true));
  }

  private static void checkName(final String name) {
    if (!NAME.matcher(name).matches()) {
      throw new HttpResponseException(
          400,
          "a scenario name is 1 to 64 lower-case letters,"
              + " digits, '-' or '_', starting with a letter or digit");
    }
  }

  private List<Map<String, Object>> scenarioList() throws IOException {
    final List<Map<String, Object>> out = new ArrayList<>();
    for (String n : EmbeddedScenarios.names()) {
      out.add(
          Map.of(
              "name",
              n,
              "embedded",
              true,
              "description",
              EmbeddedScenarios.findDescription(n).orElse("")));
    }
    if (Files.isDirectory(options.scenarios())) {
      try (Stream<Path> files = Files.list(options.scenarios())) {
        files
            .map(p -> p.getFileName().toString())
            .filter(f -> f.endsWith(".yaml"))
            .sorted()
            .map(f -> f.substring(0, f.length() - 5))
            .filter(n -> NAME.matcher(n).matches())
            .forEach(n -> out.add(Map.of("name", n, "embedded", false, "description", "")));
      }
    }
    return out;
  }

  private byte[] scenarioBytes(final String name) throws IOException {
    checkName(name);
    if (EmbeddedScenarios.exists(name)) {
      return EmbeddedScenarios.bytes(name);
    }
    final Path f = options.scenarios().resolve(name + ".yaml");
    if (!Files.isRegularFile(f)) {
      throw new HttpResponseException(
          404,
          "no scenario named \""
              + name
              + "\"; known: "
              + String.join(
                  ", ", scenarioList().stream().map(m -> (String) m.get("name")).toList()));
    }
    try {
      return FileBytes.read(f, name + ".yaml", "scenario", ReadLimits.DEFAULT.maxBytes());
    } catch (FileBytes.RefusedException e) {
      throw new HttpResponseException(e.tooLarge() ? 413 : 400, e.getMessage());
    }
  }

  private Scenario scenario(final String name) throws IOException {
    checkName(name);
    if (EmbeddedScenarios.exists(name)) {
      // embedded scenarios never change: read once, not on every request (the map and the
      // run pages ask for layers often, and a 40 kB scenario takes milliseconds to read)
      return EMBEDDED.computeIfAbsent(
          name, n -> ScenarioReader.read(n + ".yaml", EmbeddedScenarios.bytes(n)));
    }
    return ScenarioReader.read(name + ".yaml", scenarioBytes(name));
  }

  /** The embedded scenarios read so far (records, immutable, shared between requests). */
  private static final java.util.concurrent.ConcurrentHashMap<String, Scenario> EMBEDDED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static List<Map<String, Object>> problems(final InputException e) {
    final List<Map<String, Object>> out = new ArrayList<>();
    for (InputProblem p : e.problems()) {
      final Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", p.line());
      m.put("column", p.column());
      m.put("field", p.field());
      m.put("message", p.message());
      m.put("hint", p.hint());
      out.add(m);
    }
    return out;
  }

  private static String clip(final String s) {
    final String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return t.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
