/**
 * Monte Carlo: replications in blocks on a thread pool, merged strictly in block order into
 * streaming statistics, so that the results are identical to the last bit whatever the number of
 * threads; sequential stopping on the headline figure's precision, decided only at block boundaries
 * in order, so that stopping is deterministic too.
 *
 * <p>Confidence intervals are Student-t intervals on the replication means (Law, Simulation
 * Modeling and Analysis, 5th ed., 2015, ch. 9); ratios use the delta method; the stopping rule is
 * the relative-precision procedure of Law, section 9.4.1.
 */
package io.airshield.montecarlo;
