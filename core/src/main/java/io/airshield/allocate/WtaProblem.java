package io.airshield.allocate;

import java.util.Arrays;

/**
 * A static weapon-target assignment problem: targets with values, and weapons grouped into types of
 * identical units, each type with a single-shot kill probability against every target.
 *
 * <p>The objective (see {@link WtaSolution#evaluate}) is the expected surviving value {@code sum_j
 * v_j * prod_k (1 - p_k[j])^{x_kj}} (Manne 1958; the form used by Ahuja et al. 2007 and Andersen,
 * Pavlikov and Toffolo 2022). Engagements are assumed independent: that is what lets survival
 * multiply.
 *
 * <p>Why types: the benchmark "W types x mu units" and the campaign's "flights of identical
 * aircraft" both have many identical weapons; the solver uses the type structure to skip symmetric
 * moves. {@link #ofWeapons} is the general form with one unit per type.
 *
 * <p>A kill probability of 0 marks a weapon that cannot engage a target (out of range, wrong role).
 * By default every weapon must be assigned (the benchmark's {@code sum_j x_ij = mu}); with {@code
 * allowUnassigned} a weapon that adds nothing may be left unassigned (target -1).
 *
 * <p>The record holds defensive copies; its accessors return copies too. The solver reads the data
 * through the cheap index accessors {@link #value(int)} and {@link #kill(int, int)}.
 *
 * @param values target values v_j, finite and {@code >= 0} (any consistent unit, e.g. worth in
 *     points)
 * @param kill {@code kill[type][target]}, single-shot kill probabilities in [0, 1]
 * @param units number of identical units of each type, {@code >= 0}
 * @param allowUnassigned whether a weapon may be left unassigned
 */
public record WtaProblem(double[] values, double[][] kill, int[] units, boolean allowUnassigned) {
  /** Largest number of weapons (units over all types) a problem may hold. */
  public static final int MAX_WEAPONS = 1_000_000;

  /**
   * Largest number of weapon-target pairs (weapons x targets) a problem may hold: one pass of
   * relocations looks at every pair, and beyond this a solve would take minutes.
   */
  public static final long MAX_WEAPON_TARGETS = 50_000_000L;

  /** Largest number of kill-probability entries (types x targets) a problem may hold. */
  public static final long MAX_ENTRIES = 16_000_000L;

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a value, probability or count is out of range, the matrix
   *     is ragged, or weapons must be assigned but there is no target
   */
  public WtaProblem {
    values = values.clone();
    units = units.clone();
    if (kill.length != units.length) {
      throw new IllegalArgumentException(
          "kill has " + kill.length + " rows but units has " + units.length + " types");
    }
    if ((long) kill.length * values.length > MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "too many entries: "
              + kill.length
              + " types x "
              + values.length
              + " targets > "
              + MAX_ENTRIES);
    }
    final double[][] k = new double[kill.length][];
    long weapons = 0;
    for (int i = 0; i < kill.length; i++) {
      if (kill[i].length != values.length) {
        throw new IllegalArgumentException(
            "kill["
                + i
                + "] has "
                + kill[i].length
                + " entries, expected one per target ("
                + values.length
                + ")");
      }
      k[i] = kill[i].clone();
      for (int j = 0; j < k[i].length; j++) {
        final double p = k[i][j];
        if (!(p >= 0.0 && p <= 1.0)) {
          throw new IllegalArgumentException(
              "kill[" + i + "][" + j + "] = " + p + " is not a probability in [0, 1]");
        }
      }
      if (units[i] < 0) {
        throw new IllegalArgumentException("units[" + i + "] = " + units[i] + " is negative");
      }
      weapons += units[i];
    }
    if (weapons > MAX_WEAPONS) {
      throw new IllegalArgumentException("too many weapons: " + weapons + " > " + MAX_WEAPONS);
    }
    if (weapons * values.length > MAX_WEAPON_TARGETS) {
      throw new IllegalArgumentException(
          "too many weapon-target pairs: " + weapons * values.length + " > " + MAX_WEAPON_TARGETS);
    }
    for (int j = 0; j < values.length; j++) {
      final double v = values[j];
      if (!(v >= 0.0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(
            "values[" + j + "] = " + v + " is not a finite value >= 0");
      }
    }
    if (weapons > 0 && values.length == 0 && !allowUnassigned) {
      throw new IllegalArgumentException(
          "there are " + weapons + " weapons but no target, and weapons must be assigned");
    }
    kill = k;
  }

