package io.airshield.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web server's limits on runs: a bounded queue and then 429, a time limit per run, and a
 * cancellation that frees the worker threads at once.
 */
class RunLimitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BIG = "{\"scenario\":\"korea-1951-autumn\",\"replications\":20000}";
  @TempDir Path dir;

  private static HttpResponse<String> send(
      final WebServer s,
      final String method,
      final String path,
      final String body,
      final String... headers)
      throws Exception {
    return Loopback.send(s, method, path, body, headers);
  }

  private static JsonNode waitWhile(
      final WebServer s, final String id, final String state, final Duration limit)
      throws Exception {
    final long end = System.nanoTime() + limit.toNanos();
    JsonNode st;
    do {
      st = JSON.readTree(send(s, "GET", "/api/runs/" + id, null).body());
      if (!st.get("state").asText().equals(state)) {
        return st;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < end);
    return st;
  }

  private static long replicationThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().equals("airshield-replication"))
        .count();
  }

  @Test
  void runsQueueThenAreRefusedAndCancellingFreesTheCores() throws Exception {
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 2)
                .withQueue(1, Duration.ofMinutes(5)))) {
      final HttpResponse<String> a = send(s, "POST", "/api/runs", BIG);
      assertThat(a.statusCode()).isEqualTo(201);
      final String idA = JSON.readTree(a.body()).get("id").asText();
      final HttpResponse<String> b = send(s, "POST", "/api/runs", BIG);
      assertThat(b.statusCode()).isEqualTo(201);
      final JsonNode runB = JSON.readTree(b.body());
      assertThat(runB.get("state").asText()).isEqualTo("queued");
      final HttpResponse<String> c = send(s, "POST", "/api/runs", BIG);
      assertThat(c.statusCode()).isEqualTo(429);
      assertThat(c.body()).contains("1 running and 1 waiting is the limit");

      assertThat(waitWhile(s, idA, "queued", Duration.ofSeconds(10)).get("state").asText())
          .isEqualTo("running");
      // a queued run that is cancelled never starts, and frees its place in the queue at once
      send(s, "POST", "/api/runs/" + runB.get("id").asText() + "/cancel", "");
      final HttpResponse<String> d = send(s, "POST", "/api/runs", BIG);
      assertThat(d.statusCode()).isEqualTo(201);
      send(s, "POST", "/api/runs/" + JSON.readTree(d.body()).get("id").asText() + "/cancel", "");
      final long t0 = System.nanoTime();
      send(s, "POST", "/api/runs/" + idA + "/cancel", "");
      assertThat(waitWhile(s, idA, "running", Duration.ofSeconds(10)).get("state").asText())
          .isEqualTo("cancelled");
      while (replicationThreads() > 0 && System.nanoTime() - t0 < 5_000_000_000L) {
        Thread.sleep(10);
      }
      final double seconds = (System.nanoTime() - t0) / 1e9;
      assertThat(replicationThreads()).as("replication threads left after cancel").isZero();
      assertThat(seconds).as("seconds from cancel to free cores").isLessThan(2.0);
      assertThat(
              JSON.readTree(send(s, "GET", "/api/runs/" + runB.get("id").asText(), null).body())
                  .get("state")
                  .asText())
          .isEqualTo("cancelled");
      assertThat(
              JSON.readTree(send(s, "GET", "/api/runs/" + runB.get("id").asText(), null).body())
                  .get("done")
                  .asLong())
          .isZero();
    }
  }

  @Test
  void aRunLongerThanTheLimitIsStoppedWithAReason() throws Exception {
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 1)
                .withQueue(0, Duration.ofMillis(300)))) {
      final HttpResponse<String> a = send(s, "POST", "/api/runs", BIG);
      assertThat(a.statusCode()).isEqualTo(201);
      final String id = JSON.readTree(a.body()).get("id").asText();
      waitWhile(s, id, "queued", Duration.ofSeconds(10));
      final JsonNode st = waitWhile(s, id, "running", Duration.ofSeconds(20));
      assertThat(st.get("state").asText()).isEqualTo("cancelled");
      assertThat(st.get("error").asText()).contains("limit of 300 ms");
    }
  }
}
