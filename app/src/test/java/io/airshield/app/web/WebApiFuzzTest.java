package io.airshield.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the web API with Jazzer, over real HTTP on 127.0.0.1: JSON bodies of
 * {@code POST /api/runs} (assessments, and reinforce runs with the user's own pool) and {@code POST
 * /api/validate}, scenario names and run ids in paths (layers, embedded pools, runs), and the query
 * parameters of the trace endpoint.
 *
 * <p>The property: every answer is below 500 (a bad request is the client's mistake, never the
 * server's failure) and no answer echoes internals (exception names or stack frames). A run the
 * fuzzer manages to start is cancelled at once, so fuzzing does not take the machine.
 */
class WebApiFuzzTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static Path dir;
  private static WebServer server;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("airshield-webfuzz");
    Files.createDirectories(dir.resolve("sc"));
    Files.copy(
        Path.of(WebApiFuzzTest.class.getResource("/mini.yaml").toURI()),
        dir.resolve("sc").resolve("mini.yaml"));
    server =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 1));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @FuzzTest(maxDuration = "10m")
  @SuppressWarnings("try") // the resource's scope is the point: it is never referenced
  void api(final FuzzedDataProvider data) throws Exception {
    // Jazzer's SSRF detector sees the test's own client: allow it to reach this server, and
    // nothing else (the server itself must never connect anywhere)
    try (SilentCloseable allowed =
        BugDetectors.allowNetworkConnections(
            (host, port) ->
                (host.equals("localhost") || host.equals("127.0.0.1")) && port == server.port())) {
      request(data);
    }
  }

  private static void request(final FuzzedDataProvider data) throws Exception {
    final long t0 = System.nanoTime();
    final int which = data.consumeInt(0, 6);
    final HttpResponse<String> r;
    switch (which) {
      case 0 -> r = send("POST", "/api/runs", data.consumeRemainingAsBytes());
      case 1 -> r = send("POST", "/api/validate", data.consumeRemainingAsBytes());
      case 2 ->
          r =
              send(
                  "GET",
                  "/api/scenarios/" + segment(data.consumeRemainingAsString()) + "/layers",
                  null);
      case 3 -> r = send("GET", "/api/runs/" + segment(data.consumeRemainingAsString()), null);
      case 4 -> {
        final String name = data.consumeBoolean() ? "mini" : segment(data.consumeString(30));
        final StringBuilder q = new StringBuilder();
        for (String p : new String[] {"replication", "seed", "days"}) {
          if (data.consumeBoolean()) {
            q.append(q.length() == 0 ? "?" : "&")
                .append(p)
                .append('=')
                .append(URLEncoder.encode(data.consumeString(24), StandardCharsets.UTF_8));
          }
        }
        r = send("GET", "/api/scenarios/" + name + "/trace" + q, null);
      }
      case 6 ->
          r =
              send(
                  "GET",
                  "/api/scenarios/" + segment(data.consumeRemainingAsString()) + "/pool",
                  null);
      default ->
          r =
              send(
                  "POST",
                  "/api/scenarios/" + segment(data.consumeString(70)),
                  data.consumeRemainingAsBytes());
    }
    assertThat(r.statusCode()).as("status of %s: %s", r.uri(), r.body()).isLessThan(500);
    assertThat(Duration.ofNanos(System.nanoTime() - t0))
        .as("time to answer %s", r.uri())
        .isLessThan(Duration.ofSeconds(20));
    if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson")) {
      assertThat(r.body()).as("answer of %s", r.uri()).doesNotContain("\tat ");
      // a message may quote the request (a name, an id): only what the request did not say
      // betrays internals
      final String asked = r.uri().getRawPath() + "?" + r.uri().getRawQuery();
      if (!java.net.URLDecoder.decode(asked, StandardCharsets.UTF_8).contains("Exception")
          && !sent.contains("Exception")) {
        assertThat(r.body()).as("answer of %s", r.uri()).doesNotContain("Exception");
      }
    }
    if (r.statusCode() == 201 && r.uri().getPath().equals("/api/runs")) {
      final String id =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("id").asText();
      assertThat(send("POST", "/api/runs/" + id + "/cancel", new byte[0]).statusCode())
          .isEqualTo(202);
    }
    if (r.statusCode() == 201 && r.uri().getPath().startsWith("/api/scenarios/")) {
      // keep the scenarios folder small: what was saved is removed again
      try (var files = Files.list(dir.resolve("sc"))) {
        for (Path f : files.toList()) {
          if (!f.getFileName().toString().equals("mini.yaml")) {
            Files.delete(f);
          }
        }
      }
    }
  }

  private static String segment(final String s) {
    final String e = URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    return e.isEmpty() ? "x" : e;
  }

  /** The body of the last request, for telling an echo from a leak. */
  private static String sent = "";

  private static HttpResponse<String> send(
      final String method, final String path, final byte[] body) throws Exception {
    sent = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    final HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
