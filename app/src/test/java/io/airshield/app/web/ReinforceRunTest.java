package io.airshield.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reinforce runs from the web UI ({@code POST /api/runs} with {@code "kind": "reinforce"}): the
 * result carries the ranking, the map of the best plan and the request; bad requests are 400s; and
 * a reinforce run takes its place in the same bounded queue, under the same time limit, as the
 * assessments. Loopback only.
 */
class ReinforceRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SMALL =
      "{\"kind\":\"reinforce\",\"scenario\":"
          + "\"northeast-1952-spring\",\"maxReplications\":8,\"request\":true}";
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

  /** Starts a ranking of the given pool text on northeast-1952-spring, 8 replications per plan. */
  private static HttpResponse<String> rankPool(final WebServer s, final String pool)
      throws Exception {
    return rankPool(s, "northeast-1952-spring", 8, pool);
  }

  /**
   * Starts a ranking of the given pool text on a scenario, at most a cap of replications a plan.
   */
  private static HttpResponse<String> rankPool(
      final WebServer s, final String scenario, final int maxReplications, final String pool)
      throws Exception {
    return send(
        s,
        "POST",
        "/api/runs",
        JSON.writeValueAsString(
            java.util.Map.of(
                "kind",
                "reinforce",
                "scenario",
                scenario,
                "maxReplications",
                maxReplications,
                "pool",
                pool)));
  }

  private static JsonNode waitForEnd(final WebServer s, final String id) throws Exception {
    final long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode st;
    do {
      st = JSON.readTree(send(s, "GET", "/api/runs/" + id, null).body());
      final String state = st.get("state").asText();
      if (!state.equals("queued") && !state.equals("running")) {
        return st;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < end);
    return st;
  }

  @Test
  void aReinforceRunGivesTheRankingTheMapOfTheBestPlanAndTheRequest() throws Exception {
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 1))) {
      final HttpResponse<String> a = send(s, "POST", "/api/runs", SMALL);
      assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
      final JsonNode started = JSON.readTree(a.body());
      assertThat(started.get("kind").asText()).isEqualTo("reinforce");
      final JsonNode st = waitForEnd(s, started.get("id").asText());
      assertThat(st.get("state").asText()).as(st.toString()).isEqualTo("done");
      assertThat(st.get("selected").asText()).isNotBlank();
      final HttpResponse<String> res =
          send(s, "GET", "/api/runs/" + st.get("id").asText() + "/result", null);
      assertThat(res.statusCode()).isEqualTo(200);
      final JsonNode r = JSON.readTree(res.body());
      final JsonNode ranking = r.get("reinforcement").get("ranking");
      assertThat(ranking.size()).isGreaterThan(1);
      assertThat(ranking.get(0).get("label").asText()).isEqualTo(st.get("selected").asText());
      assertThat(r.get("map").asText())
          .contains(
              "id=\"layer-reinforcement\"",
              "data-ids=\"night-jets-1\"",
              "reinforcement (best plan)");
      final JsonNode stations = ranking.get(0).get("stations");
      for (JsonNode station : stations) {
        assertThat(r.get("map").asText())
            .contains("data-place=\"" + station.get("placeId").asText() + "\"");
      }
      assertThat(r.get("charts").get(0).asText()).contains("id=\"chart-gain\"");
      assertThat(r.get("request").asText()).contains("2. The request.", "To: I. V. Stalin");
      // and it is listed with the assessments
      assertThat(
              JSON.readTree(send(s, "GET", "/api/runs", null).body()).get(0).get("kind").asText())
          .isEqualTo("reinforce");
    }
  }

  @Test
  void badReinforceRequestsAre400sWithAMessage() throws Exception {
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 1))) {
      final byte[] mini =
          Files.readAllBytes(Path.of(ReinforceRunTest.class.getResource("/mini.yaml").toURI()));
      assertThat(
              send(
                      s,
                      "POST",
                      "/api/scenarios/mine",
                      new String(mini, java.nio.charset.StandardCharsets.UTF_8))
                  .statusCode())
          .isEqualTo(201);
      for (String[] c :
          new String[][] {
            {
              "{\"kind\":\"reinforce\",\"scenario\":\"northeast-1952-spring\",\"maxReplications\":1}",
              "maxReplications must be from 2 to 1500"
            },
            {
              "{\"kind\":\"reinforce\",\"scenario\":\"northeast-1952-spring\","
                  + "\"maxReplications\":100000}",
              "maxReplications must be from 2 to 1500"
            },
            {
              "{\"kind\":\"reinforce\",\"scenario\":\"northeast-1952-spring\",\"days\":3}",
              "not replications or days"
            },
            {"{\"kind\":\"reinforce\",\"scenario\":\"mine\"}", "no embedded reinforcement pool"},
            {
              "{\"kind\":\"reinforce\",\"scenario\":\"northeast-1952-spring\",\"pool\":{}}",
              "pool must be the text of a pool file"
            },
            {
              "{\"kind\":\"sweep\",\"scenario\":\"northeast-1952-spring\"}",
              "kind must be assess, reinforce or explore"
            }
          }) {
        final HttpResponse<String> r = send(s, "POST", "/api/runs", c[0]);
        assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText()).as(c[0]).contains(c[1]);
        assertThat(r.body()).doesNotContain("Exception", "at io.");
      }
      assertThat(JSON.readTree(send(s, "GET", "/api/runs", null).body())).isEmpty();
    }
  }

  @Test
  void aReinforceRunWaitsInTheSameQueueAndStopsAtTheSameTimeLimit() throws Exception {
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 1)
                .withQueue(0, Duration.ofSeconds(2)))) {
      // the scenario's own pool with an indifference zone far too fine to settle within the cap
      // (20 t/day made 0.001): the ranking would run on to its cap of 1,500 replications a plan,
      // minutes of work, so it is the 2 s limit that ends it
      final String pool =
          send(s, "GET", "/api/scenarios/korea-1951-autumn/pool", null)
              .body()
              .replaceFirst("(?m)^(\\s*)indifference: .*$", "$1indifference: 0.001");
      assertThat(pool).contains("indifference: 0.001");
      final HttpResponse<String> a = rankPool(s, "korea-1951-autumn", 1500, pool);
      assertThat(a.statusCode()).isEqualTo(201);
      final String id = JSON.readTree(a.body()).get("id").asText();
      // one at a time and none waiting: an assessment is refused while it runs, and so is a
      // second ranking
      final HttpResponse<String> b =
          send(s, "POST", "/api/runs", "{\"scenario\":\"korea-1951-autumn\",\"replications\":100}");
      assertThat(b.statusCode()).isEqualTo(429);
      assertThat(send(s, "POST", "/api/runs", SMALL).statusCode()).isEqualTo(429);
      final JsonNode st = waitForEnd(s, id);
      assertThat(st.get("state").asText()).isEqualTo("cancelled");
      assertThat(st.get("error").asText()).contains("limit of 2 s");
      final HttpResponse<String> res = send(s, "GET", "/api/runs/" + id + "/result", null);
      assertThat(res.statusCode()).isEqualTo(409);
      assertThat(res.body()).contains("stopped before the ranking ended");
      // the slot is free again
      final HttpResponse<String> c = send(s, "POST", "/api/runs", SMALL);
      assertThat(c.statusCode()).isEqualTo(201);
      send(s, "POST", "/api/runs/" + JSON.readTree(c.body()).get("id").asText() + "/cancel", "");
    }
  }

  @Test
  void aReinforceRunRanksTheUsersOwnPoolAndReportsItsProblemsWithTheirPlaces() throws Exception {
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 1))) {
      // the scenario's pool is the starting point: one regiment, two stations
      final HttpResponse<String> got =
          send(s, "GET", "/api/scenarios/northeast-1952-spring/pool", null);
      assertThat(got.statusCode()).isEqualTo(200);
      assertThat(got.body()).contains("format: airshield-pool/1");
      final String own =
          got.body()
              .replaceFirst("(?m)^id: .*$", "id: my-pool")
              .replaceFirst("regiments: 2 ", "regiments: 1 ")
              .replaceFirst("stations: \\[[^]]*]", "stations: [liaoyang, andong]")
              // the named plans place regiments at stations this pool no longer has
              .replaceFirst("(?s)\ncompare:.*$", "\n");
      final HttpResponse<String> a = rankPool(s, own);
      assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
      final JsonNode st = waitForEnd(s, JSON.readTree(a.body()).get("id").asText());
      assertThat(st.get("state").asText()).as(st.toString()).isEqualTo("done");
      final JsonNode r =
          JSON.readTree(
              send(s, "GET", "/api/runs/" + st.get("id").asText() + "/result", null).body());
      final JsonNode ranking = r.get("reinforcement").get("ranking");
      assertThat(ranking.size()).isEqualTo(2);
      for (JsonNode plan : ranking) {
        assertThat(plan.get("stations").get(0).get("placeId").asText()).isIn("liaoyang", "andong");
      }
      // a misspelt station: 422 with the line, the column and a did-you-mean, and no run
      final String bad =
          own.replace("stations: [liaoyang, andong]", "stations: [liaoyang, andongg]");
      final HttpResponse<String> b = rankPool(s, bad);
      assertThat(b.statusCode()).as(b.body()).isEqualTo(422);
      final JsonNode problem = JSON.readTree(b.body()).get("problems").get(0);
      final String[] lines = bad.split("\n", -1);
      int line = 0;
      while (!lines[line].contains("andongg")) {
        line++;
      }
      assertThat(problem.get("line").asInt()).isEqualTo(line + 1);
      assertThat(problem.get("column").asInt()).isEqualTo(lines[line].indexOf("andongg") + 1);
      assertThat(problem.get("message").asText() + problem.get("hint").asText())
          .contains("andongg", "andong");
      assertThat(JSON.readTree(send(s, "GET", "/api/runs", null).body())).hasSize(1);
      // a scenario without an embedded pool has none to give
      assertThat(send(s, "GET", "/api/scenarios/nosuch/pool", null).statusCode()).isEqualTo(404);
    }
  }
}
