package io.airshield.formation;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.campaign.GreedyAllocator;
import io.airshield.campaign.Replication;
import io.airshield.campaign.Theatre;
import io.airshield.campaign.Tracer;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.Scenario;
import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.SolveOptions;
import io.airshield.montecarlo.MonteCarlo;
import io.airshield.montecarlo.Statistics;
import io.airshield.scenario.ScenarioReader;
import io.airshield.testdomain.TestScenarios;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a formed unit enters a campaign on its ready date drawn from the formation Monte Carlo,
 * per replication; it flies no sortie before that day, the dates differ between replications (the
 * formation risk reaches the campaign) and the results are the same on any number of threads.
 */
class FormedEntryTest {
  /** A one-unit plan whose ready date spreads over the mini scenario's fortnight. */
  private static final FormationPlan PLAN =
      PlanReader.read(
          "t.yaml",
          """
          name: t
          start: 1951-10-20
          end: 1951-12-31
          deadline: 1951-11-10
          resources: []
          units:
            - id: u1
              phases:
                - {id: training, durationWeeks: 2, flyingHours: 60,
                   durationFactor: {low: 0.5, mode: 1.0, high: 2.0, source: test}}
          """
              .getBytes(StandardCharsets.UTF_8));

  private static final FormationResult RESULT =
      new FormationPlanner(new DefaultScheduler(), new SolveOptions(200, 1)).plan(PLAN);

  /** The mini scenario with its regiment formed by the plan, as assess --formation links it. */
  private static Theatre linked() {
    final String yaml =
        new String(TestScenarios.bytes("mini"), StandardCharsets.UTF_8)
            .replace("{id: reg1, ", "{id: reg1, formationUnit: u1, ");
    final Scenario s = ScenarioReader.read("mini.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    final double p = RESULT.readyUnits().get(0).proficiency();
    final Scenario formed =
        s.mapFighterUnits(u -> u.formationUnitId().isEmpty() ? u : u.formed(s.start(), p));
    return new Theatre(formed, new FormedEntry(formed, PLAN, RESULT.recommended()));
  }

  private static int unitIndex(final Theatre th, final String formationUnit) {
    final List<FighterUnit> units = th.scenario().fighterUnits();
    for (int u = 0; u < units.size(); u++) {
      if (units.get(u).formationUnitId().equals(formationUnit)) {
        return u;
      }
    }
    throw new AssertionError(formationUnit);
  }

  @Test
  void aUnitNotReadyBeforeItsDrawnDayFliesNoSortieBeforeIt() {
    final Theatre th = linked();
    final int mig9 = unitIndex(th, "u1");
    final int units = th.scenario().fighterUnits().size();
    final Set<Integer> drawn = new HashSet<>();
    int flewAfter = 0;
    for (int rep = 0; rep < 24; rep++) {
      final int[] from = new int[units];
      th.entryDraw().draw(7, rep, from);
      drawn.add(from[mig9]);
      // the draw is the formation Monte Carlo's sample of the same index and seed
      final int readyDay = new ReadinessSimulator(PLAN, RESULT.recommended()).sample(7, rep)[0];
      assertThat(from[mig9])
          .isEqualTo(
              (int)
                  Math.max(
                      0,
                      Math.min(
                          th.days(),
                          readyDay
                              + PLAN.start().toEpochDay()
                              - th.scenario().start().toEpochDay())));
      final long entry = (long) from[mig9] * 86_400;
      final int[] early = new int[1];
      final int[] late = new int[1];
      final Tracer tracer =
          (time, kind, a, b, c, d) -> {
            if ((kind == Tracer.SCRAMBLE || kind == Tracer.COMBAT) && b == mig9) {
              if (time < entry) {
                early[0]++;
              } else {
                late[0]++;
              }
            }
          };
      final double[] out = new double[th.metrics().size()];
      new Replication(th, new GreedyAllocator(), tracer).run(7, rep, out);
      assertThat(early[0]).as("sorties before day %d in replication %d", from[mig9], rep).isZero();
      if (late[0] > 0) {
        flewAfter++;
      }
    }
    assertThat(drawn).as("ready days drawn").hasSizeGreaterThan(3);
    assertThat(flewAfter).as("replications in which it fought once ready").isPositive();
  }

  @Test
  void theDrawnEntryGivesTheSameBitsOnAnyNumberOfThreads() {
    final Theatre th = linked();
    final Statistics one = run(th, 1);
    final Statistics three = run(th, 3);
    for (int i = 0; i < th.metrics().size(); i++) {
      assertThat(Double.doubleToRawLongBits(three.estimate(i).mean()))
          .as("slot %d", i)
          .isEqualTo(Double.doubleToRawLongBits(one.estimate(i).mean()));
      assertThat(Double.doubleToRawLongBits(three.estimate(i).sd()))
          .as("slot %d", i)
          .isEqualTo(Double.doubleToRawLongBits(one.estimate(i).sd()));
    }
    // and the draw matters: the unit's sorties vary more than with its nominal date alone
    final Theatre fixed = new Theatre(th.scenario());
    final int mig9 = unitIndex(th, "u1");
    assertThat(one.estimate(th.metrics().unitSorties(mig9)).mean())
        .isNotEqualTo(run(fixed, 1).estimate(fixed.metrics().unitSorties(mig9)).mean());
  }

  private static Statistics run(final Theatre th, final int threads) {
    return MonteCarlo.run(
            th, GreedyAllocator::new, MonteCarlo.Options.fixed(5, 24, threads), null, null, null)
        .statistics();
  }
}
