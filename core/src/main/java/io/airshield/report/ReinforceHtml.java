package io.airshield.report;

import io.airshield.domain.RailLine;
import io.airshield.montecarlo.Estimate;
import io.airshield.reinforce.Plan;
import io.airshield.reinforce.Reinforcement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reinforcement report: one self-contained page, {@code index.html}, with what {@code airshield
 * reinforce} prints (the ranking and the selection's confidence, in the same numbers as the text),
 * a chart of each plan's gain over doing nothing, the map of the theatre with the best plan's
 * reinforcements drawn apart, and the drafted request when there is one. Like {@link HtmlReport}'s
 * page it has no script and refers to nothing outside itself, parses as XML, and depends only on
 * the data given: the same run gives the same bytes.
 */
public final class ReinforceHtml {
  private ReinforceHtml() {}

  /** The fill of the selected plan's bar and of its reinforcements on the map. */
  private static final String BEST = SvgMap.REINFORCEMENT;

  /**
   * Writes index.html into the folder.
   *
   * @param d what to report
   * @param dir the folder, created if needed
   * @param generated a line saying when and how the report was made (the caller's), or empty; the
   *     core reads no clock
   * @return the page written
   * @throws IOException if the folder cannot be written
   */
  public static Path write(final ReinforceData d, final Path dir, final String generated)
      throws IOException {
    Files.createDirectories(dir);
    final Path index = dir.resolve("index.html");
    Files.writeString(index, render(d, generated), StandardCharsets.UTF_8);
    return index;
  }

  /**
   * @param d what to report
   * @param generated when and how, or empty
   * @return the page
   */
  public static String render(final ReinforceData d, final String generated) {
    final Reinforcement r = d.result();
    final Reinforcement.Ranked best = r.best();
    final String unit = r.objectiveUnit();
    final StringBuilder h = new StringBuilder(256 * 1024);
    h.append(Page.head("airshield reinforce: " + r.poolTitle()));
    h.append("<div class=\"cards\">\n");
    h.append("<h1>Where should reinforcements stand? ").append(e(r.poolTitle())).append("</h1>\n");
    h.append("<p class=\"meta\">Scenario <code>")
        .append(e(r.scenarioId()))
        .append("</code> (")
        .append(e(r.scenarioTitle()))
        .append("), ")
        .append(e(r.periodStart()))
        .append(" to ")
        .append(e(r.periodEnd()))
        .append(" (")
        .append(r.days())
        .append(" days); pool <code>")
        .append(e(r.poolId()))
        .append("</code>; seed ")
        .append(r.seed())
        .append("; ")
        .append(r.replications())
        .append(
            " replications in all. Figures are means with their"
                + " 95% confidence intervals; gains are paired differences on common random"
                + " numbers.</p>\n");
    if (!r.decided()) {
      h.append(
          "<div class=\"headline\" id=\"headline\">Selected: <b>none</b>. The run cannot tell"
              + " the leading plans apart (see the notes); highest mean: <b>");
    } else {
      h.append("<div class=\"headline\" id=\"headline\">Selected: <b>");
    }
    h.append(e(best.label()))
        .append("</b>, ")
        .append(e(r.objectiveName()))
        .append(' ')
        .append(e(ReinforceReport.estSigned(best.gainVsNothing())))
        .append(' ')
        .append(e(unit))
        .append(" over doing nothing.</div>\n");

    h.append("<h2>The selection</h2>\n<table id=\"selection\"><tbody>\n");
    row(h, "Objective", r.objectiveName() + " (" + unit + "), maximised");
    row(
        h,
        "Indifference zone",
        ReinforceReport.num(r.indifference())
            + " "
            + unit
            + " ("
            + r.indifferenceRule()
            + "): a smaller difference is not worth telling apart");
    row(h, "Confidence asked for", String.format(Locale.ROOT, "%.0f%%", 100 * r.confidence()));
    row(h, "Probability of correct selection", ReinforceReport.selection(r));
    row(
        h,
        "Plans",
        String.format(
            Locale.ROOT,
            "%d feasible, %d screened, %d simulated with"
                + " common random numbers (KN, first stage %d, cap %d per plan)",
            r.plansFeasible(),
            r.plansScreened(),
            r.plansSimulated(),
            r.firstStage(),
            r.maxReplications()));
    row(
        h,
        "No reinforcement",
        ReinforceReport.est(r.baseline())
            + " "
            + unit
            + " ("
            + r.baseline().n()
            + " replications)");
    row(
        h,
        "Replications",
        String.format(
            Locale.ROOT,
            "%d in all (%d of plans, %d of the" + " baseline)",
            r.replications(),
            r.replications() - r.baselineReplications(),
            r.baselineReplications()));
    h.append("</tbody></table>\n");
    if (!r.notes().isEmpty()) {
      h.append("<ul id=\"notes\">\n");
      for (String n : r.notes()) {
        h.append("<li>").append(e(n)).append("</li>\n");
      }
      h.append("</ul>\n");
    }

    h.append(
        "<h2 id=\"map-h\">The best plan on the map</h2>\n<p>The theatre as the selected"
            + " plan leaves it. Its reinforcements are ringed in purple and labelled; a new AA"
            + " unit's zone is hatched in purple, a new fighter unit's combat radius is a dashed"
            + " purple ring. The rail lines are coloured by their share of time open with the"
            + " plan (the table under the figures gives it without and with). Hover over a symbol"
            + " for its name.</p>\n");
    h.append("<div class=\"mapwrap\">").append(map(d)).append("</div>\n");

    h.append("<h2>Ranked plans</h2>\n<p>Objective: ")
        .append(e(r.objectiveName()))
        .append(" (")
        .append(e(unit))
        .append(
            "). For the selected plan the last difference is its lead over"
                + " the runner-up; for the others, the difference to the selected plan.</p>\n");
    h.append(
        "<table id=\"plans\"><thead><tr><th>#</th><th>Plan (stations)</th>"
            + "<th class=\"n\">Screen</th><th class=\"n\">Objective</th>"
            + "<th class=\"n\">Gain vs nothing</th><th class=\"n\">vs #1 (#1: vs #2)</th>"
            + "<th class=\"n\">Replications</th></tr></thead><tbody>\n");
    for (Reinforcement.Ranked p : r.ranking()) {
      h.append("<tr")
          .append(p.rank() == 1 ? " class=\"best\"" : "")
          .append(" data-key=\"")
          .append(e(p.key()))
          .append("\"><td>")
          .append(p.rank())
          .append("</td><td><b>")
          .append(e(p.label()))
          .append("</b><div class=\"sub\">")
          .append(e(stations(p)))
          .append("</div></td><td class=\"n\">")
          .append(e(ReinforceReport.signed(p.screenGain())))
          .append("</td><td class=\"n\">")
          .append(e(ReinforceReport.est(p.objective())))
          .append("</td><td class=\"n\">")
          .append(e(ReinforceReport.estSigned(p.gainVsNothing())))
          .append("</td><td class=\"n\">")
          .append(e(ReinforceReport.estSigned(p.gainVsOther())))
          .append("</td><td class=\"n\">")
          .append(p.replications())
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");

    if (!r.named().isEmpty()) {
      h.append(
          "<h2>Named plans</h2>\n<p>The plans the pool names, evaluated beside the search on"
              + " the same replications: each one's gain over doing nothing and its paired"
              + " difference to each of the others (row minus column), with 95% intervals.</p>\n");
      h.append("<table id=\"named\"><thead><tr><th>Plan</th><th class=\"n\">Gain vs nothing</th>");
      for (Reinforcement.NamedPlan n : r.named()) {
        h.append("<th class=\"n\">vs ").append(e(n.id())).append("</th>");
      }
      h.append("</tr></thead><tbody>\n");
      for (Reinforcement.NamedPlan n : r.named()) {
        h.append("<tr data-key=\"")
            .append(e(n.key()))
            .append("\"><td><b>")
            .append(e(n.id()))
            .append(n.asked() ? " (asked)" : "")
            .append("</b><div class=\"sub\">")
            .append(e(n.name()))
            .append("</div></td><td class=\"n\">")
            .append(e(ReinforceReport.estSigned(n.gainVsNothing())))
            .append("</td>");
        for (Estimate v : n.versus()) {
          h.append("<td class=\"n\">")
              .append(Double.isNaN(v.mean()) ? "" : e(ReinforceReport.estSigned(v)))
              .append("</td>");
        }
        h.append("</tr>\n");
      }
      h.append("</tbody></table>\n");
    }

    h.append("<h2>Gain over doing nothing</h2>\n");
    h.append(gainChart(r));

    h.append(
        "<h2>What the selected plan changes</h2>\n<p>Campaign figures without"
            + " reinforcement and with the selected plan, on the same replications; figures that are"
            + " nil either way are left out.</p>\n<table id=\"figures\"><thead><tr>"
            + "<th>Figure</th><th class=\"n\">Without</th><th class=\"n\">With the plan</th>"
            + "<th class=\"n\">Gain</th></tr></thead><tbody>\n");
    for (Map.Entry<String, Estimate> f : r.baselineFigures().entrySet()) {
      // a share is shown in per cent, as the request words it
      final double k = f.getKey().equals("supplyShare") ? 100 : 1;
      final Estimate without = f.getValue().times(k);
      final Estimate with =
          r.bestFigures().containsKey(f.getKey()) ? r.bestFigures().get(f.getKey()).times(k) : null;
      final Estimate gain =
          r.bestGains().containsKey(f.getKey()) ? r.bestGains().get(f.getKey()).times(k) : null;
      if (without.mean() == 0 && (with == null || with.mean() == 0)) {
        continue; // nothing happened either way (e.g. no intrusions in this theatre)
      }
      h.append("<tr><td>")
          .append(e(ReinforceReport.label(f.getKey()) + (k == 100 ? ", %" : "")))
          .append("</td><td class=\"n\">")
          .append(e(ReinforceReport.est(without)))
          .append("</td><td class=\"n\">")
          .append(with == null ? "" : e(ReinforceReport.est(with)))
          .append("</td><td class=\"n\">")
          .append(gain == null ? "" : e(ReinforceReport.estSigned(gain)))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    lines(h, d);
    robust(h, d);

    if (!d.request().isEmpty()) {
      h.append(
              "<h2 id=\"request-h\">The request</h2>\n<p>Drafted from the run for the"
                  + " selected plan; every number is the run's.</p>\n<pre class=\"request\""
                  + " id=\"request\">")
          .append(e(d.request()))
          .append("</pre>\n");
    }
    h.append("</div>\n").append(Page.foot(generated));
    // the same phone layout as the assessment's page: tables reflow into cards
    return Page.reflow(h.toString());
  }

  /** The leading plans over the estimates' plausible ranges ({@code reinforce --robust}). */
  private static void robust(final StringBuilder h, final ReinforceData d) {
    final ReinforceData.Robust rb = d.robust();
    if (rb == null) {
      return;
    }
    final String unit = d.result().objectiveUnit();
    h.append("<h2 id=\"robust-h\">How robust the recommendation is</h2>\n<p>")
        .append(e(rb.design()))
        .append(
            " A plan is best at a point when within the indifference zone of the best plan"
                + " there; its regret is what it falls short of the best there.</p>\n"
                + "<table id=\"robust\"><thead><tr><th>Plan</th><th class=\"n\">Best in, %</th>"
                + "<th class=\"n\">Worst regret, ")
        .append(e(unit))
        .append("</th><th class=\"n\">Mean regret, ")
        .append(e(unit))
        .append("</th><th class=\"n\">Mean, ")
        .append(e(unit))
        .append("</th></tr></thead><tbody>\n");
    for (ReinforceData.RobustPlan p : rb.plans()) {
      h.append(p.recommended() ? "<tr class=\"recommended\"><td><b>" : "<tr><td>")
          .append(e(p.label()))
          .append(p.recommended() ? "</b> (recommended)" : "")
          .append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%.0f", 100 * p.shareBest()))
          .append("</td><td class=\"n\">")
          .append(e(ReinforceReport.num(p.worstRegret())))
          .append("</td><td class=\"n\">")
          .append(e(ReinforceReport.num(p.meanRegret())))
          .append("</td><td class=\"n\">")
          .append(e(ReinforceReport.num(p.meanObjective())))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n<p id=\"robust-statement\">")
        .append(e(rb.statement()))
        .append("</p>\n");
    if (!rb.flips().isEmpty()) {
      h.append("<p>Factors that flip the choice, most telling first:</p>\n<ul id=\"flips\">\n");
      for (String f : rb.flips()) {
        h.append("<li>").append(e(f)).append("</li>\n");
      }
      h.append("</ul>\n");
    }
  }

  /** Each rail line's share of time open without and with the selected plan, and the gain. */
  private static void lines(final StringBuilder h, final ReinforceData d) {
    final Reinforcement r = d.result();
    if (r.bestLineOpen().isEmpty()) {
      return;
    }
    h.append(
        "<h2>The rail lines</h2>\n<p>Share of time each line was open end to end, without"
            + " reinforcement and with the selected plan, on the same replications; the map"
            + " colours the lines by the second.</p>\n<table id=\"lines\"><thead><tr>"
            + "<th>Line</th><th class=\"n\">Without, %</th><th class=\"n\">With the plan, %</th>"
            + "<th class=\"n\">Gain, points</th></tr></thead><tbody>\n");
    for (Map.Entry<String, String> l : r.lineNames().entrySet()) {
      h.append("<tr><td>")
          .append(e(l.getValue()))
          .append("</td><td class=\"n\">")
          .append(e(ReinforceReport.est(r.baselineLineOpen().get(l.getKey()).times(100))))
          .append("</td><td class=\"n\">")
          .append(e(ReinforceReport.est(r.bestLineOpen().get(l.getKey()).times(100))))
          .append("</td><td class=\"n\">")
          .append(e(ReinforceReport.estSigned(r.bestLineOpenGains().get(l.getKey()).times(100))))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  /**
   * @param d what to draw
   * @return the theatre map with the best plan's reinforcements set apart (an {@code <svg
   *     id="map">} with a {@code layer-reinforcement} group)
   */
  public static String map(final ReinforceData d) {
    // the lines coloured by their share of time open with the best plan, as assess's map does
    final List<Estimate> open = new ArrayList<>();
    for (RailLine l : d.reinforced().lines()) {
      final Estimate e = d.result().bestLineOpen().get(l.id());
      if (e == null) {
        open.clear();
        break;
      }
      open.add(e);
    }
    return SvgMap.render(
        d.reinforced(),
        open,
        d.batteries(),
        new SvgMap.Overlay(d.result().best().stations(), d.newUnits()),
        List.of(),
        Basemap.get());
  }

  /**
   * @param r the ranking
   * @return each simulated plan's gain over doing nothing with its 95% interval, best first ({@code
   *     <svg id="chart-gain">}); the selected plan's bar in the reinforcement colour
   */
  public static String gainChart(final Reinforcement r) {
    final List<SvgCharts.Bar> bars = new ArrayList<>();
    for (Reinforcement.Ranked p : r.ranking()) {
      final String l = "#" + p.rank() + " " + p.label();
      bars.add(
          new SvgCharts.Bar(l.length() <= 26 ? l : l.substring(0, 25) + ".", p.gainVsNothing()));
    }
    final List<String> fills = new ArrayList<>();
    fills.add(BEST);
    for (int i = 1; i < bars.size(); i++) {
      fills.add("#9a9a9a");
    }
    return SvgCharts.signedBars(
        "chart-gain",
        "Gain over doing nothing, by plan",
        r.objectiveName() + ", gain (" + r.objectiveUnit() + ")",
        bars,
        fills);
  }

  private static String stations(final Reinforcement.Ranked p) {
    final List<String> out = new ArrayList<>();
    for (Plan.Station s : p.stations()) {
      out.add(
          s.unitName()
              + ": "
              + s.regiments()
              + " regiment"
              + (s.regiments() == 1 ? "" : "s")
              + " at "
              + s.placeName());
    }
    return String.join("; ", out);
  }

  private static void row(final StringBuilder h, final String k, final String v) {
    h.append("<tr><th>").append(e(k)).append("</th><td>").append(e(v)).append("</td></tr>\n");
  }

  private static String e(final String s) {
    return Svg.esc(s);
  }
}
