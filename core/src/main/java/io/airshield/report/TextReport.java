package io.airshield.report;

import io.airshield.assessment.Assessment;
import io.airshield.montecarlo.Estimate;
import java.io.PrintWriter;
import java.util.Locale;

/** The assessment as a table a commander can read, every figure with its 95% interval. */
public final class TextReport {
  private TextReport() {}

  /**
   * @param e an estimate
   * @param decimals decimals to show
   * @return "mean [low, high]"
   */
  public static String ci(final Estimate e, final int decimals) {
    if (Double.isNaN(e.mean())) {
      return "n/a";
    }
    final String f = "%." + decimals + "f";
    if (Double.isNaN(e.low())) {
      return String.format(Locale.ROOT, f, e.mean());
    }
    return String.format(Locale.ROOT, f + " [" + f + ", " + f + "]", e.mean(), e.low(), e.high());
  }

  /**
   * @param e an estimate
   * @return "mean [low, high]" with decimals suited to its magnitude, so that a narrow interval
   *     around a small count does not print as [10, 10]
   */
  public static String ci(final Estimate e) {
    final double m = Math.abs(e.mean());
    return ci(e, m >= 100 ? 0 : m >= 10 ? 1 : 2);
  }

  /**
   * @param a the assessment
   * @param out where to write
   */
  public static void write(final Assessment a, final PrintWriter out) {
    out.printf(Locale.ROOT, "airshield assessment: %s%n", a.title());
    out.printf(
        Locale.ROOT,
        "Scenario %s, %s (%d days); %d replications, seed %d%s.%n",
        a.scenarioId(),
        a.period(),
        a.days(),
        a.replications(),
        a.seed(),
        a.precisionReached() ? ", precision reached" : "");
    out.println("Figures are means over replications with their 95% confidence intervals.");
    out.println();
    if (!a.headline().isEmpty()) {
      out.println("THE QUESTION (" + a.question() + "):");
      for (Assessment.Figure f : a.headline()) {
        out.printf(
            Locale.ROOT,
            "  %-56s %22s%n",
            trim(f.label() + (f.unit().isEmpty() ? "" : " (" + f.unit() + ")"), 56),
            // a small share (a city's value destroyed) keeps two decimals, not 0.0
            ci(f.value(), f.value().mean() != 0 && Math.abs(f.value().mean()) < 1 ? 2 : 1));
      }
      out.println();
    }
    if (a.lines().isEmpty()) {
      // a scenario with no rail line (the interior's cities): no supply to report
      out.println("SUPPLY: none carried (the scenario has no rail line).");
      out.println();
    } else {
      out.printf(
          Locale.ROOT,
          "SUPPLY DELIVERED: %s t/day, %s of capacity%n",
          ci(a.supply(), 0),
          Double.isNaN(a.supplyShare().mean())
              ? "n/a (none)"
              : ci(a.supplyShare().times(100), 1) + "%");
      out.println();
      out.printf(
          Locale.ROOT,
          "%-28s %10s %24s %22s%n",
          "Rail line",
          "capacity",
          "delivered (t/day)",
          "% of capacity");
      for (Assessment.LineResult l : a.lines()) {
        out.printf(
            Locale.ROOT,
            "%-28s %10.0f %24s %22s%n",
            trim(l.name(), 28),
            l.capacityTonsPerDay(),
            ci(l.tonsPerDay(), 0),
            ci(l.share().times(100), 1));
      }
      out.println();
    }
    out.printf(
        Locale.ROOT,
        "%-34s %-9s %22s %18s %14s%n",
        "Key point",
        "kind",
        "% of time open",
        "attacks",
        "cuts");
    for (Assessment.PointResult p : a.keyPoints()) {
      out.printf(
          Locale.ROOT,
          "%-34s %-9s %22s %18s %14s%n",
          trim(p.name(), 34),
          p.kind(),
          ci(p.open().times(100), 1),
          ci(p.attacks()),
          ci(p.cuts()));
    }
    out.println();
    out.printf(Locale.ROOT, "%-58s %28s%n", "The air war", "campaign total");
    for (Assessment.Figure f : a.figures()) {
      out.printf(
          Locale.ROOT,
          "%-58s %28s%n",
          trim(f.label() + (f.unit().isEmpty() ? "" : " (" + f.unit() + ")"), 58),
          ci(f.value()));
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%-30s %16s %16s %16s %14s%n",
        "Enemy losses by mission",
        "by fighters",
        "by heavy AA",
        "by light AA",
        "escorts lost");
    for (Assessment.MissionLosses l : a.losses()) {
      out.printf(
          Locale.ROOT,
          "%-30s %16s %16s %16s %14s%n",
          trim(l.name(), 30),
          ci(l.byFighters()),
          ci(l.byHeavyAa()),
          ci(l.byLightAa()),
          ci(l.escortsLost()));
    }
    out.println();
    out.printf(Locale.ROOT, "%-40s %20s %16s %14s%n", "Fighter unit", "sorties", "kills", "losses");
    for (Assessment.UnitResult u : a.units()) {
      out.printf(
          Locale.ROOT,
          "%-40s %20s %16s %14s%n",
          trim(u.name(), 40),
          ci(u.sorties(), 0),
          ci(u.kills()),
          ci(u.losses()));
    }
    if (a.lines().isEmpty()) {
      out.flush();
      return;
    }
    out.println();
    out.println(
        "WEAKEST POINTS (supply lost while cut in the dark hours the trains ran,"
            + " t/day of the line's capacity):");
    int i = 1;
    for (Assessment.WeakPoint w : a.weakest()) {
      out.printf(
          Locale.ROOT,
          "%d. %s: %s t/day lost, open %s%% of the time.%n   Why: %s.%n",
          i++,
          w.name(),
          ci(w.tonsLostPerDay(), 0),
          ci(w.open().times(100), 1),
          w.reason());
    }
    out.flush();
  }

  private static String trim(final String s, final int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + ".";
  }
}
