/**
 * Static weapon-target assignment (WTA): given targets with values and weapons with single-shot
 * kill probabilities, give every weapon a target so that the expected surviving value {@code sum_j
 * v_j * prod_i (1 - p_ij)^x_ij} is least.
 *
 * <p>Role in airshield: the campaign model calls {@link io.airshield.allocate.WtaSolver} at every
 * command-post decision to allocate flights (weapons) to raids (targets); there the problems are
 * small (a handful by a handful) and are solved exactly by enumeration. The same solver is measured
 * on the published benchmark of Andersen, Pavlikov and Toffolo, "Weapon-target assignment problem:
 * exact and approximate solution algorithms", Annals of Operations Research (2022), doi
 * 10.1007/s10479-022-04525-6, whose file format {@link io.airshield.allocate.WtaFormat} reads
 * ({@code io.airshield.bench.WtaBenchmarkRunner}).
 *
 * <p>Model: Manne, "A target-assignment problem", Operations Research 6(3) (1958) 346-351;
 * engagements are independent, so survival probabilities multiply.
 *
 * <p>Algorithms ({@link io.airshield.allocate.WtaSolver}):
 *
 * <ul>
 *   <li>exhaustive enumeration of multisets of targets per weapon type when the search space is
 *       small (exact);
 *   <li>greedy construction by maximal marginal return, and the assignment-based very large-scale
 *       neighbourhood, both after Ahuja, Kumar, Jha and Orlin, "Exact and heuristic algorithms for
 *       the weapon-target assignment problem", Operations Research 55(6) (2007) 1136-1146; the
 *       assignment subproblems are solved exactly on the dense cost matrix with the weapons of a
 *       type as one row of several columns by {@link io.airshield.allocate.TypeAssignment}
 *       (shortest augmenting paths as in Jonker and Volgenant, "A shortest augmenting path
 *       algorithm for dense and sparse linear assignment problems", Computing 38 (1987) 325-340,
 *       started from the previous move's prices; their full algorithm on a square matrix, which
 *       solved the move before, stays in the tests as the reference it is checked against);
 *   <li>local search over relocations and swaps, evaluated incrementally from exact per-target
 *       survival products (recomputed, never divided, so p = 1 is safe);
 *   <li>iterated local search (Lourenco, Martin and Stuetzle, "Iterated local search", in Handbook
 *       of Metaheuristics, 2003) with ruin-and-recreate and random-kick perturbations;
 *   <li>for large problems, starts from a Lagrangian relaxation of the weapon counts ({@link
 *       io.airshield.allocate.WtaLagrangian}), and recombination of all the local optima found by
 *       an exact branch and bound over the pool's columns ({@link
 *       io.airshield.allocate.SetPartitionRecombination}, after the set-partitioning recombination
 *       of Subramanian, Uchoa and Ochi, Computers and Operations Research 40(10) (2013) 2519-2531),
 *       then restarts from the best (a share of its weapons ruined and recreated), pooled and
 *       recombined once more;
 *   <li>a certified lower bound on every answer that was not enumerated ({@link
 *       io.airshield.allocate.WtaBound}): the Lagrangian relaxation of the weapon counts with each
 *       target's subproblem solved exactly, its prices found by column generation over the pooled
 *       bundles; and, on demand, a Lagrangian branch and bound that proves optimality ({@link
 *       io.airshield.allocate.WtaSolver#solveExact}).
 * </ul>
 *
 * <p>Everything is deterministic: work is budgeted by iteration counts, randomness comes from a
 * seeded {@link java.util.SplittableRandom}, and no wall clock is read. A solver reuses its working
 * arrays from one solve to the next (the command posts' repeated solves allocate little more than
 * their answers); its answers do not depend on what it solved before.
 */
package io.airshield.allocate;
