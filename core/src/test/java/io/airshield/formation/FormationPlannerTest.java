package io.airshield.formation;

import static org.assertj.core.api.Assertions.assertThat;

import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.SolveOptions;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The planner: late units and what binds them, and the least help, known by construction. */
class FormationPlannerTest {
  private static final FormationPlanner PLANNER =
      new FormationPlanner(new DefaultScheduler(), new SolveOptions(2000, 7));

  /**
   * Two units must each train for 10 weeks from the epoch, with a trainer, to meet a deadline 10
   * weeks on; alone they take 20 weeks. One big trainer unit (cost 5, capacity 2) suffices; so do
   * two small ones (cost 2 each, capacity 1), which are cheaper together (4). A greedy that takes
   * items in file order would stop at the big one. A small trainer offered only from a week later
   * is of no use: the deadline leaves no day to spare.
   */
  static String trainers(final int extraItems) {
    final StringBuilder sb =
        new StringBuilder(
            """
        name: trainers
        start: 2000-01-01
        end: 2000-12-31
        deadline: 2000-03-11
        resources:
          - {id: big, capacity: 0}
          - {id: small, capacity: 0}
          - {id: spare, capacity: 0}
        units:
          - id: a
            phases:
              - id: training
                modes:
                  - {name: big, durationWeeks: 10, uses: {big: 1}}
                  - {name: small, durationWeeks: 10, uses: {small: 1}}
                  - {name: alone, durationWeeks: 20}
          - id: b
            phases:
              - id: training
                modes:
                  - {name: big, durationWeeks: 10, uses: {big: 1}}
                  - {name: small, durationWeeks: 10, uses: {small: 1}}
                  - {name: alone, durationWeeks: 20}
        help:
          - {id: bigTrainer, resource: big, amount: 2, from: 2000-01-01, cost: 5}
          - {id: lateSmall, resource: small, amount: 1, from: 2000-01-08, cost: 1}
          - {id: small1, resource: small, amount: 1, from: [2000-01-01, 2000-02-01], cost: 2}
          - {id: small2, resource: small, amount: 1, from: [2000-01-01, 2000-02-01], cost: 2}
        """);
    for (int i = 0; i < extraItems; i++) {
      // Items that help nobody, each different so none is interchangeable with another.
      sb.append("  - {id: spare")
          .append(i)
          .append(", resource: spare, amount: ")
          .append(i + 1)
          .append(", from: 2000-01-01, cost: 0.")
          .append(i + 1)
          .append("}\n");
    }
    return sb.toString();
  }

