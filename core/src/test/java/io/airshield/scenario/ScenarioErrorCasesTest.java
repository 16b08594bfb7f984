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
 * Malformed scenario files, each derived from {@code small.yaml} (or written from scratch for what
 * cannot be derived: empty, binary, JSON, hostile YAML), with the problem the reader must report
 * and where: {@code bad/cases.csv} lists file, message fragment, line and column (0 where the
 * parser cannot locate the problem).
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
  void reportsTheProblemAtItsPlace(
      final String file, final String fragment, final int line, final int column)
      throws IOException {
    final byte[] content = bytes(file);
    try {
      ScenarioReader.read(file, content);
    } catch (InputException e) {
      final List<InputProblem> problems = e.problems();
      assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
      final boolean found =
          problems.stream()
              .anyMatch(
                  p -> p.format().contains(fragment) && p.line() == line && p.column() == column);
      if (!found) {
        fail(
            "expected a problem at "
                + line
                + ":"
                + column
                + " containing \""
                + fragment
                + "\", got:\n"
                + problems.stream().map(InputProblem::format).collect(Collectors.joining("\n")));
      }
      return;
    }
    fail(file + " was read without a problem");
  }

  /**
   * One mistake, one problem: the checks that depend on a wrong value (dates against a period that
   * ends before it starts, places against an inverted theatre, the fields of a map that is missing
   * or not a map, a list's length when it is not a list, a required field given under a misspelt
   * name) do not report it again.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("singleMistakes")
  void aMistakeIsReportedOnceNotAgainByTheChecksThatDependOnIt(
      final String file, final String fragment) throws IOException {
    final byte[] content = bytes(file);
    assertThatThrownBy(() -> ScenarioReader.read(file, content))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .as(
                        e.problems().stream()
                            .map(InputProblem::format)
                            .collect(Collectors.joining("\n")))
                    .singleElement()
                    .satisfies(p -> assertThat(p.format()).contains(fragment)));
  }

  static List<Arguments> singleMistakes() {
    return List.of(
        Arguments.of("period-end-before-start.yaml", "the period ends before it starts"),
        Arguments.of("theatre-inverted.yaml", "the theatre's maximum must exceed its minimum"),
        Arguments.of("root-is-list.yaml", "expected a map of fields at the top of the file"),
        Arguments.of("type-text-for-list.yaml", "expected a list, found the text \"north\""),
        Arguments.of(
            "unknown-field-typo.yaml",
            "maxIntercept: unknown field\n    Maybe"
                + " maxIntercepts? maxIntercepts is required and is not given otherwise."),
        Arguments.of(
            "unit-wrong-field.yaml",
            "rangeM: unknown field\n    Maybe rangeKm? Only" + " the unit differs"),
        Arguments.of("deep-nesting.yaml", "nesting deeper than 40 levels of maps and lists"));
  }

  @Test
  void aMissingMapIsNotReadAsItsParentNorAreItsFieldsReportedMissing() {
    final String text =
        "format: airshield-scenario/1\nid: x\nperiod: {start: 1951-11-01,"
            + " end: 1951-11-02}\nplaces: [{id: a, kind: airfield, lat: 40, lon: 125}]\nrailLines: []\ntargets: []\nweather: []\n"
            + "aircraftTypes: []\ncommandPosts: []\nmissions: []\nrepair: 3\n";
    assertThatThrownBy(() -> ScenarioReader.read("m.yaml", text.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::format)
                    .containsExactly(
                        "m.yaml:1:1: theatre: missing required field (a map)",
                        "m.yaml:11:9: repair: expected a map of fields, found the number 3"));
  }

  @Test
  void syntaxErrorsSayWhatIsWrongInTheirOwnWordsWithoutTheParsersInternals() {
    final java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put(
        "a:\n\tb: 1\n",
        "YAML syntax error: while scanning for the next token: found a"
            + " tab that cannot start any token. (Do not use tabs for indentation)");
    cases.put(
        "a: [1, 2\nb: 3\n",
        "YAML syntax error: while parsing a flow sequence started at"
            + " line 1, column 4: expected ',' or ']', but got :");
    cases.put(
        "{\"a\": 1,}",
        "JSON syntax error: Unexpected character ('}'): was expecting"
            + " double-quote to start field name");
    cases.put("{\"a\": " + "9".repeat(150) + "}", "a number with more than 100 digits");
    cases.forEach(
        (text, message) ->
            assertThatThrownBy(
                    () ->
                        SourceTree.parse(
                            "s.yaml", text.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT))
                .isInstanceOfSatisfying(
                    InputException.class,
                    e ->
                        assertThat(e.problems())
                            .singleElement()
                            .satisfies(p -> assertThat(p.message()).isEqualTo(message))));
  }

  @Test
  void everyProblemOfAFileIsReportedAtOnce() throws IOException {
    final String text =
        new String(bytes("../small.yaml"), StandardCharsets.UTF_8)
            .replace("capacityTonsPerDay: 1500", "capacityTonsPerDay: lots")
            .replace("crews: 10", "crews: -3")
            .replace("type: mig\n", "type: mgi\n");
    assertThatThrownBy(
            () -> ScenarioReader.read("many.yaml", text.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.problems()).hasSize(3);
              assertThat(e.problems()).extracting(InputProblem::line).isSorted();
              assertThat(e.getMessage()).endsWith("(and 2 more)");
            });
  }
}
