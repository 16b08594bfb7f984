package io.airshield.report;

import io.airshield.assessment.Assessment;
import io.airshield.montecarlo.Estimate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The assessment as tidy CSV files (one observation per row, one variable per column) that pandas
 * and R read directly: lines.csv, points.csv, figures.csv, units.csv, weakest.csv, daily.csv,
 * daily_lines.csv (tons delivered per line per day, t: mean and 95% confidence interval).
 */
public final class CsvReport {
  private CsvReport() {}

  /**
   * @param a the assessment
   * @param dir the folder, created if needed
   * @throws IOException if a file cannot be written
   */
  public static void write(final Assessment a, final Path dir) throws IOException {
    Files.createDirectories(dir);
    try (PrintWriter w = writer(dir.resolve("lines.csv"))) {
      w.println(
          "line,name,capacity_t_per_day," + cols("delivered_t_per_day") + "," + cols("share"));
      for (Assessment.LineResult l : a.lines()) {
        w.println(
            q(l.id())
                + ","
                + q(l.name())
                + ","
                + num(l.capacityTonsPerDay())
                + ","
                + est(l.tonsPerDay())
                + ","
                + est(l.share()));
      }
    }
    try (PrintWriter w = writer(dir.resolve("points.csv"))) {
      w.println(
          "point,name,kind," + cols("open_share") + "," + cols("attacks") + "," + cols("cuts"));
      for (Assessment.PointResult p : a.keyPoints()) {
        w.println(
            q(p.id())
                + ","
                + q(p.name())
                + ","
                + p.kind()
                + ","
                + est(p.open())
                + ","
                + est(p.attacks())
                + ","
                + est(p.cuts()));
      }
    }
    try (PrintWriter w = writer(dir.resolve("figures.csv"))) {
      w.println("figure,label,unit," + cols("value") + ",replications");
      for (Assessment.Figure f : a.figures()) {
        w.println(
            f.key()
                + ","
                + q(f.label())
                + ","
                + q(f.unit())
                + ","
                + est(f.value())
                + ","
                + f.value().n());
      }
      w.println(
          "supplyTonsPerDay,"
              + q("Supply delivered")
              + ",t/day,"
              + est(a.supply())
              + ","
              + a.supply().n());
    }
    try (PrintWriter w = writer(dir.resolve("units.csv"))) {
      w.println("unit,name," + cols("sorties") + "," + cols("kills") + "," + cols("losses"));
      for (Assessment.UnitResult u : a.units()) {
        w.println(
            q(u.id())
                + ","
                + q(u.name())
                + ","
                + est(u.sorties())
                + ","
                + est(u.kills())
                + ","
                + est(u.losses()));
      }
    }
    try (PrintWriter w = writer(dir.resolve("weakest.csv"))) {
      w.println(
          "rank,point,name," + cols("tons_lost_per_day") + "," + cols("open_share") + ",reason");
      int i = 1;
      for (Assessment.WeakPoint p : a.weakest()) {
        w.println(
            i++
                + ","
                + q(p.targetId())
                + ","
                + q(p.name())
                + ","
                + est(p.tonsLostPerDay())
                + ","
                + est(p.open())
                + ","
                + q(p.reason()));
      }
    }
    try (PrintWriter w = writer(dir.resolve("daily.csv"))) {
      w.println(
          "date,supply_mean,supply_p10,supply_median,supply_p90,lines_open_mean,"
              + "lines_open_p10,lines_open_p90");
      for (Assessment.DayResult d : a.daily()) {
        w.println(
            d.date()
                + ","
                + num(d.supplyMean())
                + ","
                + num(d.supplyP10())
                + ","
                + num(d.supplyMedian())
                + ","
                + num(d.supplyP90())
                + ","
                + num(d.linesOpenMean())
                + ","
                + num(d.linesOpenP10())
                + ","
                + num(d.linesOpenP90()));
      }
    }
    try (PrintWriter w = writer(dir.resolve("daily_lines.csv"))) {
      w.println("line,day,mean,low,high");
      for (Assessment.LineDayResult d : a.dailyLines()) {
        w.println(
            q(d.line())
                + ","
                + d.date()
                + ","
                + num(d.tons().mean())
                + ","
                + num(d.tons().low())
                + ","
                + num(d.tons().high()));
      }
    }
  }

  private static PrintWriter writer(final Path p) throws IOException {
    return new PrintWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8));
  }

  private static String cols(final String name) {
    return name + "_mean," + name + "_ci_low," + name + "_ci_high";
  }

  private static String est(final Estimate e) {
    return num(e.mean()) + "," + num(e.low()) + "," + num(e.high());
  }

  private static String num(final double v) {
    return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.6g", v);
  }

  private static String q(final String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
