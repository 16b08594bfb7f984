package io.airshield.study;

import io.airshield.domain.ModelParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An explore study's settings and factors as the runs store keeps them, one {@code key=value} a
 * line, so that a stored study can be resumed or shown again exactly: numbers are written with
 * {@link Double#toString}, which reads back to the same bits. The thread count is left out (results
 * do not depend on it); the scenario's and the pool's bytes are stored beside it.
 */
public final class ExploreRecord {
  private ExploreRecord() {}

  /** The kind of run the store records. */
  public static final String KIND = "explore";

  /**
   * @param factors the factors, in design column order
   * @param s the settings
   * @return the text the store keeps
   */
  public static String write(final List<Factor> factors, final ExploreSettings s) {
    final StringBuilder b = new StringBuilder();
    b.append("design=").append(s.design().key()).append('\n');
    b.append("trajectories=").append(s.trajectories()).append('\n');
    b.append("levels=").append(s.levels()).append('\n');
    b.append("points=").append(s.points()).append('\n');
    b.append("samples=").append(s.samples()).append('\n');
    b.append("replications=").append(s.replications()).append('\n');
    b.append("seed=").append(s.seed()).append('\n');
    b.append("budget=").append(s.budget()).append('\n');
    b.append("measures=").append(String.join(",", s.measures())).append('\n');
    b.append("bootstrap=").append(s.bootstrap()).append('\n');
    b.append("days=").append(s.days()).append('\n');
    b.append("plans=").append(s.plans()).append('\n');
    for (Factor f : factors) {
      b.append("factor=")
          .append(f.key())
          .append(' ')
          .append(Double.toString(f.low()))
          .append(' ')
          .append(Double.toString(f.high()))
          .append('\n');
    }
    return b.toString();
  }

  /**
   * Reads a stored study back against its scenario.
   *
   * @param text what {@link #write} wrote
   * @param in the scenario, from the stored bytes
   * @param threads worker threads to run with
   * @return the factors and settings
   * @throws StudyException if the text names a factor this airshield does not know, or is damaged
   */
  public static FactorFile.Spec read(
      final String text, final ExploreStudy.Input in, final int threads) {
    final Map<String, String> kv = new LinkedHashMap<>();
    final Map<String, Factor> known = new LinkedHashMap<>();
    for (Factor x : Factor.all(in.scenario())) {
      known.put(x.key(), x);
    }
    for (ModelParameter p : ModelParameter.values()) {
      known.putIfAbsent(p.key(), Factor.of(p, in.scenario()));
    }
    final List<Factor> factors = new ArrayList<>();
    try {
      for (String line : text.split("\n")) {
        if (line.isEmpty()) {
          continue;
        }
        final int eq = line.indexOf('=');
        final String key = line.substring(0, eq);
        final String value = line.substring(eq + 1);
        if (key.equals("factor")) {
          final String[] f = value.split(" ");
          final Factor k = known.get(f[0]);
          if (k == null) {
            throw new StudyException(
                "the stored study varies "
                    + f[0]
                    + ", which this airshield does not know: resume or show it with the airshield"
                    + " that wrote it");
          }
          factors.add(k.withRange(Double.parseDouble(f[1]), Double.parseDouble(f[2])));
        } else {
          kv.put(key, value);
        }
      }
      Design.Kind design = null;
      for (Design.Kind d : Design.Kind.values()) {
        if (d.key().equals(kv.get("design"))) {
          design = d;
        }
      }
      if (design == null) {
        throw new StudyException("unknown design \"" + kv.get("design") + "\"");
      }
      final String measures = kv.get("measures");
      final ExploreSettings s =
          new ExploreSettings(
              design,
              Integer.parseInt(kv.get("trajectories")),
              Integer.parseInt(kv.get("levels")),
              Integer.parseInt(kv.get("points")),
              Integer.parseInt(kv.get("samples")),
              Integer.parseInt(kv.get("replications")),
              Long.parseLong(kv.get("seed")),
              threads,
              Long.parseLong(kv.get("budget")),
              measures.isEmpty() ? List.of() : List.of(measures.split(",")),
              Integer.parseInt(kv.get("bootstrap")),
              Integer.parseInt(kv.get("days")),
              Integer.parseInt(kv.get("plans")));
      return new FactorFile.Spec(factors, s);
    } catch (RuntimeException e) {
      if (e instanceof StudyException) {
        throw e;
      }
      throw new StudyException("the stored study's settings are damaged (" + e + ")");
    }
  }

  /**
   * A study's result in one line, for the runs list: the design, and the factor that leads the
   * headline measure, or the recommended plan and its share.
   *
   * @param r the result
   * @return the line
   */
  public static String headline(final ExploreResult r) {
    final String what =
        String.format(
            Locale.ROOT,
            "%s, %d factors, %d points x %d reps",
            r.design().kind().key(),
            r.factors().size(),
            r.design().count(),
            r.settings().replications());
    if (r.robustness() != null) {
      final int best = r.robustness().recommended();
      return String.format(
          Locale.ROOT,
          "%s; recommended %s, best in %.0f%%",
          what,
          r.planLabels().get(best),
          100 * r.robustness().plans().get(best).shareBest());
    }
    if (r.measures().isEmpty()) {
      return what;
    }
    final int top = r.ranking(0)[0];
    return String.format(
        Locale.ROOT,
        "%s; top %s (%s %s)",
        what,
        r.factors().get(top).key(),
        r.morris() != null ? "mu*" : r.sobol() != null ? "ST" : "effect",
        ExploreReport.fmt(
            r.morris() != null || r.sobol() != null
                ? r.importance(0, top)
                : r.main()[0][top].effect()));
  }
}
