package io.airshield.formation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The formation schedule as a self-contained SVG Gantt chart that a person reads on a desk or a
 * phone: for each unit its phases by name, its ready date against its deadline (days late or to
 * spare), without outside help and with the least outside help on one time axis, and beneath them
 * the resource profile of the recommended schedule (what the phases hold each day against what
 * there is, help included). The drawing scales with its {@code viewBox}; the chart is narrow and
 * tall so that its text stays legible at a phone's 390 px.
 *
 * <p>Only drawing: the schedules come from {@link FormationResult}; the profile adds up {@link
 * PhaseOutcome#uses()} per day (an assigned resource, like the pilots, held by a unit from the
 * start of its first phase that uses it to the end of the horizon, as the scheduler holds it; see
 * {@link PlanResource}).
 */
public final class GanttChart {
  private GanttChart() {}

  /** Width of the drawing (SVG units). */
  static final int W = 600;

  private static final int PAD = 10;
  private static final int HEAD = 18;
  private static final int LANE = 15;
  private static final int STRIP = 34;
  private static final String LATE = "#b2182b";
  private static final String EARLY = "#1b7837";
  private static final String[] PHASE = {"#2e6da4", "#6baed6"};
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  /**
   * @param r the formation result
   * @return the chart: without help, with the least help (when help was sought), the profile
   */
  public static String svg(final FormationResult r) {
    final List<Panel> panels = new ArrayList<>();
    panels.add(new Panel("Without outside help", r.withoutHelp()));
    final LeastHelp lh = r.leastHelp();
    if (lh != null
        && lh.status() != LeastHelp.Status.NOT_NEEDED
        && lh.outcome() != null
        && lh.outcome().feasible()) {
      panels.add(
          new Panel(
              (lh.status() == LeastHelp.Status.FOUND
                      ? "With the least outside help"
                      : "With every item of help offered (still not enough)")
                  + " ("
                  + lh.chosen().size()
                  + " item"
                  + (lh.chosen().size() == 1 ? "" : "s")
                  + ")",
              lh.outcome()));
    }
    final PlanOutcome profiled = panels.get(panels.size() - 1).o;
    return svg(r.plan(), panels, profiled, r.plan().title());
  }

  /**
   * @param plan the plan
   * @param o one schedule
   * @param title the chart's title
   * @return the chart of that schedule and its resource profile
   */
  public static String svg(final FormationPlan plan, final PlanOutcome o, final String title) {
    return svg(plan, List.of(new Panel("Schedule", o)), o, title);
  }

  private record Panel(String title, PlanOutcome o) {}

  private static String svg(
      final FormationPlan plan,
      final List<Panel> panels,
      final PlanOutcome profiled,
      final String title) {
    int lastDay = 1;
    for (Panel p : panels) {
      for (UnitOutcome u : p.o.units()) {
        lastDay = Math.max(lastDay, Math.max(u.readyDay(), plan.day(u.deadline())));
        for (PhaseOutcome ph : u.phases()) {
          lastDay = Math.max(lastDay, ph.finishDay());
        }
      }
    }
    final LocalDate first = plan.start().withDayOfMonth(1);
    final LocalDate endMonth = plan.date(lastDay).withDayOfMonth(1).plusMonths(1);
    final Axis ax = new Axis(plan.day(first), plan.day(endMonth));
    final StringBuilder b = new StringBuilder(64 * 1024);
    final StringBuilder body = new StringBuilder(64 * 1024);
    int y = 8;
    for (String line : wrap(title, 64)) {
      y += 18;
      text(body, PAD, y, "t", line);
    }
    y += 16;
    text(
        body,
        PAD,
        y,
        "s",
        "Bars: phases, named. Red line: the deadline; hatched: after it. Diamond: ready.");
    y += 12;
    for (Panel p : panels) {
      y += 18;
      body.append("<g class=\"panel\" data-title=\"").append(esc(p.title)).append("\">\n");
      text(body, PAD, y, "h", p.title + summary(p.o));
      y += 6;
      y = months(body, ax, plan, first, endMonth, y);
      for (UnitOutcome u : p.o.units()) {
        y = unit(body, ax, plan, u, y);
      }
      body.append("</g>\n");
    }
    y += 18;
    y = profile(body, ax, plan, profiled, first, endMonth, y, panels.size() > 1);
    final int height = y + PAD;
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"gantt\" viewBox=\"0 0 ")
        .append(W)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(W)
        .append("\" height=\"")
        .append(height)
        .append("\" style=\"max-width:100%;height:auto\" role=\"img\" aria-label=\"")
        .append(esc(title))
        .append("\">\n<title>")
        .append(esc(title))
        .append("</title>\n<style>text{font-family:system-ui,Helvetica,Arial,sans-serif;")
        .append("font-size:11px;fill:#111}.t{font-size:15px;font-weight:bold}")
        .append(".h{font-size:13px;font-weight:bold}.u{font-size:12px;font-weight:bold}")
        .append(".s{font-size:10px;fill:#444}.late{fill:" + LATE + ";font-weight:bold}")
        .append(".early{fill:" + EARLY + "}.ph{font-size:10.5px}")
        .append(".halo{paint-order:stroke;stroke:#fff;stroke-width:3px}</style>\n")
        .append("<defs><pattern id=\"late\" width=\"6\" height=\"6\"")
        .append(" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
        .append("<rect width=\"3\" height=\"6\" fill=\"" + LATE + "\"/></pattern></defs>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n")
        .append(body)
        .append("</svg>\n");
    return b.toString();
  }

