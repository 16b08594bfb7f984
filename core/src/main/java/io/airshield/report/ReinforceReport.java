package io.airshield.report;

import io.airshield.montecarlo.Estimate;
import io.airshield.reinforce.Plan;
import io.airshield.reinforce.Pool;
import io.airshield.reinforce.Reinforcement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ranking of stationing plans as text and JSON, and the request drafted from it. Every number
 * printed is a field of the {@link Reinforcement}; names, units, stations and dates come from the
 * pool and the scenario. Nothing is invented: a figure the run did not produce is not mentioned.
 */
public final class ReinforceReport {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("supplyTonsPerDay", "supply delivered, t/day");
    LABELS.put("supplyTons", "supply delivered over the period, t");
    LABELS.put("supplyShare", "share of the lines' capacity delivered");
    LABELS.put("raids", "enemy raids against targets");
    LABELS.put("attacks", "attacks delivered");
    LABELS.put("killsByAa", "enemy aircraft destroyed by AA");
    LABELS.put("killsByFighters", "enemy aircraft destroyed by fighters");
    LABELS.put("intrusions", "intrusion flights");
    LABELS.put("intrusionsIntercepted", "intrusion flights intercepted");
    LABELS.put("raidsNight", "raids and intrusions at night (clear weather)");
    LABELS.put("contactsNight", "raids and intrusions intercepted at night");
    LABELS.put("raidsBadWeather", "raids and intrusions in bad weather");
    LABELS.put("contactsBadWeather", "raids and intrusions intercepted in bad weather");
    LABELS.put("ownLosses", "own fighters lost");
    LABELS.put("raidsAborted", "raids broken up by fighters");
  }

  private ReinforceReport() {}

  /**
   * @param metric a figure's name
   * @return its label for people
   */
  public static String label(final String metric) {
    return LABELS.getOrDefault(metric, metric);
  }

  /**
   * Writes the ranked table.
   *
   * @param r the result
   * @param out where to write
   */
  public static void text(final Reinforcement r, final Writer out) {
    final PrintWriter w = new PrintWriter(out);
    w.println("airshield reinforce: " + r.poolTitle());
    w.printf(
        Locale.ROOT,
        "Scenario %s, %s to %s (%d days); seed %d.%n",
        r.scenarioId(),
        r.periodStart(),
        r.periodEnd(),
        r.days(),
        r.seed());
    w.printf(
        Locale.ROOT,
        "Objective: %s (%s), maximised; indifference zone %s %s (%s);" + " confidence %.0f%%.%n",
        r.objectiveName(),
        r.objectiveUnit(),
        num(r.indifference()),
        r.objectiveUnit(),
        r.indifferenceRule(),
        100 * r.confidence());
    w.printf(
        Locale.ROOT,
        "Plans: %d feasible, %d screened, %d simulated with common random"
            + " numbers (KN, first stage %d, cap %d per plan).%n",
        r.plansFeasible(),
        r.plansScreened(),
        r.plansSimulated(),
        r.firstStage(),
        r.maxReplications());
    w.println("Figures: means with 95% confidence intervals; gains are paired differences.");
    w.println();
    w.printf(
        Locale.ROOT,
        "No reinforcement: %s %s (%d replications, the streams of assess with the same seed)%n",
        est(r.baseline()),
        r.objectiveUnit(),
        r.baseline().n());
    w.println();
    w.printf(
        Locale.ROOT,
        "%-3s %-38s %8s %22s %22s %22s %6s%n",
        "#",
        "plan",
        "screen",
        "objective",
        "gain vs nothing",
        "vs #1 (#1: vs #2)",
        "reps");
    for (Reinforcement.Ranked p : r.ranking()) {
      w.printf(
          Locale.ROOT,
          "%-3d %-38s %8s %22s %22s %22s %6d%n",
          p.rank(),
          cut(p.label(), 38),
          signed(p.screenGain()),
          est(p.objective()),
          estSigned(p.gainVsNothing()),
          estSigned(p.gainVsOther()),
          p.replications());
    }
    w.println();
    final Reinforcement.Ranked best = r.best();
    if (r.decided()) {
      w.println("Selected: " + best.label());
    } else {
      w.println(
          "Selected: none. The run cannot tell the leading plans apart (see the note below);"
              + " highest mean: "
              + best.label()
              + ".");
    }
    w.println("Probability of correct selection: " + selection(r) + ".");
    w.printf(
        Locale.ROOT,
        "Replications: %d in all (%d of plans, %d of the baseline).%n",
        r.replications(),
        r.replications() - r.baselineReplications(),
        r.baselineReplications());
    if (!r.named().isEmpty()) {
      w.println();
      named(r, w);
    }
    if (!r.bestLineOpen().isEmpty()) {
      w.println();
      w.println("Rail lines, % of time open: without -> with the selected plan (gain, points):");
      for (Map.Entry<String, String> l : r.lineNames().entrySet()) {
        w.printf(
            Locale.ROOT,
            "  %-44s %s -> %s (%s)%n",
            cut(l.getValue(), 44),
            est(r.baselineLineOpen().get(l.getKey()).times(100)),
            est(r.bestLineOpen().get(l.getKey()).times(100)),
            estSigned(r.bestLineOpenGains().get(l.getKey()).times(100)));
      }
    }
    for (String n : r.notes()) {
      w.println("Note: " + n);
    }
    w.flush();
  }

  /**
   * The pool's named plans side by side: each one's gain over doing nothing and its paired
   * difference to each of the others (row minus column), all on the same replications.
   */
  private static void named(final Reinforcement r, final PrintWriter w) {
    w.printf(
        Locale.ROOT,
        "Named plans (%s, paired 95%% intervals on common replications):%n",
        r.objectiveUnit());
    for (Reinforcement.NamedPlan n : r.named()) {
      w.printf(
          Locale.ROOT,
          "  %-8s %s%s: %s (rank %d, %d replications)%n",
          n.id(),
          n.name(),
          n.asked() ? " [asked]" : "",
          n.label(),
          n.rank(),
          n.replications());
      w.printf(Locale.ROOT, "           gain vs nothing %s", estSigned(n.gainVsNothing()));
      for (int j = 0; j < r.named().size(); j++) {
        if (r.named().get(j).id().equals(n.id())) {
          continue;
        }
        w.printf(Locale.ROOT, "; vs %s %s", r.named().get(j).id(), estSigned(n.versus().get(j)));
      }
      w.println();
    }
    if (!r.askedSeparated()) {
      w.println(
          "  The run cannot separate the selected plan from the one asked for ("
              + r.recommended().label()
              + "): "
              + (Double.isNaN(r.bestVsAsked().mean())
                  ? "the run chose none"
                  : "the selected leads it by " + estSigned(r.bestVsAsked()))
              + "; the request asks for the plan asked for.");
    }
  }

  /**
   * What the run can say of its selection, the same words in the text and the HTML page.
   *
   * @param r the result
   * @return e.g. "at least 95% when the best leads by ... (KN ended with one plan); estimated 0.964
   *     that ..." (no final full stop)
   */
  static String selection(final Reinforcement r) {
    if (r.converged() && !r.decided()) {
      return String.format(
          Locale.ROOT,
          "none: KN ended with one plan only because others gave the same outputs in every"
              + " replication, so the run has not told them apart; estimated %.3f that the plan"
              + " of highest mean is within the indifference zone of the best",
          r.pcsEstimate());
    }
    if (r.converged()) {
      return String.format(
          Locale.ROOT,
          "at least %.0f%% when the best leads by %s %s or more"
              + " (KN ended with one plan); estimated %.3f that it is within the indifference zone"
              + " of the best (Bonferroni, paired differences)",
          100 * r.confidence(),
          num(r.indifference()),
          r.objectiveUnit(),
          r.pcsEstimate());
    }
    return String.format(
        Locale.ROOT,
        "not guaranteed (the cap stopped KN with the leaders not told apart); estimated %.3f that"
            + " it is within the indifference zone of the best (Bonferroni, paired differences)",
        r.pcsEstimate());
  }

  /**
   * Drafts the request for the best plan, in the words a commander would use to a superior.
   *
   * @param r the result
   * @param pool the pool (units, dates, who asks whom)
   * @return the request's text
   */
  public static String request(final Reinforcement r, final Pool pool) {
    final StringBuilder sb = new StringBuilder();
    final String nl = System.lineSeparator();
    final Reinforcement.Ranked best = r.recommended();
    final boolean asAsked = !best.key().equals(r.best().key());
    if (!pool.request().to().isEmpty()) {
      sb.append("To: ").append(pool.request().to()).append(nl);
    }
    if (!pool.request().from().isEmpty()) {
      sb.append("From: ").append(pool.request().from()).append(nl);
    }
    sb.append("Subject: ").append(pool.title()).append(nl);
    if (!pool.request().reference().isEmpty()) {
      sb.append("Reference: ").append(pool.request().reference()).append(nl);
    }
    sb.append(nl);
    final LocalDate start = LocalDate.parse(r.periodStart());
    final LocalDate end = LocalDate.parse(r.periodEnd());
    sb.append(
            String.format(
                Locale.ROOT,
                "1. The situation. Over %s to %s (%d days), with the"
                    + " forces we have now, the model of the campaign gives:",
                DAY.format(start),
                DAY.format(end),
                r.days()))
        .append(nl);
    for (Map.Entry<String, Estimate> e : r.baselineFigures().entrySet()) {
      if (e.getValue().mean() == 0 && !isObjective(pool, e.getKey())) {
        continue;
      }
      sb.append("   - ")
          .append(label(e.getKey()))
          .append(": ")
          .append(figure(e.getKey(), e.getValue()))
          .append(nl);
    }
    sb.append(nl);
    sb.append("2. The request. We ask for ");
    final List<String> placed = best.stations().stream().map(Plan.Station::unitId).toList();
    final List<String> units =
        pool.units().stream()
            .filter(u -> placed.isEmpty() || placed.contains(u.id()))
            .map(
                u ->
                    String.format(
                        Locale.ROOT,
                        "%s (%d regiment%s, in position from %s)",
                        u.name(),
                        u.regiments(),
                        u.regiments() == 1 ? "" : "s",
                        DAY.format(u.from())))
            .toList();
    sb.append(String.join(" and ", units)).append(", stationed as follows:").append(nl);
    if (best.stations().isEmpty()) {
      sb.append("   - none of them: the run gives no reason to station them").append(nl);
    }
    for (Plan.Station s : best.stations()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "   - %s: %d regiment%s at %s%n",
              s.unitName(),
              s.regiments(),
              s.regiments() == 1 ? "" : "s",
              s.placeName()));
    }
    sb.append(nl);
    sb.append(
        String.format(
            Locale.ROOT,
            "3. What it will change. So stationed, %s would be"
                + " %s %s, a gain of %s over the present defence.",
            r.objectiveName(),
            prose(best.objective()),
            r.objectiveUnit(),
            proseUnit(best.gainVsNothing(), r.objectiveUnit())));
    if (!clearOfZero(best.gainVsNothing())) {
      sb.append(" The run cannot tell this gain from none: its interval reaches zero.");
    }
    for (Map.Entry<String, Estimate> e : r.bestGains().entrySet()) {
      final Estimate g = e.getValue();
      if (asAsked) {
        break; // the other figures were gathered for the selected plan, not this one
      }
      if (isObjective(pool, e.getKey()) || e.getKey().equals("supplyShare") || !clearOfZero(g)) {
        continue;
      }
      sb.append(
          String.format(
              Locale.ROOT,
              " %s: %s %s.",
              capital(label(e.getKey())),
              g.mean() >= 0 ? "up by" : "down by",
              proseAbs(g)));
    }
    for (Map.Entry<String, String> l : r.lineNames().entrySet()) {
      final Estimate g = r.bestLineOpenGains().get(l.getKey());
      if (asAsked || !clearOfZero(g)) {
        continue; // only the lines where the run shows a change
      }
      sb.append(
          String.format(
              Locale.ROOT,
              " %s: open %s%% of the time instead of %s%%, %s by %s.",
              l.getValue(),
              num(100 * r.bestLineOpen().get(l.getKey()).mean()),
              num(100 * r.baselineLineOpen().get(l.getKey()).mean()),
              g.mean() >= 0 ? "up" : "down",
              proseUnit(g.times(g.mean() >= 0 ? 100 : -100), "points")));
    }
    sb.append(nl);
    if (asAsked) {
      sb.append(
          String.format(
              Locale.ROOT,
              "   This is the stationing the cable asked for. Of %d feasible stationings, %d were"
                  + " simulated; the one of highest mean (%s) %s. The run cannot separate the two:"
                  + " %s, so it gives no ground to ask for another stationing than the one"
                  + " asked for.",
              r.plansFeasible(),
              r.plansSimulated(),
              r.best().label(),
              Double.isNaN(r.bestVsAsked().low())
                  ? "differs from it by " + num(r.bestVsAsked().mean()) + " " + r.objectiveUnit()
                  : "leads it by " + proseUnit(r.bestVsAsked(), r.objectiveUnit()),
              why(r)));
      sb.append(nl);
    } else if (r.ranking().size() > 1 && !r.decided()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "   Of %d feasible stationings, %d were simulated; %s The run cannot tell it apart"
                  + " from the next best: %s.",
              r.plansFeasible(),
              r.plansSimulated(),
              lead(
                  r.ranking().get(1).label(),
                  best.gainVsOther(),
                  r.objectiveName(),
                  r.objectiveUnit()),
              why(r)));
      sb.append(nl);
    } else if (r.ranking().size() > 1) {
      final Reinforcement.Ranked second = r.ranking().get(1);
      sb.append(
          String.format(
              Locale.ROOT,
              "   Of %d feasible stationings, %d were simulated; %s",
              r.plansFeasible(),
              r.plansSimulated(),
              lead(second.label(), best.gainVsOther(), r.objectiveName(), r.objectiveUnit())));
      if (r.converged()) {
        sb.append(
            String.format(
                Locale.ROOT,
                " The probability that it is the best, or within"
                    + " %s %s of the best, is at least %.0f%%.",
                num(r.indifference()),
                r.objectiveUnit(),
                100 * r.confidence()));
      } else {
        sb.append(
            String.format(
                Locale.ROOT,
                " The run stopped at its replication cap; the"
                    + " estimated probability that it is the best, or within %s %s of the best, is"
                    + " %.2f.",
                num(r.indifference()),
                r.objectiveUnit(),
                r.pcsEstimate()));
      }
      sb.append(nl);
    }
    if (!r.named().isEmpty()) {
      sb.append("   The choices named, on the same replications:");
      for (Reinforcement.NamedPlan n : r.named()) {
        if (n.label().equals(Plan.NOTHING)) {
          continue; // nothing placed: the baseline itself
        }
        sb.append(
            String.format(
                Locale.ROOT,
                " %s (%s) gains %s over the present defence.",
                n.name(),
                n.label(),
                proseUnit(n.gainVsNothing(), r.objectiveUnit())));
      }
      for (int a = 0; a < r.named().size(); a++) {
        for (int b = a + 1; b < r.named().size(); b++) {
          final Reinforcement.NamedPlan x = r.named().get(a);
          final Reinforcement.NamedPlan y = r.named().get(b);
          if (x.label().equals(Plan.NOTHING) || y.label().equals(Plan.NOTHING)) {
            continue;
          }
          final Estimate d = x.versus().get(b);
          sb.append(
              String.format(
                  Locale.ROOT,
                  " %s against %s: %s%s.",
                  capital(x.id()),
                  y.id(),
                  signedProse(d, r.objectiveUnit()),
                  clearOfZero(d) ? "" : ", not told apart"));
        }
      }
      sb.append(nl);
    }
    sb.append(nl);
    final Estimate g = best.gainVsNothing();
    sb.append(
        String.format(
            Locale.ROOT,
            "4. Without it. %s stays at %s %s",
            capital(r.objectiveName()),
            prose(r.baseline()),
            r.objectiveUnit()));
    if (r.objectiveUnit().endsWith("/day")) {
      sb.append(
          String.format(
              Locale.ROOT,
              "; over the %d days the lines would carry %s" + " less than with the reinforcement",
              r.days(),
              proseUnit(
                  new Estimate(
                      g.mean() * r.days(),
                      g.low() * r.days(),
                      g.high() * r.days(),
                      g.sd() * r.days(),
                      g.n()),
                  r.objectiveUnit().replace("/day", ""))));
    }
    final Estimate in = r.baselineFigures().get("intrusions");
    final Estimate ii = r.baselineFigures().get("intrusionsIntercepted");
    if (in != null && ii != null && in.mean() > 0) {
      sb.append(
          String.format(
              Locale.ROOT,
              "; of some %s intrusion flights, %s would go" + " unintercepted",
              num(in.mean()),
              num(in.mean() - ii.mean())));
    }
    sb.append('.').append(nl).append(nl);
    sb.append(
            String.format(
                Locale.ROOT,
                "(Figures from %d replications of the airshield"
                    + " model of scenario %s, seed %d; ranges are 95%% confidence intervals.)",
                r.replications(),
                r.scenarioId(),
                r.seed()))
        .append(nl);
    return sb.toString();
  }

  /**
   * Writes the result and the drafted request as JSON.
   *
   * @param r the result
   * @param request the drafted request, or null
   * @param out where to write
   */
  public static void json(final Reinforcement r, final String request, final Writer out) {
    json(r, request, null, out);
  }

  /**
   * Writes the result, the drafted request and how robust the recommendation is as JSON.
   *
   * @param r the result
   * @param request the drafted request, or null
   * @param robustness the robustness over the estimates ({@code reinforce --robust}) as a JSON
   *     tree, or null
   * @param out where to write
   */
  public static void json(
      final Reinforcement r, final String request, final Object robustness, final Writer out) {
    final Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("reinforcement", r);
    if (request != null) {
      doc.put("request", request);
    }
    if (robustness != null) {
      doc.put("robustness", robustness);
    }
    try {
      JsonReport.mapper().writeValue(out, doc);
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Why the run could not choose, in a clause. */
  private static String why(final Reinforcement r) {
    if (!r.converged()) {
      return String.format(
          Locale.ROOT,
          "after %d replications of each leading plan their difference is still within what"
              + " chance gives (the indifference zone is %s %s)",
          r.maxReplications(),
          num(r.indifference()),
          r.objectiveUnit());
    }
    if (!r.decided()) {
      return "they gave the same outputs in every replication";
    }
    return String.format(
        Locale.ROOT,
        "the interval of their difference reaches zero (the indifference zone is %s %s)",
        num(r.indifference()),
        r.objectiveUnit());
  }

  /** Whether a gain's 95% interval lies on one side of zero: a change the run shows. */
  private static boolean clearOfZero(final Estimate g) {
    return g.n() >= 2 && !Double.isNaN(g.low()) && (g.low() > 0 || g.high() < 0);
  }

  private static boolean isObjective(final Pool pool, final String metric) {
    return pool.objective().terms().stream().anyMatch(t -> t.metric().equals(metric));
  }

  private static String figure(final String metric, final Estimate e) {
    if (metric.equals("supplyShare")) {
      return String.format(
          Locale.ROOT,
          "%.1f%% (95%% CI %.1f to %.1f)",
          100 * e.mean(),
          100 * e.low(),
          100 * e.high());
    }
    return prose(e);
  }

  /** "x (95% CI a to b)". */
  private static String prose(final Estimate e) {
    if (Double.isNaN(e.low())) {
      return num(e.mean());
    }
    return num(e.mean()) + " (95% CI " + num(e.low()) + " to " + num(e.high()) + ")";
  }

  /**
   * How the selected plan stands against the runner-up. Under common random numbers two plans can
   * give the same figure in every replication (a regiment whose station makes no difference to the
   * model); then "leads by 0.00 (0.00 to 0.00)" would read as a decided lead, so it says that the
   * model cannot tell them apart.
   *
   * @param runnerUp the runner-up's label
   * @param lead the paired gain of the selected plan over it
   * @param name the objective's name
   * @param unit the objective's unit
   * @return the sentence
   */
  static String lead(
      final String runnerUp, final Estimate lead, final String name, final String unit) {
    if (lead.mean() == 0 && lead.sd() == 0) {
      return String.format(
          Locale.ROOT,
          "this one and the next best (%s) gave the same result (%s) in every one of the %d"
              + " replications they shared: the model does not tell them apart, and the choice"
              + " between them rests on what it leaves out.",
          runnerUp,
          name,
          lead.n());
    }
    return String.format(
        Locale.ROOT, "this one leads the next best (%s) by %s.", runnerUp, proseUnit(lead, unit));
  }

  private static String proseUnit(final Estimate e, final String unit) {
    if (Double.isNaN(e.low())) {
      return num(e.mean()) + " " + unit;
    }
    return num(e.mean()) + " " + unit + " (95% CI " + num(e.low()) + " to " + num(e.high()) + ")";
  }

  private static String signedProse(final Estimate e, final String unit) {
    if (Double.isNaN(e.low())) {
      return signed(e.mean()) + " " + unit;
    }
    return signed(e.mean())
        + " "
        + unit
        + " (95% CI "
        + signed(e.low())
        + " to "
        + signed(e.high())
        + ")";
  }

  private static String proseAbs(final Estimate e) {
    return prose(e.mean() >= 0 ? e : e.times(-1));
  }

  private static String capital(final String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String cut(final String s, final int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + ".";
  }

  static String num(final double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    final double a = Math.abs(v);
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String signed(final double v) {
    return Double.isNaN(v) ? "n/a" : (v >= 0 ? "+" : "") + num(v);
  }

  static String est(final Estimate e) {
    if (Double.isNaN(e.low())) {
      return num(e.mean());
    }
    return num(e.mean()) + " [" + num(e.low()) + ", " + num(e.high()) + "]";
  }

  static String estSigned(final Estimate e) {
    if (Double.isNaN(e.mean())) {
      return "n/a";
    }
    if (Double.isNaN(e.low())) {
      return signed(e.mean());
    }
    return signed(e.mean()) + " [" + signed(e.low()) + ", " + signed(e.high()) + "]";
  }
}
