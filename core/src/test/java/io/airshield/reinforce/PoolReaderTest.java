package io.airshield.reinforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airshield.domain.Scenario;
import io.airshield.scenario.EmbeddedScenarios;
import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pool files: the embedded ones read, and every mistake reported with its place and a hint. */
class PoolReaderTest {
  private final Scenario s = Fixtures.theatre();
  private final String night =
      new String(Fixtures.bytes("night-pool.yaml"), StandardCharsets.UTF_8);
  private final String aa = new String(Fixtures.bytes("aa-pool.yaml"), StandardCharsets.UTF_8);

  /** line:column of the first occurrence of needle in text. */
  private static String at(final String text, final String needle) {
    final int i = text.indexOf(needle);
    assertThat(i).as(needle).isNotNegative();
    final int line = (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
    final int col = i - text.lastIndexOf('\n', i - 1);
    return line + ":" + col;
  }

  private String errors(final String text) {
    try {
      PoolReader.read("p.yaml", text.getBytes(StandardCharsets.UTF_8), s);
    } catch (InputException e) {
      return e.problems().stream().map(InputProblem::format).collect(Collectors.joining("\n"));
    }
    throw new AssertionError("no problem reported");
  }

  @Test
  void theEmbeddedPoolsReadAgainstTheirScenarios() {
    for (String name : EmbeddedScenarios.names()) {
      final Scenario sc = EmbeddedScenarios.load(name);
      final Pool p = EmbeddedPools.load(sc).orElseThrow();
      assertThat(p.units()).isNotEmpty();
      assertThat(Plans.count(p, sc)).isBetween(2L, 200L);
    }
    assertThat(
            Plans.count(
                EmbeddedPools.load(EmbeddedScenarios.load("korea-1951-autumn")).orElseThrow(),
                EmbeddedScenarios.load("korea-1951-autumn")))
        .isEqualTo(120);
  }

  @Test
  void anUnknownStationIsPlacedAndNamed() {
    final String t = night.replace("[forward, far]", "[forwrd, far]");
    assertThat(errors(t))
        .contains(
            "p.yaml:" + at(t, "forwrd") + ": units[0].stations[0]:" + " unknown place \"forwrd\"")
        .contains("Maybe forward?");
  }

  @Test
  void aFighterStationMustBeAnAirfield() {
    final String t = night.replace("[forward, far]", "[forward, c]");
    assertThat(errors(t))
        .contains(
            "p.yaml:"
                + at(t, "c]")
                + ": units[0].stations[1]: place"
                + " \"c\" is railNode: a fighter regiment needs an airfield");
  }

  @Test
  void anUnknownAircraftTypeGetsADidYouMean() {
    final String t = night.replace("type: nightfighter", "type: nightfightr");
    assertThat(errors(t))
        .contains(
            "p.yaml:"
                + at(t, "nightfightr")
                + ": units[0].type:"
                + " unknown aircraft type \"nightfightr\"")
        .contains("Maybe nightfighter?");
  }

  @Test
  void anUnknownGunTypeGetsADidYouMean() {
    final String t = aa.replace("type: g85,", "type: g855,");
    assertThat(errors(t))
        .contains(
            "p.yaml:" + at(t, "g855") + ": units[0].guns[1].type:" + " unknown gun type \"g855\"")
        .contains("Maybe g85?");
  }

  @Test
  void anUnknownFigureGetsADidYouMean() {
    final String t = night.replace("metric: intrusionsIntercepted", "metric: intrusionIntercepted");
    assertThat(errors(t))
        .contains(
            "p.yaml:"
                + at(t, "intrusionIntercepted")
                + ": objective.terms[0].metric: unknown figure")
        .contains("Maybe intrusionsIntercepted?");
  }

  @Test
  void anUnknownFieldIsReportedAtItsKey() {
    final String t = night.replace("    regiments: 1", "    regiment: 1");
    assertThat(errors(t))
        .contains("p.yaml:" + at(t, "regiment:") + ": units[0].regiment:" + " unknown field")
        .contains("Maybe regiments?");
  }

  @Test
  void outOfRangeAndOutOfPeriodValuesAreAllReportedAtOnce() {
    final String t =
        night
            .replace("regiments: 1", "regiments: 40")
            .replace(
                "    stations: [forward, far]",
                "    from: 1950-01-01\n    stations: [forward, far]");
    final String e = errors(t);
    assertThat(e)
        .contains("p.yaml:" + at(t, "40") + ": units[0].regiments: value 40 is out" + " of range");
    assertThat(e)
        .contains(
            "p.yaml:"
                + at(t, "1950-01-01")
                + ": units[0].from: date"
                + " 1950-01-01 lies outside the scenario's period");
  }

  @Test
  void aBadRegimentsValueIsTheOnlyProblemReportedNotAlsoMaxPerStation() {
    for (String v : new String[] {"0", "-1", "1000", "three"}) {
      final String t = aa.replace("regiments: 2", "regiments: " + v + "\n    maxPerStation: 2");
      final String e = errors(t);
      assertThat(e)
          .as(v)
          .contains("p.yaml:" + at(t, v + "\n") + ": units[0].regiments: ")
          .contains("from 1 to 12");
      assertThat(e.lines().count()).as("problems for regiments: %s%n%s", v, e).isEqualTo(1);
      assertThat(e).as(v).doesNotContain("maxPerStation");
    }
    // a misspelt regiments leaves the default of 1, and the message says so
    final String typo = aa.replace("regiments: 2", "regiment: 2\n    maxPerStation: 2");
    assertThat(errors(typo))
        .contains("units[0].regiment: unknown field")
        .contains(
            "units[0].maxPerStation: value 2 exceeds the unit's 1 regiment (regiments is"
                + " not given, and 1 by default)");
    // a genuine excess is still reported
    final String t = aa.replace("regiments: 2", "regiments: 2\n    maxPerStation: 3");
    assertThat(errors(t))
        .contains(
            "p.yaml:"
                + at(t, "3\n")
                + ": units[0].maxPerStation: value 3"
                + " exceeds the unit's 2 regiments");
  }

  @Test
  void aPoolForAnotherScenarioIsRefused() {
    final String t = night.replace("scenario: reinforce-test", "scenario: mini");
    assertThat(errors(t))
        .contains(
            "p.yaml:"
                + at(t, "mini")
                + ": scenario: the pool is"
                + " written for scenario \"mini\", not \"reinforce-test\"");
  }

  @Test
  void anUnknownCommandPostGetsADidYouMean() {
    final String t = night.replace("commandPost: cp", "commandPost: cpp");
    assertThat(errors(t))
        .contains(
            "p.yaml:" + at(t, "cpp") + ": units[0].commandPost:" + " unknown command post \"cpp\"")
        .contains("Maybe cp?");
  }

  @Test
  void limitsThatLeaveNoPlanAreReported() {
    final String t = night.replace("regiments: 1", "regiments: 2\n    split: false");
    assertThat(errors(t)).contains("units: no feasible plan");
  }

  @Test
  void aMissingObjectiveAndASyntaxErrorAreLocated() {
    final String t = night.substring(0, night.indexOf("objective:"));
    assertThat(errors(t)).contains("p.yaml:1:1: objective: missing required field");
    assertThatThrownBy(
            () -> PoolReader.read("p.yaml", "units: [a, b\n".getBytes(StandardCharsets.UTF_8), s))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("p.yaml:")
        .hasMessageContaining("YAML syntax error");
  }

  @Test
  void aPlanAddsItsRegimentsToTheScenario() {
    final Pool pool = Fixtures.pool("aa-pool.yaml", s);
    final Scenario with = new Plan(new int[][] {{1, 1}}).apply(s, pool);
    assertThat(with.aaUnits()).hasSize(s.aaUnits().size() + 2);
    assertThat(with.aaUnits().subList(1, 3))
        .extracting(u -> u.id() + "@" + u.placeId())
        .isEqualTo(List.of("div-1@c", "div-2@b"));
  }

  private String named(final String compare) {
    return night + "compare:\n" + compare;
  }

  @Test
  void namedPlansAreReadWithTheirPlacements() {
    final Pool p =
        PoolReader.read(
            "p.yaml",
            named(
                    "  - {id: cable, name: The cable, asked: true, place: [{unit: nf, station:"
                        + " far}]}\n  - {id: none, place: []}\n")
                .getBytes(StandardCharsets.UTF_8),
            s);
    assertThat(p.compare()).hasSize(2);
    assertThat(p.compare().get(0).name()).isEqualTo("The cable");
    assertThat(p.compare().get(0).plan().key()).isEqualTo("0,1");
    assertThat(p.asked().orElseThrow().id()).isEqualTo("cable");
    assertThat(p.compare().get(1).plan().key()).isEqualTo("0,0");
  }

  @Test
  void aNamedPlanWithAnUnknownUnitIsPlacedWithADidYouMean() {
    final String t = named("  - {id: x, place: [{unit: nff, station: far}]}\n");
    assertThat(errors(t))
        .contains(
            "p.yaml:" + at(t, "nff") + ": compare[0].place[0].unit: unknown pool unit \"nff\"")
        .contains("Maybe nf?");
  }

  @Test
  void aNamedPlanAtAStationTheUnitDoesNotHaveIsPlaced() {
    final String t = named("  - {id: x, place: [{unit: nf, station: base}]}\n");
    assertThat(errors(t))
        .contains(
            "p.yaml:"
                + at(t, "base}")
                + ": compare[0].place[0].station: \"base\" is not a station of pool unit nf")
        .contains("Its stations: forward, far");
  }

  @Test
  void aNamedPlanWithTooManyRegimentsIsPlaced() {
    final String t =
        named(
            "  - id: x\n    place:\n      - {unit: nf, station: far}\n"
                + "      - {unit: nf, station: forward}\n");
    assertThat(errors(t))
        .contains(
            "p.yaml:"
                + at(t, "{unit: nf, station: forward}")
                + ": compare[0].place[1].regiments: the plan places 2 regiments of nf, which has 1");
  }

  @Test
  void namedPlansRepeatedOrTwiceAskedOrWithoutPlacesAreReported() {
    final String t =
        named(
            "  - {id: x, asked: true, place: [{unit: nf, station: far}]}\n"
                + "  - {id: x, asked: true, place: [{unit: nf, station: forward}]}\n"
                + "  - {id: y}\n");
    final String e = errors(t);
    assertThat(e)
        .contains("compare[1].id: duplicate named plan \"x\"")
        .contains("compare: more than one named plan is marked asked: true")
        .contains("p.yaml:" + at(t, "{id: y}") + ": compare[2].place: a named plan needs a place");
  }

  @Test
  void twoNamedPlansWithTheSamePlacementsAreReported() {
    final String t =
        named(
            "  - {id: a, place: [{unit: nf, station: far}]}\n"
                + "  - {id: b, place: [{unit: nf, station: far, regiments: 1}]}\n");
    assertThat(errors(t))
        .contains("compare[1].place: named plan \"b\" places the same regiments as \"a\"");
  }
}
