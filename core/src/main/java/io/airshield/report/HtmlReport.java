package io.airshield.report;

import io.airshield.assessment.Assessment;
import io.airshield.montecarlo.Estimate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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
    {"daily.csv", "daily supply and lines open: mean, median and 10-90% band"}
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
    h.append("<p class=\"meta\">Scenario <code>")
        .append(e(a.scenarioId()))
        .append("</code>, ")
        .append(e(a.period()))
        .append(" (")
        .append(a.days())
        .append(" days); ")
        .append(a.replications())
        .append(" replications, seed ")
        .append(a.seed())
        .append(
            ". Every figure is a mean over the replications with its 95% confidence"
                + " interval.</p>\n");
    h.append("<div class=\"headline\" id=\"headline\">Supply delivered: <b>")
        .append(e(est(a.supply(), "%.0f")))
        .append(" t/day</b>, ")
        .append(e(est(a.supplyShare().times(100), "%.1f")))
        .append("% of the lines' capacity." + "</div>\n");

    h.append(
        "<h2 id=\"map-h\">The theatre</h2>\n<p>Rail lines are coloured by their share of"
            + " time open in this run (scale in the legend); the weakest points are numbered in"
            + " red, worst first; hover over a symbol for details.</p>\n");
    h.append(SvgMap.render(d, Basemap.get()));

    h.append(
        "<h2>Weakest points</h2>\n<table id=\"weakest\"><thead><tr><th>#</th><th>Point"
            + "</th><th class=\"n\">Supply lost (t/day)</th><th class=\"n\">Time open</th>"
            + "<th>Why</th></tr></thead><tbody>\n");
    int rank = 1;
    for (Assessment.WeakPoint w : a.weakest()) {
      h.append("<tr><td>")
          .append(rank++)
          .append("</td><td>")
          .append(e(w.name()))
          .append("</td><td class=\"n\">")
          .append(e(est(w.tonsLostPerDay(), "%.0f")))
          .append("</td><td class=\"n\">")
          .append(e(est(w.open().times(100), "%.1f")))
          .append("%</td><td>")
          .append(e(w.reason()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");

    h.append("<h2>Charts</h2>\n<div class=\"grid\">\n");
    for (String chart : SvgCharts.all(d)) {
      h.append(chart);
    }
    h.append("</div>\n");

    h.append(
        "<h2>Rail lines</h2>\n<table id=\"lines\"><thead><tr><th>Line</th>"
            + "<th class=\"n\">Capacity (t/day)</th><th class=\"n\">Delivered (t/day)</th>"
            + "<th class=\"n\">Share of capacity</th><th class=\"n\">Time open</th></tr></thead>"
            + "<tbody>\n");
    for (int i = 0; i < a.lines().size(); i++) {
      final Assessment.LineResult l = a.lines().get(i);
      h.append("<tr><td>")
          .append(e(l.name()))
          .append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%,.0f", l.capacityTonsPerDay()))
          .append("</td><td class=\"n\">")
          .append(e(est(l.tonsPerDay(), "%.0f")))
          .append("</td><td class=\"n\">")
          .append(e(est(l.share().times(100), "%.1f")))
          .append("%</td><td class=\"n\">")
          .append(
              i < d.lineOpen().size() ? e(est(d.lineOpen().get(i).times(100), "%.1f")) + "%" : "")
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");

    h.append(
        "<h2>The air war</h2>\n<table id=\"figures\"><thead><tr><th>Figure</th>"
            + "<th class=\"n\">Mean (95% CI)</th><th>Unit</th></tr></thead><tbody>\n");
    for (Assessment.Figure f : a.figures()) {
      h.append("<tr><td>")
          .append(e(f.label()))
          .append("</td><td class=\"n\">")
          .append(e(est(f.value(), "%.3g")))
          .append("</td><td>")
          .append(e(f.unit()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");

    h.append(
        "<h2>Fighter units</h2>\n<table id=\"units\"><thead><tr><th>Unit</th>"
            + "<th class=\"n\">Sorties</th><th class=\"n\">Kills</th><th class=\"n\">Losses</th>"
            + "</tr></thead><tbody>\n");
    for (Assessment.UnitResult u : a.units()) {
      h.append("<tr><td>")
          .append(e(u.name()))
          .append("</td><td class=\"n\">")
          .append(e(est(u.sorties(), "%.0f")))
          .append("</td><td class=\"n\">")
          .append(e(est(u.kills(), "%.1f")))
          .append("</td><td class=\"n\">")
          .append(e(est(u.losses(), "%.1f")))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");

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
    return h.toString();
  }

  private static String e(final String s) {
    return Svg.esc(s);
  }

  private static String est(final Estimate x, final String f) {
    if (Double.isNaN(x.mean())) {
      return "no data";
    }
    if (Double.isNaN(x.low())) {
      return String.format(Locale.ROOT, f, x.mean());
    }
    return String.format(Locale.ROOT, f + " (" + f + " to " + f + ")", x.mean(), x.low(), x.high());
  }

  /**
   * @return the names of the CSV files written beside the page
   */
  public static List<String> csvFiles() {
    return java.util.Arrays.stream(CSV).map(c -> c[0]).toList();
  }
}