  private static String summary(final PlanOutcome o) {
    int late = 0;
    for (UnitOutcome u : o.units()) {
      if (u.latenessDays() > 0) {
        late++;
      }
    }
    return late == 0
        ? ": every unit ready in time"
        : ": " + late + " of " + o.units().size() + " units late";
  }

  /** The month grid and labels of a panel; returns the y below them. */
  private static int months(
      final StringBuilder b,
      final Axis ax,
      final FormationPlan plan,
      final LocalDate first,
      final LocalDate end,
      final int y0) {
    final int y = y0 + 12;
    for (LocalDate m = first; m.isBefore(end); m = m.plusMonths(1)) {
      final double x0 = ax.x(plan.day(m));
      final double x1 = ax.x(plan.day(m.plusMonths(1)));
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"/>%n",
              x0,
              y - 10,
              x1 - x0,
              m.getMonthValue() % 2 == 0 ? "#eee" : "#f8f8f8"));
      final String label =
          m.getMonthValue() == 1 || m.equals(first)
              ? m.format(DateTimeFormatter.ofPattern("MMM yy", Locale.UK))
              : m.format(DateTimeFormatter.ofPattern("MMM", Locale.UK));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"s\">%s</text>%n",
              (x0 + x1) / 2,
              y,
              esc(label)));
    }
    return y + 6;
  }

  /** One unit: its header (name, ready against deadline) and a lane per phase. */
  private static int unit(
      final StringBuilder b,
      final Axis ax,
      final FormationPlan plan,
      final UnitOutcome u,
      final int y0) {
    int y = y0 + HEAD;
    final boolean late = u.latenessDays() > 0;
    b.append("<g class=\"unit\" data-unit=\"")
        .append(esc(u.unitId()))
        .append("\" data-late-days=\"")
        .append(u.latenessDays())
        .append("\">\n");
    final String when =
        "ready "
            + u.ready().format(DAY)
            + ", "
            + (late
                ? u.latenessDays() + " day" + (u.latenessDays() == 1 ? "" : "s") + " late"
                : Math.max(0, u.slackDays())
                    + " day"
                    + (u.slackDays() == 1 ? "" : "s")
                    + " to spare")
            + " (deadline "
            + u.deadline().format(DAY)
            + ")";
    // the ready line beside the name when both fit, else under it
    if (PAD + 7.2 * u.name().length() + 12 + (late ? 6.5 : 5.9) * when.length() > W - PAD) {
      text(b, PAD, y - 4, "u", u.name());
      y += 14;
    } else {
      text(b, PAD, y - 4, "u", u.name());
    }
    b.append("<text x=\"")
        .append(W - PAD)
        .append("\" y=\"")
        .append(y - 4)
        .append("\" text-anchor=\"end\" class=\"")
        .append(late ? "late ready" : "early ready")
        .append("\">")
        .append(esc(when))
        .append("</text>\n");
    final int deadline = plan.day(u.deadline());
    final int top = y;
    for (int i = 0; i < u.phases().size(); i++) {
      final PhaseOutcome p = u.phases().get(i);
      final double x = ax.x(p.startDay());
      final double w = Math.max(1.5, ax.x(p.finishDay()) - x);
      b.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"phase\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\""
                  + " fill=\"%s\"><title>%s: %s to %s, %s</title></rect>%n",
              x,
              y + 2,
              w,
              LANE - 5,
              PHASE[i % 2],
              esc(p.name()),
              p.start().format(DAY),
              p.finish().format(DAY),
              esc(p.mode())));
      if (p.finishDay() > deadline) {
        final int from = Math.max(deadline, p.startDay());
        b.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"url(#late)\"/>%n",
                ax.x(from),
                y + 2,
                ax.x(p.finishDay()) - ax.x(from),
                LANE - 5));
      }
      // the name beside its bar: right of it when it fits, else left, else inside from the left
      final double tw = 5.6 * p.name().length();
      final String label;
      if (x + w + 4 + tw <= W - PAD) {
        label = String.format(Locale.ROOT, "x=\"%.1f\"", x + w + 4);
      } else if (x - 4 - tw >= PAD) {
        label = String.format(Locale.ROOT, "x=\"%.1f\" text-anchor=\"end\"", x - 4);
      } else {
        label = String.format(Locale.ROOT, "x=\"%.1f\"", Math.max(PAD, x + 2));
      }
      b.append("<text ")
          .append(label)
          .append(" y=\"")
          .append(y + LANE - 4)
          .append("\" class=\"ph halo\">")
          .append(esc(p.name()))
          .append("</text>\n");
      y += LANE;
    }
    final double dx = ax.x(deadline);
    b.append(
        String.format(
            Locale.ROOT,
            "<line class=\"deadline\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\""
                + " stroke=\"%s\" stroke-width=\"2\"/>%n",
            dx,
            top,
            dx,
            y + 2,
            LATE));
    final double rx = ax.x(u.readyDay());
    b.append(
        String.format(
            Locale.ROOT,
            "<path class=\"ready-mark\" d=\"M%.1f,%d l5,5 l-5,5 l-5,-5 z\" fill=\"%s\""
                + " stroke=\"#fff\"><title>ready %s</title></path>%n",
            rx,
            y,
            late ? LATE : EARLY,
            u.ready().format(DAY)));
    b.append("</g>\n");
    return y + 10;
  }

  /** Splits a title into lines of at most about {@code max} characters, at spaces. */
  static List<String> wrap(final String s, final int max) {
    final List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : s.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + w.length() > max) {
        out.add(line.toString());
        line = new StringBuilder();
      }
      line.append(line.length() == 0 ? "" : " ").append(w);
    }
    out.add(line.toString());
    return out;
  }

  /**
   * The resource profile of a schedule: for each resource, what its phases hold each day (filled)
   * against its capacity (line), help included.
   */
  private static int profile(
      final StringBuilder b,
      final Axis ax,
      final FormationPlan plan,
      final PlanOutcome o,
      final LocalDate first,
      final LocalDate end,
      final int y0,
      final boolean withHelp) {
    final int days = plan.day(end) + 1;
    final Map<String, int[]> used = new LinkedHashMap<>();
    final Map<String, PlanResource> byId = new LinkedHashMap<>();
    for (PlanResource r : plan.resources()) {
      byId.put(r.id(), r);
      used.put(r.id(), new int[days]);
    }
    final int horizon = Math.min(days, plan.day(plan.end()) + 1);
    for (UnitOutcome u : o.units()) {
      final Map<String, int[]> held = new LinkedHashMap<>(); // assigned: {first day, most held}
      for (PhaseOutcome p : u.phases()) {
        for (Map.Entry<String, Integer> e : p.uses().entrySet()) {
          final PlanResource r = byId.get(e.getKey());
          if (r == null) {
            continue;
          }
          if (r.assigned()) {
            final int[] h = held.computeIfAbsent(e.getKey(), k -> new int[] {Integer.MAX_VALUE, 0});
            h[0] = Math.min(h[0], p.startDay());
            h[1] = Math.max(h[1], e.getValue());
          } else {
            final int[] a = used.get(e.getKey());
            for (int d = Math.max(0, p.startDay()); d < Math.min(days, p.finishDay()); d++) {
              a[d] += e.getValue();
            }
          }
        }
      }
      for (Map.Entry<String, int[]> e : held.entrySet()) {
        final int[] a = used.get(e.getKey());
        for (int d = Math.max(0, e.getValue()[0]); d < horizon; d++) {
          a[d] += e.getValue()[1];
        }
      }
    }
    int y = y0;
    b.append("<g id=\"profile\">\n");
    text(
        b,
        PAD,
        y,
        "h",
        "Resource profile" + (withHelp ? ", with the help" : "") + ": held (bars) and available");
    y += 6;
    y = months(b, ax, plan, first, end, y);
    for (PlanResource r : plan.resources()) {
      final int[] cap = new int[days];
      for (int d = 0; d < days; d++) {
        cap[d] = capacity(r, plan.date(d));
      }
      for (ChosenHelp h : o.help()) {
        if (h.option().resource().equals(r.id())) {
          for (int d = Math.max(0, plan.day(h.from())); d < days; d++) {
            cap[d] += h.option().amount();
          }
        }
      }
      final int[] a = used.get(r.id());
      int max = 1;
      int peak = 0;
      int peakCap = 0;
      for (int d = 0; d < days; d++) {
        max = Math.max(max, Math.max(a[d], cap[d]));
        if (a[d] > peak) {
          peak = a[d];
          peakCap = cap[d];
        }
      }
      y += 14;
      text(
          b,
          PAD,
          y,
          "s",
          r.name() + ": most held " + peak + (peak > 0 ? " of " + peakCap + " available" : ""));
      final int base = y + STRIP - 12;
      final double k = (STRIP - 16.0) / max;
      b.append("<g class=\"resource\" data-name=\"").append(esc(r.name())).append("\">");
      final StringBuilder area = new StringBuilder();
      final StringBuilder line = new StringBuilder();
      for (int d = 0; d < days; d++) {
        final double x0 = ax.x(d);
        final double x1 = ax.x(d + 1);
        area.append(d == 0 ? "M" : "L")
            .append(n(x0))
            .append(',')
            .append(n(base - a[d] * k))
            .append("L")
            .append(n(x1))
            .append(',')
            .append(n(base - a[d] * k));
        line.append(d == 0 ? "M" : "L")
            .append(n(x0))
            .append(',')
            .append(n(base - cap[d] * k))
            .append("L")
            .append(n(x1))
            .append(',')
            .append(n(base - cap[d] * k));
      }
      b.append("<path d=\"M")
          .append(n(ax.x(0)))
          .append(',')
          .append(base)
          .append('L')
          .append(area.substring(1))
          .append("L")
          .append(n(ax.x(days)))
          .append(',')
          .append(base)
          .append("z\" fill=\"#9ecae1\"/>");
      b.append("<path d=\"")
          .append(line)
          .append("\" fill=\"none\" stroke=\"#333\" stroke-width=\"1.2\"/>");
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\"/>",
              ax.x(0),
              base,
              ax.x(days),
              base));
      b.append("</g>\n");
      y = base;
    }
    b.append("</g>\n");
    return y + 6;
  }

  private static int capacity(final PlanResource r, final LocalDate date) {
    int c = 0;
    for (CapacityStep s : r.steps()) {
      if (!s.from().isAfter(date)) {
        c = s.capacity();
      }
    }
    return c;
  }

  /** Days to x over the drawing's width. */
  private static final class Axis {
    final int from;
    final int to;

    Axis(final int from, final int to) {
      this.from = from;
      this.to = Math.max(from + 1, to);
    }

    double x(final int day) {
      return PAD + (W - 2.0 * PAD) * (day - from) / (to - from);
    }
  }

  private static void text(
      final StringBuilder b, final double x, final double y, final String cls, final String s) {
    b.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" class=\"%s\">%s</text>%n",
            x,
            y,
            cls,
            esc(s)));
  }

  private static String n(final double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String esc(final String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
