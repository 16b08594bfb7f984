package io.airshield.formation.schedule;

/**
 * Solves a {@link Project}: minimises total lateness against deadlines first and the makespan
 * second. Implementations are deterministic: the same project and options give the same schedule,
 * whatever the machine load (work is budgeted by a count, not by the wall clock).
 */
public interface Scheduler {
  /**
   * @param project the problem
   * @param options budgets and seed
   * @return the best schedule found
   */
  Schedule solve(Project project, SolveOptions options);
}
