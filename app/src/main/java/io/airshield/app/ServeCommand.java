package io.airshield.app;

import io.airshield.app.web.WebServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code airshield serve}: the local web UI. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serves the web UI on this machine: the scenario on a map, runs with live"
          + " progress, results with charts, the replay of a simulated day, a scenario editor."
          + " Nothing is fetched from the network.",
      "",
      "Examples:",
      "  airshield serve",
      "  airshield serve --port 9000 --open"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "2:bad option (e.g. a public address without --token)"})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "" + WebServer.DEFAULT_PORT,
      description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}). Any other than"
              + " loopback needs --token.")
  String bind;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "A secret (16 characters or more) every request must carry; required with"
              + " --bind other than loopback.")
  String token;

  @Option(names = "--open", description = "Open the UI in the default browser.")
  boolean open;

  @Option(
      names = "--scenarios",
      paramLabel = "DIR",
      description =
          "Folder of your scenarios (default: ~/.airshield/scenarios, or"
              + " $AIRSHIELD_HOME/scenarios).")
  Path scenarios;

  @Option(
      names = "--store",
      paramLabel = "PATH",
      description =
          "The results database whose runs the Runs page lists (default:"
              + " ~/.airshield/runs.db, or $AIRSHIELD_HOME/runs.db).")
  Path store;

  @Option(
      names = "--max-runs",
      paramLabel = "N",
      defaultValue = "2",
      description = "Runs that execute at once (default: ${DEFAULT-VALUE}).")
  int maxRuns;

  @Option(
      names = "--max-queued",
      paramLabel = "N",
      defaultValue = "" + WebServer.DEFAULT_MAX_QUEUED,
      description =
          "Runs that may wait for a free slot; beyond that a start is refused with"
              + " 429 (default: ${DEFAULT-VALUE}).")
  int maxQueued;

  @Option(
      names = "--max-run-minutes",
      paramLabel = "N",
      defaultValue = "30",
      description = "A run is stopped after this many minutes (default: ${DEFAULT-VALUE}).")
  int maxRunMinutes;

  @Option(
      names = "--max-trace-mib",
      paramLabel = "N",
      defaultValue = "" + (WebServer.DEFAULT_MAX_TRACE_BYTES >> 20),
      description =
          "The largest replay trace answered, in MiB; a larger one is refused with"
              + " 413 (default: ${DEFAULT-VALUE}).")
  int maxTraceMib;

  @Option(
      names = "--max-trace-seconds",
      paramLabel = "N",
      defaultValue = "" + WebServer.DEFAULT_MAX_TRACE_SECONDS,
      description =
          "The longest a replay trace may take to write, in seconds; a slower one is"
              + " abandoned and refused with 503 (default: ${DEFAULT-VALUE}).")
  int maxTraceSeconds;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new UserException("--port must be from 0 to 65535, not " + port);
    }
    if (maxRuns < 1 || maxRuns > 64) {
      throw new UserException("--max-runs must be from 1 to 64, not " + maxRuns);
    }
    if (maxQueued < 0 || maxQueued > 1000) {
      throw new UserException("--max-queued must be from 0 to 1000, not " + maxQueued);
    }
    if (maxRunMinutes < 1 || maxRunMinutes > 7 * 24 * 60) {
      throw new UserException("--max-run-minutes must be from 1 to 10080, not " + maxRunMinutes);
    }
    if (maxTraceMib < 1 || maxTraceMib > 1024) {
      throw new UserException("--max-trace-mib must be from 1 to 1024, not " + maxTraceMib);
    }
    if (maxTraceSeconds < 1 || maxTraceSeconds > 600) {
      throw new UserException("--max-trace-seconds must be from 1 to 600, not " + maxTraceSeconds);
    }
    if (token != null && !WebServer.goodToken(token)) {
      // a blank token would be matched by a request that sends an empty one
      throw new UserException(
          "--token must have 16 characters or more, without spaces or control characters");
    }
    if (!WebServerAccess.loopback(bind) && (token == null || token.length() < 16)) {
      throw new UserException(
          "--bind "
              + bind
              + " is not a loopback address: give --token"
              + " with a secret of 16 characters or more, which every request must carry");
    }
    final Path dir =
        scenarios != null ? scenarios : Stores.home(System.getenv()).resolve("scenarios");
    final WebServer server;
    try {
      server =
          WebServer.start(
              WebServer.Options.loopback(dir)
                  .withAddress(bind, port)
                  .withToken(token)
                  .withRuns(maxRuns, Runtime.getRuntime().availableProcessors())
                  .withStore(Stores.path(store))
                  .withQueue(maxQueued, java.time.Duration.ofMinutes(maxRunMinutes))
                  .withTraceLimits(maxTraceMib << 20, java.time.Duration.ofSeconds(maxTraceSeconds))
                  .withVersion(Version.current()));
    } catch (RuntimeException e) {
      throw new UserException("cannot serve on " + bind + ":" + port + ": " + rootMessage(e));
    }
    spec.commandLine().getOut().println("airshield serve: " + server.url() + "  (Ctrl-C to stop)");
    spec.commandLine().getOut().flush();
    if (open) {
      Browser.open(server.url(), spec.commandLine().getErr());
    }
    final CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stop.countDown();
                }));
    stop.await();
    return 0;
  }

  private static String rootMessage(final Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** Reaches the server's loopback test without widening its API. */
  private static final class WebServerAccess {
    static boolean loopback(final String bind) {
      try {
        return java.net.InetAddress.getByName(bind).isLoopbackAddress();
      } catch (java.net.UnknownHostException e) {
        return false;
      }
    }
  }

  /** Opens a URL in the user's browser, where the desktop allows it. */
  private static final class Browser {
    static void open(final String url, final java.io.PrintWriter err) {
      try {
        if (java.awt.Desktop.isDesktopSupported()
            && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
          java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
          return;
        }
        final String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        final String[] cmd =
            os.contains("mac")
                ? new String[] {"open", url}
                : os.contains("win")
                    ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url}
                    : new String[] {"xdg-open", url};
        new ProcessBuilder(cmd).inheritIO().start();
      } catch (java.io.IOException | RuntimeException e) {
        err.println("could not open a browser (" + e.getMessage() + "); open " + url);
        err.flush();
      }
    }
  }
}
