package io.airshield.allocate;

import java.util.Arrays;

/**
 * A feasible assignment of weapons to targets and its exact objective.
 *
 * <p>Not a record, so that the objective cannot be given from outside: it is always computed here,
 * by {@link #evaluate}, from the assignment alone. Weapons are numbered as in {@link
 * WtaProblem#weaponTypes()}: type 0's units first, then type 1's, and so on.
 */
public final class WtaSolution {
  /** Target index of an unassigned weapon. */
  public static final int UNASSIGNED = -1;

  private final WtaProblem problem;
  private final int[] assignment;
  private final double objective;
  private final double lowerBound;

  private WtaSolution(
      final WtaProblem problem,
      final int[] assignment,
      final double objective,
      final double lowerBound) {
    this.problem = problem;
    this.assignment = assignment;
    this.objective = objective;
    this.lowerBound = lowerBound;
  }

  /**
   * Checks feasibility and evaluates.
   *
   * @param problem the problem
   * @param assignment for each weapon its target, or {@link #UNASSIGNED} if the problem allows
   * @return the solution
   * @throws IllegalArgumentException if the assignment is infeasible
   */
  public static WtaSolution of(final WtaProblem problem, final int[] assignment) {
    final String why = infeasibility(problem, assignment);
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
    final int[] a = assignment.clone();
    return new WtaSolution(problem, a, evaluate(problem, a), 0.0);
  }

  /**
   * As {@link #of(WtaProblem, int[])}, with a lower bound on the optimum that the solver proved.
   *
   * @param problem the problem
   * @param assignment a feasible assignment
   * @param lowerBound a proven lower bound on the problem's optimum; capped at the objective (a
   *     bound above a feasible objective would only be rounding)
   * @return the solution
   */
  static WtaSolution of(final WtaProblem problem, final int[] assignment, final double lowerBound) {
    final String why = infeasibility(problem, assignment);
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
    final int[] a = assignment.clone();
    final double objective = evaluate(problem, a);
    return new WtaSolution(problem, a, objective, Math.max(0.0, Math.min(lowerBound, objective)));
  }

  /**
   * Why an assignment is infeasible, or {@code null} if it is feasible: it must have one entry per
   * weapon, each a target index, or {@link #UNASSIGNED} only if the problem allows it.
   *
   * @param problem the problem
   * @param assignment the assignment
   * @return the first reason found, or {@code null}
   */
  public static String infeasibility(final WtaProblem problem, final int[] assignment) {
    final int n = problem.weaponCount();
    if (assignment.length != n) {
      return "assignment has "
          + assignment.length
          + " entries, expected "
          + n
          + " (one per weapon)";
    }
    final int t = problem.targetCount();
    for (int w = 0; w < n; w++) {
      final int j = assignment[w];
      if (j == UNASSIGNED) {
        if (!problem.allowUnassigned()) {
          return "weapon " + w + " is unassigned, but every weapon must be assigned";
        }
      } else if (j < 0 || j >= t) {
        return "weapon " + w + " is assigned to target " + j + ", not in [0, " + t + ")";
      }
    }
    return null;
  }

  /**
   * The exact objective: {@code sum_j v_j * prod_{w at j} (1 - p_{type(w), j})}, expected surviving
   * value. Products are taken directly (no logarithms, no divisions) in weapon order, and the sum
   * over targets is compensated (Neumaier), so the value is reproducible and accurate to a few
   * ulps; the benchmark compares at 1e-4 relative.
   *
   * @param problem the problem
   * @param assignment a feasible assignment (not checked here)
   * @return the expected surviving value
   */
  public static double evaluate(final WtaProblem problem, final int[] assignment) {
    return evaluate(
        problem,
        assignment,
        assignment.length,
        problem.weaponTypes(),
        new double[problem.targetCount()]);
  }

  /**
   * The same on the first {@code weapons} entries of {@code assignment}, with the weapons' types
   * and a scratch array of at least the target count given, so that a solver that evaluates often
   * allocates nothing; the same products in the same order and the same sum.
   */
  static double evaluate(
      final WtaProblem problem,
      final int[] assignment,
      final int weapons,
      final int[] type,
      final double[] q) {
    final int t = problem.targetCount();
    Arrays.fill(q, 0, t, 1.0);
    for (int w = 0; w < weapons; w++) {
      final int j = assignment[w];
      if (j >= 0) {
        q[j] *= 1.0 - problem.kill(type[w], j);
      }
    }
    double sum = 0.0;
    double c = 0.0;
    for (int j = 0; j < t; j++) {
      final double x = problem.value(j) * q[j];
      final double s = sum + x;
      c += Math.abs(sum) >= Math.abs(x) ? (sum - s) + x : (x - s) + sum;
      sum = s;
    }
    return sum + c;
  }

  /**
   * @return the problem solved
   */
  public WtaProblem problem() {
    return problem;
  }

  /**
   * @return a copy of the assignment: for each weapon its target, or {@link #UNASSIGNED}
   */
  public int[] assignment() {
    return assignment.clone();
  }

  /**
   * @param weapon weapon index
   * @return its target, or {@link #UNASSIGNED}
   */
  public int targetOf(final int weapon) {
    return assignment[weapon];
  }

  /**
   * @return the expected surviving value, exact as {@link #evaluate} defines it
   */
  public double objective() {
    return objective;
  }

  /**
   * A lower bound on the optimum of the problem, proved by the solver: the objective itself when
   * the problem was solved exactly, a Lagrangian bound ({@link WtaBound}) otherwise, and 0 (every
   * objective is at least 0) for a solution not made by the solver.
   *
   * @return the lower bound, between 0 and {@link #objective()}
   */
  public double lowerBound() {
    return lowerBound;
  }

  /**
   * The certified relative gap: how far the objective can be above the optimum, at most.
   *
   * @return {@code (objective - lowerBound) / objective}, 0 when the objective is 0
   */
  public double gap() {
    return objective > 0 ? (objective - lowerBound) / objective : 0.0;
  }

  /**
   * @return {@code x[type][target]}: how many units of each type engage each target
   */
  public int[][] countsPerType() {
    final int[][] x = new int[problem.typeCount()][problem.targetCount()];
    final int[] type = problem.weaponTypes();
    for (int w = 0; w < assignment.length; w++) {
      if (assignment[w] >= 0) {
        x[type[w]][assignment[w]]++;
      }
    }
    return x;
  }

  /**
   * @return for each target, the probability it survives: {@code prod (1 - p)}
   */
  public double[] survival() {
    final double[] q = new double[problem.targetCount()];
    Arrays.fill(q, 1.0);
    final int[] type = problem.weaponTypes();
    for (int w = 0; w < assignment.length; w++) {
      final int j = assignment[w];
      if (j >= 0) {
        q[j] *= 1.0 - problem.kill(type[w], j);
      }
    }
    return q;
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof WtaSolution s
        && problem.equals(s.problem)
        && Arrays.equals(assignment, s.assignment);
  }

  @Override
  public int hashCode() {
    return 31 * problem.hashCode() + Arrays.hashCode(assignment);
  }

  @Override
  public String toString() {
    return "WtaSolution[objective="
        + objective
        + ", assignment="
        + Arrays.toString(assignment)
        + "]";
  }
}
