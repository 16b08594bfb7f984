package io.airshield.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The HTML report of an {@code explore} study, one page that opens offline: per measure a tornado
 * chart of the leading factors (Morris mu with mu* and sigma, the Sobol indices with their
 * intervals, or the main effects), main-effect plots of the four leading factors (the measure at
 * every design point against the factor, with the mean over each fifth of its range), the table of
 * indices, and with plans the robustness table and its statement. Charts are SVG with a viewBox, so
 * they scale to a phone's width; tables scroll.
 */
public final class ExploreHtml {
  private ExploreHtml() {}

  /** Factors in a tornado chart. */
  static final int TORNADO = 15;

  /** Main-effect plots per measure. */
  static final int PLOTS = 4;

  /**
   * Writes {@code index.html} into the folder.
   *
   * @param r the result
   * @param dir the folder (created)
   * @return the page's path
   * @throws IOException when writing fails
   */
  public static Path write(final ExploreResult r, final Path dir) throws IOException {
    Files.createDirectories(dir);
    final Path page = dir.resolve("index.html");
    Files.writeString(page, html(r), StandardCharsets.UTF_8);
    return page;
  }

  /**
   * @param r the result
   * @return the page
   */
  public static String html(final ExploreResult r) {
    final StringBuilder h = new StringBuilder(256 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>explore ")
        .append(esc(r.scenarioId()))
        .append("</title><style>")
        .append(
            "body{font:15px/1.4 system-ui,sans-serif;margin:1em auto;max-width:980px;padding:0"
                + " .8em;color:#222}svg{width:100%;height:auto;display:block}"
                + ".scroll{overflow-x:auto}table{border-collapse:collapse;font-size:13px}"
                + "td,th{padding:2px 6px;border-bottom:1px solid #ddd;text-align:left}"
                + ".n{text-align:right;font-variant-numeric:tabular-nums}"
                + ".plots{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));"
                + "gap:.5em}")
        .append("</style></head><body>\n<h1>Which estimates drive the answer: ")
        .append(esc(r.scenarioId()))
        .append("</h1>\n<p>")
        .append(esc(ExploreReport.describe(r)))
        .append(". ")
        .append(r.factors().size())
        .append(" factors, ")
        .append(r.design().count())
        .append(" design points x ")
        .append(r.settings().replications())
        .append(" replications")
        .append(r.planLabels().isEmpty() ? "" : " x " + r.planLabels().size() + " plans")
        .append(" = ")
        .append(r.simulations())
        .append(" simulations, seed ")
        .append(r.settings().seed())
        .append(", the same replication seeds at every point (common random numbers).")
        .append(" How to read this page: docs/explore.md.</p>\n");
    for (int m = 0; m < r.measures().size(); m++) {
      measure(r, m, h);
    }
    if (r.robustness() != null) {
      robustness(r, h);
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  private static void measure(final ExploreResult r, final int m, final StringBuilder h) {
    final String name = r.measures().get(m);
    h.append("<h2 id=\"m-").append(esc(name)).append("\">").append(esc(name)).append("</h2>\n");
    final int[] rank = r.ranking(m);
    final int rows = Math.min(TORNADO, rank.length);
    // bars: [low end, high end, whisker low, whisker high] of each factor, signed
    final double[][] bars = new double[rows][4];
    final String what;
    for (int i = 0; i < rows; i++) {
      final int f = rank[i];
      if (r.morris() != null) {
        final Morris.Effect e = r.morris()[m][f];
        bars[i] = new double[] {0, e.mu(), e.mu() - e.sigma(), e.mu() + e.sigma()};
      } else if (r.sobol() != null) {
        final Sobol.Index x = r.sobol()[m][f];
        bars[i] = new double[] {0, x.total(), x.totalLow(), x.totalHigh()};
      } else {
        final double e = r.main()[m][f].effect();
        bars[i] = new double[] {0, e, e, e};
      }
    }
    if (r.morris() != null) {
      what =
          "Tornado: the mean elementary effect mu (the change in "
              + name
              + " from the factor's low to its high), whisker +-sigma; ranked by mu*.";
    } else if (r.sobol() != null) {
      what = "Tornado: the total Sobol index ST with its bootstrap 95% interval.";
    } else {
      what = "Tornado: the main effect (change in " + name + " from the factor's low to its high).";
    }
    h.append("<p>").append(esc(what)).append("</p>\n");
    tornado(r, rank, bars, h);
    h.append("<h3>Main effects of the leading factors</h3>\n<div class=\"plots\">\n");
    for (int i = 0; i < Math.min(PLOTS, rank.length); i++) {
      mainEffectPlot(r, m, rank[i], h);
    }
    h.append("</div>\n");
    table(r, m, rank, h);
  }

  private static void tornado(
      final ExploreResult r, final int[] rank, final double[][] bars, final StringBuilder h) {
    final int rows = bars.length;
    double lo = 0;
    double hi = 0;
    for (double[] b : bars) {
      for (double v : b) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (hi - lo <= 0) {
      hi = lo + 1;
    }
    final double left = 300;
    final double width = 640;
    final double rowH = 22;
    final double height = rows * rowH + 30;
    h.append("<svg viewBox=\"0 0 960 ")
        .append(fmt(height))
        .append("\" role=\"img\" aria-label=\"tornado chart\">\n");
    final double zero = left + (0 - lo) / (hi - lo) * width;
    for (int i = 0; i < rows; i++) {
      final double y = 10 + i * rowH;
      final double a = left + (Math.min(bars[i][0], bars[i][1]) - lo) / (hi - lo) * width;
      final double b = left + (Math.max(bars[i][0], bars[i][1]) - lo) / (hi - lo) * width;
      final double wl = left + (bars[i][2] - lo) / (hi - lo) * width;
      final double wh = left + (bars[i][3] - lo) / (hi - lo) * width;
      h.append("<text x=\"")
          .append(fmt(left - 6))
          .append("\" y=\"")
          .append(fmt(y + 14))
          .append("\" font-size=\"12\" text-anchor=\"end\">")
          .append(esc(cut(r.factors().get(rank[i]).key(), 44)))
          .append("</text>");
      h.append("<rect x=\"")
          .append(fmt(a))
          .append("\" y=\"")
          .append(fmt(y + 3))
          .append("\" width=\"")
          .append(fmt(Math.max(1, b - a)))
          .append("\" height=\"14\" fill=\"")
          .append(bars[i][1] < 0 ? "#b2182b" : "#2166ac")
          .append("\"><title>")
          .append(esc(r.factors().get(rank[i]).key() + ": " + ExploreReport.fmt(bars[i][1])))
          .append("</title></rect>");
      if (bars[i][3] > bars[i][2]) {
        h.append("<line x1=\"")
            .append(fmt(wl))
            .append("\" x2=\"")
            .append(fmt(wh))
            .append("\" y1=\"")
            .append(fmt(y + 10))
            .append("\" y2=\"")
            .append(fmt(y + 10))
            .append("\" stroke=\"#222\"/>");
      }
      h.append('\n');
    }
    h.append("<line x1=\"")
        .append(fmt(zero))
        .append("\" x2=\"")
        .append(fmt(zero))
        .append("\" y1=\"5\" y2=\"")
        .append(fmt(height - 20))
        .append("\" stroke=\"#888\"/>");
    h.append("<text x=\"")
        .append(fmt(left))
        .append("\" y=\"")
        .append(fmt(height - 4))
        .append("\" font-size=\"11\">")
        .append(ExploreReport.fmt(lo))
        .append("</text><text x=\"")
        .append(fmt(left + width))
        .append("\" y=\"")
        .append(fmt(height - 4))
        .append("\" font-size=\"11\" text-anchor=\"end\">")
        .append(ExploreReport.fmt(hi))
        .append("</text></svg>\n");
  }

  private static void mainEffectPlot(
      final ExploreResult r, final int m, final int f, final StringBuilder h) {
    final Factor fac = r.factors().get(f);
    final double[] y = r.mean()[m];
    double ylo = Double.POSITIVE_INFINITY;
    double yhi = Double.NEGATIVE_INFINITY;
    for (double v : y) {
      ylo = Math.min(ylo, v);
      yhi = Math.max(yhi, v);
    }
    if (yhi - ylo <= 0) {
      yhi = ylo + 1;
    }
    final double w = 300;
    final double ht = 200;
    final double pad = 30;
    h.append("<figure style=\"margin:0\"><svg viewBox=\"0 0 300 230\" role=\"img\"")
        .append(" aria-label=\"main effect of ")
        .append(esc(fac.key()))
        .append("\">");
    for (int p = 0; p < y.length; p++) {
      final double u = (r.x()[p][f] - fac.low()) / (fac.high() - fac.low());
      h.append("<circle r=\"1.6\" fill=\"#9bb\" cx=\"")
          .append(fmt(pad + u * (w - pad - 8)))
          .append("\" cy=\"")
          .append(fmt(ht - (y[p] - ylo) / (yhi - ylo) * (ht - 10)))
          .append("\"/>");
    }
    // the mean over each fifth of the range
    final int bins = 5;
    final double[] sum = new double[bins];
    final int[] count = new int[bins];
    for (int p = 0; p < y.length; p++) {
      final double u = (r.x()[p][f] - fac.low()) / (fac.high() - fac.low());
      final int b = Math.min(bins - 1, Math.max(0, (int) Math.floor(u * bins)));
      sum[b] += y[p];
      count[b]++;
    }
    final StringBuilder pts = new StringBuilder();
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        final double mean = sum[b] / count[b];
        pts.append(fmt(pad + (b + 0.5) / bins * (w - pad - 8)))
            .append(',')
            .append(fmt(ht - (mean - ylo) / (yhi - ylo) * (ht - 10)))
            .append(' ');
      }
    }
    h.append("<polyline fill=\"none\" stroke=\"#2166ac\" stroke-width=\"2\" points=\"")
        .append(pts.toString().trim())
        .append("\"/>");
    h.append("<text x=\"2\" y=\"12\" font-size=\"10\">")
        .append(ExploreReport.fmt(yhi))
        .append("</text><text x=\"2\" y=\"")
        .append(fmt(ht))
        .append("\" font-size=\"10\">")
        .append(ExploreReport.fmt(ylo))
        .append("</text><text x=\"")
        .append(fmt(pad))
        .append("\" y=\"215\" font-size=\"10\">")
        .append(ExploreReport.fmt(fac.low()))
        .append("</text><text x=\"292\" y=\"215\" font-size=\"10\" text-anchor=\"end\">")
        .append(ExploreReport.fmt(fac.high()))
        .append("</text></svg><figcaption>")
        .append(esc(fac.key()))
        .append(fac.unit().isEmpty() ? "" : " (" + esc(fac.unit()) + ")")
        .append("</figcaption></figure>\n");
  }

  private static void table(
      final ExploreResult r, final int m, final int[] rank, final StringBuilder h) {
    h.append("<h3>Every factor</h3>\n<div class=\"scroll\"><table><thead><tr><th>rank</th>")
        .append("<th>factor</th><th class=\"n\">low</th><th class=\"n\">high</th>");
    if (r.morris() != null) {
      h.append("<th class=\"n\">mu*</th><th class=\"n\">mu</th><th class=\"n\">sigma</th>")
          .append("<th class=\"n\">noise</th>");
    } else if (r.sobol() != null) {
      h.append("<th class=\"n\">S1 [95% CI]</th><th class=\"n\">ST [95% CI]</th>");
    } else {
      h.append("<th class=\"n\">effect</th><th class=\"n\">correlation</th>");
    }
    h.append("<th>source</th></tr></thead><tbody>\n");
    for (int i = 0; i < rank.length; i++) {
      final int f = rank[i];
      final Factor fac = r.factors().get(f);
      h.append("<tr><td class=\"n\">")
          .append(i + 1)
          .append("</td><td>")
          .append(esc(fac.key()))
          .append("</td>")
          .append(cell(fac.low()))
          .append(cell(fac.high()));
      if (r.morris() != null) {
        final Morris.Effect e = r.morris()[m][f];
        h.append(cell(e.muStar()))
            .append(cell(e.mu()))
            .append(cell(e.sigma()))
            .append(cell(e.noise()));
      } else if (r.sobol() != null) {
        final Sobol.Index x = r.sobol()[m][f];
        h.append("<td class=\"n\">")
            .append(ExploreReport.fmt(x.first()))
            .append(" [")
            .append(ExploreReport.fmt(x.firstLow()))
            .append(", ")
            .append(ExploreReport.fmt(x.firstHigh()))
            .append("]</td><td class=\"n\">")
            .append(ExploreReport.fmt(x.total()))
            .append(" [")
            .append(ExploreReport.fmt(x.totalLow()))
            .append(", ")
            .append(ExploreReport.fmt(x.totalHigh()))
            .append("]</td>");
      } else {
        h.append(cell(r.main()[m][f].effect())).append(cell(r.main()[m][f].correlation()));
      }
      h.append("<td>").append(esc(fac.source())).append("</td></tr>\n");
    }
    h.append("</tbody></table></div>\n");
  }

  private static void robustness(final ExploreResult r, final StringBuilder h) {
    final Robustness.Result rb = r.robustness();
    h.append("<h2 id=\"robustness\">Robust choice among the plans</h2>\n<p>")
        .append(esc(ExploreReport.statement(r)))
        .append("</p>\n<div class=\"scroll\"><table><thead><tr><th>plan</th>")
        .append("<th class=\"n\">best in</th><th class=\"n\">worst regret</th>")
        .append("<th class=\"n\">mean regret</th><th class=\"n\">mean ")
        .append(esc(r.objectiveName()))
        .append("</th></tr></thead><tbody>\n");
    for (Robustness.PlanFigures p : rb.plans()) {
      h.append("<tr><td>")
          .append(p.plan() == rb.recommended() ? "<b>" : "")
          .append(esc(r.planLabels().get(p.plan())))
          .append(p.plan() == rb.recommended() ? "</b> (recommended)" : "")
          .append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%.0f%%", 100 * p.shareBest()))
          .append("</td>")
          .append(cell(p.worstRegret()))
          .append(cell(p.meanRegret()))
          .append(cell(p.meanObjective()))
          .append("</tr>\n");
    }
    h.append("</tbody></table></div>\n");
    if (!rb.flips().isEmpty()) {
      h.append("<h3>Factors that flip the choice</h3>\n<div class=\"scroll\"><table><thead>")
          .append("<tr><th>factor</th><th>the recommended plan loses</th>")
          .append("<th class=\"n\">points sorted right</th></tr></thead><tbody>\n");
      for (Robustness.Flip f : rb.flips()) {
        h.append("<tr><td>")
            .append(esc(r.factors().get(f.factor()).key()))
            .append("</td><td>")
            .append(f.losesAbove() ? "above " : "below ")
            .append(ExploreReport.fmt(f.threshold()))
            .append("</td><td class=\"n\">")
            .append(String.format(Locale.ROOT, "%.0f%%", 100 * f.accuracy()))
            .append("</td></tr>\n");
      }
      h.append("</tbody></table></div>\n");
    }
  }

  private static String cell(final double v) {
    return "<td class=\"n\">" + ExploreReport.fmt(v) + "</td>";
  }

  private static String fmt(final double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String cut(final String s, final int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + ".";
  }

  private static String esc(final String s) {
    final StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c < 0x20 ? ' ' : c);
      }
    }
    return b.toString();
  }
}
