package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {
  @Test
  void everyCommandHasHelp() {
    for (String c :
        new String[] {"assess", "validate", "scenarios", "export-scenario", "export-plan"}) {
      final CliRunner.Run r = CliRunner.run(c, "--help");
      assertThat(r.code()).as(c).isZero();
      assertThat(r.out()).as(c).contains("Usage: airshield " + c);
    }
    assertThat(CliRunner.run("--help").out()).contains("assess", "validate");
  }

  @Test
  void validateAcceptsAGoodFileAndReportsEveryProblemOfABadOne(@TempDir final Path dir)
      throws Exception {
    final String mini = CliRunner.resource("/mini.yaml");
    final CliRunner.Run ok = CliRunner.run("validate", mini);
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("valid scenario mini");
    final Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(Path.of(mini))
            .replace("scanS: 10", "scanSeconds: 10")
            .replace("commandPost: cp, aircraft", "commandPost: cpp, aircraft"));
    final CliRunner.Run r = CliRunner.run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(
            "unknown field",
            "Maybe scanS?",
            "unknown command post \"cpp\"",
            "Maybe cp?",
            "problems");
  }

  @Test
  void validateOfAMissingFileSaysSoWithItsPathAndGoesOnWithTheOthers(@TempDir final Path dir) {
    final String mini = CliRunner.resource("/mini.yaml");
    final Path missing = dir.resolve("no-such-theatre.yaml");
    final CliRunner.Run r =
        CliRunner.run("validate", missing.toString(), mini, "no-such-relative.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("valid scenario mini");
    assertThat(r.err())
        .contains("error: the file " + missing + " does not exist" + System.lineSeparator())
        .contains(
            "error: the file no-such-relative.yaml does not exist (looked for "
                + Path.of("no-such-relative.yaml").toAbsolutePath()
                + ")")
        // validate takes files only: no list of embedded names, and never an empty one
        .doesNotContain("embedded")
        .doesNotContain("\tat ");

    final CliRunner.Run named = CliRunner.run("validate", "korea-1951-autumn");
    assertThat(named.code()).isEqualTo(2);
    assertThat(named.err())
        .contains("the file korea-1951-autumn does not exist")
        .contains(
            "korea-1951-autumn is an embedded scenario (airshield export-scenario"
                + " korea-1951-autumn -o korea-1951-autumn.yaml writes a copy to edit)");
    assertThat(CliRunner.run("validate", dir.toString()).err())
        .contains(dir + " is a folder; give a scenario or formation plan file");
  }

  @Test
  void exportPlanWritesAFileThatValidatesAndRefusesToOverwrite(@TempDir final Path dir)
      throws Exception {
    final Path file = dir.resolve("plan.yaml");
    final CliRunner.Run w = CliRunner.run("export-plan", "formation-1951", "-o", file.toString());
    assertThat(w.code()).as(w.err()).isZero();
    assertThat(Files.readAllBytes(file))
        .isEqualTo(io.airshield.formation.PlanReader.embeddedBytes("formation-1951").orElseThrow());
    final CliRunner.Run v = CliRunner.run("validate", file.toString());
    assertThat(v.code()).as(v.err()).isZero();
    final CliRunner.Run again =
        CliRunner.run("export-plan", "formation-1951", "-o", file.toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("exists; use --force").doesNotContain("\tat ");
    final CliRunner.Run typo = CliRunner.run("export-plan", "formation-1915");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("maybe formation-1951?");
  }

  @Test
  void aMissingScenarioFileListsTheEmbeddedScenarios() {
    final CliRunner.Run r =
        CliRunner.run("assess", "no-such-theatre.yaml", "--no-report", "--no-store");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("the file no-such-theatre.yaml does not exist (looked for ")
        .contains(
            "no embedded scenario has that name; embedded scenarios: "
                + String.join(", ", io.airshield.scenario.EmbeddedScenarios.names()));
    assertThat(CliRunner.run("assess", "korea-1951-autum", "--no-report", "--no-store").err())
        .contains("maybe korea-1951-autumn?");
  }

  @Test
  void unknownCommandSuggestsTheNearest() {
    final CliRunner.Run r = CliRunner.run("asess");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("assess");
  }
}
