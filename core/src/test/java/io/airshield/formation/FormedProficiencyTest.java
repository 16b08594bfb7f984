package io.airshield.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.airshield.domain.FighterUnit;
import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.SolveOptions;
import io.airshield.scenario.EmbeddedScenarios;
import io.airshield.scenario.InputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a formed unit's proficiency is on the scenarios' scale (ReadyUnit's javadoc), not 1.00
 * (the best Soviet regiments') for a division of school graduates.
 */
class FormedProficiencyTest {
  private static String plan(final String extra, final double hours) {
    return """
        name: p
        start: 2000-01-01
        end: 2000-12-31
        deadline: 2000-06-01
        proficientFlyingHours: 60
        %s
        resources: []
        units:
          - {id: a, phases: [{id: flying, durationWeeks: 4, flyingHours: %s}]}
        """
        .formatted(extra, hours);
  }

  private static double proficiency(final String extra, final double hours) {
    final FormationPlan p =
        PlanReader.read("p.yaml", plan(extra, hours).getBytes(StandardCharsets.UTF_8));
    return new FormationPlanner(new DefaultScheduler(), new SolveOptions(100, 1))
        .plan(p)
        .readyUnits()
        .get(0)
        .proficiency();
  }

  private static double scenarioProficiency(final String scenario, final String unit) {
    return EmbeddedScenarios.load(scenario).fighterUnits().stream()
        .filter(u -> u.id().equals(unit))
        .mapToDouble(FighterUnit::proficiency)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aFullCourseGivesTheNewChineseDivisionsPointOfTheScale() {
    // the documented points: the scale's anchors in the embedded scenarios
    assertThat(scenarioProficiency("korea-1951-autumn", "iap-196")).isEqualTo(1.0);
    assertThat(scenarioProficiency("northeast-1952-spring", "pla-4div")).isEqualTo(0.6);
    assertThat(scenarioProficiency("northeast-1952-spring", "pla-17div"))
        .isEqualTo(ReadyUnit.FORMED_PROFICIENCY);
    assertThat(proficiency("", 60)).isCloseTo(0.4, within(1e-12));
    assertThat(proficiency("", 30)).isCloseTo(0.2, within(1e-12));
    assertThat(proficiency("", 120)).isCloseTo(0.4, within(1e-12)); // more hours: capped
    assertThat(proficiency("", 0)).isZero();
    assertThat(proficiency("formedProficiency: 0.5", 45)).isCloseTo(0.375, within(1e-12));
  }

  @Test
  void theEmbeddedPlansFighterUnitsEnterBelowTheChineseDivisionsWithATour() {
    final FormationPlan plan = PlanReader.embedded("formation-1951");
    final var ready =
        new FormationPlanner(new DefaultScheduler(), new SolveOptions(2000, 1))
            .plan(plan)
            .readyUnits();
    for (String id : new String[] {"mig9Div1", "mig9Div2", "mig9Div3", "la9Regt"}) {
      final ReadyUnit u =
          ready.stream().filter(r -> r.unitId().equals(id)).findFirst().orElseThrow();
      // 60 h on type in every mode: the full course, so exactly the new division's point
      assertThat(u.proficiency()).as(id).isCloseTo(0.4, within(1e-12)).isLessThan(0.6);
    }
  }

  @Test
  void aProficiencyOutsideZeroToOneIsALocatedProblem() {
    assertThatThrownBy(
            () ->
                PlanReader.read(
                    "p.yaml", plan("formedProficiency: 1.5", 60).getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InputException.class)
        .satisfies(
            e ->
                assertThat(((InputException) e).problems().get(0).format())
                    .startsWith("p.yaml:6:20: formedProficiency: ")
                    .contains("from 0 to 1"));
  }
}
