package io.airshield.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trace limit of the web server ({@code --max-trace-mib}, {@link
 * WebServer.Options#maxTraceBytes()}), reached with a limit of a few kB: a larger trace is refused
 * whole with 413 and a message naming the limit, the server keeps answering, a run's result stays
 * available, and a trace of exactly the limit (counted in bytes of UTF-8, not in characters) is
 * answered in full; and a trace that takes longer than its time limit is abandoned with 503.
 */
class TraceLimitTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A trace limit far below the two weeks of the test scenario (some 70 kB). */
  private static final int TINY = 4096;

  @TempDir static Path dir;

  /** The test theatre with a title outside ASCII, so that bytes and characters differ. */
  @BeforeAll
  static void scenario() throws Exception {
    final String mini =
        Files.readString(
            Path.of(TraceLimitTest.class.getResource("/mini.yaml").toURI()),
            StandardCharsets.UTF_8);
    assertThat(mini).contains("title: Test theatre\n");
    Files.createDirectories(dir.resolve("sc"));
    Files.writeString(
        dir.resolve("sc").resolve("mini.yaml"),
        mini.replace("title: Test theatre\n", "title: \"Théâtre d'essai — 試験 🛩\"\n"),
        StandardCharsets.UTF_8);
  }

  private static WebServer start(final int maxTraceBytes) {
    return start(maxTraceBytes, WebServer.DEFAULT_MAX_TRACE_TIME);
  }

  private static WebServer start(final int maxTraceBytes, final Duration maxTraceTime) {
    return WebServer.start(
        WebServer.Options.loopback(dir.resolve("sc"))
            .withAddress("127.0.0.1", 0)
            .withRuns(1, 1)
            .withQueue(1, Duration.ofMinutes(1))
            .withTraceLimits(maxTraceBytes, maxTraceTime));
  }

  private static HttpResponse<byte[]> send(
      final WebServer s, final String method, final String path, final String body)
      throws Exception {
    return Loopback.sendBytes(s, method, path, body);
  }

  private static JsonNode json(final HttpResponse<byte[]> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void aTraceOverTheLimitIsRefusedAndTheServerAndItsRunsCarryOn() throws Exception {
    try (WebServer s = start(TINY)) {
      // a run first, so that its result can be asked for after the refusal
      final HttpResponse<byte[]> started =
          send(s, "POST", "/api/runs", "{\"scenario\":\"mini\",\"replications\":4,\"days\":2}");
      assertThat(started.statusCode()).isEqualTo(201);
      final String id = json(started).get("id").asText();
      final long end = System.nanoTime() + 20_000_000_000L;
      String state;
      do {
        Thread.sleep(20);
        state = json(send(s, "GET", "/api/runs/" + id, null)).get("state").asText();
      } while ((state.equals("queued") || state.equals("running")) && System.nanoTime() < end);
      assertThat(state).isEqualTo("done");

      for (int attempt = 0; attempt < 2; attempt++) {
        final HttpResponse<byte[]> t = send(s, "GET", "/api/scenarios/mini/trace?days=14", null);
        assertThat(t.statusCode()).as("attempt %d", attempt).isEqualTo(413);
        assertThat(t.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/json");
        // the answer is the message alone: no part of the trace is sent
        assertThat(t.body().length).isLessThan(400);
        final String error = json(t).get("error").asText();
        assertThat(error)
            .contains("trace of 14 days is larger than this server's limit of " + TINY + " bytes")
            .contains("?days=N")
            .contains("airshield assess --trace N");
        assertThat(new String(t.body(), StandardCharsets.UTF_8))
            .doesNotContain("\"type\"")
            .doesNotContain("Exception")
            .doesNotContain("io.airshield");
      }

      // still healthy: the run's result, the lists, and another run
      final HttpResponse<byte[]> result = send(s, "GET", "/api/runs/" + id + "/result", null);
      assertThat(result.statusCode()).isEqualTo(200);
      assertThat(json(result).get("assessment").isObject()).isTrue();
      assertThat(send(s, "GET", "/api/scenarios", null).statusCode()).isEqualTo(200);
      final HttpResponse<byte[]> again =
          send(s, "POST", "/api/runs", "{\"scenario\":\"mini\",\"replications\":1,\"days\":1}");
      assertThat(again.statusCode()).isEqualTo(201);
      send(s, "POST", "/api/runs/" + json(again).get("id").asText() + "/cancel", "");
    }
  }

  @Test
  void aTraceOfExactlyTheLimitInBytesIsAnsweredInFullAndOneByteLessIsRefused() throws Exception {
    final String path = "/api/scenarios/mini/trace?days=1";
    final byte[] full;
    try (WebServer s = start(WebServer.DEFAULT_MAX_TRACE_BYTES)) {
      final HttpResponse<byte[]> t = send(s, "GET", path, null);
      assertThat(t.statusCode()).isEqualTo(200);
      full = t.body();
    }
    final String text = new String(full, StandardCharsets.UTF_8);
    assertThat(text).startsWith("{\"type\":\"header\"").contains("試験 🛩").endsWith("\n");
    assertThat(full.length).as("bytes, more than characters").isGreaterThan(text.length());
    try (WebServer s = start(full.length)) {
      final HttpResponse<byte[]> t = send(s, "GET", path, null);
      assertThat(t.statusCode()).isEqualTo(200);
      assertThat(t.body()).isEqualTo(full);
    }
    try (WebServer s = start(full.length - 1)) {
      final HttpResponse<byte[]> t = send(s, "GET", path, null);
      assertThat(t.statusCode()).isEqualTo(413);
      assertThat(json(t).get("error").asText())
          .contains(
              "trace of 1 day is larger than this"
                  + " server's limit of "
                  + (full.length - 1)
                  + " bytes");
    }
  }

  @Test
  void theWriterNeverHoldsMoreThanItsLimitInBytesOfUtf8() throws Exception {
    final BoundedWriter w = new BoundedWriter(10);
    // 1 + 2 bytes, then 3, then a surrogate pair of 4
    w.write("aé");
    w.write("試");
    w.write("🛩");
    assertThat(w.bytes()).isEqualTo(10);
    assertThatThrownBy(() -> w.write("b")).isInstanceOf(BoundedWriter.Full.class);
    assertThat(w.toString()).isEqualTo("aé試🛩");
    assertThat(w.toString().getBytes(StandardCharsets.UTF_8)).hasSize(10);

    final BoundedWriter v = new BoundedWriter(4);
    v.write("ab");
    // a write that would pass the limit is refused whole, not cut
    assertThatThrownBy(() -> v.write("cdé")).isInstanceOf(BoundedWriter.Full.class);
    assertThat(v.toString()).isEqualTo("ab");
  }

  /**
   * Found by a review: a trace had a limit of size but none of time, and is written on the
   * request's thread. One that takes longer than {@link WebServer.Options#maxTraceTime()} is
   * abandoned and refused with 503 and a message naming the limit; the server carries on; and the
   * whole period of each embedded scenario is answered within the default limit.
   */
  @Test
  void aTraceOverTheTimeLimitIsAbandonedAndTheEmbeddedScenariosAreWithinTheDefault()
      throws Exception {
    // the 38 days of the autumn scenario take a tenth of a second or more: far over 1 ms
    try (WebServer s = start(WebServer.DEFAULT_MAX_TRACE_BYTES, Duration.ofMillis(1))) {
      for (int attempt = 0; attempt < 2; attempt++) {
        final HttpResponse<byte[]> t =
            send(s, "GET", "/api/scenarios/korea-1951-autumn/trace", null);
        assertThat(t.statusCode()).as("attempt %d", attempt).isEqualTo(503);
        assertThat(t.body().length).isLessThan(400);
        assertThat(json(t).get("error").asText())
            .isEqualTo(
                "the trace of 38 days took longer than this server's limit of 1 ms; ask for"
                    + " fewer days (?days=N), or write it with airshield assess --trace N and"
                    + " open the file in the replay");
      }
      assertThat(send(s, "GET", "/api/scenarios", null).statusCode()).isEqualTo(200);
    }
    try (WebServer s = start(WebServer.DEFAULT_MAX_TRACE_BYTES)) {
      for (String name : io.airshield.scenario.EmbeddedScenarios.names()) {
        final HttpResponse<byte[]> t = send(s, "GET", "/api/scenarios/" + name + "/trace", null);
        assertThat(t.statusCode()).as(name).isEqualTo(200);
        assertThat(new String(t.body(), StandardCharsets.UTF_8)).startsWith("{\"type\":\"header\"");
      }
    }
  }

  @Test
  void tracesBeyondTheConcurrentLimitAreRefusedUntilOneEnds() throws Exception {
    try (WebServer s = start(WebServer.DEFAULT_MAX_TRACE_BYTES)) {
      // hold every permit, as that many traces being written would
      s.tracePermits.acquire(WebServer.MAX_CONCURRENT_TRACES);
      final HttpResponse<byte[]> refused =
          send(s, "GET", "/api/scenarios/korea-1951-autumn/trace?days=1", null);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(json(refused).get("error").asText())
          .isEqualTo(
              "too many traces: 2 being written at once is the limit; try again in a few"
                  + " seconds");
      s.tracePermits.release();
      assertThat(send(s, "GET", "/api/scenarios/korea-1951-autumn/trace?days=1", null).statusCode())
          .isEqualTo(200);
      // the answered trace gave its permit back
      assertThat(s.tracePermits.availablePermits()).isEqualTo(1);
    }
  }

  @Test
  void aWriteAfterTheDeadlineIsRefused() throws Exception {
    final BoundedWriter w = new BoundedWriter(100, System.nanoTime() + 60_000_000_000L);
    w.write("in time");
    assertThat(w.toString()).isEqualTo("in time");
    final BoundedWriter late = new BoundedWriter(100, System.nanoTime() - 1);
    assertThatThrownBy(() -> late.write("late")).isInstanceOf(BoundedWriter.Late.class);
    assertThat(late.toString()).isEmpty();
  }

  @Test
  void aTimeLimitThatIsNotPositiveIsRefused() {
    assertThatThrownBy(() -> start(WebServer.DEFAULT_MAX_TRACE_BYTES, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive");
  }

  @Test
  void aLimitBelowOneByteIsRefused() {
    assertThatThrownBy(() -> start(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 byte");
  }
}
