package io.airshield.formation;

import java.time.LocalDate;

/**
 * A newly formed unit as a campaign scenario takes it: from which date it can fight and how well
 * its pilots are trained.
 *
 * <p><b>The proficiency scale.</b> Proficiency is the scenarios' own scale
 * (docs/scenario-format.md, {@code fighterUnits.proficiency}), whose points the embedded scenarios
 * fix: 1.0 the best Soviet regiments of 1951, WWII veterans on their combat tour (324th IAD,
 * korea-1951-autumn); 0.95 the 303rd IAD; 0.85 a Soviet division new to the theatre (97th, 190th
 * IAD, northeast-1952-spring); 0.6 a Chinese division with a combat tour behind it (3rd, 4th); 0.45
 * a Chinese division in its first tour (14th); 0.4 a new Chinese division (17th). A unit formed
 * from the flying schools' graduates has no combat experience and its pilots' hours are those of
 * the school (150-180 h on three types [S62]) plus its own course, so at the end of a full course
 * on type it stands where a new Chinese division does: the plan's {@code formedProficiency},
 * default {@value #FORMED_PROFICIENCY} (estimate: the 17th division's point; range 0.3-0.5, between
 * a pilot committed with 15-30 h on type [R] and a division in its first tour). With fewer hours on
 * type it is proportionally less:
 *
 * <pre>  proficiency = formedProficiency x min(1, H / Hp)</pre>
 *
 * where {@code H} is the flying hours each pilot logs in the unit's pilot phases (in the modes the
 * schedule chose) and {@code Hp} the plan's {@code proficientFlyingHours} (default 60, the upper
 * end of the 1949 school plan's 50-60 flying hours per type [S62]). A full course thus gives 0.4,
 * half the hours 0.2; a formed unit never enters a campaign above the Chinese divisions with a tour
 * (0.6), as it did (1.00, the best Soviet regiments' value) before issue 19.
 *
 * @param unitId the unit's id in the plan
 * @param name its name
 * @param aircraftType what it flies
 * @param readyDate the day its training is done
 * @param proficiency 0..1, see above
 */
public record ReadyUnit(
    String unitId, String name, String aircraftType, LocalDate readyDate, double proficiency) {

  /** The default proficiency of a unit at the end of a full course on type (see above). */
  public static final double FORMED_PROFICIENCY = 0.4;

  /**
   * @param plan the plan (its {@code formedProficiency} and {@code proficientFlyingHours})
   * @param hours flying hours on type each pilot logged in the unit's phases
   * @return the unit's proficiency on the scenarios' scale, see above
   */
  public static double proficiency(final FormationPlan plan, final double hours) {
    return plan.formedProficiency() * Math.min(1.0, hours / plan.proficientFlyingHours());
  }
}
