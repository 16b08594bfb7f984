package io.airshield.bench;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import io.airshield.formation.schedule.Activity;
import io.airshield.formation.schedule.Project;

/**
 * OR-Tools CP-SAT as a peer on single-mode constant-capacity projects: one interval per activity, a
 * cumulative per resource, precedences as linear constraints, minimise the makespan, a number of
 * workers and a time limit (the fair comparison gives it the cores and wall time our side gets).
 * The horizon is the sum of the durations, the trivial serial schedule (every activity after the
 * previous one), which is also the makespan a run without a solution is counted at. Kept in its own
 * class so that a missing native library shows up as one catchable error in {@link #load()}.
 */
final class CpSatPeer {
  /**
   * Result of one solve.
   *
   * @param makespan best makespan found, -1 if none
   * @param optimal whether CP-SAT proved it optimal
   * @param seconds wall time
   * @param start the start of each activity, empty if none
   * @param bound CP-SAT's own lower bound on the makespan
   */
  record Result(int makespan, boolean optimal, double seconds, int[] start, int bound) {}

  private CpSatPeer() {}

  /** Loads the native libraries; throws whatever the loader throws. */
  static void load() {
    Loader.loadNativeLibraries();
  }

  /**
   * @param p a single-mode project with constant capacities
   * @return the sum of the durations: the makespan of doing one activity at a time
   */
  static int serialBound(final Project p) {
    int horizon = 0;
    for (final Activity a : p.activities()) {
      horizon += a.modes().get(0).duration();
    }
    return horizon;
  }

  /**
   * @param p a single-mode project with constant capacities
   * @param timeLimitSeconds wall-time limit
   * @param workers CP-SAT's worker threads
   * @return the best solution found
   */
  static Result solve(final Project p, final double timeLimitSeconds, final int workers) {
    final long t0 = System.nanoTime();
    final CpModel model = new CpModel();
    final int n = p.activities().size();
    final int horizon = serialBound(p);
    final IntVar[] start = new IntVar[n];
    final IntervalVar[] iv = new IntervalVar[n];
    final IntVar makespan = model.newIntVar(0, horizon, "makespan");
    for (int j = 0; j < n; j++) {
      final Activity a = p.activities().get(j);
      final int d = a.modes().get(0).duration();
      start[j] = model.newIntVar(a.release(), horizon, "s" + j);
      iv[j] = model.newFixedSizeIntervalVar(start[j], d, "i" + j);
      model.addLessOrEqual(LinearExpr.newBuilder().add(start[j]).add(d), makespan);
    }
    for (int j = 0; j < n; j++) {
      final int d = p.activities().get(j).modes().get(0).duration();
      for (final int s : p.activities().get(j).successors()) {
        model.addLessOrEqual(LinearExpr.newBuilder().add(start[j]).add(d), start[s]);
      }
    }
    for (int r = 0; r < p.resources().size(); r++) {
      final CumulativeConstraint c = model.addCumulative(p.resources().get(r).capacityAt(0));
      for (int j = 0; j < n; j++) {
        final int q = p.activities().get(j).modes().get(0).demandOf(r);
        if (q > 0) {
          c.addDemand(iv[j], q);
        }
      }
    }
    model.minimize(makespan);
    final CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(workers);
    solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds);
    solver.getParameters().setRandomSeed(1);
    final CpSolverStatus st = solver.solve(model);
    final double sec = (System.nanoTime() - t0) / 1e9;
    if (st == CpSolverStatus.OPTIMAL || st == CpSolverStatus.FEASIBLE) {
      final int[] s = new int[n];
      for (int j = 0; j < n; j++) {
        s[j] = (int) solver.value(start[j]);
      }
      return new Result(
          (int) solver.objectiveValue(),
          st == CpSolverStatus.OPTIMAL,
          sec,
          s,
          (int) Math.ceil(solver.bestObjectiveBound() - 1e-9));
    }
    return new Result(-1, false, sec, new int[0], 0);
  }
}
