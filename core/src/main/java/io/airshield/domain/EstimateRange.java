package io.airshield.domain;

/**
 * The plausible range of one number of a scenario that is an estimate, so that a study can sweep it
 * (docs/models.md, "The model's estimates"; `airshield explore` to come). Given in the scenario's
 * {@code estimates} section, in the field's own file unit.
 *
 * @param field where the number stands: the section, the item's id (or gun type, or target), and
 *     the field, joined by dots, e.g. {@code gunTypes.g12mm-dshk.roundsPerKill}
 * @param low lowest plausible value (file unit)
 * @param high highest plausible value (file unit)
 * @param value the value the scenario gives (file unit), between low and high
 * @param source why this range: source tags or the reasoning of the estimate
 */
public record EstimateRange(String field, double low, double high, double value, String source) {}
