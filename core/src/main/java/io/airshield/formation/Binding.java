package io.airshield.formation;

/**
 * What makes a late unit late: the resource which, if it were unlimited from the epoch, would
 * remove most of the unit's lateness.
 *
 * @param unitId the late unit
 * @param latenessDays its lateness in the schedule analysed
 * @param resourceId the binding resource, or empty when no single resource's relaxation helps (then
 *     the pipeline itself is longer than the time left, or several resources bind together)
 * @param resourceName its name, or a sentence saying nothing single binds
 * @param latenessIfRelaxedDays the unit's lateness with that resource unlimited
 */
public record Binding(
    String unitId,
    int latenessDays,
    String resourceId,
    String resourceName,
    int latenessIfRelaxedDays) {
  /**
   * @return days of lateness the binding resource accounts for
   */
  public int removedDays() {
    return latenessDays - latenessIfRelaxedDays;
  }
}
