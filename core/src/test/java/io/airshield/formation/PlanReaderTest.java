package io.airshield.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plan files: the embedded plan loads; each kind of mistake is reported and located. */
class PlanReaderTest {
  /** A valid plan; the error cases below change one line of it. */
  static final List<String> BASE =
      List.of(
          "name: t", // 1
          "start: 2000-01-01", // 2
          "end: 2000-12-31", // 3
          "deadline: 2000-04-01", // 4
          "resources:", // 5
          "  - id: instructors", // 6
          "    capacity: 4", // 7
          "units:", // 8
          "  - id: a", // 9
          "    phases:", // 10
          "      - id: school", // 11
          "        durationWeeks: 4", // 12
          "      - id: flying", // 13
          "        durationWeeks: 6", // 14
          "        uses: {instructors: 2}", // 15
          "help:", // 16
          "  - id: more", // 17
          "    resource: instructors", // 18
          "    amount: 2", // 19
          "    from: 2000-02-01", // 20
          "    cost: 1"); // 21

  private static String with(final int line, final String text) {
    final java.util.ArrayList<String> lines = new java.util.ArrayList<>(BASE);
    lines.set(line - 1, text);
    return String.join("\n", lines) + "\n";
  }

  private static FormationPlan read(final String text) {
    return PlanReader.read("p.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<InputProblem> problems(final String text) {
    try {
      read(text);
    } catch (InputException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems in:\n" + text);
  }

  private static InputProblem only(final String text) {
    final List<InputProblem> p = problems(text);
    assertThat(p).as("problems: %s", p).hasSize(1);
    return p.get(0);
  }

  @Test
  void baseIsValidAndUsesDaysFromTheEpoch() {
    final FormationPlan plan = read(String.join("\n", BASE));
    assertThat(plan.units()).hasSize(1);
    final TrainingPhase flying = plan.units().get(0).phases().get(1);
    assertThat(flying.modes().get(0).durationDays()).isEqualTo(42);
    assertThat(flying.after()).containsExactly("a.school");
    assertThat(plan.units().get(0).deadline()).isEqualTo(LocalDate.of(2000, 4, 1));
    assertThat(plan.help().get(0).offeredFrom()).containsExactly(LocalDate.of(2000, 2, 1));
  }

  @Test
  void embeddedPlanLoadsAndEveryEntityNamesItsSource() {
    final FormationPlan plan = PlanReader.embedded("formation-1951");
    assertThat(plan.units()).hasSize(9);
    assertThat(plan.units().stream().mapToInt(FormingUnit::regiments).sum()).isEqualTo(14);
    assertThat(plan.units().stream().mapToInt(FormingUnit::pilotsNeeded).sum()).isEqualTo(463);
    assertThat(plan.resource("pilots").orElseThrow().maxCapacity()).isEqualTo(463);
    assertThat(plan.units())
        .allSatisfy(
            u -> {
              assertThat(u.source()).isNotBlank();
              assertThat(u.deadline()).isEqualTo(LocalDate.of(1952, 3, 15));
              assertThat(u.phases()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
            });
    assertThat(plan.resources()).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    assertThat(plan.help()).allSatisfy(h -> assertThat(h.source()).isNotBlank());
  }

  @Test
  void syntaxErrorIsLocated() {
    final InputProblem p = only(with(15, "        uses: {instructors: 2"));
    assertThat(p.message()).startsWith("YAML syntax error");
    assertThat(p.line()).isEqualTo(16);
    assertThat(p.column()).isEqualTo(5);
  }

  @Test
  void wrongTypeIsLocated() {
    final InputProblem p = only(with(12, "        durationWeeks: four"));
    assertThat(p.format())
        .startsWith(
            "p.yaml:12:24: units[0].phases[0].durationWeeks: expected"
                + " a number from -520 to 520, found the text \"four\"");
  }

  @Test
  void unknownFieldGetsDidYouMean() {
    final InputProblem p = only(with(21, "    cots: 1"));
    assertThat(p.format())
        .isEqualTo(
            "p.yaml:21:5: help[0].cots: unknown field"
                + System.lineSeparator()
                + "    Maybe cost?");
  }

  @Test
  void danglingReferenceGetsNearestName() {
    final InputProblem p = only(with(15, "        uses: {instrutors: 2}"));
    assertThat(p.line()).isEqualTo(15);
    assertThat(p.column()).isEqualTo(16);
    assertThat(p.field()).isEqualTo("units[0].phases[1].uses.instrutors");
    assertThat(p.message()).isEqualTo("no resource named instrutors");
    assertThat(p.hint()).isEqualTo("Maybe instructors?");
  }

  @Test
  void negativeDurationIsRejected() {
    final InputProblem p = only(with(14, "        durationWeeks: -2"));
    assertThat(p.format())
        .startsWith(
            "p.yaml:14:24: units[0].phases[1].durationWeeks: duration"
                + " must be positive, found -2 weeks");
  }

  @Test
  void dateOutsideTheHorizonIsRejected() {
    final InputProblem p = only(with(20, "    from: 2001-02-01"));
    assertThat(p.format())
        .startsWith(
            "p.yaml:20:11: help[0].from: date 2001-02-01 is outside"
                + " the plan's horizon 2000-01-01 to 2000-12-31");
  }

  @Test
  void cycleInPrecedencesIsNamed() {
    final InputProblem p = only(with(12, "        after: [flying]\n        durationWeeks: 4"));
    assertThat(p.message()).isEqualTo("precedence cycle: a.school -> a.flying -> a.school");
    assertThat(p.line()).isEqualTo(12);
    assertThat(p.column()).isEqualTo(16);
    assertThat(p.field()).isEqualTo("units[0].phases[0].after");
  }

  @Test
  void impossibleDemandCountsTheOfferedHelp() {
    final InputProblem p = only(with(15, "        uses: {instructors: 9}"));
    assertThat(p.format())
        .startsWith(
            "p.yaml:15:29: units[0].phases[1].uses.instructors:"
                + " impossible demand: 9 of instructors needed, but at most 6 are ever available,"
                + " even with every offered help");
  }

  @Test
  void durationInDaysIsAWrongUnit() {
    final InputProblem p = only(with(14, "        durationDays: 42"));
    assertThat(p.format())
        .isEqualTo(
            "p.yaml:14:9: units[0].phases[1].durationDays: unknown"
                + " field"
                + System.lineSeparator()
                + "    Maybe durationWeeks? Durations are given in"
                + " weeks (days / 7); convert the value.");
  }

  @Test
  void emptyFileIsReported() {
    assertThatThrownBy(() -> read("  \n"))
        .isInstanceOf(InputException.class)
        .hasMessage("p.yaml:1:1: file is empty");
  }

  @Test
  void duplicateUnitIdIsReported() {
    final String text =
        String.join("\n", BASE)
            .replace(
                "help:", "  - id: a\n    phases:\n      - id: x\n        durationWeeks: 1\nhelp:");
    final InputProblem p = only(text);
    assertThat(p.format()).startsWith("p.yaml:16:9: units[1].id: duplicate unit id a");
  }

  @Test
  void aDuplicateUnitIdIsNotReportedAgainAsItsPhasesOrAsASelfReference() {
    // the second "a" comes after the first one, and repeats its phase "school"
    final String text =
        String.join("\n", BASE)
            .replace(
                "help:",
                "  - id: a\n    after: [a]\n    phases:\n      - id: school\n        durationWeeks: 2\n"
                    + "help:");
    final InputProblem p = only(text);
    assertThat(p.format()).startsWith("p.yaml:16:9: units[1].id: duplicate unit id a");
  }

  @Test
  void danglingUnitReferenceAndMissingFieldAreAllReportedAtOnce() {
    final String text = with(9, "  - id: a\n    after: [b]").replace("start: 2000-01-01\n", "");
    final List<InputProblem> p = problems(text);
    assertThat(p)
        .extracting(InputProblem::format)
        .containsExactly(
            "p.yaml:1:1: start: missing required field (a date YYYY-MM-DD)",
            "p.yaml:9:13: units[0].after[0]: no unit named b"
                + System.lineSeparator()
                + "    Maybe a?");
  }

  @Test
  void mergeKeysCopyAnAnchoredUnit() {
    final String text =
        with(9, "  - &u\n    id: a").replace("help:", "  - <<: *u\n    id: b\nhelp:");
    final FormationPlan plan = read(text);
    assertThat(plan.units()).extracting(FormingUnit::id).containsExactly("a", "b");
    assertThat(plan.units().get(1).phases().get(1).after()).containsExactly("b.school");
  }

  @Test
  void jsonPlansAreReadToo() {
    final String json =
        "{\"name\": \"j\", \"start\": \"2000-01-01\", \"end\": \"2000-06-30\","
            + " \"deadline\": \"2000-03-01\", \"resources\": [],\n \"units\": [{\"id\": \"a\","
            + " \"phases\": [{\"id\": \"p\", \"durationWeeks\": \"x\"}]}]}";
    final InputProblem p = only(json);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message()).contains("expected a number");
  }
}
