package io.airshield.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server with a token (as it runs when bound to a public address; here on loopback, since tests
 * talk only to 127.0.0.1): every request, pages included, must carry it; changes from a foreign
 * origin are refused even with it; error answers do not echo internals.
 */
class ServerSecurityTest {
  private static final String TOKEN = "0123456789abcdef-token";
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

  @Test
  void everyRequestNeedsTheTokenAndForeignOriginsAreRefused() throws Exception {
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withToken(TOKEN)
                .withRuns(1, 1))) {
      for (String path :
          new String[] {
            "/",
            "/index.html",
            "/style.css",
            "/api/scenarios",
            "/api/runs",
            "/api/scenarios/korea-1951-autumn/layers",
            "/webjars/leaflet/1.9.4/dist/leaflet.js"
          }) {
        final HttpResponse<String> r = send(s, "GET", path, null);
        assertThat(r.statusCode()).as(path).isEqualTo(401);
        assertThat(r.body()).as(path).contains("needs its token").doesNotContain("<html");
        assertThat(send(s, "GET", path, null, "X-Airshield-Token", TOKEN + "x").statusCode())
            .as(path)
            .isEqualTo(401);
        assertThat(send(s, "GET", path, null, "X-Airshield-Token", TOKEN).statusCode())
            .as(path)
            .isEqualTo(200);
      }
      final HttpResponse<String> viaQuery = send(s, "GET", "/?token=" + TOKEN, null);
      assertThat(viaQuery.statusCode()).isEqualTo(200);
      assertThat(viaQuery.headers().firstValue("Set-Cookie").orElse(""))
          .contains("airshield-token=" + TOKEN)
          .containsIgnoringCase("HttpOnly")
          .containsIgnoringCase("SameSite=Strict");
      assertThat(send(s, "POST", "/api/validate", "id: x\n").statusCode()).isEqualTo(401);
      final HttpResponse<String> foreign =
          send(
              s,
              "POST",
              "/api/validate",
              "id: x\n",
              "X-Airshield-Token",
              TOKEN,
              "Origin",
              "http://evil.example");
      assertThat(foreign.statusCode()).isEqualTo(403);
      assertThat(
              send(
                      s,
                      "POST",
                      "/api/runs",
                      "{}",
                      "X-Airshield-Token",
                      TOKEN,
                      "Sec-Fetch-Site",
                      "cross-site")
                  .statusCode())
          .isEqualTo(403);
    }
  }

  @Test
  void errorsDoNotEchoInternals() throws Exception {
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 1))) {
      final String longPath = "/nothing/" + "a".repeat(500);
      final HttpResponse<String> nf = send(s, "GET", longPath, null);
      assertThat(nf.statusCode()).isEqualTo(404);
      assertThat(nf.body()).hasSizeLessThan(200);
      for (String[] req :
          new String[][] {
            {"POST", "/api/runs", "{\"scenario\": 5}"},
            {"POST", "/api/runs", "{\"days\": \"x\", \"scenario\": \"korea-1951-autumn\"}"},
            {"POST", "/api/runs", "[]"},
            {"POST", "/api/runs", "nul"},
            {"GET", "/api/runs/r999", null},
            {"GET", "/api/stored-runs/x", null},
            {"GET", "/api/stored-runs/12", null},
            {"GET", "/api/scenarios/korea-1951-autumn/trace?days=0", null},
            {"GET", "/api/scenarios/NOPE/layers", null}
          }) {
        final HttpResponse<String> r = send(s, req[0], req[1], req[2]);
        assertThat(r.statusCode()).as(String.join(" ", req)).isBetween(400, 499);
        assertThat(r.body())
            .as(String.join(" ", req))
            .doesNotContain("Exception")
            .doesNotContain("\tat ")
            .doesNotContain("io.airshield")
            .doesNotContain("java.");
      }
    }
  }
}
