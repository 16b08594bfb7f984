package io.airshield.domain;

/**
 * The railway repair troops, counted in crews that each repair one damaged target at a time. A
 * crew's time on a target is its repair work times a random factor (Gamma, shape 4, mean 1).
 *
 * @param crews crews available
 * @param source source tag or "estimate"
 */
public record RepairForce(int crews, String source) {}
