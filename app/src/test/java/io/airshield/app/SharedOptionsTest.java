package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options the study commands share are one declaration each (issue 18): the same name, help
 * text and checks in assess, reinforce, explore and form.
 */
class SharedOptionsTest {
  private static final List<String> STUDIES = List.of("assess", "reinforce", "explore");

  private static OptionSpec option(final String command, final String name) {
    final CommandLine cl =
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    return cl.getSubcommands().get(command).getCommandSpec().findOption(name);
  }

  @Test
  void theStudyCommandsShareTheirCommonOptions() {
    for (String name : List.of("--seed", "--threads", "--format", "--quiet")) {
      final OptionSpec first = option(STUDIES.get(0), name);
      assertThat(first).as(name).isNotNull();
      for (String c : STUDIES) {
        final OptionSpec o = option(c, name);
        assertThat(o).as(c + " " + name).isNotNull();
        assertThat(o.description()).as(c + " " + name).isEqualTo(first.description());
        assertThat(o.defaultValue()).as(c + " " + name).isEqualTo(first.defaultValue());
      }
    }
    assertThat(option("form", "--threads").description())
        .isEqualTo(option("assess", "--threads").description());
  }

  @Test
  void aSharedOptionIsCheckedAlikeEverywhere() {
    for (String c : List.of("assess", "reinforce", "form")) {
      // form has no report folder to leave out
      final CliRunner.Run r =
          c.equals("form")
              ? CliRunner.run(c, "--threads", "0")
              : CliRunner.run(c, "--threads", "0", "-q", "--no-report");
      assertThat(r.code()).as(c).isEqualTo(2);
      assertThat(r.err()).as(c).contains("threads must be from 1 to 1024, not 0");
      assertThat(r.err()).as(c).doesNotContain("Exception");
    }
    final CliRunner.Run f = CliRunner.run("reinforce", "--format", "xml", "--no-report");
    assertThat(f.code()).isEqualTo(2);
    assertThat(f.err()).contains("--format must be text or json, not \"xml\"");
  }
}
