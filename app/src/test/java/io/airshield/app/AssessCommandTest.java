package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {
  private final String mini = CliRunner.resource("/mini.yaml");

  @Test
  void printsTheAssessmentTable() {
    final CliRunner.Run r = CliRunner.run("assess", mini, "--replications", "40", "--quiet");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out())
        .contains(
            "SUPPLY DELIVERED",
            "Rail line",
            "WEAKEST POINTS",
            "Raids intercepted at night (%)",
            "40 replications, seed 1951");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void jsonHasTheSameFiguresAndIsDeterministic() throws Exception {
    final CliRunner.Run a =
        CliRunner.run(
            "assess", mini, "--replications", "24", "-q", "--format", "json", "--threads", "1");
    final CliRunner.Run b =
        CliRunner.run(
            "assess", mini, "--replications", "24", "-q", "--format", "json", "--threads", "3");
    assertThat(a.code()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
    final JsonNode j = new ObjectMapper().readTree(a.out());
    assertThat(j.get("replications").asInt()).isEqualTo(24);
    assertThat(j.get("supply").get("mean").asDouble()).isPositive();
    assertThat(j.get("weakest")).hasSizeGreaterThan(0);
  }

  @Test
  void writesCsvFiles(@TempDir final Path dir) {
    final CliRunner.Run r =
        CliRunner.run("assess", mini, "--replications", "16", "-q", "--csv", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(dir.resolve("lines.csv")).exists();
    assertThat(dir.resolve("daily.csv")).exists();
    assertThat(dir.resolve("figures.csv")).content().contains("killsByAa");
  }

  @Test
  void precisionStopsTheRun() {
    final CliRunner.Run r = CliRunner.run("assess", mini, "--precision", "5%", "-q");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("precision reached");
  }

  @Test
  void daysShortenTheCampaign() {
    final CliRunner.Run r =
        CliRunner.run("assess", mini, "--days", "3", "--replications", "8", "-q");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("(3 days)");
  }

  @Test
  void aFormationPlanSetsTheReadyDateOfTheUnitsItForms() {
    final CliRunner.Run r =
        CliRunner.run(
            "assess",
            "northeast-1952-spring",
            "--formation",
            "formation-1951",
            "--replications",
            "8",
            "--format",
            "json");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("formation: pla-mig9-1").contains("ready 1952-");
    final CliRunner.Run none = CliRunner.run("assess", mini, "--formation", "formation-1951", "-q");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("names a formationUnit");
  }

  @Test
  void theInteriorWithTheFormationPlanAnswersTheCitiesQuestionOnAnyThreadCount() {
    final String[] args = {
      "assess",
      "interior-1952",
      "--formation",
      "formation-1951",
      "--replications",
      "12",
      "--format",
      "json",
      "--no-report",
      "--no-store"
    };
    final CliRunner.Run one = CliRunner.run(concat(args, "--threads", "1"));
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.err())
        .contains("formation: pla-mig9-1 (1st MiG-9 fighter division) ready 1952-")
        .contains("formation: pla-la9")
        .contains("each replication draws the ready dates");
    assertThat(one.out())
        .contains("\"question\" : \"cities\"")
        .contains("cityValueDestroyed")
        .contains("cityRaidsIntercepted");
    final CliRunner.Run two = CliRunner.run(concat(args, "--threads", "2"));
    assertThat(two.code()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
  }

  private static String[] concat(final String[] a, final String... b) {
    final String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void badOptionsAreUserErrorsWithoutStackTraces() {
    for (String[] args :
        new String[][] {
          {"assess", mini, "--replications", "0"},
          {"assess", mini, "--precision", "abc"},
          {"assess", mini, "--format", "xml"},
          {"assess", mini, "--until", "1999-01-01"},
          {"assess", mini, "--days", "99"},
          {"assess", "no-such-scenario"},
          {"assess", mini, "--threads", "x"},
          {"assess", mini, "--bogus"}
        }) {
      final CliRunner.Run r = CliRunner.run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err())
          .as(String.join(" ", args))
          .isNotBlank()
          .doesNotContain("\tat ", "Exception");
    }
  }

  @Test
  void aBadScenarioFileIsReportedWithItsPlace(@TempDir final Path dir) throws Exception {
    final Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of(mini)).replace("rangeKm: 150", "rangeKm: x"));
    final CliRunner.Run r = CliRunner.run("assess", bad.toString(), "-q");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:").contains("radars[0].rangeKm").doesNotContain("\tat ");
  }
}
