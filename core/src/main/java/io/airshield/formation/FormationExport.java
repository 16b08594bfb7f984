package io.airshield.formation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
   * A Gantt chart: units down the side, months along the bottom, each phase a bar (darker for pilot
   * phases), the part of a unit's last phases after its deadline hatched red, and each deadline a
   * red line.
   *
   * @param plan the plan
   * @param o a schedule
   * @param title the chart's title
   * @return a self-contained SVG document
   */
  public static String svg(final FormationPlan plan, final PlanOutcome o, final String title) {
    final int left = 250;
    final int rowH = 26;
    final int top = 40;
    int lastDay = 0;
    for (UnitOutcome u : o.units()) {
      lastDay = Math.max(lastDay, Math.max(u.readyDay(), plan.day(u.deadline())));
    }
    final LocalDate endMonth = plan.date(lastDay).withDayOfMonth(1).plusMonths(1);
    final int days = plan.day(endMonth);
    final double scale = 760.0 / Math.max(1, days);
    final int width = left + 780;
    final int height = top + rowH * o.units().size() + 50;
    final StringBuilder sb = new StringBuilder();
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" font-family=\"sans-serif\" " + "font-size=\"11\">\n");
    sb.append(
        "<defs><pattern id=\"late\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
            + " patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"#c0392b\"/>"
            + "</pattern></defs>\n");
    sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    sb.append("<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">")
        .append(esc(title))
        .append("</text>\n");
    final int axisY = top + rowH * o.units().size();
    for (LocalDate m = plan.start().withDayOfMonth(1); !m.isAfter(endMonth); m = m.plusMonths(1)) {
      final int d = plan.day(m);
      if (d < 0) {
        continue;
      }
      final double x = left + d * scale;
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" " + "stroke=\"#ddd\"/>%n",
              x,
              top - 5,
              x,
              axisY));
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s" + "</text>%n",
              x,
              axisY + 15,
              m.toString().substring(0, 7)));
    }
    int row = 0;
    for (UnitOutcome u : o.units()) {
      final int y = top + row * rowH;
      sb.append("<text x=\"10\" y=\"")
          .append(y + 16)
          .append("\">")
          .append(esc(u.name()))
          .append(u.late() ? " (" + u.latenessDays() + " d late)" : "")
          .append("</text>\n");
      final int deadline = plan.day(u.deadline());
      final int n = u.phases().size();
      for (int i = 0; i < n; i++) {
        final PhaseOutcome p = u.phases().get(i);
        final double x = left + p.startDay() * scale;
        final double w = Math.max(1, (p.finishDay() - p.startDay()) * scale);
        final double h = (rowH - 6.0) / n;
        final double py = y + 3 + i * h;
        sb.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\" fill=\"%s\"><title>%s: %s .. %s, %s</title></rect>%n",
                x,
                py,
                w,
                h - 1,
                i % 2 == 0 ? "#2e6da4" : "#5b9bd5",
                esc(p.name()),
                p.start(),
                p.finish(),
                esc(p.mode())));
        if (p.finishDay() > deadline) {
          final int from = Math.max(deadline, p.startDay());
          sb.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                      + "height=\"%.1f\" fill=\"url(#late)\" opacity=\"0.8\"/>%n",
                  left + from * scale,
                  py,
                  (p.finishDay() - from) * scale,
                  h - 1));
        }
      }
      final double dx = left + deadline * scale;
      sb.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
                  + "stroke=\"#c0392b\" stroke-width=\"2\"/>%n",
              dx,
              y,
              dx,
              y + rowH));
      row++;
    }
    sb.append("<text x=\"10\" y=\"")
        .append(height - 12)
        .append(
            "\">Bars: phases (one lane each,"
                + " in plan order). Red line: deadline. Hatched: after the deadline.</text>\n");
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static String esc(final String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
