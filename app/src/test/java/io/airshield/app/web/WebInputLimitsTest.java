package io.airshield.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web server's inputs that got through (issue 18): a chunked body larger than the limit, bodies
 * that trickle in on many connections, numbers sent as text or fractions, the event stream of a run
 * that does not exist, and a blank token.
 */
class WebInputLimitsTest {
  @TempDir Path dir;

  private WebServer start() {
    return WebServer.start(
        WebServer.Options.loopback(dir.resolve("sc")).withAddress("127.0.0.1", 0).withRuns(1, 1));
  }

  @Test
  void aChunkedBodyMeetsTheSameLimitAsOneWithAContentLength() throws Exception {
    try (WebServer s = start();
        Socket c = new Socket(InetAddress.getLoopbackAddress(), s.port())) {
      c.setSoTimeout(30_000);
      final OutputStream o = c.getOutputStream();
      o.write(
          ("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                  + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      final byte[] chunk = "# x\n".repeat(16_384).getBytes(StandardCharsets.US_ASCII);
      final String head = Integer.toHexString(chunk.length) + "\r\n";
      try {
        for (long sent = 0; sent <= WebServer.MAX_BODY; sent += chunk.length) {
          o.write(head.getBytes(StandardCharsets.US_ASCII));
          o.write(chunk);
          o.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        o.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        o.flush();
      } catch (java.io.IOException e) {
        // the server may answer and close before the whole body is sent
      }
      final String answer = readAll(c.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 413").contains("request body larger than");
    }
  }

  @Test
  void bodiesTricklingInOnManyConnectionsDoNotStarveOtherRequests() throws Exception {
    try (WebServer s = start()) {
      final List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 300; i++) {
          final Socket c = new Socket(InetAddress.getLoopbackAddress(), s.port());
          c.getOutputStream()
              .write(
                  ("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain"
                          + "\r\nContent-Length: 1000\r\n\r\nid")
                      .getBytes(StandardCharsets.US_ASCII));
          slow.add(c);
        }
        for (int round = 0; round < 3; round++) {
          Thread.sleep(1000);
          for (Socket c : slow) {
            try {
              c.getOutputStream().write('x');
            } catch (java.io.IOException e) {
              // refused: what the limit is for
            }
          }
          final HttpResponse<String> r = Loopback.send(s, "GET", "/api/scenarios", null);
          assertThat(r.statusCode()).as("round " + round).isEqualTo(200);
        }
        // each trickling body was cut off (408), not left to hold its thread for as long as the
        // client goes on trickling
        for (Socket c : slow.subList(0, 20)) {
          c.setSoTimeout(3_000);
          assertThat(readAll(c.getInputStream())).startsWith("HTTP/1.1 408");
        }
      } finally {
        for (Socket c : slow) {
          c.close();
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"replications\": \"lots\"}",
        "{\"replications\": 2.5}",
        "{\"replications\": true}",
        "{\"replications\": 1e2}",
        "{\"days\": 1.5}",
        "{\"days\": \"3\"}",
        "{\"seed\": \"7\"}",
        "{\"seed\": 99999999999999999999999}",
        "{\"scenario\": 5}",
        "{\"kind\": [\"assess\"]}",
        "{\"kind\": \"reinforce\", \"maxReplications\": \"50\"}",
        "{\"kind\": \"reinforce\", \"request\": \"yes\"}"
      })
  void numbersAndTextsInJsonAreValidatedNotCoerced(final String body) throws Exception {
    try (WebServer s = start()) {
      final HttpResponse<String> r =
          Loopback.send(s, "POST", "/api/runs", body, "Content-Type", "application/json");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
      assertThat(r.body()).containsPattern("must be (a whole number|a text|true or false)");
    }
  }

  @Test
  void theEventStreamOfAnUnknownRunIsNotFound() throws Exception {
    try (WebServer s = start()) {
      final HttpResponse<String> r = Loopback.send(s, "GET", "/api/runs/999/events", null);
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(r.body()).contains("no run 999");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "                 ",
        "short",
        "has spaces inside it ok",
        "tab\t0123456789abcdef"
      })
  void blankShortOrSpacedTokensAreRefused(final String token) {
    assertThatThrownBy(
            () ->
                WebServer.start(
                    WebServer.Options.loopback(dir.resolve("sc"))
                        .withAddress("127.0.0.1", 0)
                        .withToken(token)
                        .withRuns(1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token");
  }

  private static String readAll(final InputStream in) {
    final StringBuilder sb = new StringBuilder();
    final byte[] b = new byte[8192];
    try {
      int n;
      while ((n = in.read(b)) > 0) {
        sb.append(new String(b, 0, n, StandardCharsets.ISO_8859_1));
      }
    } catch (java.net.SocketTimeoutException e) {
      return sb + "(no end: timed out)";
    } catch (java.io.IOException e) {
      // a reset after the answer: what was read is the answer
    }
    return sb.toString();
  }
}
