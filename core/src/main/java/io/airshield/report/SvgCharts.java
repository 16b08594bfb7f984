package io.airshield.report;

import io.airshield.assessment.Assessment;
import io.airshield.montecarlo.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG: the distribution of supply delivered with its confidence
 * interval, daily supply and lines open (median and 10-90% band), the mean supply per line and day,
 * losses by cause, intercept rate by day, night and weather, and sorties per unit. Every axis names
 * its quantity and unit; series differ by pattern and dash, not only colour, so a black-and-white
 * print reads. Each chart is an {@code <svg class="chart" id="chart-...">}.
 */
public final class SvgCharts {
  private SvgCharts() {}

  private static final double W = 640;
  private static final double H = 300;
  private static final double L = 72;
  private static final double R = 20;
  private static final double T = 34;
  private static final double B = 56;

  /**
   * A bar with its confidence interval.
   *
   * @param label what it is
   * @param value its estimate
   */
  public record Bar(String label, Estimate value) {}

  /**
   * @param d the data
   * @return every chart of the report, in reading order
   */
  public static List<String> all(final ReportData d) {
    final Assessment a = d.assessment();
    final List<String> out = new ArrayList<>();
    out.add(supplyHistogram(d.supply(), a.supply()));
    out.add(daily(a.daily(), true));
    out.add(daily(a.daily(), false));
    if (!a.dailyLines().isEmpty()) {
      out.add(dailyLines(a.dailyLines()));
    }
    out.add(
        bars(
            "chart-losses",
            "Losses by cause (campaign total)",
            "aircraft destroyed over the campaign",
            List.of(
                new Bar("Enemy, by fighters", a.figure("killsByFighters").value()),
                new Bar("Enemy, by AA", a.figure("killsByAa").value()),
                new Bar("Own fighters", a.figure("ownLosses").value())),
            false));
    out.add(
        bars(
            "chart-intercept",
            "Raids intercepted by light and weather",
            "raids intercepted (%)",
            List.of(
                new Bar("Day, clear", a.figure("interceptDay").value()),
                new Bar("Night or twilight", a.figure("interceptNight").value()),
                new Bar("Bad weather", a.figure("interceptBadWeather").value()),
                new Bar("Intrusions", a.figure("interceptIntrusions").value())),
            false));
    final List<Bar> units = new ArrayList<>();
    for (Assessment.UnitResult u : a.units()) {
      units.add(new Bar(u.name(), u.sorties()));
    }
    out.add(
        bars(
            "chart-sorties",
            "Sorties per fighter unit (campaign total)",
            "sorties over the campaign",
            units,
            true));
    return out;
  }

  /**
   * @param h the histogram
   * @param mean the headline with its interval
   * @return the histogram of supply delivered, with the mean and its 95% interval
   */
  public static String supplyHistogram(final ReportData.Histogram h, final Estimate mean) {
    final long[] c = h.counts();
    long top = 1;
    for (long v : c) {
      top = Math.max(top, v);
    }
    final double x0 = h.low();
    final double x1 = h.low() + c.length * h.binWidth();
    final Axis xa = new Axis(x0, x1);
    final Axis ya = new Axis(0, top * 1.1);
    final Svg g = open("chart-supply", "Distribution of supply delivered over replications");
    axes(g, xa, ya, "supply delivered, campaign mean (t/day)", "replications");
    // the 95% interval of the mean as a band behind the bars
    if (!Double.isNaN(mean.low())) {
      final double a = xa.px(mean.low());
      final double b = xa.px(mean.high());
      g.rect(a, T, Math.max(1.5, b - a), H - T - B, "fill=\"#bbb\" fill-opacity=\"0.6\"");
    }
    for (int i = 0; i < c.length; i++) {
      final double xl = xa.px(x0 + i * h.binWidth());
      final double xr = xa.px(x0 + (i + 1) * h.binWidth());
      final double y = ya.py(c[i]);
      g.rect(
          xl,
          y,
          xr - xl,
          H - B - y,
          "fill=\"url(#hatch2)\" stroke=\"#1f4e79\"" + " stroke-width=\"0.8\"");
    }
    g.line(
        xa.px(mean.mean()),
        T,
        xa.px(mean.mean()),
        H - B,
        "stroke=\"#000\"" + " stroke-width=\"2\" stroke-dasharray=\"6 3\"");
    legendRow(
        g,
        new String[][] {
          {"rect", "url(#hatch2)", "replications per bin"},
          {"line", "6 3", "mean " + Num.of(mean.mean(), 0) + " t/day"},
          {"rect", "#bbb", "95% interval of the mean"}
        });
    return close(g);
  }

