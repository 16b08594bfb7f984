package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airshield.formation.FormationExport;
import io.airshield.formation.FormationPlanner;
import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.SolveOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code airshield form} run in-process. */
class FormCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(final String... args) {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void defaultPlanReportsUnitsAndLeastHelp() {
    final Run r = run("form", "--budget", "500");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "Formation plan formation-1951",
            "Without outside help:",
            "1st MiG-9 fighter division",
            "binding resource",
            "Least outside help");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void requestCarriesTheNumbersOfTheComputation() throws Exception {
    final Run r = run("form", "--budget", "500", "--request");
    assertThat(r.code()).as(r.err()).isZero();
    final JsonNode json =
        new ObjectMapper().readTree(run("form", "--budget", "500", "--format", "json").out());
    final JsonNode without = json.get("withoutHelp");
    assertThat(r.out())
        .contains(
            "DRAFT REQUEST FOR OUTSIDE HELP",
            without.get("unitsLate").asInt() + " of 9 units would not be ready in time");
    for (JsonNode u : without.get("units")) {
      if (u.get("latenessDays").asInt() > 0) {
        assertThat(r.out())
            .contains(
                u.get("name").asText()
                    + ": ready "
                    + u.get("ready").asText()
                    + ", "
                    + u.get("latenessDays").asInt()
                    + " days late");
      }
    }
    for (JsonNode c : json.get("leastHelp").get("chosen")) {
      assertThat(r.out()).contains(c.get("name").asText() + ", from " + c.get("from").asText());
    }
  }

  @Test
  void jsonParsesAndNamesUnitsWithUnits() throws Exception {
    final Run r = run("form", "--budget", "500", "--format", "json");
    assertThat(r.code()).isZero();
    final JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("plan").asText()).isEqualTo("formation-1951");
    assertThat(json.get("withoutHelp").get("units")).hasSize(9);
    assertThat(json.get("readyUnits")).hasSize(9);
    assertThat(json.get("leastHelp").get("status").asText())
        .isIn("FOUND", "INSUFFICIENT", "NOT_NEEDED");
  }

  @Test
  void sameSeedSameOutput() {
    assertThat(run("form", "--budget", "300", "--seed", "5").out())
        .isEqualTo(run("form", "--budget", "300", "--seed", "5").out());
  }

  @Test
  void outWritesScheduleAndGantt(@TempDir final Path dir) throws Exception {
    final Run r = run("form", "--budget", "300", "--format", "csv", "--out", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("unit,unitName,aircraftType,phase");
    assertThat(Files.readString(dir.resolve("gantt.svg"))).startsWith("<svg").contains("</svg>");
    assertThat(Files.readString(dir.resolve("schedule.csv"))).isEqualTo(r.out());
    new ObjectMapper().readTree(Files.readString(dir.resolve("schedule.json")));
  }

  @Test
  void badFileExitsTwoWithLocatedProblemsAndNoStackTrace(@TempDir final Path dir) throws Exception {
    final Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "name: x\nstart: 1951-11-01\nend: 1952-12-31\nresources: []\n"
            + "units:\n  - id: a\n    deadline: 1952-03-15\n    phases:\n"
            + "      - {id: p, durationWeeks: 0}\n",
        StandardCharsets.UTF_8);
    final Run r = run("form", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(bad + ":9:32: units[0].phases[0].durationWeeks: duration must" + " be positive")
        .doesNotContain("Exception", "\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void helpShowsTheConfidenceExampleWithoutAFormatWarning() {
    // picocli reports a bad format string ('90% o') on System.err, not the command's writer
    final java.io.PrintStream saved = System.err;
    final java.io.ByteArrayOutputStream traced = new java.io.ByteArrayOutputStream();
    final Run r;
    try {
      System.setErr(new java.io.PrintStream(traced, true, java.nio.charset.StandardCharsets.UTF_8));
      r = run("form", "--help");
    } finally {
      System.setErr(saved);
    }
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("e.g. 90% or 0.9");
    assertThat(r.err()).isEmpty();
    assertThat(traced.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
  }

  @Test
  void confidenceIsReadAsAPercentOrAProbability() {
    assertThat(FormCommand.probability("90%")).isEqualTo(0.9);
    assertThat(FormCommand.probability(" 0.9 ")).isEqualTo(0.9);
    assertThat(FormCommand.probability("95")).isEqualTo(0.95);
    final Run r = run("form", "--confidence", "120%");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("--confidence must lie strictly between 0 and 100%")
        .doesNotContain("\tat ");
    final Run s = run("form", "--confidence", "lots");
    assertThat(s.code()).isEqualTo(2);
    assertThat(s.err()).contains("such as 90% or 0.9").doesNotContain("\tat ");
  }

  @Test
  void monteCarloIsTheSameOnOneAndTwoThreads() {
    final Run one = run("form", "--budget", "300", "--samples", "200", "--threads", "1");
    final Run two = run("form", "--budget", "300", "--samples", "200", "--threads", "2");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.out()).contains("P(ready in time)").isEqualTo(two.out());
  }

  @Test
  void schedulerPortfolioIsTheSameOnOneAndTwoThreadsAsTheSequentialStarts() {
    final Run one =
        run("form", "--budget", "400", "--samples", "0", "--format", "json", "--threads", "1");
    final Run two =
        run("form", "--budget", "400", "--samples", "0", "--format", "json", "--threads", "2");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(one.out()).contains("\"withoutHelp\"").isEqualTo(two.out());
    // the planner's three starts run one after the other, as before --threads drove them
    final FormationPlanner sequential =
        new FormationPlanner(new DefaultScheduler(), new SolveOptions(400, 1));
    assertThat(one.out())
        .isEqualTo(FormationExport.json(sequential.plan(FormCommand.load("formation-1951"))));
  }

  @Test
  void unknownPlanNameExitsTwo() {
    final Run r = run("form", "no-such-plan");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("the file no-such-plan does not exist (looked for ")
        .contains(
            "no embedded formation plan has that name; embedded formation plans:"
                + " formation-1951")
        .doesNotContain("\tat ");
  }
}
