package io.airshield.campaign;

/**
 * Assigns the command post's available flights (weapons) to detected raids (targets) so as to
 * minimise the expected surviving threat, the static weapon-target assignment problem (Manne 1958;
 * Ahuja et al., Operations Research 55 (2007) 1136-1146). A flight may stay on the ground when no
 * raid is worth it.
 */
@FunctionalInterface
public interface Allocator {
  /**
   * @param weapons number of flights
   * @param targets number of raids
   * @param value threat value of each raid
   * @param p probability that flight k defeats raid j, at {@code p[k * targets + j]}
   * @param maxAssignments most flights that may be sent (the command post's free intercept
   *     channels)
   * @param assignment output: the raid of each flight, or -1 to keep it on the ground
   */
  void assign(
      int weapons, int targets, double[] value, double[] p, int maxAssignments, int[] assignment);

  /**
   * The same with no limit on the flights sent.
   *
   * @param weapons number of flights
   * @param targets number of raids
   * @param value threat value of each raid
   * @param p kill probabilities, {@code p[k * targets + j]}
   * @param assignment output
   */
  default void assign(
      final int weapons,
      final int targets,
      final double[] value,
      final double[] p,
      final int[] assignment) {
    assign(weapons, targets, value, p, weapons, assignment);
  }
}
