package io.airshield.formation;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.assessment.Assessment;
import io.airshield.assessment.Assessor;
import io.airshield.campaign.GreedyAllocator;
import io.airshield.campaign.Theatre;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.Question;
import io.airshield.domain.Scenario;
import io.airshield.domain.Target;
import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.SolveOptions;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.scenario.EmbeddedScenarios;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the embedded interior-1952 asks how well the formed units defend Beijing, Shanghai and
 * Canton; it reads, names the four formed fighter units of formation-1951, and runs with them
 * linked as assess --formation links them.
 */
class InteriorScenarioTest {
  @Test
  void theFormedFighterUnitsDefendTheThreeCitiesAndTheRunAnswersTheQuestion() {
    final Scenario s = EmbeddedScenarios.load("interior-1952");
    assertThat(s.question()).isEqualTo(Question.CITIES);
    assertThat(s.targets())
        .filteredOn(t -> t.kind() == Target.Kind.CITY)
        .extracting(Target::name)
        .containsExactly("Shanghai", "Beijing", "Canton");
    assertThat(s.fighterUnits())
        .extracting(FighterUnit::formationUnitId)
        .filteredOn(id -> !id.isEmpty())
        .containsExactlyInAnyOrder("mig9Div1", "mig9Div2", "mig9Div3", "la9Regt");

    final FormationPlan plan = PlanReader.embedded("formation-1951");
    final FormationResult result =
        new FormationPlanner(new DefaultScheduler(), new SolveOptions(2000, 1)).plan(plan);
    final List<ReadyUnit> ready = result.readyUnits();
    final Scenario linked =
        s.mapFighterUnits(
            u ->
                u.formationUnitId().isEmpty()
                    ? u
                    : u.formed(
                        s.start(),
                        ready.stream()
                            .filter(r -> r.unitId().equals(u.formationUnitId()))
                            .findFirst()
                            .orElseThrow()
                            .proficiency()));
    final FormedEntry entry = new FormedEntry(linked, plan, result.recommended());
    assertThat(entry.units()).isEqualTo(4);
    final Theatre th = new Theatre(linked, entry);

    // the ready dates differ between replications: the formation risk reaches the campaign
    final Set<Integer> days = new HashSet<>();
    for (int rep = 0; rep < 40; rep++) {
      final int[] from = new int[linked.fighterUnits().size()];
      entry.draw(1951, rep, from);
      for (int u = 0; u < from.length; u++) {
        if (!linked.fighterUnits().get(u).formationUnitId().isEmpty()) {
          days.add(from[u]);
        }
      }
    }
    assertThat(days).hasSizeGreaterThan(3);

    final MonteCarlo.Result r =
        MonteCarlo.run(
            th, GreedyAllocator::new, MonteCarlo.Options.fixed(1951, 40, 2), null, null, null);
    assertThat(r.statistics().estimate(th.metrics().cityRaids()).mean()).isPositive();
    final double destroyed = r.statistics().estimate(th.metrics().cityValueDestroyed()).mean();
    assertThat(destroyed).isBetween(0.0, 1.0);
    final Assessment a = Assessor.assess(th, r, 1951);
    assertThat(a.headline())
        .extracting(Assessment.Figure::key)
        .contains(
            "cityValueDestroyed",
            "cityDestroyed:shanghai-city",
            "cityDestroyed:beijing-city",
            "cityDestroyed:canton-city",
            "cityRaidsIntercepted");
  }
}
