package io.airshield.study;

import io.airshield.campaign.Theatre;
import io.airshield.domain.FighterUnit;
import io.airshield.domain.Scenario;
import io.airshield.formation.FormationPlan;
import io.airshield.formation.FormationPlanner;
import io.airshield.formation.FormationResult;
import io.airshield.formation.FormedEntry;
import io.airshield.formation.PlanOutcome;
import io.airshield.formation.ReadyUnit;
import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.SolveOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a formation plan's units into a campaign: a fighter unit that names a {@code
 * formationUnit} takes the proficiency its training gave it and, as its first day in the theatre,
 * the unit's ready date in the recommended schedule (with the least outside help when help is
 * found); the theatre then draws that date per replication from the plan's Monte Carlo of the same
 * schedule ({@link FormedEntry}), so the campaign's intervals carry the formation risk. The plan is
 * scheduled with {@code form}'s default budget and seed ({@link FormSettings}), so its schedule is
 * the one {@code airshield form} recommends.
 */
final class FormationLink {
  private FormationLink() {}

  /**
   * @param s the scenario
   * @param plan the formation plan
   * @param log where to say what each formed unit takes, or null
   * @return the scenario compiled with its formed units' ready dates drawn per replication
   */
  static Theatre theatre(final Scenario s, final FormationPlan plan, final PrintWriter log) {
    final FormationResult result =
        new FormationPlanner(
                new DefaultScheduler(), new SolveOptions(FormSettings.BUDGET, FormSettings.SEED))
            .plan(plan);
    final Scenario linked = apply(s, result.readyUnits(), log);
    final PlanOutcome nominal = result.recommended();
    if (!nominal.feasible()) {
      return new Theatre(linked);
    }
    if (log != null) {
      log.printf(
          "formation: each replication draws the ready dates from the plan's Monte Carlo"
              + " (replication r takes the sample r of form --seed)%n");
    }
    return new Theatre(linked, new FormedEntry(linked, plan, nominal));
  }

  private static Scenario apply(
      final Scenario s, final List<ReadyUnit> ready, final PrintWriter log) {
    final List<String> known = ready.stream().map(ReadyUnit::unitId).toList();
    final List<FighterUnit> units = new ArrayList<>();
    boolean any = false;
    for (FighterUnit u : s.fighterUnits()) {
      if (u.formationUnitId().isEmpty()) {
        units.add(u);
        continue;
      }
      final ReadyUnit r =
          ready.stream()
              .filter(x -> x.unitId().equals(u.formationUnitId()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new StudyException(
                          "fighter unit "
                              + u.id()
                              + " names formationUnit \""
                              + u.formationUnitId()
                              + "\", which the plan does not"
                              + " have"
                              + io.airshield.scenario.Fields.nearest(u.formationUnitId(), known)
                                  .map(m -> "; maybe " + m + "?")
                                  .orElse("; its units: " + String.join(", ", known))));
      any = true;
      final LocalDate from = r.readyDate().isBefore(s.start()) ? s.start() : r.readyDate();
      if (log != null) {
        log.printf(
            "formation: %s (%s) ready %s nominally, proficiency %.2f%s%n",
            u.id(),
            r.name(),
            r.readyDate(),
            r.proficiency(),
            from.isAfter(s.end()) ? ": after the scenario's end, so it does not fight" : "");
      }
      units.add(u.formed(from, r.proficiency()));
    }
    if (!any) {
      throw new StudyException(
          "no fighter unit of "
              + s.id()
              + " names a formationUnit, so the"
              + " plan changes nothing; see docs/scenario-format.md");
    }
    return s.withFighterUnits(units);
  }
}
