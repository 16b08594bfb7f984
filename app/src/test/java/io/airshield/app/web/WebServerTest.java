package io.airshield.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's answers to mistakes and to attempts from elsewhere: 4xx with a clear message. */
class WebServerTest {
  @TempDir static Path dir;
  static WebServer server;
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();
  static final String MINI_BAD = "format: airshield-scenario/1\nid: x\nbogusField: 3\n";

  @BeforeAll
  static void start() {
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

  static HttpResponse<String> send(
      final String method, final String path, final String body, final String... headers)
      throws Exception {
    return Loopback.send(server, method, path, body, headers);
  }

  static String raw(final String requestLine) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(5000);
      final OutputStream out = s.getOutputStream();
      out.write(
          (requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      final InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void storedRunsAreListedAndOpened() throws Exception {
    final Path db = dir.resolve("stored").resolve("runs.db");
    final String mini = Path.of(WebServerTest.class.getResource("/mini.yaml").toURI()).toString();
    final java.io.StringWriter out = new java.io.StringWriter();
    final int code =
        io.airshield.app.Main.commandLine(
                new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()))
            .execute(
                "assess",
                mini,
                "--replications",
                "8",
                "-q",
                "--no-report",
                "--store",
                db.toString());
    assertThat(code).isZero();
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc2"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 1)
                .withStore(db))) {
      final String base = "http://127.0.0.1:" + s.port();
      final HttpResponse<String> list =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(base + "/api/stored-runs")).build(),
              HttpResponse.BodyHandlers.ofString());
      final JsonNode runs = JSON.readTree(list.body());
      assertThat(runs).hasSize(1);
      assertThat(runs.get(0).get("scenario").asText()).isEqualTo("mini");
      assertThat(runs.get(0).get("status").asText()).isEqualTo("complete");
      final long id = runs.get(0).get("id").asLong();
      final JsonNode one =
          JSON.readTree(
              HTTP.send(
                      HttpRequest.newBuilder(URI.create(base + "/api/stored-runs/" + id)).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      assertThat(one.get("assessment").get("supply").get("mean").asDouble()).isPositive();
      assertThat(
              HTTP.send(
                      HttpRequest.newBuilder(URI.create(base + "/api/stored-runs/999")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .isEqualTo(404);
      assertThat(
              HTTP.send(
                      HttpRequest.newBuilder(URI.create(base + "/api/stored-runs/x1")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .statusCode())
          .isEqualTo(400);
    }
    // a server with no database lists nothing
    assertThat(JSON.readTree(send("GET", "/api/stored-runs", null).body())).isEmpty();
  }

  /**
   * Issue 18: a stored run opens with its charts and map, shows its headline in the list, is named
   * and annotated, compared with another and deleted; every bad request is a 4xx with a message.
   */
  @Test
  void storedRunsAreNamedComparedAndDeleted() throws Exception {
    final Path db = dir.resolve("stored3").resolve("runs.db");
    final String mini = Path.of(WebServerTest.class.getResource("/mini.yaml").toURI()).toString();
    for (String seed : new String[] {"1", "2"}) {
      final int code =
          io.airshield.app.Main.commandLine(
                  new java.io.PrintWriter(new java.io.StringWriter()),
                  new java.io.PrintWriter(new java.io.StringWriter()))
              .execute(
                  "assess",
                  mini,
                  "--replications",
                  "8",
                  "--seed",
                  seed,
                  "-q",
                  "--no-report",
                  "--store",
                  db.toString());
      assertThat(code).isZero();
    }
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc3"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 1)
                .withStore(db))) {
      final JsonNode runs = JSON.readTree(Loopback.send(s, "GET", "/api/stored-runs", null).body());
      assertThat(runs).hasSize(2);
      assertThat(runs.get(0).get("supplyTonsPerDay").asDouble()).isPositive();
      final long b = runs.get(0).get("id").asLong();
      final long a = runs.get(1).get("id").asLong();

      final JsonNode one =
          JSON.readTree(Loopback.send(s, "GET", "/api/stored-runs/" + a, null).body());
      assertThat(one.get("map").asText()).startsWith("<svg");
      assertThat(one.get("charts").size()).isGreaterThan(2);
      assertThat(one.get("assessment").get("weakest").get(0).get("reason").asText()).isNotBlank();
      // the same bits as the run's own, stored, assessment
      assertThat(one.get("assessment").get("supply").get("mean").asDouble())
          .isEqualTo(runs.get(1).get("supplyTonsPerDay").asDouble());

      final HttpResponse<String> named =
          Loopback.send(
              s,
              "POST",
              "/api/stored-runs/" + a + "/label",
              "{\"name\": \"baseline\", \"note\": \"before the MiGs\\nsecond line\"}",
              "Content-Type",
              "application/json");
      assertThat(named.statusCode()).isEqualTo(200);
      final JsonNode relisted =
          JSON.readTree(Loopback.send(s, "GET", "/api/stored-runs", null).body());
      assertThat(relisted.get(1).get("name").asText()).isEqualTo("baseline");
      assertThat(relisted.get(1).get("note").asText()).isEqualTo("before the MiGs\nsecond line");
      for (String[] bad :
          new String[][] {
            {"/api/stored-runs/" + a + "/label", "{\"name\": 3}", "400", "name must be a string"},
            {"/api/stored-runs/" + a + "/label", "[1]", "400", "JSON object"},
            {"/api/stored-runs/" + a + "/label", "{nope", "400", "not valid JSON"},
            {"/api/stored-runs/" + a + "/label", "{\"name\": \"a\\u0007b\"}", "400", "control"},
            {
              "/api/stored-runs/" + a + "/label",
              "{\"name\": \"" + "x".repeat(81) + "\"}",
              "400",
              "at most 80"
            },
            {"/api/stored-runs/999/label", "{\"name\": \"x\"}", "404", "no stored run 999"},
            {"/api/stored-runs/-1/label", "{\"name\": \"x\"}", "400", "positive whole number"}
          }) {
        final HttpResponse<String> r =
            Loopback.send(s, "POST", bad[0], bad[1], "Content-Type", "application/json");
        assertThat(r.statusCode()).as(bad[1]).isEqualTo(Integer.parseInt(bad[2]));
        assertThat(r.body()).as(bad[1]).contains(bad[3]).doesNotContain("Exception");
      }

      final JsonNode cmp =
          JSON.readTree(
              Loopback.send(s, "GET", "/api/stored-compare?a=" + a + "&b=" + b, null).body());
      assertThat(cmp.get("a").get("name").asText()).isEqualTo("baseline");
      assertThat(cmp.get("paired").asBoolean()).isFalse();
      assertThat(cmp.get("rows").size()).isPositive();
      final JsonNode row = cmp.get("rows").get(0);
      assertThat(row.get("difference").asDouble())
          .isEqualTo(row.get("meanB").asDouble() - row.get("meanA").asDouble());
      assertThat(Loopback.send(s, "GET", "/api/stored-compare?a=" + a, null).statusCode())
          .isEqualTo(400);
      assertThat(Loopback.send(s, "GET", "/api/stored-compare?a=x&b=1", null).statusCode())
          .isEqualTo(400);
      assertThat(Loopback.send(s, "GET", "/api/stored-compare?a=" + a + "&b=999", null).body())
          .contains("no stored run 999");

      assertThat(Loopback.send(s, "DELETE", "/api/stored-runs/" + b, null).statusCode())
          .isEqualTo(204);
      assertThat(Loopback.send(s, "DELETE", "/api/stored-runs/" + b, null).statusCode())
          .isEqualTo(404);
      assertThat(Loopback.send(s, "GET", "/api/stored-runs/" + b, null).statusCode())
          .isEqualTo(404);
      // a change from another site's page is refused
      assertThat(
              Loopback.send(
                      s, "DELETE", "/api/stored-runs/" + a, null, "Origin", "http://evil.example")
                  .statusCode())
          .isEqualTo(403);
      assertThat(JSON.readTree(Loopback.send(s, "GET", "/api/stored-runs", null).body()))
          .hasSize(1);
    }
  }

  @Test
  void staticPagesAndLeafletAreServedFromTheJar() throws Exception {
    assertThat(send("GET", "/", null).body()).contains("leaflet.js");
    assertThat(send("GET", "/webjars/leaflet/1.9.4/dist/leaflet.js", null).statusCode())
        .isEqualTo(200);
    assertThat(send("GET", "/api/basemap", null).body()).contains("\"coast\"");
  }

  @Test
  void badJsonIs400WithAMessage() throws Exception {
    final HttpResponse<String> r =
        send("POST", "/api/runs", "{not json", "Content-Type", "application/json");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("error").asText()).contains("not valid JSON");
    assertThat(r.body()).doesNotContain("Exception", "at io.");
  }

  @Test
  void unknownScenarioIs404WithTheKnownNames() throws Exception {
    final HttpResponse<String> r = send("GET", "/api/scenarios/no-such/layers", null);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("no scenario named").contains("korea-1951-autumn");
    final HttpResponse<String> run = send("POST", "/api/runs", "{\"scenario\":\"nope\"}");
    assertThat(run.statusCode()).isEqualTo(404);
  }

  @Test
  void oversizedBodyIs413() throws Exception {
    final HttpResponse<String> r =
        send("POST", "/api/validate", "a".repeat(2_100_000), "Content-Type", "text/plain");
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("request body larger than " + WebServer.MAX_BODY + " bytes");
  }

  @Test
  void pathTraversalIsRefused() throws Exception {
    for (String path :
        new String[] {
          "/../../etc/passwd",
          "/%2e%2e/%2e%2e/etc/passwd",
          "/webjars/..%2f..%2fetc/passwd",
          "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd"
        }) {
      final String resp = raw("GET " + path + " HTTP/1.1");
      assertThat(resp).as(path).matches("(?s)HTTP/1.1 4\\d\\d .*").doesNotContain("root:");
    }
    final HttpResponse<String> r = send("GET", "/api/scenarios/..%2F..%2Fetc%2Fpasswd", null);
    assertThat(r.statusCode()).isBetween(400, 404);
    final HttpResponse<String> s =
        send("POST", "/api/scenarios/..%2Fescape", MINI_BAD, "Content-Type", "text/plain");
    assertThat(s.statusCode()).isBetween(400, 404);
    assertThat(Files.exists(dir.resolve("escape.yaml"))).isFalse();
  }

  @Test
  void foreignOriginIsRefusedOnChanges() throws Exception {
    final HttpResponse<String> r = send("POST", "/api/runs", "{}", "Origin", "http://evil.example");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("cross-origin");
    final HttpResponse<String> own =
        send(
            "POST",
            "/api/validate",
            MINI_BAD,
            "Origin",
            "http://127.0.0.1:" + server.port(),
            "Content-Type",
            "text/plain");
    assertThat(own.statusCode()).isEqualTo(200);
  }

  @Test
  void validationReadsAFormationPlanAsAPlan() throws Exception {
    final String plan = send("GET", "/api/plans/formation-1951", null).body();
    final JsonNode ok =
        JSON.readTree(send("POST", "/api/validate", plan, "Content-Type", "text/plain").body());
    assertThat(ok.get("ok").asBoolean()).as(ok.toString()).isTrue();
    assertThat(ok.get("kind").asText()).isEqualTo("formation plan");
    final String bad =
        plan.replace("uses: {sovietLa11Maintenance: 1}", "uses: {sovietMig9Maintenance: 1}");
    final JsonNode v =
        JSON.readTree(send("POST", "/api/validate", bad, "Content-Type", "text/plain").body());
    assertThat(v.get("ok").asBoolean()).isFalse();
    assertThat(v.get("problems").get(0).get("message").asText()).contains("type mismatch");
    assertThat(send("GET", "/api/plans/no-such", null).statusCode()).isEqualTo(404);
  }

  @Test
  void validationGivesLinesAndSavingChecksNames() throws Exception {
    final JsonNode v =
        JSON.readTree(send("POST", "/api/validate", MINI_BAD, "Content-Type", "text/plain").body());
    assertThat(v.get("ok").asBoolean()).isFalse();
    boolean atLine3 = false;
    for (JsonNode p : v.get("problems")) {
      atLine3 |= p.get("line").asInt() == 3 && p.get("field").asText().contains("bogusField");
    }
    assertThat(atLine3).as(v.toString()).isTrue();
    assertThat(send("POST", "/api/scenarios/Bad.Name", MINI_BAD).statusCode()).isEqualTo(400);
    assertThat(send("POST", "/api/scenarios/korea-1951-autumn", MINI_BAD).statusCode())
        .isEqualTo(409);
    assertThat(send("POST", "/api/scenarios/mine", MINI_BAD).statusCode()).isEqualTo(422);
    final String good =
        new String(
            send("GET", "/api/scenarios/korea-1951-autumn", null)
                .body()
                .getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8);
    assertThat(send("POST", "/api/scenarios/mine", good).statusCode()).isEqualTo(201);
    assertThat(send("GET", "/api/scenarios", null).body()).contains("\"mine\"");
  }

  @Test
  void runsAreCappedAndGiveResultsAndTraces() throws Exception {
    final JsonNode r =
        JSON.readTree(
            send(
                    "POST",
                    "/api/runs",
                    "{\"scenario\":\"korea-1951-autumn\",\"replications\":16,\"days\":2}")
                .body());
    final String id = r.get("id").asText();
    // one run at a time in this test server: a second waits in the queue (or is refused)
    final HttpResponse<String> second =
        send("POST", "/api/runs", "{\"scenario\":\"korea-1951-autumn\",\"replications\":20000}");
    assertThat(second.statusCode()).isIn(201, 429);
    if (second.statusCode() == 201) {
      send("POST", "/api/runs/" + JSON.readTree(second.body()).get("id").asText() + "/cancel", "");
    }
    JsonNode st = null;
    for (int i = 0; i < 300; i++) {
      st = JSON.readTree(send("GET", "/api/runs/" + id, null).body());
      if (!st.get("state").asText().equals("running")
          && !st.get("state").asText().equals("queued")) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(st.get("state").asText()).isEqualTo("done");
    final JsonNode res = JSON.readTree(send("GET", "/api/runs/" + id + "/result", null).body());
    // supply, daily supply, lines open, supply per line and day, losses, intercepts, sorties
    assertThat(res.get("charts").size()).isEqualTo(7);
    assertThat(res.get("map").asText()).contains("layer-rail");
    assertThat(send("POST", "/api/runs", "{\"replications\":999999999}").statusCode())
        .isEqualTo(400);
    final HttpResponse<String> tr =
        send("GET", "/api/scenarios/korea-1951-autumn/trace?replication=1&days=2", null);
    assertThat(tr.statusCode()).isEqualTo(200);
    assertThat(tr.body().lines().findFirst().orElseThrow()).contains("\"header\"");
    assertThat(
            send("GET", "/api/scenarios/korea-1951-autumn/trace?replication=x", null).statusCode())
        .isEqualTo(400);
  }

  @Test
  void foreignHostIsRefusedAndPublicBindNeedsAToken() throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(5000);
      s.getOutputStream()
          .write(
              ("GET /api/scenarios HTTP/1.1\r\nHost: evil.example\r\n"
                      + "Connection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      assertThat(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
          .startsWith("HTTP/1.1 403");
    }
    assertThatThrownBy(
            () ->
                WebServer.start(
                    WebServer.Options.loopback(dir).withAddress("0.0.0.0", 0).withRuns(1, 1)))
        .hasMessageContaining("--token");
  }
}
