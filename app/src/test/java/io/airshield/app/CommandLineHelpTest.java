package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command line's own texts (issue 18, "Command line"): every command's help renders without
 * picocli's warning (an unescaped {@code %} in {@code assess --help}) and shows examples and exit
 * codes; {@code -V} prints the version on every command; {@code --trace} beyond the replications is
 * refused before the run; a drafted request is wrapped; the progress of a {@code --precision} run
 * counts toward the precision and says what its "+-" is.
 */
class CommandLineHelpTest {
  static Stream<String> commands() {
    final List<String> out = new ArrayList<>();
    collect(
        Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
        "",
        out);
    return out.stream();
  }

  private static void collect(final CommandLine cl, final String prefix, final List<String> out) {
    cl.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!name.equals("help")) {
                out.add((prefix + " " + name).trim());
                collect(sub, prefix + " " + name, out);
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyCommandsHelpHasExamplesAndExitCodesAndNoWarning(final String command) {
    final List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    final PrintStream before = System.err;
    final ByteArrayOutputStream picocliErr = new ByteArrayOutputStream();
    final CliRunner.Run run;
    System.setErr(new PrintStream(picocliErr, true, StandardCharsets.UTF_8));
    try {
      run = CliRunner.run(args.toArray(String[]::new));
    } finally {
      System.setErr(before);
    }
    assertThat(run.code()).isZero();
    assertThat(picocliErr.toString(StandardCharsets.UTF_8) + run.err())
        .as("picocli's warnings")
        .doesNotContain("WARN");
    assertThat(run.out()).contains("Examples:").contains("Exit codes:").contains("airshield ");
    assertThat(run.out()).doesNotContain("%n").doesNotContain("%%");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyCommandPrintsTheVersion(final String command) {
    final List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("-V");
    final CliRunner.Run run = CliRunner.run(args.toArray(String[]::new));
    assertThat(run.code()).isZero();
    assertThat(run.out().strip()).isEqualTo("airshield " + Version.current());
  }

  @Test
  void aTraceBeyondTheReplicationsIsRefusedBeforeTheRun() {
    final CliRunner.Run run =
        CliRunner.run("assess", "--replications", "5", "--trace", "5", "--no-store", "--no-report");
    assertThat(run.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("--trace takes a replication from 0 to 4, not 5");
    assertThat(run.out()).as("no assessment: the run did not start").isEmpty();
    final CliRunner.Run capped =
        CliRunner.run(
            "assess", "--precision", "1%", "--replications", "50", "--trace", "50", "--no-store");
    assertThat(capped.code()).isEqualTo(Main.EXIT_USAGE);
    assertThat(capped.err()).contains("from 0 to 49 (the cap of --replications), not 50");
  }

  @Test
  void aDraftedRequestIsWrappedWithItsWordsKept() {
    final CliRunner.Run run = CliRunner.run("form", "--request");
    assertThat(run.code()).isZero();
    for (String line : run.out().split("\n")) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(TextWrap.WIDTH);
    }
    final String text = "1. " + "word ".repeat(60) + "end\n   - " + "x".repeat(120) + " y";
    final String wrapped = TextWrap.wrap(text);
    assertThat(wrapped.split("\\s+")).containsExactly(text.split("\\s+"));
    assertThat(wrapped).contains("\n   word").contains("\n     y");
  }

  @Test
  void precisionProgressCountsTowardThePrecisionAndSaysWhatItsPlusMinusIs() {
    final StringWriter w = new StringWriter();
    final Progress p = new Progress(new PrintWriter(w), "assess t");
    p.target(0.01);
    // half-width 2% after 1,000: the precision of 1% needs about four times as many
    p.update(1000, 100_000, 0.02);
    assertThat(w.toString())
        .contains("1000/~4000 replications")
        .contains("supply within +-2.00% (95% CI), target +-1.00%")
        .doesNotContain("/100000");
  }
}