  /**
   * @param days the daily series
   * @param supply true for supply delivered, false for lines open
   * @return the daily median with its 10-90% band
   */
  public static String daily(final List<Assessment.DayResult> days, final boolean supply) {
    final int n = days.size();
    double top = 1;
    for (Assessment.DayResult d : days) {
      top = Math.max(top, supply ? d.supplyP90() : d.linesOpenP90());
    }
    final Axis xa = new Axis(0, Math.max(1, n - 1));
    xa.integer = true;
    final Axis ya = new Axis(0, top * 1.08);
    final Svg g =
        open(
            supply ? "chart-daily-supply" : "chart-daily-lines",
            supply
                ? "Daily supply delivered over the campaign"
                : "Rail lines open over the campaign");
    axes(
        g,
        xa,
        ya,
        "day of the campaign (day 0 = " + (n > 0 ? days.get(0).date() : "") + ")",
        supply ? "supply delivered (t/day)" : "lines open (line-days per day)");
    final StringBuilder band = new StringBuilder();
    for (int i = 0; i < n; i++) {
      final Assessment.DayResult d = days.get(i);
      band.append(i == 0 ? "M" : "L")
          .append(Svg.n(xa.px(i)))
          .append(',')
          .append(Svg.n(ya.py(supply ? d.supplyP90() : d.linesOpenP90())));
    }
    for (int i = n - 1; i >= 0; i--) {
      final Assessment.DayResult d = days.get(i);
      band.append('L')
          .append(Svg.n(xa.px(i)))
          .append(',')
          .append(Svg.n(ya.py(supply ? d.supplyP10() : d.linesOpenP10())));
    }
    if (n > 0) {
      g.raw(
          "<path d=\""
              + band
              + "z\" fill=\"url(#dots)\" fill-opacity=\"0.8\""
              + " stroke=\"#777\" stroke-width=\"0.5\"/>\n");
    }
    final StringBuilder mid = new StringBuilder();
    final StringBuilder mean = new StringBuilder();
    for (int i = 0; i < n; i++) {
      final Assessment.DayResult d = days.get(i);
      mid.append(i == 0 ? "M" : "L")
          .append(Svg.n(xa.px(i)))
          .append(',')
          .append(Svg.n(ya.py(supply ? d.supplyMedian() : medianLines(d))));
      mean.append(i == 0 ? "M" : "L")
          .append(Svg.n(xa.px(i)))
          .append(',')
          .append(Svg.n(ya.py(supply ? d.supplyMean() : d.linesOpenMean())));
    }
    g.raw("<path d=\"" + mid + "\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"/>\n");
    g.raw(
        "<path d=\""
            + mean
            + "\" fill=\"none\" stroke=\"#b34700\" stroke-width=\"1.2\""
            + " stroke-dasharray=\"5 3\"/>\n");
    legendRow(
        g,
        new String[][] {
          {"line", "none", supply ? "median" : "median (mean where not kept)"},
          {"line", "5 3", "mean"},
          {"rect", "url(#dots)", "10-90% of replications"}
        });
    return close(g);
  }

  private static final String[] SERIES_COLOUR = {
    "#1b4f72", "#b34700", "#1e8449", "#7d3c98", "#9a7d0a", "#c0392b", "#2e4053", "#117a65"
  };

  private static final String[] SERIES_DASH = {
    "none", "6 3", "2 2", "8 3 2 3", "4 4", "1 3", "10 4", "3 6"
  };

  /**
   * One chart of the tons each line delivered each day, the mean over the replications, one series
   * per line told apart by colour and dash, named in a legend below the axes (their 95% confidence
   * intervals are in daily_lines.csv).
   *
   * @param days the per-line daily series, line by line and day by day within a line
   * @return the chart
   */
  public static String dailyLines(final List<Assessment.LineDayResult> days) {
    final List<List<Assessment.LineDayResult>> series = new ArrayList<>();
    for (Assessment.LineDayResult r : days) {
      if (series.isEmpty() || !series.get(series.size() - 1).get(0).line().equals(r.line())) {
        series.add(new ArrayList<>());
      }
      series.get(series.size() - 1).add(r);
    }
    int n = 1;
    double top = 1;
    for (List<Assessment.LineDayResult> l : series) {
      n = Math.max(n, l.size());
      for (Assessment.LineDayResult r : l) {
        top = Math.max(top, r.tons().mean());
      }
    }
    int longest = 1;
    for (List<Assessment.LineDayResult> l : series) {
      longest = Math.max(longest, l.get(0).name().length());
    }
    // as many legend entries a row as their longest name leaves room for (about 7.5 px a letter)
    final int perRow = (int) Math.max(1, Math.min(3, (W - L - R) / (36 + 7.5 * longest)));
    final int rows = (series.size() + perRow - 1) / perRow;
    final double height = H + 8 + 18 * rows;
    final Axis xa = new Axis(0, Math.max(1, n - 1));
    xa.integer = true;
    final Axis ya = new Axis(0, top * 1.08);
    final Svg g = open("chart-line-daily", "Supply delivered per line, day by day (mean)", height);
    axes(
        g,
        xa,
        ya,
        "day of the campaign (day 0 = " + days.get(0).date() + ")",
        "supply delivered (t/day)");
    for (int i = 0; i < series.size(); i++) {
      final List<Assessment.LineDayResult> l = series.get(i);
      final StringBuilder path = new StringBuilder();
      for (Assessment.LineDayResult r : l) {
        path.append(path.length() == 0 ? "M" : "L")
            .append(Svg.n(xa.px(r.day())))
            .append(',')
            .append(Svg.n(ya.py(r.tons().mean())));
      }
      g.raw(
          "<path d=\""
              + path
              + "\" fill=\"none\" stroke=\""
              + SERIES_COLOUR[i % SERIES_COLOUR.length]
              + "\" stroke-width=\""
              + (i < SERIES_COLOUR.length ? "1.6" : "2.6")
              + "\""
              + seriesDash(i)
              + "><title>"
              + Svg.esc(l.get(0).name())
              + "</title></path>\n");
    }
    final double colW = (W - L - R) / perRow;
    for (int i = 0; i < series.size(); i++) {
      final double x = L + (i % perRow) * colW;
      final double y = H + 10 + 18 * (i / perRow);
      g.line(
          x,
          y - 4,
          x + 22,
          y - 4,
          "stroke=\""
              + SERIES_COLOUR[i % SERIES_COLOUR.length]
              + "\" stroke-width=\"2\""
              + seriesDash(i));
      g.text(x + 28, y, null, "lbl small", series.get(i).get(0).name());
    }
    return close(g);
  }

  private static String seriesDash(final int i) {
    final String d = SERIES_DASH[i % SERIES_DASH.length];
    return "none".equals(d) ? "" : " stroke-dasharray=\"" + d + "\"";
  }

  /** Lines open keeps p10 and p90 but no median in the assessment: the mean stands in. */
  private static double medianLines(final Assessment.DayResult d) {
    return d.linesOpenMean();
  }

  /**
   * @param id the chart's element id
   * @param title its title
   * @param valueLabel the value axis's label with its unit
   * @param bars the bars
   * @param horizontal bars drawn horizontally (for long labels)
   * @return a bar chart with 95% interval whiskers
   */
  public static String bars(
      final String id,
      final String title,
      final String valueLabel,
      final List<Bar> bars,
      final boolean horizontal) {
    double top = 0;
    for (Bar b : bars) {
      top = Math.max(top, finite(b.value().high(), b.value().mean()));
    }
    final Axis va = new Axis(0, Math.max(1e-9, top) * 1.1);
    final double height = horizontal ? Math.max(H, T + B + 26.0 * bars.size()) : H;
    final Svg g = open(id, title, height);
    final int n = Math.max(1, bars.size());
    if (horizontal) {
      final double left = 190;
      va.lo = left;
      va.hi = W - R;
      gridX(g, va, height, valueLabel);
      final double slot = (height - T - B) / n;
      for (int i = 0; i < bars.size(); i++) {
        final Estimate e = bars.get(i).value();
        final double y = T + i * slot + slot * 0.15;
        final double bh = slot * 0.7;
        g.raw("<g><title>" + Svg.esc(bars.get(i).label() + ": " + fmt(e)) + "</title>");
        g.rect(
            left,
            y,
            va.px(e.mean()) - left,
            bh,
            "fill=\""
                + Svg.FILLS[i % Svg.FILLS.length]
                + "\" stroke=\"#000\" stroke-width=\"0.8\"");
        whisker(g, va.px(e.low()), va.px(e.high()), y + bh / 2, true);
        g.raw("</g>\n");
        g.text(left - 6, y + bh / 2 + 4, "end", "lbl", bars.get(i).label());
      }
    } else {
      axes(g, new Axis(0, 1), va, "", valueLabel);
      final double slot = (W - L - R) / n;
      for (int i = 0; i < bars.size(); i++) {
        final Estimate e = bars.get(i).value();
        final double x = L + i * slot + slot * 0.2;
        final double bw = slot * 0.6;
        final double y = va.py(Double.isNaN(e.mean()) ? 0 : e.mean());
        g.raw("<g><title>" + Svg.esc(bars.get(i).label() + ": " + fmt(e)) + "</title>");
        g.rect(
            x,
            y,
            bw,
            H - B - y,
            "fill=\""
                + Svg.FILLS[i % Svg.FILLS.length]
                + "\" stroke=\"#000\" stroke-width=\"0.8\"");
        if (!Double.isNaN(e.low())) {
          whisker(g, va.py(e.low()), va.py(e.high()), x + bw / 2, false);
        }
        g.raw("</g>\n");
        g.text(x + bw / 2, H - B + 16, "middle", "lbl", bars.get(i).label());
        g.text(x + bw / 2, y - 6, "middle", "lbl small", Num.of(e.mean()));
      }
    }
    g.text(
        W / 2,
        height - 6,
        "middle",
        "lbl small",
        "Bars: mean over replications;" + " whiskers: 95% confidence interval.");
    return close(g);
  }

  /**
   * Horizontal bars of signed quantities, such as gains, drawn from zero with their 95% interval
   * whiskers. Unlike {@link #bars} the value axis spans zero and every interval on either side, so
   * that a gain whose interval crosses zero is seen to.
   *
   * @param id the chart's element id
   * @param title its title
   * @param valueLabel the value axis's label with its unit
   * @param bars the bars, top to bottom
   * @param fills each bar's fill (cycled; a pattern or a colour)
   * @return the chart
   */
  public static String signedBars(
      final String id,
      final String title,
      final String valueLabel,
      final List<Bar> bars,
      final List<String> fills) {
    double lo = 0;
    double hi = 0;
    for (Bar b : bars) {
      final Estimate e = b.value();
      for (double v : new double[] {e.mean(), e.low(), e.high()}) {
        if (!Double.isNaN(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    final double pad = Math.max(1e-9, hi - lo) * 0.05;
    final Axis va = new Axis(lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0);
    final double height = Math.max(H, T + B + 26.0 * bars.size());
    final Svg g = open(id, title, height);
    final double left = 190;
    va.lo = left;
    va.hi = W - R;
    gridX(g, va, height, valueLabel);
    final double zero = va.px(0);
    final double slot = (height - T - B) / Math.max(1, bars.size());
    for (int i = 0; i < bars.size(); i++) {
      final Estimate e = bars.get(i).value();
      final double y = T + i * slot + slot * 0.15;
      final double bh = slot * 0.7;
      final double m = Double.isNaN(e.mean()) ? 0 : e.mean();
      g.raw("<g><title>" + Svg.esc(bars.get(i).label() + ": " + fmt(e)) + "</title>");
      g.rect(
          Math.min(zero, va.px(m)),
          y,
          Math.abs(va.px(m) - zero),
          bh,
          "fill=\"" + fills.get(i % fills.size()) + "\" stroke=\"#000\" stroke-width=\"0.8\"");
      whisker(g, va.px(e.low()), va.px(e.high()), y + bh / 2, true);
      g.raw("</g>\n");
      g.text(left - 6, y + bh / 2 + 4, "end", "lbl", bars.get(i).label());
    }
    g.line(zero, T, zero, height - B, "stroke=\"#000\" stroke-width=\"1.5\"");
    g.text(
        W / 2,
        height - 6,
        "middle",
        "lbl small",
        "Bars: mean over replications;" + " whiskers: 95% confidence interval.");
    return close(g);
  }

  private static double finite(final double a, final double b) {
    return Double.isNaN(a) ? (Double.isNaN(b) ? 0 : b) : a;
  }

  private static String fmt(final Estimate e) {
    return Double.isNaN(e.mean())
        ? "no data"
        : Num.of(e.mean(), Num.decimals(e.mean()))
            + " (95% CI "
            + Num.of(e.low(), Num.decimals(e.mean()))
            + " to "
            + Num.of(e.high(), Num.decimals(e.mean()))
            + ")";
  }

  private static void whisker(
      final Svg g, final double a, final double b, final double at, final boolean horizontal) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return;
    }
    final String st = "stroke=\"#000\" stroke-width=\"1.5\"";
    if (horizontal) {
      g.line(a, at, b, at, st);
      g.line(a, at - 5, a, at + 5, st);
      g.line(b, at - 5, b, at + 5, st);
    } else {
      g.line(at, a, at, b, st);
      g.line(at - 5, a, at + 5, a, st);
      g.line(at - 5, b, at + 5, b, st);
    }
  }

  private static Svg open(final String id, final String title) {
    return open(id, title, H);
  }

  private static Svg open(final String id, final String title, final double height) {
    final Svg g = new Svg();
    g.raw(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\""
            + id
            + "\" viewBox=\"0 0 "
            + Svg.n(W)
            + " "
            + Svg.n(height)
            + "\" role=\"img\""
            + " aria-label=\""
            + Svg.esc(title)
            + "\">\n<title>"
            + Svg.esc(title)
            + "</title>\n");
    g.raw(Svg.patterns());
    g.rect(0, 0, W, height, "fill=\"#fff\"");
    g.text(W / 2, 20, "middle", "lbl b", title);
    return g;
  }

  private static String close(final Svg g) {
    return g.raw("</svg>\n").toString();
  }

  private static void legendRow(final Svg g, final String[][] items) {
    double x = L + 8;
    final double y = T + 12;
    for (String[] it : items) {
      if ("rect".equals(it[0])) {
        g.rect(x, y - 8, 14, 10, "fill=\"" + it[1] + "\" stroke=\"#333\" stroke-width=\"0.5\"");
      } else {
        g.line(
            x,
            y - 3,
            x + 14,
            y - 3,
            "stroke=\"#000\" stroke-width=\"2\""
                + ("none".equals(it[1]) ? "" : " stroke-dasharray=\"" + it[1] + "\""));
      }
      g.text(x + 18, y, null, "lbl small", it[2]);
      x += 26 + 5.6 * it[2].length();
    }
  }

  private static void axes(
      final Svg g, final Axis xa, final Axis ya, final String xLabel, final String yLabel) {
    xa.lo = L;
    xa.hi = W - R;
    ya.lo = H - B;
    ya.hi = T;
    for (double v : ya.ticks()) {
      final double y = ya.py(v);
      g.line(L, y, W - R, y, "stroke=\"#ddd\" stroke-width=\"0.8\"");
      g.text(L - 6, y + 4, "end", "lbl small", ya.label(v));
    }
    if (!xLabel.isEmpty()) {
      for (double v : xa.ticks()) {
        final double x = xa.px(v);
        g.line(x, H - B, x, H - B + 5, "stroke=\"#000\"");
        g.text(x, H - B + 17, "middle", "lbl small", xa.label(v));
      }
      g.text((L + W - R) / 2, H - B + 36, "middle", "lbl", xLabel);
    }
    g.line(L, H - B, W - R, H - B, "stroke=\"#000\"");
    g.line(L, T, L, H - B, "stroke=\"#000\"");
    g.raw(
        "<text transform=\"translate(16,"
            + Svg.n((T + H - B) / 2)
            + ") rotate(-90)\""
            + " text-anchor=\"middle\" class=\"lbl\">"
            + Svg.esc(yLabel)
            + "</text>\n");
  }

  private static void gridX(final Svg g, final Axis va, final double height, final String label) {
    for (double v : va.ticks()) {
      final double x = va.px(v);
      g.line(x, T, x, height - B, "stroke=\"#ddd\" stroke-width=\"0.8\"");
      g.text(x, height - B + 17, "middle", "lbl small", va.label(v));
    }
    g.line(va.lo, height - B, va.hi, height - B, "stroke=\"#000\"");
    g.line(va.lo, T, va.lo, height - B, "stroke=\"#000\"");
    g.text((va.lo + va.hi) / 2, height - B + 36, "middle", "lbl", label);
  }

  /** A linear axis from data [min, max] to pixels [lo, hi], with round ticks. */
  private static final class Axis {
    final double min;
    final double max;
    double lo;
    double hi;
    boolean integer;

    Axis(final double min, final double max) {
      this.min = min;
      this.max = max > min ? max : min + 1;
    }

    double px(final double v) {
      return lo + (v - min) / (max - min) * (hi - lo);
    }

    double py(final double v) {
      return px(v);
    }

    double step() {
      final double raw = (max - min) / 6;
      final double mag = Math.pow(10, Math.floor(Math.log10(raw)));
      final double f = raw / mag;
      final double s = (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * mag;
      return integer ? Math.max(1, Math.round(s)) : s;
    }

    List<Double> ticks() {
      final double s = step();
      final List<Double> out = new ArrayList<>();
      for (double v = Math.ceil(min / s) * s; v <= max + 1e-9 * s; v += s) {
        out.add(v);
      }
      return out;
    }

    String label(final double x) {
      final double s = step();
      final double v = Math.abs(x) < 1e-9 * s ? 0 : x; // no "-0" from a tick summed near zero
      if (s >= 1 || integer) {
        return String.format(Locale.ROOT, "%,.0f", v);
      }
      final int dec = (int) Math.ceil(-Math.log10(s));
      return String.format(Locale.ROOT, "%." + dec + "f", v);
    }
  }
}
