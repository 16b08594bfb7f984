package io.airshield.app;

import io.airshield.domain.FighterUnit;
import io.airshield.domain.Scenario;
import io.airshield.formation.FormationPlan;
import io.airshield.formation.FormationPlanner;
import io.airshield.formation.ReadyUnit;
import io.airshield.formation.schedule.DefaultScheduler;
import io.airshield.formation.schedule.SolveOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a formation plan's units into a campaign: a fighter unit that names a {@code
 * formationUnit} takes the plan's ready date (as its first day in the theatre) and the proficiency
 * its training gave it, from the recommended schedule (with the least outside help when help is
 * found).
 */
final class FormationLink {
  private FormationLink() {}

  static Scenario apply(final Scenario s, final FormationPlan plan, final PrintWriter log) {
    final List<ReadyUnit> ready =
        new FormationPlanner(
                new DefaultScheduler(), new SolveOptions(FormCommand.DEFAULT_BUDGET, 1))
            .plan(plan)
            .readyUnits();
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
                      new UserException(
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
            "formation: %s (%s) ready %s, proficiency %.2f%s%n",
            u.id(),
            r.name(),
            r.readyDate(),
            r.proficiency(),
            from.isAfter(s.end()) ? ": after the scenario's end, so it does not fight" : "");
      }
      units.add(u.formed(from, r.proficiency()));
    }
    if (!any) {
      throw new UserException(
          "no fighter unit of "
              + s.id()
              + " names a formationUnit, so the"
              + " plan changes nothing; see docs/scenario-format.md");
    }
    return s.withFighterUnits(units);
  }
}
