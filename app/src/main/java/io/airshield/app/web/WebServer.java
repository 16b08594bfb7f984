package io.airshield.app.web;

import io.airshield.scenario.InputException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;
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

  /**
   * How to serve: one record, built from {@link #loopback} and changed with its with-methods (the
   * defaults are those of {@code airshield serve}).
   *
   * @param bind address to bind (loopback by default)
   * @param port port, 0 for any free one
   * @param token the token every request must carry, or null (loopback only)
   * @param scenarios the folder of the user's scenarios
   * @param maxRuns runs at once
   * @param threads worker threads per run
   * @param store the results database: its runs are listed on the Runs page, and the assessments
   *     started here are recorded in it; or null for none
   * @param maxQueued runs that may wait for a free slot before a start is refused (429)
   * @param maxRunTime the longest a run may execute before it is stopped
   * @param maxTraceBytes the largest trace answered, in bytes of UTF-8 NDJSON (at least 1); a
   *     larger one is refused (413)
   * @param maxTraceTime the longest a trace may take to write (positive); a slower one is abandoned
   *     and refused (503)
   * @param version the program's version, recorded with each stored run
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
      java.time.Duration maxTraceTime,
      String version) {
    /**
     * @param scenarios the folder of the user's scenarios
     * @return the defaults: 127.0.0.1 on {@value #DEFAULT_PORT}, no token, 2 runs at once on every
     *     core, no results database, {@value #DEFAULT_MAX_QUEUED} waiting, the default limits
     */
    public static Options loopback(final Path scenarios) {
      return new Options(
          "127.0.0.1",
          DEFAULT_PORT,
          null,
          scenarios,
          2,
          Runtime.getRuntime().availableProcessors(),
          null,
          DEFAULT_MAX_QUEUED,
          DEFAULT_MAX_RUN_TIME,
          DEFAULT_MAX_TRACE_BYTES,
          DEFAULT_MAX_TRACE_TIME,
          "dev");
    }

    /**
     * @param newBind address to bind
     * @param newPort port, 0 for any free one
     * @return a copy
     */
    public Options withAddress(final String newBind, final int newPort) {
      final Copy c = new Copy(this);
      c.bind = newBind;
      c.port = newPort;
      return c.build();
    }

    /**
     * @param newToken the token every request must carry, or null
     * @return a copy
     */
    public Options withToken(final String newToken) {
      final Copy c = new Copy(this);
      c.token = newToken;
      return c.build();
    }

    /**
     * @param runsAtOnce runs at once
     * @param threadsPerRun worker threads per run
     * @return a copy
     */
    public Options withRuns(final int runsAtOnce, final int threadsPerRun) {
      final Copy c = new Copy(this);
      c.maxRuns = runsAtOnce;
      c.threads = threadsPerRun;
      return c.build();
    }

    /**
     * @param waiting runs that may wait for a free slot
     * @param longest the longest a run may execute
     * @return a copy
     */
    public Options withQueue(final int waiting, final java.time.Duration longest) {
      final Copy c = new Copy(this);
      c.maxQueued = waiting;
      c.maxRunTime = longest;
      return c.build();
    }

    /**
     * @param database the results database, or null for none
     * @return a copy
     */
    public Options withStore(final Path database) {
      final Copy c = new Copy(this);
      c.store = database;
      return c.build();
    }

    /**
     * @param bytes the largest trace answered, in bytes
     * @param time the longest a trace may take to write
     * @return a copy
     */
    public Options withTraceLimits(final int bytes, final java.time.Duration time) {
      final Copy c = new Copy(this);
      c.maxTraceBytes = bytes;
      c.maxTraceTime = time;
      return c.build();
    }

    /**
     * @param programVersion the program's version
     * @return a copy
     */
    public Options withVersion(final String programVersion) {
      final Copy c = new Copy(this);
      c.version = programVersion;
      return c.build();
    }
  }

  /** The fields of {@link Options}, so that each with-method names only what it changes. */
  private static final class Copy {
    String bind;
    int port;
    String token;
    Path scenarios;
    int maxRuns;
    int threads;
    Path store;
    int maxQueued;
    java.time.Duration maxRunTime;
    int maxTraceBytes;
    java.time.Duration maxTraceTime;
    String version;

    Copy(final Options o) {
      bind = o.bind();
      port = o.port();
      token = o.token();
      scenarios = o.scenarios();
      maxRuns = o.maxRuns();
      threads = o.threads();
      store = o.store();
      maxQueued = o.maxQueued();
      maxRunTime = o.maxRunTime();
      maxTraceBytes = o.maxTraceBytes();
      maxTraceTime = o.maxTraceTime();
      version = o.version();
    }

    Options build() {
      return new Options(
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
          maxTraceTime,
          version);
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
    this.runs =
        new Runs(
            options.maxRuns(),
            options.maxQueued(),
            options.maxRunTime(),
            options.store(),
            options.version());
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
              c.jsonMapper(new JavalinJackson(Http.JSON, false));
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
    // the routes, one class per resource
    app.get("/favicon.ico", ctx -> ctx.redirect("/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
    final ScenarioRoutes scenarios = new ScenarioRoutes(options.scenarios());
    scenarios.register(app);
    new StoredRunRoutes(options.store()).register(app);
    new JobRoutes(options, runs, scenarios).register(app);
    new ReplayRoutes(options, scenarios, tracePermits).register(app);
    app.exception(
        HttpResponseException.class,
        (e, ctx) ->
            Http.error(
                ctx,
                e.getStatus(),
                e.getStatus() == 404
                        && e.getMessage() != null
                        && e.getMessage().startsWith("Endpoint ")
                    // Javalin's own "Endpoint GET /... not found" would echo the whole path back
                    ? "nothing at " + Http.clip(ctx.path())
                    : e.getMessage()));
    app.exception(InputException.class, (e, ctx) -> Http.problems(ctx, "scenario", e));
    app.exception(Http.FileProblems.class, (e, ctx) -> Http.problems(ctx, e.what, e.problems));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          // the details go to the operator's console, never to the client
          System.err.println(
              "airshield serve: internal error on " + ctx.method() + " " + Http.clip(ctx.path()));
          e.printStackTrace();
          Http.error(ctx, 500, "internal error; see the server's log");
        });
    app.error(
        404,
        ctx -> {
          // our own 404s are JSON already; Javalin's ("Endpoint GET /... not found") would echo
          // the whole path back
          if (ctx.result() == null || !ctx.result().startsWith("{")) {
            Http.error(ctx, 404, "nothing at " + Http.clip(ctx.path()));
          }
        });
    app.error(
        413,
        ctx -> {
          // a refused trace says so already; any other 413 is a body over the limit
          if (ctx.attribute(ReplayRoutes.TRACE_REFUSED) == null) {
            Http.error(ctx, 413, "request body larger than " + MAX_BODY + " bytes");
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

  /**
   * @param token a token given to the server
   * @return whether it is long enough and made of visible characters only
   */
  public static boolean goodToken(final String token) {
    return token.length() >= MIN_TOKEN_LENGTH && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }
}
