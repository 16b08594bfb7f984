package io.airshield.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load test on loopback, bounded in time and count: {@value #DEFAULT_CLIENTS} concurrent clients
 * (each sends its next request when the previous one is answered) hammer the read endpoints for
 * {@code -Dairshield.loadtest.seconds} (default {@value #DEFAULT_SECONDS} s) while a run executes.
 * The server must answer every request without a 5xx or a dropped connection, and the run's result
 * must be identical to the same run (same seed) with no load. It prints the request count and the
 * p50 and p99 latencies.
 */
class LoadIT {
  private static final int DEFAULT_SECONDS = 30;
  private static final int DEFAULT_CLIENTS = 200;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN =
      "{\"scenario\":\"korea-1951-autumn\",\"replications\":32," + "\"seed\":4242,\"days\":4}";
  private static final String[] READS = {
    "/api/scenarios",
    "/api/runs",
    "/api/scenarios/korea-1951-autumn/layers",
    "/api/scenarios/mini/layers",
    "/",
    "/run.html",
    "/style.css",
    "/common.js",
    "/api/scenarios/mini"
  };
  @TempDir Path dir;

  @Test
  void readEndpointsStayUpUnderLoadWhileARunGivesTheSameResult() throws Exception {
    final int seconds = Integer.getInteger("airshield.loadtest.seconds", DEFAULT_SECONDS);
    final int clients = Integer.getInteger("airshield.loadtest.clients", DEFAULT_CLIENTS);
    Files.createDirectories(dir.resolve("sc"));
    Files.copy(
        Path.of(LoadIT.class.getResource("/mini.yaml").toURI()),
        dir.resolve("sc").resolve("mini.yaml"));
    final ExecutorService io = Executors.newFixedThreadPool(4);
    final HttpClient http =
        HttpClient.newBuilder().executor(io).connectTimeout(Duration.ofSeconds(10)).build();
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 1))) {
      final String base = "http://127.0.0.1:" + s.port();
      final JsonNode quiet = runAndWait(http, base);

      final long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
      final AtomicLong server5xx = new AtomicLong();
      final AtomicLong failures = new AtomicLong();
      final ConcurrentLinkedQueue<String> firstProblems = new ConcurrentLinkedQueue<>();
      final List<CompletableFuture<Void>> chains = new ArrayList<>();
      final long t0 = System.nanoTime();
      final JsonNode[] loaded = new JsonNode[1];
      final Thread runner =
          new Thread(
              () -> {
                try {
                  loaded[0] = runAndWait(http, base);
                } catch (Exception e) {
                  firstProblems.add("run: " + e);
                }
              });
      runner.start();
      for (int c = 0; c < clients; c++) {
        chains.add(client(http, base, c, end, latencies, server5xx, failures, firstProblems));
      }
      CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new))
          .get(seconds + 60L, TimeUnit.SECONDS);
      final double elapsed = (System.nanoTime() - t0) / 1e9;
      runner.join(TimeUnit.SECONDS.toMillis(120));

      final long[] ms = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(
          Locale.ROOT,
          "LoadIT: %d requests in %.1f s by %d clients (%.0f/s);"
              + " latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; 5xx: %d; failed: %d%n",
          ms.length,
          elapsed,
          clients,
          ms.length / elapsed,
          pct(ms, 0.50) / 1e6,
          pct(ms, 0.99) / 1e6,
          ms.length == 0 ? 0 : ms[ms.length - 1] / 1e6,
          server5xx.get(),
          failures.get());
      assertThat(firstProblems).as("first problems").isEmpty();
      assertThat(server5xx.get()).as("5xx answers").isZero();
      assertThat(failures.get()).as("requests without an answer").isZero();
      assertThat(ms.length).isGreaterThan(clients);
      assertThat(loaded[0]).as("the run under load finished").isNotNull();
      assertThat(loaded[0])
          .as("the run's result under load equals the quiet run's")
          .isEqualTo(quiet);
    } finally {
      io.shutdownNow();
    }
  }

  private static double pct(final long[] sorted, final double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  }

  /** One client: a chain of requests, each sent when the previous is answered. */
  private static CompletableFuture<Void> client(
      final HttpClient http,
      final String base,
      final int c,
      final long end,
      final ConcurrentLinkedQueue<Long> latencies,
      final AtomicLong server5xx,
      final AtomicLong failures,
      final ConcurrentLinkedQueue<String> problems) {
    final CompletableFuture<Void> done = new CompletableFuture<>();
    next(http, base, c, 0, end, latencies, server5xx, failures, problems, done);
    return done;
  }

  private static void next(
      final HttpClient http,
      final String base,
      final int c,
      final int i,
      final long end,
      final ConcurrentLinkedQueue<Long> latencies,
      final AtomicLong server5xx,
      final AtomicLong failures,
      final ConcurrentLinkedQueue<String> problems,
      final CompletableFuture<Void> done) {
    if (System.nanoTime() >= end) {
      done.complete(null);
      return;
    }
    final String path = READS[(c + i) % READS.length];
    final HttpRequest req =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    final long t = System.nanoTime();
    http.sendAsync(req, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (r, e) -> {
              latencies.add(System.nanoTime() - t);
              if (e != null) {
                failures.incrementAndGet();
                if (problems.size() < 5) {
                  problems.add(path + ": " + e);
                }
              } else if (r.statusCode() >= 500) {
                server5xx.incrementAndGet();
                if (problems.size() < 5) {
                  problems.add(path + ": " + r.statusCode());
                }
              } else if (r.statusCode() != 200 && problems.size() < 5) {
                problems.add(path + ": unexpected " + r.statusCode());
              }
              next(http, base, c, i + 1, end, latencies, server5xx, failures, problems, done);
            });
  }

  /** Starts the test's run, waits for its end and returns its assessment. */
  private static JsonNode runAndWait(final HttpClient http, final String base) throws Exception {
    final HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/runs"))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(RUN))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    final String id = JSON.readTree(r.body()).get("id").asText();
    for (int i = 0; i < 2400; i++) {
      final JsonNode st =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id))
                          .timeout(Duration.ofSeconds(30))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      final String state = st.get("state").asText();
      if (!state.equals("running") && !state.equals("queued")) {
        assertThat(state).isEqualTo("done");
        final JsonNode res =
            JSON.readTree(
                http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id + "/result"))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body());
        return res.get("assessment");
      }
      Thread.sleep(50);
    }
    throw new AssertionError("run " + id + " did not finish");
  }
}
