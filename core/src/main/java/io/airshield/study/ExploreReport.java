package io.airshield.study;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The outputs of an {@code explore} study: a text summary that ranks the factors, JSON with every
 * figure, and tidy CSV files (one row per design point, per replication, per factor index and per
 * plan). How to read each: docs/explore.md.
 */
public final class ExploreReport {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** Factors listed in the text summary at most (all are in the CSV and JSON). */
  static final int TEXT_ROWS = 25;

  private ExploreReport() {}

  /**
   * @param r the result
   * @return the design in words, e.g. "Morris screening, 10 trajectories of 4 levels"
   */
  static String describe(final ExploreResult r) {
    final ExploreSettings s = r.settings();
    return switch (r.design().kind()) {
      case MORRIS ->
          "Morris screening, "
              + s.trajectories()
              + " trajectories on a grid of "
              + s.levels()
              + " levels";
      case SOBOL -> "Sobol indices (Saltelli / Jansen), " + r.design().size() + " base samples";
      case LHS -> "Latin hypercube of " + r.design().count() + " points";
      case NOLH ->
          "nearly orthogonal Latin hypercube, "
              + copies(r.design())
              + " x "
              + r.design().size()
              + " points"
              + (copies(r.design()) * r.design().size() > r.design().count()
                  ? " less "
                      + (copies(r.design()) * r.design().size() - r.design().count())
                      + " repeated centre points"
                  : "")
              + " (max |correlation| "
              + fmt(Design.maxAbsCorrelation(r.design().points()))
              + ")";
    };
  }

  /**
   * The text summary.
   *
   * @param r the result
   * @param out where to print
   */
  public static void text(final ExploreResult r, final PrintWriter out) {
    out.println("airshield explore: " + r.scenarioId() + ", " + describe(r));
    out.printf(
        Locale.ROOT,
        "%d factors, %d design points x %d replications%s = %d simulations, seed %d (the same"
            + " replication seeds at every point: common random numbers).%n",
        r.factors().size(),
        r.design().count(),
        r.settings().replications(),
        r.planLabels().isEmpty() ? "" : " x " + r.planLabels().size() + " plans",
        r.simulations(),
        r.settings().seed());
    for (int m = 0; m < r.measures().size(); m++) {
      out.println();
      measure(r, m, out);
    }
    if (r.robustness() != null) {
      out.println();
      robustness(r, out);
    }
    out.flush();
  }

