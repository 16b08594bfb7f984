package io.airshield.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airshield.app.Main;
import io.airshield.study.AssessSettings;
import io.airshield.study.ReinforceSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI runs the same studies as the command line (issue 18): the same defaults, the same
 * figures for the same settings, and its assessments recorded in the results database.
 */
class WebStudiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theFormStartsFromTheStudiesDefaults() throws Exception {
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 1))) {
      final JsonNode d = JSON.readTree(Loopback.send(s, "GET", "/api/defaults", null).body());
      assertThat(d.at("/assess/replications").asLong()).isEqualTo(AssessSettings.REPLICATIONS);
      assertThat(d.at("/assess/seed").asLong()).isEqualTo(AssessSettings.SEED);
      assertThat(d.at("/reinforce/maxReplications").asInt())
          .isEqualTo(ReinforceSettings.MAX_REPLICATIONS);
    }
  }

  @Test
  void aWebRunIsStoredAndGivesTheCommandLinesFigures() throws Exception {
    final Path mini = Path.of(WebStudiesTest.class.getResource("/mini.yaml").toURI());
    final Path db = dir.resolve("runs.db");
    final StringWriter out = new StringWriter();
    final int code =
        Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()))
            .execute(
                "assess",
                mini.toString(),
                "--replications",
                "8",
                "--threads",
                "1",
                "-q",
                "--no-report",
                "--no-store",
                "--format",
                "json");
    assertThat(code).isZero();
    final double cli = JSON.readTree(out.toString()).at("/supply/mean").asDouble();
    try (WebServer s =
        WebServer.start(
            WebServer.Options.loopback(dir.resolve("sc"))
                .withAddress("127.0.0.1", 0)
                .withRuns(1, 2)
                .withStore(db))) {
      assertThat(
              Loopback.send(s, "POST", "/api/scenarios/mini", Files.readString(mini)).statusCode())
          .isEqualTo(201);
      final JsonNode started =
          JSON.readTree(
              Loopback.send(s, "POST", "/api/runs", "{\"scenario\":\"mini\",\"replications\":8}")
                  .body());
      final String id = started.get("id").asText();
      JsonNode st = started;
      for (int i = 0; i < 600 && !st.get("state").asText().equals("done"); i++) {
        assertThat(st.get("state").asText()).isIn("queued", "running");
        Thread.sleep(100);
        st = JSON.readTree(Loopback.send(s, "GET", "/api/runs/" + id, null).body());
      }
      assertThat(st.get("state").asText()).isEqualTo("done");
      final JsonNode res =
          JSON.readTree(Loopback.send(s, "GET", "/api/runs/" + id + "/result", null).body());
      // the same settings give the same bits, on 2 threads here and 1 on the command line
      assertThat(res.at("/assessment/supply/mean").asDouble()).isEqualTo(cli);
      final JsonNode stored =
          JSON.readTree(Loopback.send(s, "GET", "/api/stored-runs", null).body());
      assertThat(stored).hasSize(1);
      assertThat(stored.get(0).get("id").asLong()).isEqualTo(st.get("stored").asLong());
      assertThat(stored.get(0).get("status").asText()).isEqualTo("complete");
      assertThat(stored.get(0).get("replications").asLong()).isEqualTo(8);
      assertThat(stored.get(0).get("supplyTonsPerDay").asDouble()).isEqualTo(cli);
    }
  }
}
