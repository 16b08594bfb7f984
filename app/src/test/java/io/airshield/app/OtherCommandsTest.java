package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {
  @Test
  void everyCommandHasHelp() {
    for (String c : new String[] {"assess", "validate", "scenarios", "export-scenario"}) {
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
    Files.writeString(bad, Files.readString(Path.of(mini))
        .replace("scanS: 10", "scanSeconds: 10")
        .replace("commandPost: cp, aircraft", "commandPost: cpp, aircraft"));
    final CliRunner.Run r = CliRunner.run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown field", "Maybe scanS?", "unknown command post \"cpp\"",
        "Maybe cp?", "problems");
  }

  @Test
  void unknownCommandSuggestsTheNearest() {
    final CliRunner.Run r = CliRunner.run("asess");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("assess");
  }
}
