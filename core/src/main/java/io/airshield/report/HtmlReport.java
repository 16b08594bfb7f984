package io.airshield.report;

import io.airshield.assessment.Assessment;
import io.airshield.montecarlo.Estimate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The report folder: {@code index.html}, one self-contained page (inline CSS and SVG, no script, no
 * font, no image and no link that leaves the folder) that opens offline in any browser, plus the
 * CSV files of {@link CsvReport} beside it. The page is also well-formed XML (polyglot XHTML), so
 * tests and tools can parse it with any XML parser. Its content depends only on the data given: the
 * same run gives the same bytes.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The CSV files written beside the page, with what each holds. */
  static final String[][] CSV = {
    {"lines.csv", "supply delivered and share of capacity per rail line"},
    {"points.csv", "bridges, junctions and airfields: time open, attacks, cuts"},
    {"figures.csv", "the air war's figures and rates"},
    {"units.csv", "sorties, kills and losses per fighter unit"},
    {"weakest.csv", "the weakest points and why"},
    {"daily.csv", "daily supply and lines open: mean, median and 10-90% band"},
    {"daily_lines.csv", "tons delivered per line per day (t): mean and 95% confidence interval"}
  };

  /**
   * Writes index.html and the CSV files.
   *
   * @param d what to report
   * @param dir the folder, created if needed
   * @param generated a line saying when and how the report was made (the caller's clock and
   *     command), or empty; the core reads no clock
   * @return the page written
   * @throws IOException if the folder cannot be written
   */
  public static Path write(final ReportData d, final Path dir, final String generated)
      throws IOException {
    Files.createDirectories(dir);
    CsvReport.write(d.assessment(), dir);
    final Path index = dir.resolve("index.html");
    Files.writeString(index, render(d, generated), StandardCharsets.UTF_8);
    return index;
  }

  /**
   * @param d what to report
   * @param generated when and how, or empty
   * @return the page
   */
  public static String render(final ReportData d, final String generated) {
    final Assessment a = d.assessment();
    final StringBuilder h = new StringBuilder(256 * 1024);
    h.append(Page.head("airshield assessment: " + a.title()));
    h.append("<h1>Is our air defence enough? ").append(e(a.title())).append("</h1>\n");
    h.append("<p class=\"meta\">")
        .append(e(a.period()))
        .append(" (")
        .append(a.days())
        .append(" days); ")
        .append(a.replications())
        .append(" replications, seed ")
        .append(a.seed())
        .append(
            ". Every figure is a mean over the replications with its 95% confidence"
                + " interval. To repeat it: <code>airshield assess ")
        .append(e(a.scenarioId()))
        .append(" --replications ")
        .append(a.replications())
        .append(" --seed ")
        .append(a.seed())
        .append(a.days() > 0 ? " --days " + a.days() : "")
        .append("</code></p>\n");
    h.append("<div class=\"headline\" id=\"headline\">Supply delivered: <b>")
        .append(e(count(a.supply())))
        .append(" t/day</b>")
        .append(
            Double.isNaN(a.supplyShare().mean())
                ? " (the lines have no capacity)."
                : ", " + e(pct(a.supplyShare())) + "% of the lines' capacity.")
        .append("</div>\n");
    if (!a.headline().isEmpty()) {
      // the scenario's own question (intrusions, cities) before everything else
      h.append("<h2 id=\"question-h\">The question: ")
          .append(e(a.question()))
          .append("</h2>\n<div class=\"scroll\"><table class=\"reflow\" id=\"question\">")
          .append("<tbody>\n");
      for (Assessment.Figure f : a.headline()) {
        h.append("<tr><td>")
            .append(e(f.label().strip()))
            .append("</td><td class=\"n\">")
            .append(e(est(f.value())))
            .append("</td><td>")
            .append(e(f.unit()))
            .append("</td></tr>\n");
      }
      h.append("</tbody></table></div>\n");
    }

    h.append(
        "<h2 id=\"map-h\">The theatre</h2>\n<p>Rail lines are coloured by their share of"
            + " time open in this run (scale in the legend); the weakest points are numbered in"
            + " red, worst first; hover over a symbol for details.</p>\n");
    h.append("<div class=\"mapwrap\">").append(SvgMap.render(d, Basemap.get())).append("</div>\n");

    h.append(
        "<h2>Weakest points</h2>\n<div class=\"scroll\"><table class=\"reflow\" id=\"weakest\"><thead><tr><th>#</th><th>Point"
            + "</th><th class=\"n\">Supply lost (t/day)</th><th class=\"n\">Time open</th>"
            + "<th>Why</th></tr></thead><tbody>\n");
    int rank = 1;
    for (Assessment.WeakPoint w : a.weakest()) {
      h.append("<tr><td>")
          .append(rank++)
          .append("</td><td>")
          .append(e(w.name()))
          .append("</td><td class=\"n\">")
          .append(e(count(w.tonsLostPerDay())))
          .append("</td><td class=\"n\">")
          .append(e(pct(w.open())))
          .append("%</td><td>")
          .append(e(w.reason()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></div>\n");

    h.append("<h2>Charts</h2>\n<div class=\"grid\">\n");
    for (String chart : SvgCharts.all(d)) {
      h.append(chart);
    }
    h.append("</div>\n");

    h.append(
        "<h2>Rail lines</h2>\n<div class=\"scroll\"><table class=\"reflow\" id=\"lines\"><thead><tr><th>Line</th>"
            + "<th class=\"n\">Capacity (t/day)</th><th class=\"n\">Delivered (t/day)</th>"
            + "<th class=\"n\">Share of capacity</th><th class=\"n\">Time open</th></tr></thead>"
            + "<tbody>\n");
    for (int i = 0; i < a.lines().size(); i++) {
      final Assessment.LineResult l = a.lines().get(i);
      h.append("<tr><td>")
          .append(e(l.name()))
          .append("</td><td class=\"n\">")
          .append(Num.of(l.capacityTonsPerDay(), 0))
          .append("</td><td class=\"n\">")
          .append(e(count(l.tonsPerDay())))
          .append("</td><td class=\"n\">")
          .append(Double.isNaN(l.share().mean()) ? "n/a" : e(pct(l.share())) + "%")
          .append("</td><td class=\"n\">")
          .append(i < d.lineOpen().size() ? e(pct(d.lineOpen().get(i))) + "%" : "")
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></div>\n");

    keyPoints(h, a);
    daily(h, a);

    h.append(
        "<h2>The air war</h2>\n<div class=\"scroll\"><table class=\"reflow\" id=\"figures\"><thead><tr><th>Figure</th>"
            + "<th class=\"n\">Mean (95% CI)</th><th>Unit</th></tr></thead><tbody>\n");
    for (Assessment.Figure f : a.figures()) {
      h.append("<tr><td>")
          .append(e(f.label()))
          .append("</td><td class=\"n\">")
          .append(e(est(f.value())))
          .append("</td><td>")
          .append(e(f.unit()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></div>\n");

    h.append(
        "<h2>Fighter units</h2>\n<div class=\"scroll\"><table class=\"reflow\" id=\"units\"><thead><tr><th>Unit</th>"
            + "<th class=\"n\">Sorties</th><th class=\"n\">Kills</th><th class=\"n\">Losses</th>"
            + "</tr></thead><tbody>\n");
    for (Assessment.UnitResult u : a.units()) {
      h.append("<tr><td>")
          .append(e(u.name()))
          .append("</td><td class=\"n\">")
          .append(e(count(u.sorties())))
          .append("</td><td class=\"n\">")
          .append(e(count(u.kills())))
          .append("</td><td class=\"n\">")
          .append(e(count(u.losses())))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></div>\n");

    h.append(Assumptions.html(d.scenario()));

    h.append(
        "<h2>Data</h2>\n<p>The same results as tidy CSV files, in this folder:</p>\n"
            + "<ul id=\"csv\">\n");
    for (String[] c : CSV) {
      h.append("<li><a href=\"")
          .append(c[0])
          .append("\">")
          .append(c[0])
          .append("</a>: ")
          .append(e(c[1]))
          .append("</li>\n");
    }
    h.append("</ul>\n").append(Page.foot(generated));
    return Page.reflow(h.toString());
  }

  /** The key points: every bridge, junction and airfield the enemy may attack, worst first. */
  private static void keyPoints(final StringBuilder h, final Assessment a) {
    h.append(
        "<h2>Key points</h2>\n<p>Bridges, junctions and airfields, least open first. A cut is"
            + " a closure by bombing until repaired.</p>\n<div class=\"scroll\"><table class=\"reflow\""
            + " id=\"points\"><thead><tr><th>Key point</th><th>Kind</th>"
            + "<th class=\"n\">Time open</th><th class=\"n\">Attacks</th>"
            + "<th class=\"n\">Cuts</th></tr></thead><tbody>\n");
    final List<Assessment.PointResult> ps = new ArrayList<>(a.keyPoints());
    ps.sort(
        Comparator.comparingDouble((Assessment.PointResult p) -> p.open().mean())
            .thenComparing(Assessment.PointResult::name));
    for (Assessment.PointResult p : ps) {
      h.append("<tr><td>")
          .append(e(p.name()))
          .append("</td><td>")
          .append(e(kind(p.kind())))
          .append("</td><td class=\"n\">")
          .append(e(pct(p.open())))
          .append("%</td><td class=\"n\">")
          .append(e(count(p.attacks())))
          .append("</td><td class=\"n\">")
          .append(e(count(p.cuts())))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></div>\n");
  }

  /** A target kind as written in files, in words. */
  static String kind(final String k) {
    return switch (k) {
      case "bridge" -> "Bridge";
      case "junction" -> "Junction";
      case "airfield" -> "Airfield";
      case "track" -> "Track";
      default -> k.isEmpty() ? "" : Character.toUpperCase(k.charAt(0)) + k.substring(1);
    };
  }

  /**
   * The day by day series: supply delivered and lines open, median and 10-90% band across the
   * replications, for the whole network; the series per line is the chart of supply per line and
   * daily_lines.csv.
   */
  private static void daily(final StringBuilder h, final Assessment a) {
    h.append(
        "<h2>Day by day</h2>\n<p>Supply delivered over all lines and the number of lines"
            + " open, each day: median and the band holding 80% of the replications"
            + " (10th to 90th percentile).</p>\n<div class=\"scroll\"><table id=\"daily\">"
            + "<thead><tr><th>Day</th><th>Date</th><th class=\"n\">Supply, median (t)</th>"
            + "<th class=\"n\">10-90% (t)</th><th class=\"n\">Lines open, mean</th>"
            + "<th class=\"n\">10-90%</th></tr></thead><tbody>\n");
    int day = 1;
    for (Assessment.DayResult r : a.daily()) {
      h.append("<tr><td>")
          .append(day++)
          .append("</td><td>")
          .append(e(r.date()))
          .append("</td><td class=\"n\">")
          .append(Num.of(r.supplyMedian(), 0))
          .append("</td><td class=\"n\">")
          .append(Num.of(r.supplyP10(), 0))
          .append(" to ")
          .append(Num.of(r.supplyP90(), 0))
          .append("</td><td class=\"n\">")
          .append(Num.of(r.linesOpenMean(), 1))
          .append("</td><td class=\"n\">")
          .append(Num.of(r.linesOpenP10(), 0))
          .append(" to ")
          .append(Num.of(r.linesOpenP90(), 0))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></div>\n");
  }

  private static String e(final String s) {
    return Svg.esc(s);
  }

  private static String est(final Estimate x) {
    return Num.interval(x.mean(), x.low(), x.high());
  }

  /** A quantity that cannot be negative: its interval is cut at zero. */
  private static String count(final Estimate x) {
    return Num.interval(x.mean(), Math.max(0, x.low()), x.high());
  }

  /** A share as a percentage: its interval is cut to 0-100%. */
  private static String pct(final Estimate x) {
    return Num.interval(100 * x.mean(), Math.max(0, 100 * x.low()), Math.min(100, 100 * x.high()));
  }

  /**
   * @return the names of the CSV files written beside the page
   */
  public static List<String> csvFiles() {
    return java.util.Arrays.stream(CSV).map(c -> c[0]).toList();
  }
}
