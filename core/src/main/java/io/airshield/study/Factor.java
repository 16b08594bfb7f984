package io.airshield.study;

import io.airshield.domain.EstimateRange;
import io.airshield.domain.ModelParameter;
import io.airshield.domain.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * One factor of a designed experiment: a number of the model that is an estimate, with the range a
 * study sweeps. Either a model parameter ({@link ModelParameter}, set through the scenario's {@code
 * constants}) or a field of the scenario file named by its dotted path (the scenario's {@code
 * estimates} section).
 *
 * @param key the parameter's name (e.g. {@code aaFireDuty}) or the field's path (e.g. {@code
 *     gunTypes.g12mm-dshk.roundsPerKill})
 * @param kind which of the two
 * @param low lowest value swept (file unit)
 * @param high highest value swept (file unit)
 * @param base the value the scenario runs with (file unit)
 * @param unit the file unit ("" for none; a scenario field's unit is in its name)
 * @param source the source of the estimate or the reason for its range
 * @param integer whether values are whole numbers (design values are rounded)
 * @param legalMin smallest value the model accepts (file unit)
 * @param legalMax largest value the model accepts (file unit)
 */
public record Factor(
    String key,
    Kind kind,
    double low,
    double high,
    double base,
    String unit,
    String source,
    boolean integer,
    double legalMin,
    double legalMax)
    implements java.io.Serializable {

  /** Where a factor's value goes. */
  public enum Kind {
    /** A model parameter, overridden as the scenario's {@code constants} section would. */
    CONSTANT,
    /** A number of the scenario file, replaced at its field path. */
    SCENARIO
  }

  /**
   * @param u a coordinate of the unit cube, 0 to 1
   * @return the factor's value there: low + u (high - low), rounded for whole numbers
   */
  public double at(final double u) {
    final double v = low + u * (high - low);
    return integer ? Math.round(v) : v;
  }

  /**
   * The factor in words, for a request or a report read by people who do not know the field paths:
   * the name's words without its unit suffix, then the entity a scenario field belongs to, then the
   * name itself to look it up, e.g. "the rounds per kill of g12mm-dshk
   * (gunTypes.g12mm-dshk.roundsPerKill)".
   *
   * @return the words
   */
  public String label() {
    final String[] path = key.split("\\.");
    final String last = path[path.length - 1];
    final StringBuilder w = new StringBuilder();
    for (int i = 0; i < last.length(); i++) {
      final char c = last.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        w.append(' ');
      }
      w.append(Character.toLowerCase(c));
    }
    String words = w.toString();
    for (String suffix : new String[] {" km", " m", " min", " h", " s"}) {
      if (words.endsWith(suffix) && words.length() > suffix.length()) {
        words = words.substring(0, words.length() - suffix.length());
        break;
      }
    }
    final String of = path.length >= 3 ? " of " + path[path.length - 2] : "";
    return "the " + words + of + " (" + key + (unit.isEmpty() ? "" : ", in " + unit) + ")";
  }

  /**
   * @param newLow the new low
   * @param newHigh the new high
   * @return a copy with that range
   */
  public Factor withRange(final double newLow, final double newHigh) {
    return new Factor(key, kind, newLow, newHigh, base, unit, source, integer, legalMin, legalMax);
  }

  /**
   * Every ranged estimate of a scenario: its {@code estimates} section in file order, then every
   * model parameter whose plausible range is not a single value, in declaration order.
   *
   * @param s the scenario
   * @return the factors
   */
  public static List<Factor> all(final Scenario s) {
    final List<Factor> out = new ArrayList<>();
    for (EstimateRange e : s.estimates()) {
      out.add(of(e));
    }
    for (ModelParameter p : ModelParameter.values()) {
      if (p.ranged()) {
        out.add(of(p, s));
      }
    }
    return out;
  }

  /**
   * @param e a scenario estimate
   * @return it as a factor; whole numbers when its value and range are whole
   */
  public static Factor of(final EstimateRange e) {
    final boolean whole =
        e.value() == Math.rint(e.value())
            && e.low() == Math.rint(e.low())
            && e.high() == Math.rint(e.high());
    return new Factor(
        e.field(),
        Kind.SCENARIO,
        e.low(),
        e.high(),
        e.value(),
        "",
        e.source(),
        whole,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY);
  }

  /**
   * @param p a model parameter
   * @param s the scenario, for the value it runs with
   * @return it as a factor
   */
  public static Factor of(final ModelParameter p, final Scenario s) {
    return new Factor(
        p.key(),
        Kind.CONSTANT,
        p.low(),
        p.high(),
        s.parameters().get(p),
        p.unit(),
        p.source(),
        p.integer(),
        p.legalMin(),
        p.legalMax());
  }
}
