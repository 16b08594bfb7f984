package io.airshield.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed scenario files, each derived from {@code small.yaml} (or written from scratch for
 * what cannot be derived: empty, binary, JSON, hostile YAML), with the problem the reader must
 * report and where: {@code bad/cases.csv} lists file, message fragment, line and column
 * (0 where the parser cannot locate the problem).
 */
class ScenarioErrorCasesTest {
  private static final String FOLDER = "bad/";

  static List<Arguments> cases() throws IOException {
    final List<Arguments> out = new ArrayList<>();
    try (InputStream in = ScenarioErrorCasesTest.class.getResourceAsStream(FOLDER + "cases.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        final String[] f = line.split("\\|", -1);
        out.add(Arguments.of(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3])));
      }
    }
    return out;
  }

  private static byte[] bytes(final String name) throws IOException {
    try (InputStream in = ScenarioErrorCasesTest.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test file " + name);
      }
      return in.readAllBytes();
    }
  }

  @Test
  void thereAreEnoughCasesAndTheBaseIsGood() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(30);
    try (InputStream in = getClass().getResourceAsStream("small.yaml")) {
      assertThat(ScenarioReader.read("small.yaml", in.readAllBytes()).id()).isEqualTo("small");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheProblemAtItsPlace(final String file, final String fragment, final int line,
      final int column) throws IOException {
    final byte[] content = bytes(file);
    try {
      ScenarioReader.read(file, content);
    } catch (InputException e) {
      final List<InputProblem> problems = e.problems();
      assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
      final boolean found = problems.stream().anyMatch(p -> p.format().contains(fragment)
          && p.line() == line && p.column() == column);
      if (!found) {
        fail("expected a problem at " + line + ":" + column + " containing \"" + fragment
            + "\", got:\n" + problems.stream().map(InputProblem::format)
                .collect(Collectors.joining("\n")));
      }
      return;
    }
    fail(file + " was read without a problem");
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnce() throws IOException {
    final String text = new String(bytes("../small.yaml"), StandardCharsets.UTF_8)
        .replace("capacityTonsPerDay: 1500", "capacityTonsPerDay: lots")
        .replace("crews: 10", "crews: -3")
        .replace("type: mig\n", "type: mgi\n");
    assertThatThrownBy(() -> ScenarioReader.read("many.yaml",
        text.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.problems()).hasSize(3);
          assertThat(e.problems()).extracting(InputProblem::line).isSorted();
          assertThat(e.getMessage()).endsWith("(and 2 more)");
        });
  }
}
