package io.airshield.formation;

import java.time.LocalDate;

/**
 * A newly formed unit as a campaign scenario takes it: from which date it can fight and how well
 * its pilots are trained.
 *
 * <p>Proficiency is {@code min(1, H / Hp)}, where {@code H} is the flying hours each pilot logs in
 * the unit's pilot phases (in the modes the schedule chose) and {@code Hp} the plan's {@code
 * proficientFlyingHours} (default 60, the upper end of the 1949 school plan's 50-60 flying hours
 * per type [S62]). A unit that flew the full course on type is 1; Chinese jet pilots committed with
 * 15-30 hours on the MiG-15 [R] would be 0.25-0.5.
 *
 * @param unitId the unit's id in the plan
 * @param name its name
 * @param aircraftType what it flies
 * @param readyDate the day its training is done
 * @param proficiency 0..1, see above
 */
public record ReadyUnit(
    String unitId, String name, String aircraftType, LocalDate readyDate, double proficiency) {}
