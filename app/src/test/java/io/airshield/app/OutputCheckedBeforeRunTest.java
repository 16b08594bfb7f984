package io.airshield.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output path a command is given is checked before the command does its work (issue 18):
 * {@code --csv} onto a file ended a whole run with a stack trace, and {@code --report} in a place
 * that cannot be written failed only after the run. Each case must exit with code 2 and a message
 * naming the option, print no stack trace, print no result (the run did not happen) and leave the
 * file it was pointed at unchanged.
 */
class OutputCheckedBeforeRunTest {
  /** /proc refuses new entries even to root, so the case holds whoever runs the tests. */
  private static final String UNWRITABLE = "/proc/airshield-cannot-write-here";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(List.of("assess", "--days", "1", "--replications", "2", "--csv", "FILE")),
        Arguments.of(List.of("assess", "--days", "1", "--replications", "2", "--report", "FILE")),
        Arguments.of(
            List.of(
                "assess", "--days", "1", "--replications", "2", "--no-report", "--csv", "FILE/x")),
        Arguments.of(
            List.of(
                "assess",
                "--days",
                "1",
                "--replications",
                "2",
                "--no-report",
                "--trace",
                "0",
                "--trace-file",
                "FILE/trace.ndjson")),
        Arguments.of(List.of("assess", "--days", "1", "--replications", "2", "--report", "NOPE")),
        Arguments.of(
            List.of(
                "assess", "--days", "1", "--replications", "2", "--no-report", "--csv", "NOPE")),
        Arguments.of(List.of("form", "formation-1951", "--out", "FILE")),
        Arguments.of(List.of("form", "formation-1951", "--out", "NOPE")),
        Arguments.of(List.of("export-scenario", "korea-1951-autumn", "--output", "NOPE/k.yaml")),
        Arguments.of(
            List.of("reinforce", "korea-1951-autumn", "--first-stage", "2", "--report", "NOPE")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void anOutputThatCannotBeWrittenIsRefusedBeforeTheRun(
      final List<String> args, @TempDir final Path dir) throws Exception {
    final Path file = dir.resolve("a-file.txt");
    Files.writeString(file, "keep me\n");
    final String[] argv =
        args.stream()
            .map(a -> a.replace("FILE", file.toString()).replace("NOPE", UNWRITABLE))
            .toArray(String[]::new);
    final CliRunner.Run run = CliRunner.run(argv);
    assertThat(run.code()).as(run.err()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err())
        .startsWith("error: " + lastPathOption(args))
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
    assertThat(run.out()).as("no result: the run did not start").isEmpty();
    assertThat(Files.readString(file)).isEqualTo("keep me\n");
  }

  private static String lastPathOption(final List<String> args) {
    String last = "";
    for (int i = 0; i + 1 < args.size(); i++) {
      final String v = args.get(i + 1);
      if (args.get(i).startsWith("-") && (v.contains("FILE") || v.contains("NOPE"))) {
        last = args.get(i);
      }
    }
    return last;
  }

  @Test
  void aWritableOutputIsAcceptedAndNothingIsLeftByTheCheck(@TempDir final Path dir) {
    final Path csv = dir.resolve("new/csv");
    final CliRunner.Run run =
        CliRunner.run(
            "assess",
            "--days",
            "1",
            "--replications",
            "2",
            "--no-store",
            "-q",
            "--report",
            dir.resolve("report").toString(),
            "--csv",
            csv.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(csv).isDirectory();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsOnly("new", "report");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
