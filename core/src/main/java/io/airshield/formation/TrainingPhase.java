package io.airshield.formation;

import java.util.List;

/**
 * A phase of a unit's training pipeline: ground school, conversion, type training, combat training
 * for the pilots, or the training of a maintenance detachment.
 *
 * @param id the phase's name within its unit ({@code unit.phase} from elsewhere)
 * @param name a readable name
 * @param kind whether the unit's pilots take part ({@link Kind#PILOTS}), so that the unit's pilots
 *     are held by it, or not ({@link Kind#MAINTENANCE})
 * @param after what must finish before this phase starts: phase ids of the same unit, {@code
 *     unit.phase} or a unit id; by default the previous phase of the unit
 * @param modes the alternative ways to carry it out, at least one
 * @param durationFactor the factor its duration, in whichever mode, may slip by (training slipped
 *     with weather, deliveries, fuel and accidents); the plan's default when not given
 * @param source where the numbers come from
 */
public record TrainingPhase(
    String id,
    String name,
    Kind kind,
    List<String> after,
    List<PhaseMode> modes,
    Spread durationFactor,
    String source) {
  public TrainingPhase {
    after = List.copyOf(after);
    modes = List.copyOf(modes);
  }

  /** Who a phase trains. */
  public enum Kind {
    /** The unit's pilots fly or study in it; they are held by the phase. */
    PILOTS,
    /** Ground crews train; the pilots are not held. */
    MAINTENANCE
  }
}