  /**
   * The benchmark form: {@code units[i]} identical weapons of type {@code i}, every one assigned.
   *
   * @param values target values
   * @param kill {@code kill[type][target]}
   * @param units units per type
   * @return the problem
   */
  public static WtaProblem ofTypes(
      final double[] values, final double[][] kill, final int[] units) {
    return new WtaProblem(values, kill, units, false);
  }

  /**
   * The same number of identical units for every type (the benchmark's mu).
   *
   * @param values target values
   * @param kill {@code kill[type][target]}
   * @param unitsPerType mu, the units of every type
   * @return the problem
   */
  public static WtaProblem ofTypes(
      final double[] values, final double[][] kill, final int unitsPerType) {
    final int[] u = new int[kill.length];
    Arrays.fill(u, unitsPerType);
    return new WtaProblem(values, kill, u, false);
  }

  /**
   * The general form: every weapon its own type (one unit), every one assigned.
   *
   * @param values target values
   * @param kill {@code kill[weapon][target]}
   * @return the problem
   */
  public static WtaProblem ofWeapons(final double[] values, final double[][] kill) {
    final int[] u = new int[kill.length];
    Arrays.fill(u, 1);
    return new WtaProblem(values, kill, u, false);
  }

  /**
   * @param allow whether weapons may be left unassigned
   * @return this problem with the flag set
   */
  public WtaProblem withAllowUnassigned(final boolean allow) {
    return allow == allowUnassigned ? this : new WtaProblem(values, kill, units, allow);
  }

  /**
   * @return a copy of the target values
   */
  @Override
  public double[] values() {
    return values.clone();
  }

  /**
   * @return a copy of the kill-probability matrix {@code [type][target]}
   */
  @Override
  public double[][] kill() {
    final double[][] c = new double[kill.length][];
    for (int i = 0; i < kill.length; i++) {
      c[i] = kill[i].clone();
    }
    return c;
  }

  /**
   * @return a copy of the units per type
   */
  @Override
  public int[] units() {
    return units.clone();
  }

  /**
   * @return number of targets
   */
  public int targetCount() {
    return values.length;
  }

  /**
   * @return number of weapon types
   */
  public int typeCount() {
    return units.length;
  }

  /**
   * @return number of weapons, the sum of units over types
   */
  public int weaponCount() {
    int n = 0;
    for (int u : units) {
      n += u;
    }
    return n;
  }

  /**
   * @param target target index
   * @return its value
   */
  public double value(final int target) {
    return values[target];
  }

  /**
   * @param type weapon type index
   * @param target target index
   * @return the probability that one weapon of that type destroys that target
   */
  public double kill(final int type, final int target) {
    return kill[type][target];
  }

  /**
   * @param type weapon type index
   * @return its number of units
   */
  public int units(final int type) {
    return units[type];
  }

  /**
   * Weapons are numbered type by type: type 0's units first, then type 1's, and so on.
   *
   * @return for each weapon, its type
   */
  public int[] weaponTypes() {
    final int[] t = new int[weaponCount()];
    int w = 0;
    for (int i = 0; i < units.length; i++) {
      for (int u = 0; u < units[i]; u++) {
        t[w++] = i;
      }
    }
    return t;
  }

  /** Row access without a copy, for this package's hot loops. */
  double[] killRow(final int type) {
    return kill[type];
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof WtaProblem w
        && allowUnassigned == w.allowUnassigned
        && Arrays.equals(values, w.values)
        && Arrays.deepEquals(kill, w.kill)
        && Arrays.equals(units, w.units);
  }

  @Override
  public int hashCode() {
    return 31
            * (31 * (31 * Arrays.hashCode(values) + Arrays.deepHashCode(kill))
                + Arrays.hashCode(units))
        + Boolean.hashCode(allowUnassigned);
  }

  @Override
  public String toString() {
    return "WtaProblem["
        + typeCount()
        + " types, "
        + weaponCount()
        + " weapons, "
        + targetCount()
        + " targets"
        + (allowUnassigned ? ", unassigned allowed" : "")
        + "]";
  }
}
