/**
 * Forming and training new air units against a deadline: the plan file ({@link
 * io.airshield.formation.PlanReader}), its model ({@link io.airshield.formation.FormationPlan} and
 * the records it holds), and the planner ({@link io.airshield.formation.FormationPlanner}) that
 * schedules every unit's training pipeline, finds which units miss their deadline and what binds
 * them, and searches for the least outside help that makes every unit ready.
 *
 * <p>Why: the first cable of the project (Mao to Filippov, 24 Oct 1951, No. 25187; see {@code
 * data/korea/SOURCES.md}) asks for nine divisions and regiments to be formed and trained by 15
 * March 1952 from 463 Yak-11 graduates of Nov-Dec 1951, and lists the Soviet help it requests.
 * Whether that help is needed, and which of it, is a resource-constrained scheduling question; the
 * scheduling itself is delegated to {@link io.airshield.formation.schedule.Scheduler}.
 *
 * <p>Time inside is a whole number of days from the plan's epoch ({@link
 * io.airshield.formation.FormationPlan#start()}); files give durations in weeks ({@code
 * durationWeeks}) and dates as ISO dates. See {@code docs/formation.md}.
 */
package io.airshield.formation;
