package io.airshield.formation.schedule;

/**
 * Lower bounds on the makespan. LB0: the critical path with shortest modes and release dates. LB
 * energy: for each resource, the total work of shortest-energy modes divided by the largest
 * capacity the resource ever offers (Stinson, Davis and Khumawala, "Multiple resource-constrained
 * scheduling using branch and bound", AIIE Transactions 10 (1978) 252-259). Both are cheap and
 * valid for step-function capacities.
 */
public final class Bounds {
  private Bounds() {}

  /**
   * @param project a project
   * @return the best of the bounds, in periods
   */
  public static int lowerBound(final Project project) {
    return lowerBound(new Model(project));
  }

  /**
   * @param project a project
   * @return the critical-path bound alone (the usual reference for deviations on PSPLIB)
   */
  public static int criticalPath(final Project project) {
    return new Model(project).criticalPathBound();
  }

  static int lowerBound(final Model m) {
    int lb = m.criticalPathBound();
    for (int r = 0; r < m.resources; r++) {
      if (m.maxCap[r] == 0) {
        continue;
      }
      long energy = 0;
      for (int j = 0; j < m.n; j++) {
        long e = Long.MAX_VALUE;
        for (int mo = 0; mo < m.dur[j].length; mo++) {
          e = Math.min(e, (long) m.dur[j][mo] * m.dem[j][mo][r]);
        }
        energy += e;
      }
      lb = (int) Math.max(lb, (energy + m.maxCap[r] - 1) / m.maxCap[r]);
    }
    return lb;
  }
}
