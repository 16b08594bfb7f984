/**
 * Resource-constrained project scheduling (RCPSP) with multiple modes, time-varying renewable
 * capacities, release dates and deadlines: the engine under {@code airshield form}.
 *
 * <p>Time is an integer count of periods from the project's epoch (the formation planner uses days;
 * PSPLIB instances use their own abstract periods). The model follows Kolisch and Sprecher, "PSPLIB
 * - A project scheduling problem library", EJOR 96 (1997) 205-216, extended with per-period
 * capacity profiles, release dates and deadlines.
 */
package io.airshield.formation.schedule;
