package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReinforceCommandTest {
  @Test
  void draftsTheRequestForTheEmbeddedNortheastPool() {
    final CliRunner.Run r = CliRunner.run("reinforce", "northeast-1952-spring", "--request",
        "--max-replications", "20", "-q");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("airshield reinforce:", "No reinforcement:", "Selected:",
        "gain vs nothing", "REQUEST (drafted from the run)", "To: I. V. Stalin",
        "From: Mao Zedong", "Soviet night jet regiments", "1. The situation.",
        "2. The request.", "3. What it will change.", "4. Without it.");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void jsonParsesAndDoesNotDependOnTheThreads() throws Exception {
    final CliRunner.Run a = CliRunner.run("reinforce", "northeast-1952-spring", "--format",
        "json", "--request", "--max-replications", "16", "--keep", "4", "-q", "--threads", "1");
    final CliRunner.Run b = CliRunner.run("reinforce", "northeast-1952-spring", "--format",
        "json", "--request", "--max-replications", "16", "--keep", "4", "-q", "--threads", "2");
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
    final JsonNode j = new ObjectMapper().readTree(a.out());
    final JsonNode res = j.get("reinforcement");
    assertThat(res.get("ranking")).hasSize(4);
    assertThat(res.get("ranking").get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(res.get("plansFeasible").asInt()).isEqualTo(15);
    assertThat(res.get("replications").asLong()).isPositive();
    assertThat(j.get("request").asText()).contains("2. The request.");
  }

  @Test
  void aBadPoolIsAUserErrorWithItsPlace(@TempDir final Path dir) throws Exception {
    final Path bad = dir.resolve("bad-pool.yaml");
    Files.writeString(bad, """
        format: airshield-pool/1
        id: bad
        units:
          - id: x
            kind: fighter
            type: mig15bis
            commandPost: shenyang-cp
            aircraft: 30
            pilots: 30
            serviceabilityPct: 70
            proficiency: 0.8
            scrambleMin: 5
            turnaroundMin: 60
            sortiesPerPilotPerDay: 2
            stations: [liaoyan]
        objective:
          terms: [{metric: intrusionsIntercepted}]
          indifference: 1
        """);
    final CliRunner.Run r = CliRunner.run("reinforce", "northeast-1952-spring", "--pool",
        bad.toString(), "-q");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad-pool.yaml:15:").contains("unknown place \"liaoyan\"")
        .contains("Maybe liaoyang?").doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void badOptionsAreUserErrors() {
    for (String[] args : new String[][] {
        {"reinforce", "northeast-1952-spring", "--confidence", "150%"},
        {"reinforce", "northeast-1952-spring", "--format", "xml"},
        {"reinforce", "northeast-1952-spring", "--indifference", "-1"},
        {"reinforce", "northeast-1952-spring", "--pool", "no-such-pool.yaml"},
        {"reinforce", CliRunner.resource("/mini.yaml")}}) {
      final CliRunner.Run r = CliRunner.run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).isNotBlank().doesNotContain("\tat ");
    }
  }
}