  private static FormationPlan plan(final String yaml) {
    return PlanReader.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void findsTheCheaperPairThatGreedyByOrderMisses() {
    final FormationResult r = PLANNER.plan(plan(trainers(0)));
    assertThat(r.withoutHelp().late()).extracting(UnitOutcome::unitId).containsExactly("a", "b");
    assertThat(r.withoutHelp().units()).allSatisfy(u -> assertThat(u.latenessDays()).isEqualTo(70));
    assertThat(r.binding()).extracting(Binding::resourceId).containsExactly("big", "big");
    final LeastHelp h = r.leastHelp();
    assertThat(h.status()).isEqualTo(LeastHelp.Status.FOUND);
    assertThat(h.method()).startsWith("exact");
    assertThat(h.chosen())
        .extracting(c -> c.option().id() + "@" + c.from())
        .containsExactly("small1@2000-01-01", "small2@2000-01-01");
    assertThat(h.totalCost()).isEqualTo(4.0);
    assertThat(h.outcome().totalLatenessDays()).isZero();
    assertThat(r.readyUnits())
        .extracting(ReadyUnit::readyDate)
        .containsOnly(LocalDate.of(2000, 3, 11));
  }

  @Test
  void greedyWithDropAndSwapFindsTheSameWhenTheChoicesAreTooMany() {
    final FormationPlan plan = plan(trainers(12));
    assertThat(FormationPlanner.exactSpace(plan)).isGreaterThan(FormationPlanner.EXACT_MAX_CHOICES);
    final LeastHelp h = PLANNER.plan(plan).leastHelp();
    assertThat(h.method()).startsWith("greedy");
    assertThat(h.chosen())
        .extracting(c -> c.option().id())
        .containsExactlyInAnyOrder("small1", "small2");
    assertThat(h.totalCost()).isEqualTo(4.0);
  }

  @Test
  void laterDateIsChosenWhenItIsEnough() {
    // With a deadline 5 weeks later, the small trainer offered from 8 Jan (cost 1) serves one
    // unit and a small trainer from 1 Feb still gets the other ready (10 weeks: 11 Apr).
    final FormationPlan plan =
        plan(trainers(0).replace("deadline: 2000-03-11", "deadline: 2000-04-15"));
    final LeastHelp h = PLANNER.plan(plan).leastHelp();
    assertThat(h.status()).isEqualTo(LeastHelp.Status.FOUND);
    assertThat(h.totalCost()).isEqualTo(3.0);
    assertThat(h.chosen())
        .extracting(c -> c.option().id() + "@" + c.from())
        .containsExactly("lateSmall@2000-01-08", "small1@2000-02-01");
  }

  @Test
  void planThatNeedsNoHelpGetsNone() {
    final FormationPlan plan =
        plan(trainers(0).replace("deadline: 2000-03-11", "deadline: 2000-06-01"));
    final FormationResult r = PLANNER.plan(plan);
    assertThat(r.withoutHelp().late()).isEmpty();
    assertThat(r.binding()).isEmpty();
    assertThat(r.leastHelp().status()).isEqualTo(LeastHelp.Status.NOT_NEEDED);
    assertThat(r.leastHelp().chosen()).isEmpty();
    assertThat(FormationReport.request(r)).contains("we ask for no help");
  }

  @Test
  void insufficientHelpIsReportedWithWhatStillBinds() {
    final FormationPlan plan =
        plan(trainers(0).replace("deadline: 2000-03-11", "deadline: 2000-03-01"));
    final LeastHelp h = PLANNER.plan(plan).leastHelp();
    assertThat(h.status()).isEqualTo(LeastHelp.Status.INSUFFICIENT);
    assertThat(h.chosen()).isEmpty();
    assertThat(h.outcome().totalLatenessDays()).isEqualTo(20);
    assertThat(h.residualBinding()).extracting(Binding::resourceId).containsOnly("");
  }

  @Test
  void bindingResourceIsTheInstructorsAUnitWaitsFor() {
    final FormationPlan plan =
        plan(
            """
        name: wait
        start: 2000-01-01
        end: 2000-12-31
        deadline: 2000-02-12
        resources:
          - {id: instructors, capacity: 2}
          - {id: airfields, capacity: 5}
        units:
          - id: first
            priority: 1
            phases:
              - {id: flying, durationWeeks: 6, uses: {instructors: 2, airfields: 1}}
          - id: second
            priority: 2
            phases:
              - {id: flying, durationWeeks: 6, uses: {instructors: 2, airfields: 1}}
        """);
    final FormationResult r = PLANNER.plan(plan);
    assertThat(r.withoutHelp().late()).hasSize(1);
    assertThat(r.withoutHelp().totalLatenessDays()).isEqualTo(42);
    assertThat(r.binding())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.resourceId()).isEqualTo("instructors");
              assertThat(b.removedDays()).isEqualTo(42);
            });
    assertThat(r.leastHelp().status()).isEqualTo(LeastHelp.Status.INSUFFICIENT);
    assertThat(r.leastHelp().method()).isEqualTo("no help offered");
  }

  @Test
  void pilotsStayWithTheirUnit() {
    // 10 pilots, then 20 from 1 Feb: two units of 10 cannot share them, so one waits.
    final String yaml =
        """
        name: pilots
        start: 2000-01-01
        end: 2000-12-31
        deadline: 2000-03-01
        pilotResource: pilots
        resources:
          - {id: pilots, assigned: true, capacity: [{from: 2000-01-01, capacity: 10},
             {from: 2000-02-01, capacity: 20}]}
        units:
          - {id: a, pilotsNeeded: 10, phases: [{id: p, durationWeeks: 2, flyingHours: 30}]}
          - {id: b, pilotsNeeded: 10, phases: [{id: p, durationWeeks: 2, flyingHours: 60}]}
        """;
    final PlanOutcome o = PLANNER.plan(plan(yaml)).withoutHelp();
    final int startA = o.units().get(0).phases().get(0).startDay();
    final int startB = o.units().get(1).phases().get(0).startDay();
    assertThat(Math.max(startA, startB)).isEqualTo(31);
    assertThat(Math.min(startA, startB)).isZero();
    assertThat(o.units())
        .extracting(UnitOutcome::proficiency)
        .containsExactly(0.2, 0.4); // 0.4 x 30/60, 0.4 x 60/60
  }

  @Test
  void embeddedPlanIsLateWithoutHelpAndTheSameSeedGivesTheSameReport() {
    final FormationPlan plan = PlanReader.embedded("formation-1951");
    final FormationResult r1 = PLANNER.plan(plan);
    final FormationResult r2 = PLANNER.plan(plan);
    assertThat(FormationReport.text(r1)).isEqualTo(FormationReport.text(r2));
    assertThat(FormationExport.json(r1)).isEqualTo(FormationExport.json(r2));
    assertThat(r1.withoutHelp().late()).isNotEmpty();
    assertThat(r1.binding()).hasSameSizeAs(r1.withoutHelp().late());
    // Whatever the search concludes, the help it asks for makes every unit ready in time.
    if (r1.leastHelp().status() == LeastHelp.Status.FOUND) {
      assertThat(r1.leastHelp().outcome().late()).isEmpty();
      // every item asked for is held by some phase of the schedule it is asked for
      assertThat(r1.leastHelp().chosen())
          .allSatisfy(
              c ->
                  assertThat(
                          FormationReport.usersOf(r1.leastHelp().outcome(), c.option().resource()))
                      .doesNotContain("no unit in this schedule"));
    }
    assertThat(FormationExport.svg(plan, r1.recommended(), "t"))
        .startsWith("<svg")
        .contains("</svg>");
    assertThat(FormationExport.csv(r1.recommended()).lines()).hasSize(1 + 9 * 4);
  }
}
