package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReinforceCommandTest {
  @Test
  void draftsTheRequestForTheEmbeddedNortheastPool() {
    final CliRunner.Run r =
        CliRunner.run(
            "reinforce",
            "northeast-1952-spring",
            "--request",
            "--max-replications",
            "20",
            "-q",
            "--no-report");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "airshield reinforce:",
            "No reinforcement:",
            "Selected:",
            "gain vs nothing",
            "REQUEST (drafted from the run)",
            "To: I. V. Stalin",
            "From: Mao Zedong",
            "Soviet night jet regiments",
            "1. The situation.",
            "2. The request.",
            "3. What it will change.",
            "4. Without it.");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void jsonParsesAndDoesNotDependOnTheThreads() throws Exception {
    final CliRunner.Run a =
        CliRunner.run(
            "reinforce",
            "northeast-1952-spring",
            "--format",
            "json",
            "--request",
            "--max-replications",
            "16",
            "--keep",
            "4",
            "-q",
            "--threads",
            "1",
            "--no-report");
    final CliRunner.Run b =
        CliRunner.run(
            "reinforce",
            "northeast-1952-spring",
            "--format",
            "json",
            "--request",
            "--max-replications",
            "16",
            "--keep",
            "4",
            "-q",
            "--threads",
            "2",
            "--no-report");
    assertThat(a.code()).as(a.err()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
    final JsonNode j = new ObjectMapper().readTree(a.out());
    final JsonNode res = j.get("reinforcement");
    // the 4 plans the screen keeps, and the named plans it did not keep (stalin, none)
    assertThat(res.get("ranking")).hasSize(6);
    assertThat(res.get("named")).hasSize(3);
    assertThat(res.get("named").get(0).get("id").asText()).isEqualTo("cable");
    assertThat(res.get("named").get(0).get("asked").asBoolean()).isTrue();
    assertThat(res.get("named").get(0).get("versus")).hasSize(3);
    assertThat(res.get("ranking").get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(res.get("plansFeasible").asInt()).isEqualTo(15);
    assertThat(res.get("replications").asLong()).isPositive();
    assertThat(j.get("request").asText()).contains("2. The request.");
  }

  @Test
  void aBadPoolIsAUserErrorWithItsPlace(@TempDir final Path dir) throws Exception {
    final Path bad = dir.resolve("bad-pool.yaml");
    Files.writeString(
        bad,
        """
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
    final CliRunner.Run r =
        CliRunner.run(
            "reinforce", "northeast-1952-spring", "--pool", bad.toString(), "-q", "--no-report");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("bad-pool.yaml:15:")
        .contains("unknown place \"liaoyan\"")
        .contains("Maybe liaoyang?")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  @Test
  void writesTheReportFolderWithTheMapOfTheBestPlanAndTheRequest(@TempDir final Path dir)
      throws Exception {
    final Path rep = dir.resolve("rep");
    final CliRunner.Run r =
        CliRunner.run(
            "reinforce",
            "northeast-1952-spring",
            "--request",
            "--max-replications",
            "12",
            "--keep",
            "3",
            "--threads",
            "1",
            "--report",
            rep.toString());
    assertThat(r.code()).as(r.err()).isZero();
    final Path index = rep.resolve("index.html");
    assertThat(index).exists();
    assertThat(r.err()).contains("Report written to " + index);
    final String html = Files.readString(index);
    assertThat(html)
        .contains(
            "id=\"map\"",
            "id=\"layer-reinforcement\"",
            "class=\"reinforcement\"",
            "data-ids=\"night-jets-1\"",
            "reinforcement (best plan)",
            "id=\"chart-gain\"",
            "id=\"plans\"",
            "<pre class=\"request\" id=\"request\">",
            "To: I. V. Stalin")
        .doesNotContain("<script");
    // the selected plan of the page is the one printed
    final String selected =
        r.out()
            .lines()
            .filter(l -> l.startsWith("Selected: "))
            .findFirst()
            .orElseThrow()
            .substring("Selected: ".length());
    if (selected.startsWith("none.")) {
      // undecided: the page says so and names the plan of highest mean, as the text does
      final String leader =
          selected.substring(selected.indexOf("highest mean: ") + 14, selected.length() - 1);
      assertThat(html)
          .contains("Selected: <b>none</b>", "highest mean: <b>" + leader.replace("'", "&#39;"));
    } else {
      assertThat(html).contains("Selected: <b>" + selected.replace("'", "&#39;") + "</b>");
    }
    // the folder is asked for beside assess's, not in it
    assertThat(rep.resolve("lines.csv")).doesNotExist();
  }

  @Test
  void noReportWritesNothingAndQuietSaysNothing(@TempDir final Path dir) {
    final Path rep = dir.resolve("rep");
    final CliRunner.Run r =
        CliRunner.run(
            "reinforce",
            "northeast-1952-spring",
            "--max-replications",
            "8",
            "--first-stage",
            "4",
            "--keep",
            "2",
            "-q",
            "--no-report",
            "--report",
            rep.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(rep).doesNotExist();
    assertThat(r.err()).isEmpty();
    final CliRunner.Run q =
        CliRunner.run(
            "reinforce",
            "northeast-1952-spring",
            "--max-replications",
            "8",
            "--first-stage",
            "4",
            "--keep",
            "2",
            "-q",
            "--report",
            rep.toString());
    assertThat(q.code()).as(q.err()).isZero();
    assertThat(rep.resolve("index.html")).exists();
    assertThat(q.err()).isEmpty();
  }

  @Test
  void aReportThatIsAFileIsRefusedBeforeTheRun(@TempDir final Path dir) throws Exception {
    final Path file = Files.writeString(dir.resolve("taken.html"), "mine");
    for (Path bad : new Path[] {file, file.resolve("rep")}) {
      final CliRunner.Run r =
          CliRunner.run("reinforce", "northeast-1952-spring", "--report", bad.toString());
      assertThat(r.code()).as(r.err()).isEqualTo(2);
      assertThat(r.err())
          .contains("--report " + bad)
          .contains("file; give a folder")
          .doesNotContain("\tat ")
          .doesNotContain("reinforce northeast");
      assertThat(r.out()).isEmpty();
    }
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void badOptionsAreUserErrors() {
    for (String[] args :
        new String[][] {
          {"reinforce", "northeast-1952-spring", "--confidence", "150%"},
          {"reinforce", "northeast-1952-spring", "--format", "xml"},
          {"reinforce", "northeast-1952-spring", "--indifference", "-1"},
          {"reinforce", "northeast-1952-spring", "--pool", "no-such-pool.yaml"},
          {"reinforce", CliRunner.resource("/mini.yaml")}
        }) {
      final CliRunner.Run r = CliRunner.run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).isNotBlank().doesNotContain("\tat ");
    }
  }

  @Test
  void theIndifferenceZoneIsAShareOfTheBaselineOrAFigure() throws Exception {
    final CliRunner.Run bad =
        CliRunner.run("reinforce", "northeast-1952-spring", "--indifference", "2x", "-q");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--indifference takes a share").doesNotContain("Exception");
    assertThat(CliRunner.run("reinforce", "--indifference", "0%", "-q").code()).isEqualTo(2);
    final CliRunner.Run share =
        CliRunner.run(
            "reinforce",
            "northeast-1952-spring",
            "--indifference",
            "5%",
            "--max-replications",
            "12",
            "--keep",
            "2",
            "--format",
            "json",
            "-q",
            "--no-report");
    assertThat(share.code()).as(share.err()).isZero();
    final JsonNode r = new ObjectMapper().readTree(share.out()).get("reinforcement");
    assertThat(r.get("indifferenceRule").asText()).isEqualTo("5% of the baseline");
    // 5% of the baseline's mean, which is assess's: 1,000 replications of the same streams
    assertThat(r.get("baseline").get("n").asInt()).isEqualTo(1000);
    assertThat(r.get("indifference").asDouble())
        .isCloseTo(0.05 * r.get("baseline").get("mean").asDouble(), within(1e-12));
  }
}
