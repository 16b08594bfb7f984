package io.airshield.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of the model's parameters for one scenario: the defaults of {@link ModelParameter},
 * with the scenario's {@code constants} overrides (or a study's design point) in their place.
 * Immutable; values are kept in the file unit of each parameter.
 */
public final class ModelParameters {
  private static final ModelParameter[] ALL = ModelParameter.values();
  private static final ModelParameters DEFAULTS = new ModelParameters(defaultValues());

  private final double[] values;

  private ModelParameters(final double[] values) {
    this.values = values;
  }

  private static double[] defaultValues() {
    final double[] v = new double[ALL.length];
    for (ModelParameter p : ALL) {
      v[p.ordinal()] = p.defaultValue();
    }
    return v;
  }

  /**
   * @return every parameter at its default
   */
  public static ModelParameters defaults() {
    return DEFAULTS;
  }

  /**
   * @param p a parameter
   * @return its value (file unit)
   */
  public double get(final ModelParameter p) {
    return values[p.ordinal()];
  }

  /**
   * @param p a parameter
   * @return its value in SI
   */
  public double si(final ModelParameter p) {
    return p.toSi(values[p.ordinal()]);
  }

  /**
   * @param p a parameter
   * @param value its new value (file unit; the caller has checked it against the legal values)
   * @return a copy with that value
   */
  public ModelParameters with(final ModelParameter p, final double value) {
    final double[] v = values.clone();
    v[p.ordinal()] = value;
    return new ModelParameters(v);
  }

  /**
   * @return the parameters whose value is not the default, in declaration order (file units)
   */
  public Map<ModelParameter, Double> overrides() {
    final Map<ModelParameter, Double> m = new LinkedHashMap<>();
    for (ModelParameter p : ALL) {
      if (Double.compare(values[p.ordinal()], p.defaultValue()) != 0) {
        m.put(p, values[p.ordinal()]);
      }
    }
    return m;
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof ModelParameters m && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "ModelParameters" + overrides();
  }
}