  private static void measure(final ExploreResult r, final int m, final PrintWriter out) {
    final String name = r.measures().get(m);
    final double[] y = r.mean()[m];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (double v : y) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      sum += v;
    }
    out.printf(
        Locale.ROOT,
        "%s over the design: mean %s, from %s to %s.%n",
        name,
        fmt(sum / y.length),
        fmt(lo),
        fmt(hi));
    final int[] rank = r.ranking(m);
    final int width =
        Math.max(10, r.factors().stream().mapToInt(f -> f.key().length()).max().orElse(10));
    final String fw = "%-" + Math.min(width, 48) + "s";
    if (r.morris() != null) {
      out.println(
          "Factors ranked by mu* (mean absolute elementary effect: the change in "
              + name
              + " across the factor's range); sigma: non-linearity or interaction; noise: the"
              + " replications' standard error of an effect.");
      out.printf(
          Locale.ROOT,
          "%4s  " + fw + " %10s %10s %10s %10s %10s %10s%n",
          "rank",
          "factor",
          "low",
          "high",
          "mu*",
          "mu",
          "sigma",
          "noise");
      for (int i = 0; i < Math.min(TEXT_ROWS, rank.length); i++) {
        final Factor f = r.factors().get(rank[i]);
        final Morris.Effect e = r.morris()[m][rank[i]];
        out.printf(
            Locale.ROOT,
            "%4d  " + fw + " %10s %10s %10s %10s %10s %10s%n",
            i + 1,
            cut(f.key(), 48),
            fmt(f.low()),
            fmt(f.high()),
            fmt(e.muStar()),
            fmt(e.mu()),
            fmt(e.sigma()),
            fmt(e.noise()));
      }
    } else if (r.sobol() != null) {
      out.println(
          "Factors ranked by the total Sobol index ST (share of the variance of "
              + name
              + " the factor has a hand in); S1: the share it explains alone; 95% bootstrap"
              + " intervals.");
      out.printf(
          Locale.ROOT,
          "%4s  " + fw + " %22s %22s%n",
          "rank",
          "factor",
          "S1 [95% CI]",
          "ST [95% CI]");
      for (int i = 0; i < Math.min(TEXT_ROWS, rank.length); i++) {
        final Factor f = r.factors().get(rank[i]);
        final Sobol.Index x = r.sobol()[m][rank[i]];
        out.printf(
            Locale.ROOT,
            "%4d  " + fw + " %22s %22s%n",
            i + 1,
            cut(f.key(), 48),
            fmt(x.first()) + " [" + fmt(x.firstLow()) + ", " + fmt(x.firstHigh()) + "]",
            fmt(x.total()) + " [" + fmt(x.totalLow()) + ", " + fmt(x.totalHigh()) + "]");
      }
    } else if (r.main() != null) {
      out.println(
          "Factors ranked by main effect (least-squares change in "
              + name
              + " from the factor's low to its high) with the correlation.");
      out.printf(
          Locale.ROOT,
          "%4s  " + fw + " %10s %10s %10s %10s%n",
          "rank",
          "factor",
          "low",
          "high",
          "effect",
          "corr");
      for (int i = 0; i < Math.min(TEXT_ROWS, rank.length); i++) {
        final Factor f = r.factors().get(rank[i]);
        final ExploreResult.MainEffect e = r.main()[m][rank[i]];
        out.printf(
            Locale.ROOT,
            "%4d  " + fw + " %10s %10s %10s %10s%n",
            i + 1,
            cut(f.key(), 48),
            fmt(f.low()),
            fmt(f.high()),
            fmt(e.effect()),
            fmt(e.correlation()));
      }
    }
    if (rank.length > TEXT_ROWS) {
      out.println("(" + (rank.length - TEXT_ROWS) + " more factors in the CSV and JSON output)");
    }
  }

  private static void robustness(final ExploreResult r, final PrintWriter out) {
    final Robustness.Result rb = r.robustness();
    out.println(
        "Robust choice among "
            + r.planLabels().size()
            + " plans over the design (objective: "
            + r.objectiveName()
            + "; a plan is best at a point when within the pool's indifference zone of the"
            + " best there; regret: the best objective less the plan's).");
    out.printf(
        Locale.ROOT,
        "%-44s %9s %13s %13s %13s%n",
        "plan",
        "best in",
        "worst regret",
        "mean regret",
        "mean value");
    for (Robustness.PlanFigures p : rb.plans()) {
      out.printf(
          Locale.ROOT,
          "%-44s %8.0f%% %13s %13s %13s%n",
          cut((p.plan() == rb.recommended() ? "* " : "  ") + r.planLabels().get(p.plan()), 44),
          100 * p.shareBest(),
          fmt(p.worstRegret()),
          fmt(p.meanRegret()),
          fmt(p.meanObjective()));
    }
    out.println(statement(r));
  }

  /**
   * The robustness statement a request can quote.
   *
   * @param r the result (with plans)
   * @return e.g. "Recommended: X, best in 87% of the plausible range; it loses mainly when
   *     killPerFiringPass exceeds 0.33 (this rule sorts 95% of the design points)."
   */
  public static String statement(final ExploreResult r) {
    final Robustness.Result rb = r.robustness();
    final Robustness.PlanFigures rec = rb.plans().get(rb.recommended());
    final StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "Recommended: %s, best in %.0f%% of the plausible range (worst regret %s).",
            r.planLabels().get(rb.recommended()),
            100 * rec.shareBest(),
            fmt(rec.worstRegret())));
    if (rec.shareBest() >= 1) {
      b.append(" No factor within its range makes another plan better.");
    } else if (rb.flips().isEmpty()) {
      b.append(" No single factor explains where it loses.");
    } else {
      final Robustness.Flip f = rb.flips().get(0);
      b.append(
          String.format(
              Locale.ROOT,
              " It loses mainly when %s %s %s (this rule sorts %.0f%% of the design points).",
              r.factors().get(f.factor()).key(),
              f.losesAbove() ? "exceeds" : "falls below",
              fmt(f.threshold()),
              100 * f.accuracy()));
    }
    return b.toString();
  }

  /**
   * Every figure as JSON.
   *
   * @param r the result
   * @param w where to write
   * @throws IOException when writing fails
   */
  public static void json(final ExploreResult r, final Writer w) throws IOException {
    final ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", r.scenarioId());
    root.put("design", r.design().kind().key());
    root.put("describe", describe(r));
    root.put("points", r.design().count());
    root.put("replications", r.settings().replications());
    root.put("simulations", r.simulations());
    root.put("seed", r.settings().seed());
    final ArrayNode fs = root.putArray("factors");
    for (Factor f : r.factors()) {
      final ObjectNode o = fs.addObject();
      o.put("name", f.key());
      o.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
      o.put("low", f.low());
      o.put("high", f.high());
      o.put("base", f.base());
      o.put("unit", f.unit());
      o.put("source", f.source());
    }
    final ArrayNode ms = root.putArray("measures");
    for (int m = 0; m < r.measures().size(); m++) {
      final ObjectNode o = ms.addObject();
      o.put("name", r.measures().get(m));
      final ArrayNode ranked = o.putArray("ranking");
      for (int f : r.ranking(m)) {
        final ObjectNode x = ranked.addObject();
        x.put("factor", r.factors().get(f).key());
        if (r.morris() != null) {
          final Morris.Effect e = r.morris()[m][f];
          x.put("muStar", e.muStar());
          x.put("mu", e.mu());
          x.put("sigma", e.sigma());
          x.put("noise", e.noise());
        } else if (r.sobol() != null) {
          final Sobol.Index e = r.sobol()[m][f];
          x.put("first", e.first());
          x.put("firstLow", e.firstLow());
          x.put("firstHigh", e.firstHigh());
          x.put("total", e.total());
          x.put("totalLow", e.totalLow());
          x.put("totalHigh", e.totalHigh());
        } else if (r.main() != null) {
          x.put("effect", r.main()[m][f].effect());
          x.put("correlation", r.main()[m][f].correlation());
        }
      }
    }
    if (r.robustness() != null) {
      final ObjectNode o = root.putObject("robustness");
      o.put("objective", r.objectiveName());
      o.put("recommended", r.planLabels().get(r.robustness().recommended()));
      o.put("statement", statement(r));
      final ArrayNode ps = o.putArray("plans");
      for (Robustness.PlanFigures p : r.robustness().plans()) {
        final ObjectNode x = ps.addObject();
        x.put("plan", r.planLabels().get(p.plan()));
        x.put("shareBest", p.shareBest());
        x.put("worstRegret", p.worstRegret());
        x.put("meanRegret", p.meanRegret());
        x.put("meanObjective", p.meanObjective());
      }
      final ArrayNode fl = o.putArray("flips");
      for (Robustness.Flip f : r.robustness().flips()) {
        final ObjectNode x = fl.addObject();
        x.put("factor", r.factors().get(f.factor()).key());
        x.put("threshold", f.threshold());
        x.put("losesAbove", f.losesAbove());
        x.put("accuracy", f.accuracy());
      }
    }
    MAPPER.writeValue(w, root);
    w.write(System.lineSeparator());
    w.flush();
  }

  /**
   * Tidy CSV files: {@code design.csv} (a row per point: its factor values and each measure's mean
   * and standard error), {@code replications.csv} (a row per point and replication), {@code
   * indices.csv} (a row per measure and factor), and with plans {@code plans.csv} (a row per point
   * and plan) and {@code robustness.csv}.
   *
   * @param r the result
   * @param dir the folder (created)
   * @throws IOException when writing fails
   */
  public static void csv(final ExploreResult r, final Path dir) throws IOException {
    Files.createDirectories(dir);
    final List<Factor> fs = r.factors();
    try (PrintWriter w = writer(dir.resolve("design.csv"))) {
      final StringBuilder h = new StringBuilder("point");
      fs.forEach(f -> h.append(',').append(q(f.key())));
      for (String m : r.measures()) {
        h.append(',').append(m).append("_mean,").append(m).append("_se");
      }
      w.println(h);
      for (int p = 0; p < r.design().count(); p++) {
        final StringBuilder b = new StringBuilder().append(p);
        for (int i = 0; i < fs.size(); i++) {
          b.append(',').append(num(r.x()[p][i]));
        }
        for (int m = 0; m < r.measures().size(); m++) {
          b.append(',').append(num(r.mean()[m][p])).append(',').append(num(r.stdErr()[m][p]));
        }
        w.println(b);
      }
    }
    if (!r.measures().isEmpty()) {
      try (PrintWriter w = writer(dir.resolve("replications.csv"))) {
        w.println("point,replication," + String.join(",", r.measures()));
        for (int p = 0; p < r.design().count(); p++) {
          for (int rep = 0; rep < r.outcomes()[p].length; rep++) {
            final StringBuilder b = new StringBuilder().append(p).append(',').append(rep);
            for (double v : r.outcomes()[p][rep]) {
              b.append(',').append(num(v));
            }
            w.println(b);
          }
        }
      }
      try (PrintWriter w = writer(dir.resolve("indices.csv"))) {
        w.println(
            "measure,rank,factor,low,high,mu_star,mu,sigma,noise,s1,s1_low,s1_high,st,st_low,"
                + "st_high,effect,correlation");
        for (int m = 0; m < r.measures().size(); m++) {
          final int[] rank = r.ranking(m);
          for (int i = 0; i < rank.length; i++) {
            final int f = rank[i];
            final StringBuilder b =
                new StringBuilder()
                    .append(r.measures().get(m))
                    .append(',')
                    .append(i + 1)
                    .append(',')
                    .append(q(fs.get(f).key()))
                    .append(',')
                    .append(num(fs.get(f).low()))
                    .append(',')
                    .append(num(fs.get(f).high()));
            if (r.morris() != null) {
              final Morris.Effect e = r.morris()[m][f];
              b.append(',').append(num(e.muStar())).append(',').append(num(e.mu()));
              b.append(',').append(num(e.sigma())).append(',').append(num(e.noise()));
            } else {
              b.append(",,,,");
            }
            if (r.sobol() != null) {
              final Sobol.Index e = r.sobol()[m][f];
              b.append(',').append(num(e.first())).append(',').append(num(e.firstLow()));
              b.append(',').append(num(e.firstHigh())).append(',').append(num(e.total()));
              b.append(',').append(num(e.totalLow())).append(',').append(num(e.totalHigh()));
            } else {
              b.append(",,,,,,");
            }
            if (r.main() != null) {
              b.append(',').append(num(r.main()[m][f].effect()));
              b.append(',').append(num(r.main()[m][f].correlation()));
            } else {
              b.append(",,");
            }
            w.println(b);
          }
        }
      }
    }
    if (r.robustness() != null) {
      try (PrintWriter w = writer(dir.resolve("plans.csv"))) {
        w.println("point,plan,objective_mean");
        for (int p = 0; p < r.design().count(); p++) {
          for (int j = 0; j < r.planLabels().size(); j++) {
            w.println(p + "," + q(r.planLabels().get(j)) + "," + num(r.objective()[p][j]));
          }
        }
      }
      try (PrintWriter w = writer(dir.resolve("robustness.csv"))) {
        w.println("plan,recommended,share_best,worst_regret,mean_regret,mean_objective");
        for (Robustness.PlanFigures p : r.robustness().plans()) {
          w.println(
              q(r.planLabels().get(p.plan()))
                  + ","
                  + (p.plan() == r.robustness().recommended())
                  + ","
                  + num(p.shareBest())
                  + ","
                  + num(p.worstRegret())
                  + ","
                  + num(p.meanRegret())
                  + ","
                  + num(p.meanObjective()));
        }
      }
    }
  }

  private static PrintWriter writer(final Path p) throws IOException {
    return new PrintWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8));
  }

  private static String q(final String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String num(final double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  private static String cut(final String s, final int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + ".";
  }

  /** Copies of its table a NOLH design stacks (later copies drop the points they repeat). */
  private static int copies(final Design d) {
    return (d.count() + d.size() - 1) / d.size();
  }

  /**
   * A number for people: four significant figures, no exponent for everyday magnitudes.
   *
   * @param v the number
   * @return it written
   */
  public static String fmt(final double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (v == 0) {
      return "0";
    }
    final double a = Math.abs(v);
    if (a >= 1e7 || a < 1e-4) {
      return String.format(Locale.ROOT, "%.3e", v);
    }
    final int digits = Math.max(0, 3 - (int) Math.floor(Math.log10(a)));
    String s = String.format(Locale.ROOT, "%." + digits + "f", v);
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s.equals("-0") ? "0" : s;
  }
}
