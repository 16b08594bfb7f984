package io.airshield.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airshield.study.ExploreSettings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An explore study run from the web UI (issue 18): the explore study's defaults, its progress in
 * simulations, and its report's sections as the command line's {@code --report} writes them.
 */
class WebExploreTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private WebServer start() {
    return WebServer.start(
        WebServer.Options.loopback(dir.resolve("sc")).withAddress("127.0.0.1", 0).withRuns(1, 2));
  }

  @Test
  void anExploreRunShowsItsReport() throws Exception {
    try (WebServer s = start()) {
      final JsonNode d = JSON.readTree(Loopback.send(s, "GET", "/api/defaults", null).body());
      assertThat(d.at("/explore/replications").asInt()).isEqualTo(ExploreSettings.REPLICATIONS);
      assertThat(d.at("/explore/design").asText()).isEqualTo("morris");
      final HttpResponse<String> started =
          Loopback.send(
              s,
              "POST",
              "/api/runs",
              "{\"kind\":\"explore\",\"scenario\":\"korea-1951-autumn\",\"design\":\"lhs\","
                  + "\"replications\":1,\"days\":1}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      JsonNode st = JSON.readTree(started.body());
      assertThat(st.get("kind").asText()).isEqualTo("explore");
      final String id = st.get("id").asText();
      for (int i = 0; i < 1200 && st.get("state").asText().matches("queued|running"); i++) {
        Thread.sleep(100);
        st = JSON.readTree(Loopback.send(s, "GET", "/api/runs/" + id, null).body());
      }
      assertThat(st.get("state").asText()).as(st.toString()).isEqualTo("done");
      // every simulation of the design counted: one replication of each point
      assertThat(st.get("done").asLong()).isEqualTo(st.get("cap").asLong()).isPositive();
      final JsonNode res =
          JSON.readTree(Loopback.send(s, "GET", "/api/runs/" + id + "/result", null).body());
      assertThat(res.get("statement").asText()).isNotBlank();
      assertThat(res.get("html").asText())
          .contains("<h2 id=\"m-supplyTonsPerDay\">")
          .contains("<svg")
          .doesNotContain("<body")
          .doesNotContain("<script");
    }
  }

  @Test
  void aBadExploreRequestIsRefusedBeforeItRuns() throws Exception {
    try (WebServer s = start()) {
      final HttpResponse<String> design =
          Loopback.send(s, "POST", "/api/runs", "{\"kind\":\"explore\",\"design\":\"taguchi\"}");
      assertThat(design.statusCode()).isEqualTo(400);
      assertThat(design.body()).contains("design must be morris, nolh, lhs or sobol");
      final HttpResponse<String> big =
          Loopback.send(s, "POST", "/api/runs", "{\"kind\":\"explore\",\"replications\":1000}");
      assertThat(big.statusCode()).isEqualTo(400);
      assertThat(big.body()).contains("at most 20000 simulations");
      final HttpResponse<String> pool =
          Loopback.send(s, "POST", "/api/runs", "{\"kind\":\"explore\",\"pool\":\"x\"}");
      assertThat(pool.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(Loopback.send(s, "GET", "/api/runs", null).body())).isEmpty();
    }
  }
}
