package io.airshield.formation;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit to be formed and trained: a division or a regiment, with its training pipeline.
 *
 * @param id the name other entries refer to
 * @param name a readable name
 * @param type what it is (e.g. {@code fighterDivision}), for reports
 * @param aircraftType the aircraft it flies (e.g. {@code MiG-9})
 * @param classes what kind of unit it is beyond its aircraft type, e.g. {@code [jet, fighter]}
 * @param regiments how many regiments it has
 * @param pilotsNeeded pilots it takes from the plan's pilot resource, held by its pilot phases
 * @param priority 1 is most urgent; orders the units in the project and in reports
 * @param deadline the date it must be ready by
 * @param notBefore the earliest date its training may start
 * @param after units that must be ready before this one starts
 * @param phases its training pipeline
 * @param source where the numbers come from
 */
public record FormingUnit(
    String id,
    String name,
    String type,
    String aircraftType,
    List<String> classes,
    int regiments,
    int pilotsNeeded,
    int priority,
    LocalDate deadline,
    LocalDate notBefore,
    List<String> after,
    List<TrainingPhase> phases,
    String source) {
  public FormingUnit {
    classes = List.copyOf(classes);
    after = List.copyOf(after);
    phases = List.copyOf(phases);
  }

  /**
   * @return its aircraft type followed by its classes: what typed resources are matched against
   */
  public List<String> kinds() {
    final List<String> kinds = new java.util.ArrayList<>();
    if (!aircraftType.isEmpty()) {
      kinds.add(aircraftType);
    }
    kinds.addAll(classes);
    return kinds;
  }
}
