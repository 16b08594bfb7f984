package io.airshield.formation;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.SolveOptions;
import io.airshield.scenario.InputException;
import io.airshield.scenario.InputProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, formation under uncertainty: typed resources (a piston detachment cannot take a jet
 * battalion unless a mode allows it) and a drafted request consistent with its own schedule.
 */
class Issue19Test {
  /** A La-11 regiment whose maintenance phase asks for the MiG-9 battalion: {@code %s} the flag. */
  private static final String TYPED =
      """
      name: typed
      start: 2000-01-01
      end: 2000-12-31
      deadline: 2000-06-01
      resources:
        - {id: mig9Battalion, serves: [MiG-9], capacity: 2}
        - {id: technicians, serves: [piston], capacity: 10}
      units:
        - id: la11
          aircraftType: La-11
          classes: [piston, reconnaissance]
          phases:
            - id: maintenance
              kind: maintenance
              modes:
                - {name: by our technicians, durationWeeks: 10, uses: {technicians: 10}}
                - {name: by the MiG-9 battalion, durationWeeks: 12, uses: {mig9Battalion: 1}%s}
      """;

  private static FormationPlan read(final String yaml) {
    return PlanReader.read("typed.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aPistonDetachmentCannotTakeAJetBattalion() {
    final String yaml = TYPED.formatted("");
    List<InputProblem> problems = List.of();
    try {
      read(yaml);
    } catch (InputException e) {
      problems = e.problems();
    }
    assertThat(problems).hasSize(1);
    final InputProblem p = problems.get(0);
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("units[0].phases[0].modes[1].uses.mig9Battalion");
    assertThat(p.message())
        .contains("type mismatch")
        .contains("serves MiG-9")
        .contains("La-11, piston, reconnaissance");
    assertThat(p.hint()).contains("substitute: true");
  }

  @Test
  void aSubstituteModeMayTakeIt() {
    final FormationPlan plan = read(TYPED.formatted(", substitute: true"));
    final PhaseMode mode = plan.units().get(0).phases().get(0).modes().get(1);
    assertThat(mode.substitute()).isTrue();
    assertThat(plan.resource("mig9Battalion").orElseThrow().serves(plan.units().get(0))).isFalse();
    assertThat(plan.resource("technicians").orElseThrow().serves(plan.units().get(0))).isTrue();
  }

  /**
   * Every help item the recommended schedule uses is asked for: on every day, what the schedule
   * holds of a resource is within the plan's own capacity plus the help asked for by that day;
   * every item asked for appears in the draft, and none the schedule needs is among those "not
   * asked for". The cable's 463 pilots, its addressee and reference appear as the cable gives them.
   */
  @Test
  void theRequestAsksForEveryHelpTheScheduleUses() {
    final FormationPlan plan = PlanReader.embedded("formation-1951");
    final FormationResult r =
        new FormationPlanner(new DefaultScheduler(), new SolveOptions(2000, 3)).plan(plan);
    assertThat(r.leastHelp().status()).isEqualTo(LeastHelp.Status.FOUND);
    final PlanOutcome o = r.leastHelp().outcome();
    final String draft = FormationReport.request(r);
    final int days = plan.horizonDays();
    for (PlanResource res : plan.resources()) {
      if (res.assigned()) {
        continue;
      }
      for (int day = 0; day <= days; day++) {
        int held = 0;
        for (UnitOutcome u : o.units()) {
          for (PhaseOutcome p : u.phases()) {
            if (p.startDay() <= day && day < p.finishDay()) {
              held += p.uses().getOrDefault(res.id(), 0);
            }
          }
        }
        int own = 0;
        for (CapacityStep s : res.steps()) {
          if (plan.day(s.from()) <= day) {
            own = s.capacity();
          }
        }
        int asked = 0;
        for (ChosenHelp c : r.leastHelp().chosen()) {
          if (c.option().resource().equals(res.id()) && plan.day(c.from()) <= day) {
            asked += c.option().amount();
          }
        }
        assertThat(held)
            .as("%s on %s: held %d, own %d, asked %d", res.id(), plan.date(day), held, own, asked)
            .isLessThanOrEqualTo(own + asked);
        if (held > own) {
          final String notAsked =
              draft.contains("We do not ask for")
                  ? draft.substring(draft.indexOf("We do not ask for"))
                  : "";
          for (HelpOption h : plan.help()) {
            if (h.resource().equals(res.id())
                && r.leastHelp().chosen().stream().noneMatch(c -> c.option() == h)) {
              assertThat(notAsked)
                  .as("an unused item for a resource the schedule needs")
                  .doesNotContain(h.name());
            }
          }
        }
      }
    }
    for (ChosenHelp c : r.leastHelp().chosen()) {
      assertThat(draft).contains(c.option().name() + ", from " + c.from());
    }
    assertThat(draft)
        .contains("To: Filippov")
        .contains("Reference: Cable No. 25187")
        .contains("from 463 pilots")
        .contains("3 jet fighter divisions");
  }
}
