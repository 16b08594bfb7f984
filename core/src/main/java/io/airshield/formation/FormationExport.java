package io.airshield.formation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Writes a {@link FormationResult} for machines and charts: JSON, CSV of the schedule, and a
 * self-contained SVG Gantt chart. Field names carry their units ({@code latenessDays}).
 */
public final class FormationExport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FormationExport() {}

  /**
   * @param r the result
   * @return the whole result as JSON: plan, options, the schedule without help with binding
   *     resources, the least help and the schedule with it, and the ready units
   */
  public static String json(final FormationResult r) {
    final ObjectNode root = JSON.createObjectNode();
    root.put("plan", r.plan().name());
    root.put("title", r.plan().title());
    root.put("epoch", r.plan().start().toString());
    root.put("horizonEnd", r.plan().end().toString());
    root.put("budgetSchedules", r.options().maxSchedules());
    root.put("seed", r.options().seed());
    final ObjectNode without = outcome(root.putObject("withoutHelp"), r.withoutHelp());
    final ArrayNode binding = without.putArray("binding");
    for (Binding b : r.binding()) {
      binding
          .addObject()
          .put("unit", b.unitId())
          .put("latenessDays", b.latenessDays())
          .put("resource", b.resourceId())
          .put("resourceName", b.resourceName())
          .put("latenessIfRelaxedDays", b.latenessIfRelaxedDays());
    }
    final LeastHelp h = r.leastHelp();
    final ObjectNode help = root.putObject("leastHelp");
    help.put("status", h.status().name());
    help.put("method", h.method());
    help.put("evaluations", h.evaluations());
    help.put("totalCost", h.totalCost());
    final ArrayNode chosen = help.putArray("chosen");
    for (ChosenHelp c : h.chosen()) {
      chosen
          .addObject()
          .put("id", c.option().id())
          .put("name", c.option().name())
          .put("resource", c.option().resource())
          .put("amount", c.option().amount())
          .put("from", c.from().toString())
          .put("cost", c.option().cost());
    }
    outcome(help.putObject("outcome"), h.outcome());
    readiness(root, "readinessWithoutHelp", r.baseReadiness());
    readiness(root, "readinessRecommended", r.readiness());
    final ConfidenceHelp c = r.confidence();
    if (c != null) {
      final ObjectNode conf = root.putObject("confidenceHelp");
      conf.put("target", c.target());
      conf.put("status", c.status().name());
      conf.put("procedure", c.procedure());
      conf.put("evaluations", c.evaluations());
      conf.put("totalCost", c.totalCost());
      final ArrayNode cc = conf.putArray("chosen");
      for (ChosenHelp x : c.chosen()) {
        cc.addObject()
            .put("id", x.option().id())
            .put("name", x.option().name())
            .put("from", x.from().toString());
      }
      readiness(conf, "readiness", c.readiness());
      readiness(conf, "readinessWithoutHelp", c.baseReadiness());
      probability(conf.putObject("pairedGain"), c.gain());
    }
    final ArrayNode ready = root.putArray("readyUnits");
    for (ReadyUnit u : r.readyUnits()) {
      ready
          .addObject()
          .put("unit", u.unitId())
          .put("name", u.name())
          .put("aircraftType", u.aircraftType())
          .put("readyDate", u.readyDate().toString())
          .put("proficiency", u.proficiency());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void readiness(final ObjectNode parent, final String key, final Readiness r) {
    if (r == null) {
      return;
    }
    final ObjectNode o = parent.putObject(key);
    o.put("samples", r.samples());
    o.put("seed", r.seed());
    probability(o.putObject("everyUnitInTime"), r.all());
    final ArrayNode units = o.putArray("units");
    for (Readiness.UnitReadiness u : r.units()) {
      final ObjectNode x = units.addObject();
      x.put("unit", u.unitId()).put("deadline", u.deadline().toString());
      probability(x.putObject("inTime"), u.onTime());
      x.put("medianReady", u.median() == null ? null : u.median().toString());
      x.put("p80Ready", u.p80() == null ? null : u.p80().toString());
      x.put("p95Ready", u.p95() == null ? null : u.p95().toString());
    }
  }

  private static void probability(final ObjectNode o, final Readiness.Probability p) {
    o.put("p", p.p()).put("low95", p.low()).put("high95", p.high());
  }

  private static ObjectNode outcome(final ObjectNode o, final PlanOutcome p) {
    o.put("feasible", p.feasible());
    final ArrayNode impossible = o.putArray("impossiblePhases");
    p.impossible().forEach(impossible::add);
    o.put("totalLatenessDays", p.totalLatenessDays());
    o.put("unitsLate", p.late().size());
    final ArrayNode units = o.putArray("units");
    for (UnitOutcome u : p.units()) {
      final ObjectNode un = units.addObject();
      un.put("unit", u.unitId())
          .put("name", u.name())
          .put("aircraftType", u.aircraftType())
          .put("priority", u.priority())
          .put("ready", u.ready().toString())
          .put("deadline", u.deadline().toString())
          .put("latenessDays", u.latenessDays())
          .put("slackDays", u.slackDays())
          .put("proficiency", u.proficiency());
      final ArrayNode phases = un.putArray("phases");
      for (PhaseOutcome ph : u.phases()) {
        final ObjectNode pn = phases.addObject();
        pn.put("phase", ph.phaseId())
            .put("name", ph.name())
            .put("start", ph.start().toString())
            .put("finish", ph.finish().toString())
            .put("durationDays", ph.finishDay() - ph.startDay())
            .put("mode", ph.mode())
            .put("flyingHours", ph.flyingHours());
        final ObjectNode uses = pn.putObject("uses");
        ph.uses().forEach(uses::put);
      }
    }
    return o;
  }

  /**
   * @param o a schedule
   * @return one CSV row per phase: unit, phase, mode, start, finish, days, the unit's ready date,
   *     deadline and lateness, and what the phase holds
   */
  public static String csv(final PlanOutcome o) {
    final StringBuilder sb =
        new StringBuilder(
            "unit,unitName,aircraftType,phase,phaseName,mode,start,finish,durationDays,ready,"
                + "deadline,latenessDays,uses\n");
    for (UnitOutcome u : o.units()) {
      for (PhaseOutcome p : u.phases()) {
        final StringBuilder uses = new StringBuilder();
        p.uses()
            .forEach(
                (k, v) ->
                    uses.append(uses.length() == 0 ? "" : ";").append(k).append('=').append(v));
        sb.append(
                String.join(
                    ",",
                    List.of(
                        csvCell(u.unitId()),
                        csvCell(u.name()),
                        csvCell(u.aircraftType()),
                        csvCell(p.phaseId()),
                        csvCell(p.name()),
                        csvCell(p.mode()),
                        p.start().toString(),
                        p.finish().toString(),
                        String.valueOf(p.finishDay() - p.startDay()),
                        u.ready().toString(),
                        u.deadline().toString(),
                        String.valueOf(u.latenessDays()),
                        csvCell(uses.toString()))))
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static String csvCell(final String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /**
   * A Gantt chart of one schedule and its resource profile ({@link GanttChart}).
   *
   * @param plan the plan
   * @param o a schedule
   * @param title the chart's title
   * @return a self-contained SVG document
   */
  public static String svg(final FormationPlan plan, final PlanOutcome o, final String title) {
    return GanttChart.svg(plan, o, title);
  }

  /**
   * The Gantt chart of a result: without help and with the least help on one time axis, and the
   * resource profile of the recommended schedule ({@link GanttChart}).
   *
   * @param r the result
   * @return a self-contained SVG document
   */
  public static String svg(final FormationResult r) {
    return GanttChart.svg(r);
  }

  private static String esc(final String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
