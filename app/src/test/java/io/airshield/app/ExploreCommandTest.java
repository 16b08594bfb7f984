package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code airshield factors} and {@code airshield explore} as a user runs them: the factors listed
 * with source, value and range; a small screening ranked in text, JSON and CSV; options that cannot
 * be run refused with exit code 2 and no stack trace.
 */
class ExploreCommandTest {
  @TempDir Path dir;

  private Path factorFile() throws IOException {
    final Path f = dir.resolve("factors.yaml");
    Files.writeString(
        f,
        "design: morris\ntrajectories: 2\nfactors:\n"
            + "  - {name: hitFactorBridge}\n"
            + "  - {name: repair.crews}\n"
            + "  - {name: pilotSurvives}\n");
    return f;
  }

  @Test
  void factorsListsEveryRangedEstimateWithItsSource() {
    final CliRunner.Run run = CliRunner.run("factors");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("gunTypes.g12mm-dshk.roundsPerKill")
        .contains("A22: no Korean figure")
        .contains("killPerFiringPass")
        .contains("65 factors: 16 estimates of the scenario, 49 model parameters")
        .doesNotContain("lightAaCeilingM");
    assertThat(CliRunner.run("factors", "--all").out()).contains("lightAaCeilingM");
  }

  @Test
  void aSmallScreeningRanksItsFactorsInTextJsonAndCsv() throws IOException {
    final String f = factorFile().toString();
    final CliRunner.Run text =
        CliRunner.run("explore", "--factors", f, "--replications", "3", "--days", "8", "-q");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("Morris screening, 2 trajectories on a grid of 4 levels")
        .contains("3 factors, 8 design points x 3 replications = 24 simulations")
        .contains("Factors ranked by mu*")
        .contains("hitFactorBridge");
    final Path csv = dir.resolve("csv");
    final CliRunner.Run json =
        CliRunner.run(
            "explore",
            "--factors",
            f,
            "--replications",
            "3",
            "--days",
            "8",
            "--format",
            "json",
            "--csv",
            csv.toString(),
            "--report",
            dir.resolve("report").toString(),
            "-q");
    assertThat(json.code()).as(json.err()).isZero();
    final JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.path("design").asText()).isEqualTo("morris");
    assertThat(root.path("measures").get(0).path("name").asText()).isEqualTo("supplyTonsPerDay");
    assertThat(root.path("measures").get(0).path("ranking")).hasSize(3);
    assertThat(Files.readAllLines(csv.resolve("design.csv"))).hasSize(1 + 8);
    assertThat(Files.readAllLines(csv.resolve("replications.csv"))).hasSize(1 + 8 * 3);
    assertThat(Files.readAllLines(csv.resolve("indices.csv"))).hasSize(1 + 3);
    final String page = Files.readString(dir.resolve("report").resolve("index.html"));
    assertThat(page)
        .contains("aria-label=\"tornado chart\"")
        .contains("aria-label=\"main effect of hitFactorBridge\"")
        .contains("<td>repair.crews</td>");
  }

  @Test
  void whatCannotBeRunIsRefusedWithExitCode2() throws IOException {
    final String f = factorFile().toString();
    final CliRunner.Run budget = CliRunner.run("explore", "--factors", f, "--budget", "10", "-q");
    assertThat(budget.code()).isEqualTo(2);
    assertThat(budget.err()).contains("needs 160 simulations").doesNotContain("Exception");
    final CliRunner.Run design = CliRunner.run("explore", "--design", "taguchi", "-q");
    assertThat(design.code()).isEqualTo(2);
    assertThat(design.err()).contains("--design must be morris, nolh, lhs or sobol");
    final CliRunner.Run measure =
        CliRunner.run("explore", "--factors", f, "--measure", "kills", "-q");
    assertThat(measure.code()).isEqualTo(2);
    assertThat(measure.err()).contains("unknown measure \"kills\"");
    final CliRunner.Run pool = CliRunner.run("explore", "--pool", "x.yaml", "-q");
    assertThat(pool.code()).isEqualTo(2);
    assertThat(pool.err()).contains("--pool takes effect with --plans");
  }
}
