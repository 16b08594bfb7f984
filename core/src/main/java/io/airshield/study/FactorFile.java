package io.airshield.study;

import io.airshield.domain.ModelParameter;
import io.airshield.domain.Scenario;
import io.airshield.scenario.Fields;
import io.airshield.scenario.InputException;
import io.airshield.scenario.Node;
import io.airshield.scenario.Problems;
import io.airshield.scenario.ReadLimits;
import io.airshield.scenario.ScenarioReader;
import io.airshield.scenario.SourceTree;
import io.airshield.scenario.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a factor file ({@code explore --factors FILE}, YAML or JSON): which factors to vary, over
 * which ranges, and the design. Format (docs/explore.md):
 *
 * <pre>
 * format: airshield-factors/1      # optional
 * design: nolh                     # morris, nolh, lhs or sobol (optional)
 * trajectories: 10                 # Morris r (optional); likewise levels, points, samples,
 * replications: 20                 #   replications, budget
 * factors:                         # optional: default every ranged estimate of the scenario
 *   - {name: aaFireDuty, low: 0.4, high: 0.6}
 *   - {name: gunTypes.g12mm-dshk.roundsPerKill}   # the scenario's own range
 * </pre>
 *
 * <p>Every problem is reported with file, line, column and field: an unknown factor (with the
 * nearest name), a range inverted, a range outside the legal values of the parameter or the field
 * (a scenario field's range is checked by reading the scenario at both ends), a factor named twice,
 * and a budget too small for the design.
 */
public final class FactorFile {
  /** The format marker a factor file may carry. */
  public static final String FORMAT = "airshield-factors/1";

  private FactorFile() {}

  /**
   * What a factor file asks for.
   *
   * @param factors the factors, in file order
   * @param settings the settings, with the file's design choices over the given ones
   */
  public record Spec(List<Factor> factors, ExploreSettings settings) {}

  /**
   * @param file the file name for messages
   * @param bytes its content
   * @param in the scenario studied
   * @param base the settings the file's choices change
   * @param plans plans compared (for the budget check)
   * @return the factors and settings
   * @throws InputException listing every problem
   */
  public static Spec read(
      final String file,
      final byte[] bytes,
      final ExploreStudy.Input in,
      final ExploreSettings base,
      final int plans) {
    final Node root = SourceTree.parse(file, bytes, ReadLimits.DEFAULT);
    final Problems problems = new Problems(file);
    final Fields f = Fields.root(root, problems);
    final String format = f.text("format", FORMAT);
    if (!format.equals(FORMAT)) {
      f.error("format", "unknown format \"" + format + "\"", "Maybe " + FORMAT + "?");
    }
    final Design.Kind design = f.choice("design", Design.Kind.class, base.design());
    final int r = f.integer("trajectories", 2, 1000, base.trajectories());
    final int levels = f.integer("levels", 2, 20, base.levels());
    if (levels % 2 != 0) {
      f.error("levels", "levels must be even (Morris's grid), not " + levels, "Maybe 4?");
    }
    final int points = f.integer("points", 0, 1_000_000, base.points());
    final int samples = f.integer("samples", 4, 1_000_000, base.samples());
    final int reps = f.integer("replications", 1, 1_000_000, base.replications());
    final boolean budgetGiven = f.has("budget");
    final long budget = budgetGiven ? (long) f.num("budget", Unit.NONE, 1, 1e15) : base.budget();
    final Scenario s = in.scenario();
    final Map<String, Factor> known = new LinkedHashMap<>();
    for (Factor x : Factor.all(s)) {
      known.put(x.key(), x);
    }
    // a parameter the plausible range fixes may still be varied over a range the file gives
    for (ModelParameter p : ModelParameter.values()) {
      known.putIfAbsent(p.key(), Factor.of(p, s));
    }
    final List<Factor> factors = new ArrayList<>();
    final Map<String, Integer> seen = new LinkedHashMap<>();
    final boolean listed = f.has("factors");
    for (Fields e : f.maps("factors", false)) {
      final Factor one = factor(e, known, seen, in, problems);
      if (one != null) {
        factors.add(one);
      }
      e.end();
    }
    f.end();
    problems.throwIfAny();
    final List<Factor> chosen = listed ? factors : Factor.all(s);
    final ExploreSettings settings =
        base.withDesign(design)
            .withSizes(r, levels, points, samples)
            .withRun(reps, base.seed(), base.threads(), budget);
    if (budgetGiven) {
      final String over = ExploreStudy.overBudget(chosen.size(), settings, plans);
      if (over != null) {
        f.error("budget", over, "");
        problems.throwIfAny();
      }
    }
    return new Spec(chosen, settings);
  }

  private static Factor factor(
      final Fields e,
      final Map<String, Factor> known,
      final Map<String, Integer> seen,
      final ExploreStudy.Input in,
      final Problems problems) {
    final String name = e.text("name");
    final String list =
        "airshield factors "
            + (in.name().startsWith("embedded:") ? in.scenario().id() : in.name())
            + " lists them";
    final Factor k = known.get(name);
    final boolean hasLow = e.has("low");
    final boolean hasHigh = e.has("high");
    final double low = hasLow ? e.num("low", Unit.NONE, -1e12, 1e12) : Double.NaN;
    final double high = hasHigh ? e.num("high", Unit.NONE, -1e12, 1e12) : Double.NaN;
    if (k == null) {
      if (!name.isEmpty()) {
        e.error(
            "name",
            "unknown factor \""
                + name
                + "\": not a model parameter nor an estimate of "
                + in.scenario().id(),
            Fields.nearest(name, known.keySet())
                .map(m -> "Maybe " + m + "? (" + list + ")")
                .orElse(list + "."));
      }
      return null;
    }
    if (seen.containsKey(name)) {
      e.error(
          "name", "factor " + name + " is named twice (first at line " + seen.get(name) + ")", "");
      return null;
    }
    seen.put(name, e.at("name").line());
    final double lo = hasLow ? low : k.low();
    final double hi = hasHigh ? high : k.high();
    if (Double.isNaN(lo) || Double.isNaN(hi)) {
      return null;
    }
    if (!(hi > lo)) {
      e.error(
          hasHigh ? "high" : "low",
          "the range is inverted or empty: high "
              + ExploreReport.fmt(hi)
              + " is not above low "
              + ExploreReport.fmt(lo),
          hi == lo ? "Give a range, or leave the factor out." : "Maybe swap low and high?");
      return null;
    }
    if (lo < k.legalMin() || hi > k.legalMax()) {
      e.error(
          lo < k.legalMin() ? "low" : "high",
          "the range ["
              + ExploreReport.fmt(lo)
              + ", "
              + ExploreReport.fmt(hi)
              + "] leaves the legal values of "
              + name
              + ", "
              + ExploreReport.fmt(k.legalMin())
              + " to "
              + ExploreReport.fmt(k.legalMax()),
          "");
      return null;
    }
    if (k.kind() == Factor.Kind.SCENARIO) {
      // the field's legal values are the reader's: read the scenario at both ends of the range
      for (double v : new double[] {lo, hi}) {
        try {
          ScenarioReader.readWith(
              in.name(), in.bytes(), Map.of(name, k.withRange(lo, hi).at(v == lo ? 0 : 1)));
        } catch (InputException x) {
          e.error(
              v == lo ? "low" : "high",
              "the value "
                  + ExploreReport.fmt(v)
                  + " is not legal for "
                  + name
                  + ": "
                  + x.problems().get(0).message(),
              "");
          return null;
        }
      }
    }
    return k.withRange(lo, hi);
  }
}
